import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture } from './fixtureCopy';

/** The LSP fixture: memo.md (with "more than 530" groups, where the claim set says 350) and its claim file. */
export function fixtureWorkspace(): {
  dir: string;
  article: string;
  claims: string;
  text: string;
  remove: () => void;
} {
  const { dir, remove } = copyFixture('lsp/workspace');
  const article = join(dir, 'memo.md');
  return {
    dir,
    article,
    claims: join(dir, 'claims/fentanyl-canada.claims.yaml'),
    text: readFileSync(article, 'utf8'),
    remove,
  };
}

/** Where "530" is in memo.md: line 2 (0-based), characters 21–24. */
export const CONFLICT_RANGE = { start: { line: 2, character: 21 }, end: { line: 2, character: 24 } };

export const CONFLICT_MESSAGE =
  '530 conflicts with the reference: 350 groups (Privy Council Office, Memorandum for the Prime Minister, 2024)';
