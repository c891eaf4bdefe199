import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import type { Cleanups } from '../cleanupAfterEach';
import { copyFixture } from './fixtureCopy';
import { LspSession } from './lspSession';

/** The LSP fixture: memo.md (with "more than 530" groups, where the claim set says 350) and its claim file. */
export interface FixtureWorkspace {
  dir: string;
  article: string;
  claims: string;
  text: string;
  remove: () => void;
}

export function fixtureWorkspace(): FixtureWorkspace {
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

/**
 * A real server started on a fresh copy of the fixture, with memo.md opened: what most LSP tests
 * begin with. `prepare` may change the copy before the server reads it; both are undone after the test.
 */
export async function openFixtureMemo(
  cleanups: Cleanups,
  options: { capabilities?: ClientCapabilities; prepare?: (workspace: FixtureWorkspace) => void } = {},
): Promise<{ workspace: FixtureWorkspace; session: LspSession; uri: string }> {
  const workspace = fixtureWorkspace();
  options.prepare?.(workspace);
  const session = new LspSession();
  cleanups.push(() => session.dispose(), workspace.remove);
  await session.start(workspace.dir, options.capabilities);
  const uri = await session.open(workspace.article, 'markdown', workspace.text);
  return { workspace, session, uri };
}
