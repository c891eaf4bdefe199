import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure, textsIn } from './figureHelpers';

describe('numbers written in digits', () => {
  it('reads thousands separators and decimals', () => {
    expect(onlyFigure('Deaths reached 2,843 that spring.').value).toBe(2843);
    expect(onlyFigure('The rate was 16.5 per cent.').value).toBe(16.5);
    expect(onlyFigure('It holds 1,234,567 records.').value).toBe(1234567);
  });

  it('reads non-breaking, thin and plain spaces as thousands separators', () => {
    expect(onlyFigure('It holds 80\u00A0000 records.').value).toBe(80000);
    expect(onlyFigure('It holds 80\u202F000 records.').value).toBe(80000);
    expect(onlyFigure('Of the 12 000 cases, most were mild.').value).toBe(12_000);
    expect(onlyFigure('The MFF represents 1 074.3 billion euros.').value).toBe(1_074_300_000_000);
  });

  it('keeps numbers apart that a plain space only separates', () => {
    expect(figuresIn('On May 5 200 people were evacuated.').map((figure) => figure.value)).toEqual([200]);
    expect(figuresIn('Boeing delivered 396 737s.').map((figure) => figure.value)).toEqual([396]);
    expect(figuresIn('The scores were 1 2 300.').map((figure) => figure.value)).not.toContain(2300);
  });

  it('reads signs', () => {
    expect(onlyFigure('The balance was -5 per cent.').value).toBe(-5);
    expect(onlyFigure('Growth of +3 per cent.').value).toBe(3);
  });

  it('applies scale words and suffixes', () => {
    expect(onlyFigure('About 95 million people').value).toBe(95_000_000);
    expect(onlyFigure('Some 95M people').value).toBe(95_000_000);
    expect(onlyFigure('a $5bn deal').value).toBe(5_000_000_000);
    expect(onlyFigure('a 1.2-billion budget line').value).toBe(1_200_000_000);
    expect(onlyFigure('nearly 10k users').value).toBe(10_000);
    expect(onlyFigure('a 3tn economy').value).toBe(3_000_000_000_000);
    expect(onlyFigure('a $4.5mn fine').value).toBe(4_500_000);
    expect(onlyFigure('With over 208million subscribers').value).toBe(208_000_000);
    expect(onlyFigure('at an estimated cost of Rs646.83 crores').value).toBe(6_468_300_000);
    // Letters glued to digits that are no scale or currency stay an identifier.
    expect(textsIn('a 3D printer and 5G phones')).toEqual([]);
  });

  it('reads number words with units or larger counts', () => {
    expect(onlyFigure('twenty-five years of service').value).toBe(25);
    expect(onlyFigure('a hundred people came').value).toBe(100);
    expect(onlyFigure('a thousand people came').value).toBe(1000);
    expect(onlyFigure('a dozen officers').value).toBe(12);
    expect(onlyFigure('half a million doses').value).toBe(500_000);
    expect(onlyFigure('three million doses').value).toBe(3_000_000);
    expect(onlyFigure('fifteen officers').value).toBe(15);
    expect(onlyFigure('one kilogram of carfentanil').value).toBe(1);
    expect(onlyFigure('two years of work').value).toBe(2);
  });

  it('reads small numbers in words as figures (SPEC), but not idioms', () => {
    expect(textsIn('Four workers died and eight wildfires burned.')).toEqual(['Four', 'eight']);
    expect(textsIn('The two governments now have a memorandum.')).toEqual(['two']);
    expect(textsIn('One of the other things we asked for')).toEqual([]);
    expect(textsIn('One day the plan changed, one way or another.')).toEqual([]);
    expect(textsIn('a one-time payment')).toEqual([]);
  });

  it('reads a number in words that counts part of a group, or that a share restates', () => {
    expect(onlyFigure('Eighteen of the study protocols gave a rationale.').countNoun).toBe('protocols');
    expect(onlyFigure('China is home to eight of these ports.').value).toBe(8);
    expect(textsIn('Three of them died.')).toEqual(['Three']);
    expect(textsIn('Risks were described in nine (17%) of the statements.')).toEqual(['nine', '17%']);
    // "one of" is an idiom, and "two of a kind" names no group.
    expect(textsIn('It is one of the best, two of a kind.')).toEqual([]);
  });

  it('reads a number in words that a change governs as a figure without a noun', () => {
    expect(textsIn('Ten deaths were reported, up eight from three.')).toEqual(['Ten', 'eight', 'three']);
    expect(textsIn('Cases rose by three to 46.')).toEqual(['three', '46']);
    expect(textsIn('Cases rose from two to nine.')).toEqual(['two', 'nine']);
    expect(textsIn('He grew up one of five children.')).not.toContain('one');
    expect(textsIn('They met from nine to five.')).toEqual([]);
    expect(textsIn('Deaths rose again, bringing the toll to seven, the agency said.')).toEqual(['seven']);
    expect(textsIn('The vote was moved to seven in the evening.')).toEqual([]);
  });

  it('reads "a" as one only before a measurement unit', () => {
    expect(onlyFigure('police seized a kilogram of fentanyl').value).toBe(1);
    expect(textsIn('a package of Furanyl-fentanyl')).toEqual([]);
    expect(textsIn('according to a report')).toEqual([]);
    expect(textsIn('a year ago, a month later')).toEqual([]);
  });

  it('does not read "a" as one where it names the unit of a price or rate', () => {
    expect(textsIn('Brent fell to $35 a barrel.')).toEqual(['$35']);
    expect(textsIn('prices fell by up to 50 cents a barrel')).toEqual(['50']);
    expect(textsIn('The price for a barrel of crude oil has fallen.')).toEqual([]);
    expect(textsIn('There are 1,000 kilowatts in a megawatt.')).toEqual(['1,000 kilowatts']);
    expect(onlyFigure('they seized more than a kilogram of fentanyl').value).toBe(1);
  });
});

