import { describe, expect, it } from 'vitest';
import { onlyFigure } from './figureHelpers';

const hedgeOf = (sentence: string): string | undefined => onlyFigure(sentence).hedge;

describe('hedges', () => {
  it.each([
    ['about 60 per cent', 'approximately'],
    ['around 60 per cent', 'approximately'],
    ['roughly 60 per cent', 'approximately'],
    ['some 350 groups', 'approximately'],
    ['an estimated 350 groups', 'approximately'],
    ['approximately 350 groups', 'approximately'],
    ['close to 350 groups', 'approximately'],
    ['approx. 350 groups', 'approximately'],
    ['~350 groups', 'approximately'],
    ['nearly 350 groups', 'nearly'],
    ['almost 350 groups', 'nearly'],
    ['just under 350 groups', 'nearly'],
    ['more than 350 groups', 'atLeast'],
    ['over 350 groups', 'atLeast'],
    ['at least 350 groups', 'atLeast'],
    ['in excess of 350 groups', 'atLeast'],
    ['less than 5 per cent', 'atMost'],
    ['under 5 per cent', 'atMost'],
    ['fewer than 350 groups', 'atMost'],
    ['at most 350 groups', 'atMost'],
    ['up to 2.5 grams', 'upTo'],
  ])('reads "%s" as %s', (sentence, hedge) => {
    expect(hedgeOf(sentence)).toBe(hedge);
  });

  it('records the hedge offsets', () => {
    const sentence = 'with more than 350 groups';
    const figure = onlyFigure(sentence);
    expect(sentence.slice(figure.hedgeStart, figure.hedgeEnd)).toBe('more than');
  });

  it('counts a hedge only directly before the number', () => {
    expect(hedgeOf('over the past year, 350 groups formed')).toBeUndefined();
    expect(hedgeOf('some of the 350 groups')).toBeUndefined();
    expect(hedgeOf('they talked for hours; 350 groups')).toBeUndefined();
  });

  it('reads capitalised hedges at the start of a sentence', () => {
    expect(hedgeOf('About 60 per cent of cases')).toBe('approximately');
    expect(hedgeOf('More than 350 groups')).toBe('atLeast');
  });
});
