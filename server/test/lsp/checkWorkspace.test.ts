import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DiagnosticSeverity,
  ExecuteCommandRequest,
  WorkDoneProgressCreateRequest,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { CONFLICT_MESSAGE, CONFLICT_RANGE, fixtureWorkspace } from './fixtureWorkspace';
import { fileUri, LspSession, settle } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

const CHECK_WORKSPACE = 'claimlint.checkWorkspace';
const CLEAN =
  'Canada has more than 350 organized crime groups involved in fentanyl production, according to a confidential federal memo.\n';

/** A workspace on disk: memo.md (conflicting), clean.txt, a copy of memo.md under node_modules, and the example claim set. */
function workspaceOnDisk() {
  const workspace = fixtureWorkspace();
  const clean = join(workspace.dir, 'notes', 'clean.txt');
  mkdirSync(join(workspace.dir, 'notes'));
  writeFileSync(clean, CLEAN);
  mkdirSync(join(workspace.dir, 'node_modules', 'dependency'), { recursive: true });
  writeFileSync(join(workspace.dir, 'node_modules', 'dependency', 'README.md'), workspace.text);
  return { ...workspace, clean };
}

describe('the check-workspace command through the server', () => {
  const cleanups = cleanupAfterEach();

  async function start(capabilities = {}) {
    const workspace = workspaceOnDisk();
    const session = new LspSession();
    cleanups.push(() => session.dispose(), workspace.remove);
    const init = await session.start(workspace.dir, capabilities);
    const checkWorkspace = () =>
      session.request<unknown>(ExecuteCommandRequest.method, { command: CHECK_WORKSPACE, arguments: [] });
    return { workspace, session, init, checkWorkspace };
  }

  const forUri = (published: readonly PublishDiagnosticsParams[], uri: string) =>
    published.filter((params) => params.uri === uri);

  it('is announced with the other server commands', async () => {
    const { init } = await start();
    expect((init as InitializeResult).capabilities.executeCommandProvider?.commands).toContain(
      CHECK_WORKSPACE,
    );
  });

  it('publishes the closed articles’ findings and clears them once the file is fixed [engine]', async () => {
    // A pulling client (as VS Code is): the pushed diagnostics are the only ones for closed files.
    const { workspace, session, checkWorkspace } = await start({ textDocument: { diagnostic: {} } });
    const memo = fileUri(workspace.article);
    const clean = fileUri(workspace.clean);

    const summary = await checkWorkspace();
    expect(summary).toMatchObject({ folders: 1, checked: 2, withFindings: 1, cancelled: false });
    const published = await session.waitForDiagnostics(memo, (params) => params.diagnostics.length > 0);
    expect(published.diagnostics).toContainEqual(
      expect.objectContaining({
        range: CONFLICT_RANGE,
        severity: DiagnosticSeverity.Warning,
        code: 'figure-conflict',
        source: 'claimlint',
        message: CONFLICT_MESSAGE,
      }),
    );
    for (const params of forUri(session.published, clean)) expect(params.diagnostics).toEqual([]);
    // Nothing under node_modules is an article of the workspace.
    expect(session.published.map((params) => params.uri).some((uri) => uri.includes('node_modules'))).toBe(
      false,
    );

    const before = session.published.length;
    writeFileSync(workspace.article, CLEAN);
    expect(await checkWorkspace()).toMatchObject({ checked: 2, withFindings: 0 });
    const cleared = await session.waitForDiagnostics(memo, () => true, before);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('reports its progress to a client that supports it', async () => {
    const { session, checkWorkspace } = await start({ window: { workDoneProgress: true } });
    const created: unknown[] = [];
    const progress: unknown[] = [];
    session.answer(WorkDoneProgressCreateRequest.method, (params) => {
      created.push(params);
      return null;
    });
    session.onNotification('$/progress', (params) => progress.push(params));
    await checkWorkspace();
    await settle(200);
    expect(created).toHaveLength(1);
    const kinds = progress.map((params) => (params as { value: { kind: string } }).value.kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds.at(-1)).toBe('end');
  });

  it('clears the findings of a file that no longer exists', async () => {
    const { workspace, session, checkWorkspace } = await start();
    const memo = fileUri(workspace.article);
    await checkWorkspace();
    await session.waitForDiagnostics(memo, (params) => params.diagnostics.length > 0);

    const before = session.published.length;
    rmSync(workspace.article);
    expect(await checkWorkspace()).toMatchObject({ checked: 1, withFindings: 0 });
    const cleared = await session.waitForDiagnostics(memo, () => true, before);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('leaves open articles to their live diagnostics, and clears its own when a file is opened', async () => {
    const { workspace, session, checkWorkspace } = await start({ textDocument: { diagnostic: {} } });
    const memo = fileUri(workspace.article);
    await checkWorkspace();
    await session.waitForDiagnostics(memo, (params) => params.diagnostics.length > 0);

    // Opened in a pulling client: the pulled diagnostics take over, the pushed ones are cleared.
    const before = session.published.length;
    await session.open(workspace.article, 'markdown', workspace.text);
    const cleared = await session.waitForDiagnostics(memo, () => true, before);
    expect(cleared.diagnostics).toEqual([]);

    const afterOpen = session.published.length;
    expect(await checkWorkspace()).toMatchObject({ checked: 1, open: 1 });
    await settle(300);
    expect(forUri(session.published.slice(afterOpen), memo)).toEqual([]);
  });
});