describe('precision intervals', () => {
  const interval = (sentence: string): [number, number] => {
    const figure = onlyFigure(sentence);
    return [figure.low, figure.high];
  };

  it('uses half the last decimal place for decimals', () => {
    expect(interval('rose 2.5 times')).toEqual([2.45, 2.55]);
    expect(interval('rose 16.5%')).toEqual([16.45, 16.55]);
  });

  it('uses ± 0.5 for integers below 1000', () => {
    expect(interval('60 per cent')).toEqual([59.5, 60.5]);
    expect(interval('350 groups')).toEqual([349.5, 350.5]);
  });

  it('uses half the place of the last non-zero digit for integers of 1000 or more', () => {
    expect(interval('80,000 doses')).toEqual([75_000, 85_000]);
    expect(interval('1,500 doses')).toEqual([1_450, 1_550]);
    expect(interval('3,313 deaths')).toEqual([3_312.5, 3_313.5]);
  });

  it('scales the half-width with the scale word', () => {
    expect(interval('95 million people')).toEqual([94_500_000, 95_500_000]);
    expect(interval('1.2 billion dollars')).toEqual([1_150_000_000, 1_250_000_000]);
  });

  it('uses ± 0.5 for number words', () => {
    expect(interval('fifteen officers')).toEqual([14.5, 15.5]);
  });
});

describe('offsets', () => {
  it('gives the figure span and the number span in sentence offsets', () => {
    const sentence = 'They found $5bn in cash.';
    const figure = onlyFigure(sentence);
    expect(sentence.slice(figure.start, figure.end)).toBe('$5bn');
    expect(sentence.slice(figure.numberStart, figure.numberEnd)).toBe('5bn');
  });

  it('covers the unit but not a count noun', () => {
    const figures = figuresIn('up to 2.5 grams for 350 organized crime groups');
    expect(figures.map((figure) => figure.text)).toEqual(['2.5 grams', '350']);
  });
});
