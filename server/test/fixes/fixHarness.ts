import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { parseArticle } from '../../src/article/parseArticle';
import type { ClaimSet } from '../../src/claims/claimModel';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { resolveSettings } from '../../src/config/resolveSettings';
import { codeActionsFor, type ClaimFileTarget } from '../../src/lsp/codeActions';
import { checkText } from '../../src/workspace/checkText';
import type { CitationStyle } from '../../../shared/src/settings';

export const FIXTURES = resolve(import.meta.dirname, '../../../test-fixtures');

/** The claim set of a folder of claim files. */
export function claimSetIn(folder: string): { claimSet: ClaimSet; files: ClaimFileTarget[] } {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.claims.yaml'))
    .sort();
  const files = names.map((name) => ({
    file: join(folder, name),
    text: readFileSync(join(folder, name), 'utf8'),
    version: null,
  }));
  return { claimSet: mergeClaimFiles(files.map(({ file, text }) => loadClaimFile(file, text))), files };
}

export interface ArticleUnderTest {
  readonly uri: string;
  readonly text: string;
  readonly format: 'markdown' | 'text';
  readonly claimSet: ClaimSet;
  readonly claimFiles: readonly ClaimFileTarget[];
  readonly style?: CitationStyle;
}

/** Every code action offered at `offset` (or for the whole document, for `source` kinds), as the server builds them. */
export function actionsAt(article: ArticleUnderTest, offset: number, only?: string[]): CodeAction[] {
  const document = TextDocument.create(
    article.uri,
    article.format === 'markdown' ? 'markdown' : 'plaintext',
    7,
    article.text,
  );
  const settings = { ...resolveSettings('/', undefined, undefined), citationStyle: article.style ?? 'auto' };
  const result = checkText(article.text, article.format, article.claimSet, settings);
  const position = document.positionAt(offset);
  return codeActionsFor({
    document,
    article: parseArticle(article.text, article.format),
    result,
    claimSet: article.claimSet,
    settings,
    range: { start: position, end: position },
    diagnostics: [],
    only,
    claimFiles: article.claimFiles,
    canReveal: true,
  });
}

/** The text of `uri` after applying an action's edit to `text`. */
export function applyAction(action: CodeAction, uri: string, text: string): string {
  const changes = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
  const change = changes.find((candidate) => candidate.textDocument.uri === uri);
  if (!change) throw new Error(`the action "${action.title}" does not edit ${uri}`);
  const edits = change.edits.filter((edit): edit is TextEdit => 'newText' in edit);
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits);
}
