import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture } from './fixtureCopy';
import { fileUri, LspSession, settle } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

/** `../outside/*.claims.yaml` is on line 2 (0-based) of the config. */
const CONFIG = 'claims:\n  - claims/*.claims.yaml\n  - ../outside/*.claims.yaml\n';
const REFUSED_LINE = 2;

/** The LSP fixture with its claim set moved out of the workspace: dir/ws holds memo.md, dir/outside the claims. */
function workspaceWithClaimsOutside(): { ws: string; remove: () => void } {
  const { dir, remove } = copyFixture('lsp/workspace');
  const ws = join(dir, 'ws');
  mkdirSync(join(ws, 'claims'), { recursive: true });
  renameSync(join(dir, 'memo.md'), join(ws, 'memo.md'));
  renameSync(join(dir, 'claims'), join(dir, 'outside'));
  writeFileSync(join(ws, '.claimlint.yaml'), CONFIG);
  return { ws, remove };
}

describe('claim paths outside the workspace', () => {
  const cleanups = cleanupAfterEach();

  it('are refused at their line in the config, and read once the user allows them [engine]', async () => {
    const { ws, remove } = workspaceWithClaimsOutside();
    const session = new LspSession();
    cleanups.push(() => session.dispose(), remove);
    await session.start(ws);
    const configUri = fileUri(join(ws, '.claimlint.yaml'));

    const refused = await session.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0);
    expect(refused.diagnostics).toEqual([
      expect.objectContaining({
        code: 'claimset',
        message:
          'claims path ../outside/*.claims.yaml leaves the workspace; set claimlint.allowClaimsOutsideWorkspace to allow it',
        range: {
          start: { line: REFUSED_LINE, character: 4 },
          end: { line: REFUSED_LINE, character: 4 + '../outside/*.claims.yaml'.length },
        },
      }),
    ]);
    const memoPath = join(ws, 'memo.md');
    const memo = await session.open(memoPath, 'markdown', readFileSync(memoPath, 'utf8'));
    const unchecked = await session.waitForDiagnostics(memo);
    expect(unchecked.diagnostics.map((d) => d.code)).not.toContain('figure-conflict');

    const since = session.published.length;
    await session.changeConfiguration({ claimlint: { allowClaimsOutsideWorkspace: true } });
    await session.waitForDiagnostics(configUri, (p) => p.diagnostics.length === 0, since);
    await session.waitForDiagnostics(
      memo,
      (p) => p.diagnostics.some((d) => d.code === 'figure-conflict'),
      since,
    );
  });

  it('from the editor settings are refused with one line in the log', async () => {
    const { ws, remove } = workspaceWithClaimsOutside();
    rmSync(join(ws, '.claimlint.yaml'));
    const session = new LspSession();
    cleanups.push(() => session.dispose(), remove);
    const logged: string[] = [];
    session.onNotification('window/logMessage', (params) => {
      if (typeof params === 'object' && params !== null && 'message' in params)
        logged.push(String(params.message));
    });
    await session.start(ws);
    await session.changeConfiguration({ claimlint: { claims: ['../outside/*.claims.yaml'] } });
    const memoPath = join(ws, 'memo.md');
    const memo = await session.open(memoPath, 'markdown', readFileSync(memoPath, 'utf8'));
    await session.waitForDiagnostics(memo);
    await settle();
    expect(logged.filter((line) => line.includes('leaves the workspace'))).toEqual([
      `claimlint: ${ws}: claims path ../outside/*.claims.yaml leaves the workspace; set claimlint.allowClaimsOutsideWorkspace to allow it`,
    ]);
  });
});
