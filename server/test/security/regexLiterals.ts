import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexLiteral {
  /** `path:line`, relative to the repository. */
  readonly at: string;
  readonly source: string;
  readonly flags: string;
}

export interface RegexConstructorCall {
  readonly at: string;
  /** The call's text, to name it in a failure. */
  readonly text: string;
}

function* typeScriptFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* typeScriptFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/**
 * Every regular expression literal and every `new RegExp(…)` / `RegExp(…)` call in the TypeScript
 * files under `folders`, found by parsing them (a grep would miss literals that span odd syntax and
 * find `/` in comments and strings).
 */
export function regexesIn(
  root: string,
  folders: readonly string[],
): { literals: RegexLiteral[]; constructorCalls: RegexConstructorCall[] } {
  const literals: RegexLiteral[] = [];
  const constructorCalls: RegexConstructorCall[] = [];
  for (const folder of folders) {
    for (const file of typeScriptFiles(join(root, folder))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const at = (node: ts.Node): string =>
        `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          const slash = node.text.lastIndexOf('/');
          literals.push({
            at: at(node),
            source: node.text.slice(1, slash),
            flags: node.text.slice(slash + 1),
          });
        } else if (
          (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'RegExp'
        ) {
          constructorCalls.push({ at: at(node), text: node.getText() });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { literals, constructorCalls };
}
