import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { openFixtureMemo } from './fixtureWorkspace';
import { fileUri } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

const hasConflict = (params: { diagnostics: { code?: number | string }[] }): boolean =>
  params.diagnostics.some((d) => d.code === 'figure-conflict');

describe('claim-file changes re-check open articles', () => {
  const cleanups = cleanupAfterEach();

  async function openMemo() {
    const { workspace, session, uri } = await openFixtureMemo(cleanups);
    await session.waitForDiagnostics(uri);
    // Let the initial load's re-check settle, so later publishes are caused by the change.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { workspace, session, uri };
  }

  it('re-checks after the claim file changes on disk', async () => {
    const { workspace, session, uri } = await openMemo();
    const before = session.published.length;
    writeFileSync(
      workspace.claims,
      readFileSync(workspace.claims, 'utf8').replace('value: 350', 'value: 530'),
    );
    await session.filesChanged(fileUri(workspace.claims), FileChangeType.Changed);
    await session.waitForDiagnostics(uri, () => true, before);
  });

  it('re-checks when the claim file is edited in the editor, before it is saved', async () => {
    const { workspace, session, uri } = await openMemo();
    const claimsText = readFileSync(workspace.claims, 'utf8');
    const claimsUri = await session.open(workspace.claims, 'yaml', claimsText);
    const before = session.published.length;
    await session.change(claimsUri, claimsText.replace('value: 350', 'value: 530'));
    await session.waitForDiagnostics(uri, () => true, before);
  });

  it('drops the conflict once the claim file on disk agrees with the article [engine]', async () => {
    const { workspace, session, uri } = await openMemo();
    await session.waitForDiagnostics(uri, hasConflict);
    const before = session.published.length;
    writeFileSync(
      workspace.claims,
      readFileSync(workspace.claims, 'utf8').replace('value: 350', 'value: 530'),
    );
    await session.filesChanged(fileUri(workspace.claims), FileChangeType.Changed);
    const published = await session.waitForDiagnostics(uri, () => true, before);
    expect(hasConflict(published)).toBe(false);
  });

  it('drops the conflict once the edited claim buffer agrees with the article [engine]', async () => {
    const { workspace, session, uri } = await openMemo();
    await session.waitForDiagnostics(uri, hasConflict);
    const claimsText = readFileSync(workspace.claims, 'utf8');
    const claimsUri = await session.open(workspace.claims, 'yaml', claimsText);
    const before = session.published.length;
    await session.change(claimsUri, claimsText.replace('value: 350', 'value: 530'));
    const published = await session.waitForDiagnostics(uri, () => true, before);
    expect(hasConflict(published)).toBe(false);
  });
});
