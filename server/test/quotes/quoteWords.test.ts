import { describe, expect, it } from 'vitest';
import { joinQuoteParts, quoteWords } from '../../src/quotes/quoteWords';

const folded = (text: string): string[] => quoteWords(text).map((word) => word.folded);

describe('quoteWords', () => {
  it('folds case, curly apostrophes, NBSP, dashes and punctuation away', () => {
    expect(folded('Ya’ara\u00a0Saks — “Canada-sourced” fentanyl, isn’t it?')).toEqual(
      folded('ya\'ara saks - "canada sourced" FENTANYL isn\'t it'),
    );
    expect(folded('Ya’ara\u00a0Saks')).toEqual(["ya'ara", 'saks']);
  });

  it('keeps each word as written with its offsets', () => {
    const [first, second] = quoteWords('“Ya’ara said');
    expect(first).toMatchObject({ text: 'Ya’ara', start: 1, end: 7, gapBefore: false });
    expect(second).toMatchObject({ text: 'said', start: 8, end: 12 });
  });

  it('marks an omission after an ellipsis or a bracketed insertion, and drops the insertion', () => {
    const words = quoteWords('is not the cause … It is [the] supply... killing');
    expect(words.map((word) => word.folded)).toEqual([
      'is',
      'not',
      'the',
      'cause',
      'it',
      'is',
      'supply',
      'killing',
    ]);
    expect(words.filter((word) => word.gapBefore).map((word) => word.folded)).toEqual([
      'it',
      'supply',
      'killing',
    ]);
  });

  it('does not mark an omission before the first word', () => {
    expect(quoteWords('… the cause')[0]?.gapBefore).toBe(false);
  });

  it('joins the parts of a split quote with a gap before each later part', () => {
    const joined = joinQuoteParts([quoteWords('not the cause'), quoteWords('It is the supply')]);
    expect(joined.map((word) => word.gapBefore)).toEqual([false, false, false, true, false, false, false]);
  });
});
