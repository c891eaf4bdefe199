import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { appendClaim } from '../../src/fixes/appendClaim';
import type { ClaimDraft } from '../../src/fixes/claimDraft';
import { applyOffsetEdits } from '../../src/fixes/offsetEdit';
import { actionsAt, applyAction, claimSetIn, FIXTURES } from '../fixes/fixHarness';
import { articleFormat, articleText } from './articleArbitraries';
import { PROPERTY_RUNS, PROPERTY_TEST_TIMEOUT_MS } from './propertyRuns';

const ARTICLE_URI = 'file:///work/article.md';
const { claimSet, files: claimFiles } = claimSetIn(join(FIXTURES, 'examples/claims'));

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const changes = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
  return changes
    .filter((change) => change.textDocument.uri === uri)
    .flatMap((change) => change.edits.filter((edit): edit is TextEdit => 'newText' in edit));
}

/** The text before the first edit and after the last is the same in both, byte for byte. */
function expectOutsideKept(
  before: string,
  after: string,
  document: TextDocument,
  edits: readonly TextEdit[],
): void {
  const starts = edits.map((edit) => document.offsetAt(edit.range.start));
  const ends = edits.map((edit) => document.offsetAt(edit.range.end));
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  expect(after.slice(0, first)).toBe(before.slice(0, first));
  expect(after.slice(after.length - (before.length - last))).toBe(before.slice(last));
}

describe('quick fixes on any document', { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  it('apply cleanly, keep the rest of the document, and are not offered again once applied', () => {
    fc.assert(
      fc.property(
        articleText,
        articleFormat,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, format, where) => {
          const article = { uri: ARTICLE_URI, text, format, claimSet, claimFiles };
          const document = TextDocument.create(ARTICLE_URI, 'markdown', 7, text);
          for (const action of actionsAt(article, Math.floor(where * text.length))) {
            for (const change of (action.edit?.documentChanges ?? []) as TextDocumentEdit[]) {
              if (change.textDocument.uri !== ARTICLE_URI) continue;
              // Every edit names the version it was computed for, so a client refuses it on a newer text.
              expect(change.textDocument.version).toBe(7);
            }
            const edits = editsOf(action, ARTICLE_URI);
            if (edits.length === 0) continue;
            for (const edit of edits) {
              // Positions the client resolves to the same offsets the server computed (no line-break or surrogate split).
              const start = document.offsetAt(edit.range.start);
              expect(document.positionAt(start)).toEqual(edit.range.start);
              expect(document.offsetAt(edit.range.end)).toBeGreaterThanOrEqual(start);
            }
            const fixed = applyAction(action, ARTICLE_URI, text);
            expectOutsideKept(text, fixed, document, edits);
            // Applying it twice is a no-op: on the fixed text the same fix is gone or changes nothing.
            const fixedArticle = { ...article, text: fixed };
            const first = document.offsetAt(edits[0]?.range.start ?? { line: 0, character: 0 });
            for (const again of actionsAt(fixedArticle, first)) {
              if (again.title !== action.title) continue;
              expect(applyAction(again, ARTICLE_URI, fixed), `"${action.title}" offered again`).toBe(fixed);
            }
          }
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

/** Claim files as writers leave them: comments, blank lines, odd line breaks, flow and block styles. */
const claimFileText = fc
  .tuple(
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.array(
      fc.constantFrom(
        '# a comment',
        '',
        '   ',
        'sources:',
        '  pco:',
        '    title: "Memo"',
        'claims:',
        '  - id: a',
        '    subject: deaths',
        '    value: 350',
        '  - {id: b, subject: groups, value: 12}',
        '  # the last claim',
        'claims: []',
        'quotes:',
        'entities: []',
        '{"claims": [{"id": "j", "subject": "x", "value": 1}]}',
        'claims:   # trailing comment',
        '\t- bad indent',
        'é: ü',
      ),
      { maxLength: 14 },
    ),
    fc.boolean(),
  )
  .map(([eol, lines, finalBreak]) => lines.join(eol) + (finalBreak ? eol : ''));

const draft: fc.Arbitrary<ClaimDraft> = fc.record({
  id: fc.constantFrom('new-claim', 'deaths-2024', 'x'),
  subject: fc.oneof(
    fc.constantFrom('deaths in BC', 'a: b', '# not a comment', '"quoted"', 'line\nbreak'),
    fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
  ),
  value: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
});

describe('adding a claim to a claim file', { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  it('inserts only, and the file reads back with every old claim and the new one', () => {
    fc.assert(
      fc.property(claimFileText, draft, (text, claim) => {
        const appended = appendClaim(text, claim);
        if (!appended) return;
        const { start, end, newText } = appended.edit;
        expect(end).toBe(start);
        const after = applyOffsetEdits(text, [appended.edit]);
        expect(after.slice(0, start) + after.slice(start + newText.length)).toBe(text);
        const old = loadClaimFile('/x.claims.yaml', text);
        const read = loadClaimFile('/x.claims.yaml', after);
        const ids = (result: typeof old): string[] => result.claims.map(({ claim: c }) => c.id);
        // An id the file already has is reported as a duplicate and the new claim left out.
        expect(ids(read)).toEqual(ids(old).includes(claim.id) ? ids(old) : [...ids(old), claim.id]);
        expect(after.slice(appended.span.start, appended.span.end)).not.toBe('');
      }),
      { numRuns: PROPERTY_RUNS * 2 },
    );
  });
});
