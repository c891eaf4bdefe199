import { describe, expect, it } from 'vitest';
import { CONFLICT_MESSAGE, openFixtureMemo } from './fixtureWorkspace';
import { settle } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

describe('pulled diagnostics', () => {
  const cleanups = cleanupAfterEach();

  const openWithPull = () =>
    openFixtureMemo(cleanups, {
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });

  it('answers textDocument/diagnostic and does not also push for the article', async () => {
    const { session, uri } = await openWithPull();
    const report = await session.pullDiagnostics(uri);
    expect(report.kind).toBe('full');
    await settle();
    expect(session.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('reports the conflict when pulled [engine]', async () => {
    const { session, uri } = await openWithPull();
    const report = await session.pullDiagnostics(uri);
    expect(report.kind === 'full' ? report.items : []).toContainEqual(
      expect.objectContaining({ code: 'figure-conflict', message: CONFLICT_MESSAGE }),
    );
  });
});
