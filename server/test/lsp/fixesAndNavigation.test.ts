import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentLinkRequest,
  ExecuteCommandRequest,
  ReferencesRequest,
  ShowDocumentRequest,
  type ApplyWorkspaceEditParams,
  type CodeAction,
  type CompletionItem,
  type DocumentLink,
  type InitializeResult,
  type Location,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copyFixture } from './fixtureCopy';
import { fileUri, LspSession } from './lspSession';
import { cleanupAfterEach } from '../cleanupAfterEach';

const ARTICLE =
  'Police in Canada dismantled 100 fentanyl superlabs in 2024.\n\nOfficers seized 4,000 kilograms of cocaine at the port of Halifax.\n';

function applied(text: string, edit: TextDocumentEdit): string {
  const edits = edit.edits.filter((candidate): candidate is TextEdit => 'newText' in candidate);
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
}

describe('quick fixes and navigation through the server', () => {
  const cleanups = cleanupAfterEach();

  async function start(
    capabilities = {},
  ): Promise<{ session: LspSession; dir: string; claims: string; init: InitializeResult }> {
    const { dir, remove } = copyFixture('fixes/claims');
    writeFileSync(join(dir, 'labs.md'), ARTICLE);
    const session = new LspSession();
    cleanups.push(() => session.dispose(), remove);
    const init = await session.start(dir, capabilities);
    return { session, dir, claims: join(dir, 'fixes.claims.yaml'), init };
  }

  it('announces the fix-all command and the navigation providers', async () => {
    const { init } = await start();
    expect(init.capabilities.executeCommandProvider?.commands).toContain('claimlint.insertAllCitations');
    expect(init.capabilities.codeActionProvider).toMatchObject({
      codeActionKinds: ['quickfix', 'source.fixAll.claimlint'],
    });
    expect(init.capabilities.completionProvider?.triggerCharacters).toEqual(['@', '^']);
  });

  it('offers the citation at a verified figure, tied to the document version', async () => {
    const { session, dir } = await start();
    const uri = await session.open(join(dir, 'labs.md'), 'markdown', ARTICLE);
    const at = { line: 0, character: 29 };
    const actions = await session.request<CodeAction[]>(CodeActionRequest.method, {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    });
    const citation = actions.find((action) => action.title === 'Insert citation [^cisc-2024]');
    const change = citation?.edit?.documentChanges?.[0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri, version: 1 });
    expect(applied(ARTICLE, change)).toContain('superlabs in 2024.[^cisc-2024]');
    expect(actions.map((action) => action.title)).toContain('Silence missing-citation on this line');
  });

  it('applies every missing citation with the fix-all command, and refuses a stale version', async () => {
    const { session, dir } = await start();
    const edits: ApplyWorkspaceEditParams[] = [];
    session.answer(ApplyWorkspaceEditRequest.method, (params) => {
      edits.push(params as ApplyWorkspaceEditParams);
      return { applied: true };
    });
    const uri = await session.open(join(dir, 'labs.md'), 'markdown', ARTICLE);

    expect(
      await session.request(ExecuteCommandRequest.method, {
        command: 'claimlint.insertAllCitations',
        arguments: [uri, 0],
      }),
    ).toBeNull();
    expect(edits).toHaveLength(0);

    expect(
      await session.request(ExecuteCommandRequest.method, {
        command: 'claimlint.insertAllCitations',
        arguments: [uri, 1],
      }),
    ).toBe(true);
    const change = edits[0]?.edit.documentChanges?.[0] as TextDocumentEdit;
    expect(change.textDocument.version).toBe(1);
    expect(applied(ARTICLE, change)).toBe(
      'Police in Canada dismantled 100 fentanyl superlabs in 2024.[^cisc-2024]\n\nOfficers seized 4,000 kilograms of cocaine at the port of Halifax.\n\n' +
        '[^cisc-2024]: Criminal Intelligence Service Canada, 2024 Public Report on Organized Crime, 2024. https://example.org/report\n',
    );
  });

  it('adds an unverified figure to the claim file and reveals it', async () => {
    const { session, dir, claims } = await start({ window: { showDocument: { support: true } } });
    const shown: unknown[] = [];
    session.answer(ShowDocumentRequest.method, (params) => {
      shown.push(params);
      return { success: true };
    });
    const uri = await session.open(join(dir, 'labs.md'), 'markdown', ARTICLE);
    const at = { line: 2, character: 17 };
    const actions = await session.request<CodeAction[]>(CodeActionRequest.method, {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const add = actions.find((action) => action.title.startsWith('Add 4,000 kilograms to the claim set'));
    const change = add?.edit?.documentChanges?.[0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: fileUri(claims), version: null });
    const before = readFileSync(claims, 'utf8');
    const after = applied(before, change);
    expect(after).toContain(
      '  - id: officers-seized-kilograms-cocaine-port-halifax\n    subject: Officers seized 4,000 kilograms of cocaine at the port of Halifax\n',
    );
    expect(after.replace(/\n {2}- id: officers-seized[^]*?# TODO: add a source/, '')).toBe(before);

    expect(add?.command?.command).toBe('claimlint.revealClaim');
    await session.request(ExecuteCommandRequest.method, {
      command: add?.command?.command,
      arguments: add?.command?.arguments,
    });
    expect(shown).toEqual([expect.objectContaining({ uri: fileUri(claims), takeFocus: true })]);
  });

  it('completes source keys after [@ with title and author', async () => {
    const { session, dir } = await start();
    const text = 'Labs were dismantled [@ci\n';
    const uri = await session.open(join(dir, 'draft.md'), 'markdown', text);
    const items = await session.request<CompletionItem[]>(CompletionRequest.method, {
      textDocument: { uri },
      position: { line: 0, character: 25 },
    });
    const cisc = items.find((item) => item.label === 'cisc-2024');
    expect(cisc?.detail).toBe('2024 Public Report on Organized Crime — Criminal Intelligence Service Canada');
    expect(cisc?.textEdit).toEqual({
      range: { start: { line: 0, character: 23 }, end: { line: 0, character: 25 } },
      newText: 'cisc-2024',
    });
  });

  it('goes from a figure to its claim, and from a claim to the figures that use it', async () => {
    const { session, dir, claims } = await start();
    const uri = await session.open(join(dir, 'labs.md'), 'markdown', ARTICLE);
    const definition = await session.request<Location | null>(DefinitionRequest.method, {
      textDocument: { uri },
      position: { line: 0, character: 29 },
    });
    const claimsText = readFileSync(claims, 'utf8');
    const claimLine = claimsText.split('\n').findIndex((line) => line.includes('id: cisc-2024-labs'));
    expect(definition).toEqual({
      uri: fileUri(claims),
      range: expect.objectContaining({ start: expect.objectContaining({ line: claimLine }) }),
    });

    // The article on disk, not open: found as the CLI finds articles.
    await session.close(uri);
    const claimsUri = await session.open(claims, 'yaml', claimsText);
    const references = await session.request<Location[]>(ReferencesRequest.method, {
      textDocument: { uri: claimsUri },
      position: { line: claimLine, character: 12 },
      context: { includeDeclaration: false },
    });
    expect(references).toEqual([
      {
        uri: fileUri(join(dir, 'labs.md')),
        range: { start: { line: 0, character: 28 }, end: { line: 0, character: 31 } },
      },
    ]);
  });

  it('links source ids in a claim file to the source URL', async () => {
    const { session, claims } = await start();
    const text = readFileSync(claims, 'utf8');
    const uri = await session.open(claims, 'yaml', text);
    const links = await session.request<DocumentLink[]>(DocumentLinkRequest.method, {
      textDocument: { uri },
    });
    const lines = text.split('\n');
    expect(links.length).toBe(2);
    for (const link of links) {
      expect(link.target).toBe('https://example.org/report');
      expect(lines[link.range.start.line]?.slice(link.range.start.character, link.range.end.character)).toBe(
        'cisc-2024',
      );
    }
  });
});
