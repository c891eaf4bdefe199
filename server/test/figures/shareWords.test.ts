import { describe, expect, it } from 'vitest';
import { figuresIn, textsIn } from './figureHelpers';

/** The value of the only figure, rounded to two places. */
function onlyShare(sentence: string): number {
  const figures = figuresIn(sentence);
  expect(figures).toHaveLength(1);
  return Math.round((figures[0]?.value ?? NaN) * 100) / 100;
}

describe('shares and ratios in words', () => {
  it('reads fractions, "one in six" and "two of three" as one percentage figure each', () => {
    const figures = figuresIn(
      'Half of the members voted, a quarter abstained and one in six homes lost power.',
    );
    expect(
      figures.map((figure) => [figure.text, Math.round(figure.value * 100) / 100, figure.unit?.code]),
    ).toEqual([
      ['Half', 50, '%'],
      ['a quarter', 25, '%'],
      ['one in six', 16.67, '%'],
    ]);
    expect(textsIn('Two of three patients recovered; nine out of 10 doctors agreed.')).toEqual([
      'Two of three',
      'nine out of 10',
    ]);
    expect(figuresIn('nearly half of respondents said so')[0]?.hedge).toBe('nearly');
    expect(textsIn('Roughly four in ten acres burned were in Alaska.')).toEqual(['four in ten']);
  });

  it('reads "two of the three" and a ranked whole ("six of the top 20") as one share', () => {
    expect(textsIn('It had opposite effects on two of the three types of cataract.')).toEqual([
      'two of the three',
    ]);
    expect(onlyShare('Six of the top 20 highest grossing films were animated.')).toBe(30);
    // A whole in digits without a rank is a part and a group of its own: two figures.
    expect(textsIn('Two of the 19 industry divisions make up most of it.')).toEqual(['Two', '19']);
  });

  it('reads a number with a duration or share after "in" as no ratio', () => {
    expect(textsIn('Five in 10 days is the record.')).toEqual(['10 days']);
    expect(textsIn('Prices rose one in 20 %.')).not.toContain('one in 20');
  });

  it('does not read ordinals, periods or parts of a whole as shares', () => {
    expect(textsIn('The team won a third straight title in the first half of 2024.')).toEqual([]);
    expect(textsIn('A quarter century later the plan was cut in half.')).toEqual([]);
    expect(textsIn('Police solved 12 out of 40 cases.')).toEqual(['12', '40']);
    expect(textsIn('In 2016, 622 people died, up from 397 in 2015.')).toEqual(['622', '397']);
  });
});

describe('what is not a figure', () => {
  it('leaves out ages that describe a group, ranks and the base of a rate', () => {
    expect(textsIn('Adults aged 18 to 34 and people over 65, plus a 9-year-old boy, were hurt.')).toEqual([]);
    expect(textsIn('It was the No. 1 cause.')).toEqual([]);
    expect(textsIn('The rate was 6.2 murders per 100,000 people.')).toEqual(['6.2']);
  });

  it('reads currencies, South Asian scales and temperatures', () => {
    const figures = figuresIn('The fine was Rs 2 lakh, the budget ₹1.5 lakh crore, and it hit 104°F.');
    expect(figures.map((figure) => [figure.value, figure.unit?.code])).toEqual([
      [200000, 'INR'],
      [1.5e12, 'INR'],
      [104, '°F'],
    ]);
    expect(figuresIn('Damage was $5 to $8 billion.')[0]?.low).toBeGreaterThan(4e9);
  });
});
