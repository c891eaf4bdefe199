import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../src/engine/documentCache';
import type { CheckResult } from '../../src/engine/checkArticle';
import { checkText } from '../../src/workspace/checkText';
import { exampleContext } from '../engine/exampleClaimSet';
import { applyRandomEdit, articleFormat, articleText, randomEdit } from './articleArbitraries';
import { PROPERTY_RUNS, PROPERTY_TEST_TIMEOUT_MS } from './propertyRuns';

const context = exampleContext();

/** Every range inside the document, and every figure's range holding exactly the figure's text. */
function expectWellPlaced(text: string, result: CheckResult): void {
  const inside = (start: number, end: number): boolean => 0 <= start && start <= end && end <= text.length;
  for (const finding of result.findings) {
    expect(inside(finding.start, finding.end), `${finding.rule} at ${finding.start}–${finding.end}`).toBe(
      true,
    );
    for (const place of finding.related ?? []) {
      if (place.file === undefined) expect(inside(place.start, place.end)).toBe(true);
    }
  }
  for (const { figure } of result.figures) {
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figure.start <= figure.numberStart && figure.numberEnd <= figure.end).toBe(true);
    expect(figure.numberStart < figure.numberEnd).toBe(true);
    if (figure.hedgeStart !== undefined && figure.hedgeEnd !== undefined) {
      expect(inside(figure.hedgeStart, figure.hedgeEnd)).toBe(true);
    }
  }
}

describe('checking any text', { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  it('never throws, and places every finding and figure inside the document', () => {
    fc.assert(
      fc.property(articleText, articleFormat, (text, format) => {
        expectWellPlaced(text, checkText(text, format, context.claimSet, context.settings));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('gives the same result incrementally, after any sequence of edits, as a fresh check', () => {
    fc.assert(
      fc.property(
        articleText,
        articleFormat,
        fc.array(randomEdit, { minLength: 1, maxLength: 8 }),
        (start, format, edits) => {
          const cache = new DocumentCache();
          let text = start;
          checkText(text, format, context.claimSet, context.settings, cache);
          for (const edit of edits) {
            text = applyRandomEdit(text, edit);
            const incremental = checkText(text, format, context.claimSet, context.settings, cache);
            expect(incremental).toEqual(checkText(text, format, context.claimSet, context.settings));
            expectWellPlaced(text, incremental);
          }
        },
      ),
      { numRuns: PROPERTY_RUNS / 3 },
    );
  });
});
