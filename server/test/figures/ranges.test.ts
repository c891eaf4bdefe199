import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './figureHelpers';

describe('ranges', () => {
  it.each([
    'between 50 and 100 times stronger',
    '50 to 100 times stronger',
    '50-100 times stronger',
    '50\u2013100 times stronger',
  ])('joins "%s" into one figure', (sentence) => {
    const figure = onlyFigure(sentence);
    expect([figure.low, figure.high, figure.unit?.code]).toEqual([49.5, 100.5, 'times']);
    expect(figure.value).toBe(75);
    expect(sentence.slice(figure.numberStart, figure.numberEnd)).toMatch(/^50.*100$/);
  });

  it('keeps a change "from X to Y" as two figures', () => {
    const figures = figuresIn('Deaths rose 16.5% during the trial, from 2,843 to 3,313.');
    expect(figures.map((figure) => figure.value)).toEqual([16.5, 2843, 3313]);
  });

  it('lets the first number of a change borrow the unit of the second', () => {
    const figures = figuresIn('Deaths rose from 2,843 to 3,313 deaths.');
    expect(figures.map((figure) => [figure.value, figure.unit?.code])).toEqual([
      [2843, 'death'],
      [3313, 'death'],
    ]);
    expect(figuresIn('prices increased 5 to 10 per cent').map((figure) => figure.value)).toEqual([5, 10]);
  });

  it('does not join numbers with no unit after them', () => {
    expect(figuresIn('The score was 50 to 100.').map((figure) => figure.value)).toEqual([50, 100]);
  });

  it('does not join "and" without "between"', () => {
    expect(figuresIn('It found 50 and 100 groups.').map((figure) => figure.value)).toEqual([50, 100]);
  });
});
