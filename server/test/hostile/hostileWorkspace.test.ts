import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CONFLICT_MESSAGE, fixtureWorkspace } from '../lsp/fixtureWorkspace';
import { fileUri, LspSession } from '../lsp/lspSession';
import { hugeClaimFile, HOSTILE_CLAIM_FILES } from './hostileClaimFiles';
import { cleanupAfterEach } from '../cleanupAfterEach';

/**
 * The real server, in a workspace full of broken and hostile files, opened beside a normal article:
 * each bad file gets a clear diagnostic, the server keeps serving, and the normal article is checked.
 */
/** A diagnostic's message as text (LSP 3.18 also allows Markdown, which claimlint never sends). */
function messageOf(diagnostic: Diagnostic | undefined): string {
  const message = diagnostic?.message ?? '';
  return typeof message === 'string' ? message : message.value;
}

describe('a workspace with hostile files', () => {
  const cleanups = cleanupAfterEach();

  it('reports each bad claim file, and still checks the normal article', { timeout: 120_000 }, async () => {
    const workspace = fixtureWorkspace();
    cleanups.push(workspace.remove);
    for (const [name, content] of Object.entries(HOSTILE_CLAIM_FILES)) {
      writeFileSync(join(workspace.dir, 'claims', name), content);
    }
    // 50 MB on disk: refused before it is read.
    writeFileSync(join(workspace.dir, 'claims', 'huge.claims.yaml'), hugeClaimFile(50));
    const session = new LspSession();
    cleanups.push(() => session.dispose());
    await session.start(workspace.dir);
    const uri = await session.open(workspace.article, 'markdown', workspace.text);

    const normal = await session.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 0, 60_000);
    expect(normal.diagnostics.map(messageOf)).toContain(CONFLICT_MESSAGE);
    const problemsOf = async (name: string): Promise<string[]> => {
      const published = await session.waitForDiagnostics(
        fileUri(join(workspace.dir, 'claims', name)),
        (p) => p.diagnostics.length > 0,
        0,
        60_000,
      );
      return published.diagnostics.map(messageOf);
    };
    expect(await problemsOf('huge.claims.yaml')).toEqual([
      expect.stringMatching(/^Cannot read the claim file: too large to read \(\d+(\.\d)? MB > 12 MB\)/),
    ]);
    expect((await problemsOf('syntax.claims.yaml')).join('\n')).toMatch(/YAML syntax error/);
    expect((await problemsOf('types.claims.yaml')).length).toBeGreaterThan(0);
    expect((await problemsOf('duplicates.claims.yaml')).join('\n')).toMatch(/twice/);
    expect((await problemsOf('laughs.claims.yaml')).join('\n')).toMatch(/alias/i);
    expect(await problemsOf('binary.claims.yaml')).toEqual(['Cannot read the claim file: a binary file.']);
  });

  it(
    'answers a huge or binary article with one information diagnostic, and keeps serving',
    { timeout: 120_000 },
    async () => {
      const workspace = fixtureWorkspace();
      cleanups.push(workspace.remove);
      const session = new LspSession();
      cleanups.push(() => session.dispose());
      await session.start(workspace.dir);

      const huge = await session.open(
        join(workspace.dir, 'huge.md'),
        'markdown',
        `${workspace.text}\n`.repeat((20 * 1024 * 1024) / workspace.text.length),
      );
      const binary = await session.open(
        join(workspace.dir, 'binary.md'),
        'markdown',
        `\u0000\u0001PNG\u0000${'\ufffd'.repeat(100)}`,
      );
      const normal = await session.open(workspace.article, 'markdown', workspace.text);

      const only = async (uri: string): Promise<{ message: string; severity?: DiagnosticSeverity }> => {
        const published = await session.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 0, 60_000);
        expect(published.diagnostics).toHaveLength(1);
        const [diagnostic] = published.diagnostics;
        return { message: messageOf(diagnostic), severity: diagnostic?.severity };
      };
      expect(await only(huge)).toEqual({
        message: expect.stringMatching(/^Too large to check \(20(\.\d)? MB > 1 MB\)\.$/),
        severity: DiagnosticSeverity.Information,
      });
      expect(await only(binary)).toEqual({
        message: 'A binary file, not checked.',
        severity: DiagnosticSeverity.Information,
      });
      const checked = await session.waitForDiagnostics(normal, (p) => p.diagnostics.length > 0, 0, 60_000);
      expect(checked.diagnostics.map(messageOf)).toContain(CONFLICT_MESSAGE);
      // Hover on the huge article answers at once, with nothing (the engine never ran on it).
      expect(await session.hover(huge, 2, 22)).toBeNull();
    },
  );
});
