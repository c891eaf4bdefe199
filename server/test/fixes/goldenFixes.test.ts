import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CitationStyle } from '../../../shared/src/settings';
import { actionsAt, applyAction, claimSetIn, FIXTURES, type ArticleUnderTest } from './fixHarness';

/**
 * Golden files: each folder of test-fixtures/fixes/cases holds an article, a case.json naming the fix
 * (a prefix of the action's title) and where ("at": text of the figure, the first occurrence), and the
 * exact text after the fix. `UPDATE_GOLDEN=1` rewrites the expected files (review the diff!).
 */
interface GoldenCase {
  readonly article: string;
  readonly at?: string;
  readonly fix: string;
  readonly only?: string[];
  readonly claims?: string;
  readonly style?: CitationStyle;
  /** The file the fix edits, when not the article (a claim file of the claim set). */
  readonly edits?: string;
  readonly expected: string;
}

const CASES = join(FIXTURES, 'fixes/cases');

function load(name: string): { spec: GoldenCase; article: ArticleUnderTest; folder: string } {
  const folder = join(CASES, name);
  const spec = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as GoldenCase;
  const { claimSet, files } = claimSetIn(join(FIXTURES, spec.claims ?? 'fixes/claims'));
  const path = join(folder, spec.article);
  return {
    spec,
    folder,
    article: {
      uri: pathToFileURL(path).href,
      text: readFileSync(path, 'utf8'),
      format: spec.article.endsWith('.txt') ? 'text' : 'markdown',
      claimSet,
      claimFiles: files,
      ...(spec.style ? { style: spec.style } : {}),
    },
  };
}

function offsetOf(article: ArticleUnderTest, spec: GoldenCase): number {
  const offset = spec.at === undefined ? 0 : article.text.indexOf(spec.at);
  if (offset < 0) throw new Error(`"${spec.at ?? ''}" is not in ${spec.article}`);
  return offset;
}

function offered(article: ArticleUnderTest, spec: GoldenCase, offset: number) {
  return actionsAt(article, offset, spec.only).find((action) => action.title.startsWith(spec.fix));
}

describe('quick fixes yield exactly the golden text', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, () => {
      const { spec, article, folder } = load(name);
      const offset = offsetOf(article, spec);
      const action = offered(article, spec, offset);
      expect(action, `no action "${spec.fix}"`).toBeDefined();
      if (!action) return;
      const target =
        spec.edits === undefined
          ? undefined
          : article.claimFiles.find((file) => file.file.endsWith(spec.edits ?? ''));
      const uri = target ? pathToFileURL(target.file).href : article.uri;
      const after = applyAction(action, uri, target ? target.text : article.text);
      const expectedFile = join(folder, spec.expected);
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedFile, after);
      expect(existsSync(expectedFile), `missing golden file ${expectedFile}`).toBe(true);
      expect(after).toBe(readFileSync(expectedFile, 'utf8'));

      // Applying twice changes nothing: once applied, the fix is no longer offered there.
      if (!target) expect(offered({ ...article, text: after }, spec, offset)?.title).toBeUndefined();
    });
  }
});
