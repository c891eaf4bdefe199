import { describe, expect, it } from 'vitest';
import { alignQuoteWords } from '../../src/quotes/alignQuote';
import { describeWordDiff } from '../../src/quotes/quoteDiff';
import { joinQuoteParts, quoteWords } from '../../src/quotes/quoteWords';

const RECORDED = quoteWords(
  'Decriminalization is not the cause of the overdose deaths we are seeing. It is the illegal toxic drug supply that is killing people.',
);

function align(article: string) {
  const words = quoteWords(article);
  const alignment = alignQuoteWords(words, RECORDED);
  if (!alignment) throw new Error('no alignment');
  return { ...alignment, diff: describeWordDiff(alignment.steps, words, RECORDED) };
}

describe('alignQuoteWords', () => {
  it('verifies the recorded words, whatever the typography', () => {
    const alignment = align(
      'Decriminalization is not the cause of the overdose deaths we are seeing. It is the illegal toxic drug supply that is killing people.',
    );
    expect(alignment).toMatchObject({
      exact: true,
      similarity: 1,
      windowStart: 0,
      windowEnd: RECORDED.length,
    });
  });

  it('finds a fragment of a longer quote in its window, exact', () => {
    const alignment = align('the illegal toxic drug supply');
    expect(alignment).toMatchObject({ exact: true, similarity: 1, windowStart: 14, windowEnd: 19 });
  });

  it('reports a changed word as a replacement', () => {
    const alignment = align('Decriminalization is now the cause of the overdose deaths we are seeing');
    expect(alignment.exact).toBe(false);
    expect(alignment.similarity).toBeCloseTo(11 / 12);
    expect(alignment.steps.filter((step) => step.kind === 'replace')).toHaveLength(1);
    expect(alignment.diff).toBe('Decriminalization is [-not-] {+now+} the cause …');
  });

  it('reports a dropped word inside the window', () => {
    const alignment = align('Decriminalization is the cause of the overdose deaths');
    expect(alignment).toMatchObject({ exact: false, similarity: 1 });
    expect(alignment.diff).toBe('Decriminalization is [-not-] the cause …');
  });

  it('reports an added word', () => {
    expect(align('It is the illegal toxic drug supply that is really killing people').diff).toBe(
      '… that is {+really+} killing people',
    );
  });

  it('skips recorded words freely where the article marks an omission', () => {
    const alignment = align('Decriminalization is not the cause … It is the illegal toxic drug supply');
    expect(alignment).toMatchObject({ exact: true, similarity: 1 });
    const split = alignQuoteWords(
      joinQuoteParts([quoteWords('Decriminalization is not the cause'), quoteWords('killing people')]),
      RECORDED,
    );
    expect(split?.exact).toBe(true);
  });

  it('does not skip where the article marks no omission', () => {
    expect(align('Decriminalization is not the cause it is the illegal toxic drug supply').exact).toBe(false);
  });

  it('gives a low similarity to unrelated words', () => {
    expect(align('We think this will go a long way in stemming the flow').similarity).toBeLessThan(0.6);
  });

  it('declines empty and oversized inputs', () => {
    expect(alignQuoteWords([], RECORDED)).toBeUndefined();
    const long = quoteWords('word '.repeat(20_000));
    expect(alignQuoteWords(long, RECORDED)).toBeUndefined();
  });
});

describe('describeWordDiff', () => {
  it('shows only the changes with two words of context, joined by ellipses', () => {
    const alignment = align(
      'Decriminalization is now the cause of the overdose deaths we are seeing. It is the illegal drug supply that is killing people.',
    );
    expect(alignment.diff).toBe(
      'Decriminalization is [-not-] {+now+} the cause … the illegal [-toxic-] drug supply …',
    );
  });
});

describe('sentences beyond the record', () => {
  it('leaves whole unmatched sentences at either end out of the comparison', () => {
    const after = align('It is the illegal toxic drug supply that is killing people. We will not stop.');
    expect(after).toMatchObject({ exact: true, similarity: 1, compared: 11 });
    const before = align('We will not stop. It is the illegal toxic drug supply that is killing people.');
    expect(before).toMatchObject({ exact: true, compared: 11 });
  });

  it('keeps unmatched words within a sentence as differences', () => {
    expect(align('It is the illegal toxic drug supply that is killing people in Vancouver').exact).toBe(
      false,
    );
  });
});
