import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { fixtureWorkspace, openFixtureMemo } from './fixtureWorkspace';
import { fileUri, LspSession } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

/** Breaks the value of the memo claim, so the claim file has a schema problem at that line. */
function breakClaimFile(text: string): string {
  return text.replace('value: 350', 'value: lots');
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

describe('claim-set problems', () => {
  const cleanups = cleanupAfterEach();

  it('are published on the claim file at their line, and the article is still checked', async () => {
    let broken = '';
    const { workspace, session, uri } = await openFixtureMemo(cleanups, {
      prepare: (copy) => {
        broken = breakClaimFile(readFileSync(copy.claims, 'utf8'));
        writeFileSync(copy.claims, broken);
      },
    });

    const problems = await session.waitForDiagnostics(
      fileUri(workspace.claims),
      (p) => p.diagnostics.length > 0,
    );
    expect(problems.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'claimset', source: 'claimlint', severity: DiagnosticSeverity.Error }),
    );
    expect(problems.diagnostics.map((d) => d.range.start.line)).toContain(lineOf(broken, 'value: lots'));
    await session.waitForDiagnostics(uri);
  });

  it('appear and clear as the claim file is edited in the editor', async () => {
    const workspace = fixtureWorkspace();
    const session = new LspSession();
    cleanups.push(() => session.dispose(), workspace.remove);
    await session.start(workspace.dir);
    const text = readFileSync(workspace.claims, 'utf8');
    const claimsUri = await session.open(workspace.claims, 'yaml', text);

    const before = session.published.length;
    await session.change(claimsUri, breakClaimFile(text));
    const problems = await session.waitForDiagnostics(claimsUri, (p) => p.diagnostics.length > 0, before);
    expect(problems.diagnostics[0]?.code).toBe('claimset');

    const fixedFrom = session.published.length;
    await session.change(claimsUri, text);
    await session.waitForDiagnostics(claimsUri, (p) => p.diagnostics.length === 0, fixedFrom);
  });

  it('still find the article conflict from the valid rest of the set [engine]', async () => {
    const workspace = fixtureWorkspace();
    // An extra broken file next to the good one: the good claims stay in use.
    writeFileSync(
      workspace.claims.replace('fentanyl-canada', 'broken'),
      'claims:\n  - id: x\n    value: lots\n',
    );
    const session = new LspSession();
    cleanups.push(() => session.dispose(), workspace.remove);
    await session.start(workspace.dir);
    const uri = await session.open(workspace.article, 'markdown', workspace.text);
    await session.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'figure-conflict'));
  });
});
