import { describe, expect, it } from 'vitest';
import { CONFLICT_MESSAGE, fixtureWorkspace } from '../lsp/fixtureWorkspace';
import { LspSession } from '../lsp/lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

/**
 * What the VS Code client does when the server dies (client/src/restartPolicy.ts decides whether):
 * it starts a new server and opens the documents again. The new server must check them afresh.
 */
describe('after the server is killed', () => {
  const cleanups = cleanupAfterEach();

  it('a fresh server publishes the diagnostics of the reopened documents', async () => {
    const workspace = fixtureWorkspace();
    cleanups.push(workspace.remove);
    const first = new LspSession();
    await first.start(workspace.dir);
    const before = await first.waitForDiagnostics(
      await first.open(workspace.article, 'markdown', workspace.text),
    );
    await first.kill();

    const second = new LspSession();
    cleanups.push(() => second.dispose());
    await second.start(workspace.dir);
    const after = await second.waitForDiagnostics(
      await second.open(workspace.article, 'markdown', workspace.text),
    );
    expect(after.diagnostics.map((d) => d.message)).toContain(CONFLICT_MESSAGE);
    expect(after.diagnostics).toEqual(before.diagnostics);
  });
});
