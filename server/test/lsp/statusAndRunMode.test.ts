import { describe, expect, it } from 'vitest';
import { fixtureWorkspace } from './fixtureWorkspace';
import { LspSession, settle } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } } };

describe('the claimlint/status notification', () => {
  const cleanups = cleanupAfterEach();

  async function session(initializationOptions?: unknown, capabilities = {}) {
    const workspace = fixtureWorkspace();
    const lsp = new LspSession();
    cleanups.push(() => lsp.dispose(), workspace.remove);
    await lsp.start(workspace.dir, capabilities, initializationOptions);
    return { lsp, workspace };
  }

  it('gives the counts of each check to a client that asked for them [engine]', async () => {
    const { lsp, workspace } = await session({ statusNotifications: true }, PULL);
    const uri = await lsp.open(workspace.article, 'markdown', workspace.text);
    await lsp.pullDiagnostics(uri);
    expect(lsp.statuses).toEqual([{ uri, figures: 1, conflicts: 1, unsourced: 0 }]);
  });

  it('is never sent to a client that did not ask', async () => {
    const { lsp, workspace } = await session();
    const uri = await lsp.open(workspace.article, 'markdown', workspace.text);
    await lsp.waitForDiagnostics(uri);
    await settle();
    expect(lsp.statuses).toEqual([]);
  });

  it('links every diagnostic to its rule in the README', async () => {
    const { lsp, workspace } = await session();
    const uri = await lsp.open(workspace.article, 'markdown', workspace.text);
    const published = await lsp.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
    expect(published.diagnostics[0]?.codeDescription?.href).toBe(
      'https://github.com/claimlint/claimlint#figure-conflict',
    );
  });
});

describe('claimlint.run', () => {
  const cleanups = cleanupAfterEach();

  const FIXED = (text: string) => text.replace('more than 530', 'more than 350');

  async function session(run: string, capabilities = {}) {
    const workspace = fixtureWorkspace();
    const lsp = new LspSession();
    cleanups.push(() => lsp.dispose(), workspace.remove);
    await lsp.start(workspace.dir, capabilities);
    await lsp.changeConfiguration({ claimlint: { run } });
    const uri = await lsp.open(workspace.article, 'markdown', workspace.text);
    return { lsp, workspace, uri };
  }

  it('onSave: pushes on open and save, not while typing [engine]', async () => {
    const { lsp, workspace, uri } = await session('onSave');
    await lsp.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    const before = lsp.published.length;
    await lsp.change(uri, FIXED(workspace.text));
    await settle();
    expect(lsp.published.slice(before).filter((params) => params.uri === uri)).toEqual([]);
    await lsp.save(uri);
    await lsp.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0, before);
  });

  it('onType: pushes while typing [engine]', async () => {
    const { lsp, workspace, uri } = await session('onType');
    await lsp.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    const before = lsp.published.length;
    await lsp.change(uri, FIXED(workspace.text));
    await lsp.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0, before);
  });

  it('onSave: a pull of unsaved edits answers "unchanged" [engine]', async () => {
    const { lsp, workspace, uri } = await session('onSave', PULL);
    const first = await lsp.pullDiagnostics(uri);
    expect(first).toMatchObject({ kind: 'full', resultId: expect.any(String) as unknown });
    const resultId = first.kind === 'full' ? first.resultId : undefined;
    await lsp.change(uri, FIXED(workspace.text));
    expect(await lsp.pullDiagnostics(uri, resultId)).toEqual({ kind: 'unchanged', resultId });
    await lsp.save(uri);
    expect(await lsp.pullDiagnostics(uri, resultId)).toMatchObject({ kind: 'full', items: [] });
  });
});
