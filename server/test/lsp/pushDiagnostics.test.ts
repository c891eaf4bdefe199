import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { CONFLICT_MESSAGE, CONFLICT_RANGE, openFixtureMemo } from './fixtureWorkspace';
import { settle } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

describe('pushed diagnostics', () => {
  const cleanups = cleanupAfterEach();

  const openMemo = () => openFixtureMemo(cleanups);

  it('publishes diagnostics for the opened version', async () => {
    const { session, uri } = await openMemo();
    const published = await session.waitForDiagnostics(uri);
    expect(published.version).toBe(1);
  });

  it('underlines the conflicting figure with the rule as code [engine]', async () => {
    const { session, uri } = await openMemo();
    const published = await session.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
    expect(published.diagnostics).toContainEqual(
      expect.objectContaining({
        range: CONFLICT_RANGE,
        severity: DiagnosticSeverity.Warning,
        code: 'figure-conflict',
        source: 'claimlint',
        message: CONFLICT_MESSAGE,
      }),
    );
  });

  it('publishes only for the newest version when edits come quickly', async () => {
    const { session, uri } = await openMemo();
    await session.waitForDiagnostics(uri);
    const before = session.published.length;
    await session.change(uri, 'Draft.\n');
    const last = await session.change(uri, 'Draft, second pass.\n');

    const published = await session.waitForDiagnostics(uri, () => true, before);
    expect(published.version).toBe(last);
    await settle();
    const versions = session.published
      .slice(before)
      .filter((p) => p.uri === uri)
      .map((p) => p.version);
    expect(versions).not.toContain(last - 1);
  });

  it('re-checks on change: a corrected figure clears the conflict [engine]', async () => {
    const { workspace, session, uri } = await openMemo();
    await session.waitForDiagnostics(uri, (params) =>
      params.diagnostics.some((d) => d.code === 'figure-conflict'),
    );
    const version = await session.change(uri, workspace.text.replace('530', '350'));
    const published = await session.waitForDiagnostics(uri, (params) => params.version === version);
    expect(published.diagnostics.map((d) => d.code)).not.toContain('figure-conflict');
  });

  it('clears the diagnostics of a closed article', async () => {
    const { session, uri } = await openMemo();
    await session.waitForDiagnostics(uri);
    const before = session.published.length;
    await session.close(uri);
    const published = await session.waitForDiagnostics(uri, () => true, before);
    expect(published.diagnostics).toEqual([]);
  });
});
