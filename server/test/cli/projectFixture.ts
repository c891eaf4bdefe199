import type { Cleanups } from '../cleanupAfterEach';
import { copyFixture } from '../lsp/fixtureCopy';

/**
 * The CLI fixture: claims/fentanyl-canada.claims.yaml (the example set), articles/memo.md
 * ("more than 530" groups where the set says 350: one figure-conflict at 3:22–3:25) and
 * articles/clean.txt (no figures).
 */
export function projectFixture(): { dir: string; remove: () => void } {
  return copyFixture('cli/project');
}

/** A fresh copy of the CLI fixture, removed after the test. */
export function projectDir(cleanups: Cleanups): string {
  const { dir, remove } = projectFixture();
  cleanups.push(remove);
  return dir;
}

export const MEMO_CONFLICT = {
  rule: 'figure-conflict',
  severity: 'warning',
  message:
    '530 conflicts with the reference: 350 groups (Privy Council Office, Memorandum for the Prime Minister, 2024)',
  line: 3,
  column: 22,
  endLine: 3,
  endColumn: 25,
  text: '530',
  claim: 'ocg-fentanyl-canada-memo',
  source: 'pco-memo-2024',
  expected: '350 groups',
};
