import { describe, expect, it } from 'vitest';
import { arithmeticFindings } from '../../src/arithmetic/arithmeticFindings';
import { overlap } from '../../src/arithmetic/intervals';
import { parseArticle } from '../../src/article/parseArticle';
import type { CheckedFigure } from '../../src/engine/findingModel';
import { extractFigures } from '../../src/figures/extractFigures';
import { claimIndexFor } from '../../src/matching/claimIndex';
import { exampleContext } from '../engine/exampleClaimSet';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';
import { findingsOf } from './findingsOf';

describe('arithmetic in Markdown', () => {
  it('places findings in the document through emphasis and links', () => {
    expect(
      findingsOf(
        'arithmetic',
        'Deaths rose **61.5%** from [2,843](https://example.org) to 3,313.\n',
        'markdown',
      ),
    ).toEqual([
      { text: '61.5%', message: '61.5% does not follow from 2,843 to 3,313, which is a rise of 16.5%' },
    ]);
    expect(findingsOf('arithmetic', 'Deaths *doubled* from 200 to 500.\n', 'markdown')).toEqual([
      { text: 'doubled', message: 'doubled does not follow from 200 to 500, which is a factor of 2.5' },
    ]);
  });

  it('checks each sentence on its own: numbers in the next sentence are not roles', () => {
    expect(
      findingsOf('arithmetic', 'Deaths rose 20%. They went from 100 to 300 in Vancouver.\n', 'markdown'),
    ).toEqual([]);
  });

  it('is silenced like every rule', () => {
    const text = '<!-- claimlint-disable-next-line arithmetic -->\nDeaths doubled from 200 to 500.\n';
    expect(findingsOf('arithmetic', text, 'markdown')).toEqual([]);
  });
});

/** The rule alone on a sentence of `count` changes (matching is left out: it is not this rule's cost). */
function timeRule(count: number): number {
  const sentence = Array.from(
    { length: count },
    (_, index) => `rose 20% from ${100 + index} to ${200 + index}`,
  );
  const article = parseArticle(`Deaths ${sentence.join(', ')}.`, 'text');
  const figures = extractFigures(article).map((figure): CheckedFigure => ({ figure, status: 'unmatched' }));
  const { claimSet } = exampleContext();
  return millisecondsFor(() => {
    expect(arithmeticFindings({ article, claimSet, index: claimIndexFor(claimSet), figures })).toEqual([]);
  });
}

describe('arithmetic at scale', () => {
  it('checks a very long sentence of figures without quadratic slowdown', () => {
    // 32,000 changes make about 96,000 figures: a rule quadratic in them would take minutes.
    expect(timeRule(32_000)).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});

describe('interval overlap', () => {
  it('treats an open end as open, not as infinite slack', () => {
    expect(overlap({ low: Number.NEGATIVE_INFINITY, high: 20.5 }, { low: 24, high: 26 })).toBe(false);
    expect(overlap({ low: 19.5, high: Number.POSITIVE_INFINITY }, { low: 24, high: 26 })).toBe(true);
  });
});
