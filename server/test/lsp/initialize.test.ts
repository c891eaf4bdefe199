import { describe, expect, it } from 'vitest';
import { TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { fixtureWorkspace } from './fixtureWorkspace';
import { LspSession } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

describe('initialize', () => {
  const cleanups = cleanupAfterEach();

  it('answers with hover, incremental sync and a pull diagnostic provider', async () => {
    const workspace = fixtureWorkspace();
    const session = new LspSession();
    cleanups.push(() => session.dispose(), workspace.remove);

    const result = await session.start(workspace.dir);

    expect(result.serverInfo?.name).toBe('claimlint');
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(result.capabilities.textDocumentSync).toMatchObject({
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
    });
    expect(result.capabilities.diagnosticProvider).toMatchObject({
      interFileDependencies: true,
      workspaceDiagnostics: false,
    });
  });

  it('registers file watchers for claim files and the config when the client allows it', async () => {
    const workspace = fixtureWorkspace();
    const session = new LspSession();
    cleanups.push(() => session.dispose(), workspace.remove);

    await session.start(workspace.dir, {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
    });
    // The registration is a request from the server; give it a moment to arrive.
    await expect.poll(() => session.registrations).toContain('workspace/didChangeWatchedFiles');
  });
});
