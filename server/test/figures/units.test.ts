import { describe, expect, it } from 'vitest';
import { parseUnit, singular } from '../../src/figures/units';
import { onlyFigure, textsIn } from './figureHelpers';

describe('parseUnit', () => {
  it('reads measurement units and codes', () => {
    expect(parseUnit('kg')).toEqual({ dimension: 'mass', code: 'kg', toBase: 1000 });
    expect(parseUnit('g')).toEqual({ dimension: 'mass', code: 'g', toBase: 1 });
    expect(parseUnit('mg')?.toBase).toBe(0.001);
    expect(parseUnit('lb')?.dimension).toBe('mass');
    expect(parseUnit('t')?.toBase).toBe(1_000_000);
    expect(parseUnit('%')?.code).toBe('%');
    expect(parseUnit('per cent')?.code).toBe('%');
    expect(parseUnit('percent')?.code).toBe('%');
    expect(parseUnit('percentage points')).toEqual({ dimension: 'percent', code: 'pp', toBase: 1 });
    expect(parseUnit('USD')?.code).toBe('USD');
    expect(parseUnit('CAD')?.code).toBe('CAD');
    expect(parseUnit('$')?.code).toBe('$');
    expect(parseUnit('months')).toEqual({ dimension: 'duration', code: 'month', toBase: 30.4375 });
    expect(parseUnit('years')?.toBase).toBe(365.25);
    // A rate measures what it counts: barrels are a volume, bushels a count of bushels.
    expect(parseUnit('barrels per day')?.dimension).toBe('volume');
    expect(parseUnit('bushels per acre')).toEqual({ dimension: 'count', code: 'bushel', toBase: 1 });
    expect(parseUnit('times')).toEqual({ dimension: 'times', code: 'times', toBase: 1 });
  });

  it('reads any plain noun as a count of its singular', () => {
    expect(parseUnit('groups')).toEqual({ dimension: 'count', code: 'group', toBase: 1 });
    expect(parseUnit('deaths')).toEqual({ dimension: 'count', code: 'death', toBase: 1 });
    expect(parseUnit('organized crime groups')?.code).toBe('group');
    expect(parseUnit('bushels per acre')?.code).toBe('bushel');
    expect(parseUnit('deaths per 100,000 workers')?.code).toBe('death');
  });

  it('returns undefined for empty or non-word text', () => {
    expect(parseUnit('')).toBeUndefined();
    expect(parseUnit('  ')).toBeUndefined();
    expect(parseUnit('5/7')).toBeUndefined();
  });
});

describe('singular', () => {
  it('makes simple English singulars, lower-case', () => {
    expect(singular('groups')).toBe('group');
    expect(singular('Columbians')).toBe('columbian');
    expect(singular('pharmacies')).toBe('pharmacy');
    expect(singular('boxes')).toBe('box');
    expect(singular('people')).toBe('person');
    expect(singular('overdoses')).toBe('overdose');
    expect(singular('virus')).toBe('virus');
    expect(singular('glass')).toBe('glass');
    expect(singular('death')).toBe('death');
  });
});

describe('units in text', () => {
  const unitOf = (sentence: string): string | undefined => onlyFigure(sentence).unit?.code;

  it('finds mass units, spelled and abbreviated, spaced and glued', () => {
    expect(unitOf('up to 2.5 grams of narcotics')).toBe('g');
    expect(unitOf('seized 5kg of powder')).toBe('kg');
    expect(unitOf('seized 5 kilos of powder')).toBe('kg');
    expect(unitOf('a 2 mg dose')).toBe('mg');
    expect(unitOf('about 40 lbs of powder')).toBe('lb');
    expect(unitOf('12 metric tons of precursors')).toBe('t');
    expect(unitOf('12 tonnes of precursors')).toBe('t');
    expect(unitOf('3 ounces of powder')).toBe('oz');
    expect(unitOf('50 mcg of fentanyl')).toBe('mcg');
  });

  it('finds percentages in every spelling, across non-breaking spaces', () => {
    expect(unitOf('rose 16.5%')).toBe('%');
    expect(unitOf('rose 30 per\u00A0cent')).toBe('%');
    expect(unitOf('rose 30\u00A0percent')).toBe('%');
    expect(unitOf('rose 30 pct')).toBe('%');
    expect(unitOf('rose 3 percentage points')).toBe('pp');
  });

  it('finds currencies by symbol and code, before or after the number', () => {
    expect(unitOf('a $5 fee')).toBe('$');
    expect(unitOf('a US$5 fee')).toBe('USD');
    expect(unitOf('a C$5 fee')).toBe('CAD');
    expect(unitOf('a CA$5 fee')).toBe('CAD');
    expect(unitOf('a fee of USD 5 per day')).toBe('USD');
    expect(unitOf('a fee of 5 USD per day')).toBe('USD');
    expect(unitOf('a fee of \u20AC5')).toBe('EUR');
    expect(unitOf('a fee of \u00A35')).toBe('GBP');
    expect(unitOf('a fee of 5 dollars')).toBe('$');
    expect(unitOf('a fee of 5 euros')).toBe('EUR');
    expect(unitOf('an opening of $US204.6 million')).toBe('USD');
    expect(unitOf('a surplus of USD992.1 billion')).toBe('USD');
    const billion = onlyFigure('a $1.2 billion budget');
    expect([billion.value, billion.unit?.code, billion.text]).toEqual([1_200_000_000, '$', '$1.2 billion']);
  });

  it('reads South Asian digit grouping', () => {
    const camps = onlyFigure('2,51,674 people stayed in relief camps');
    expect([camps.value, camps.text]).toEqual([251_674, '2,51,674']);
    expect(onlyFigure('an allocation of Rs 1,31,531 crore').value).toBe(1_315_310_000_000);
  });

  it('finds "times" and "x"', () => {
    expect(unitOf('50 times stronger than heroin')).toBe('times');
    expect(unitOf('100 times more potent')).toBe('times');
    expect(unitOf('a 2.5x increase')).toBe('times');
  });

  it('finds durations, including the hyphenated adjective', () => {
    const trial = onlyFigure('during the 15-month trial period');
    expect([trial.value, trial.unit?.code, trial.text]).toEqual([15, 'month', '15-month']);
    expect(unitOf('terminated after 15 months')).toBe('month');
    expect(unitOf('for 3 weeks')).toBe('week');
    expect(unitOf('for 10 days')).toBe('day');
    // One describing word may stand between the number and the span.
    const tenure = onlyFigure('He stepped down after twelve transformative years in post.');
    expect([tenure.value, tenure.unit?.code, tenure.text]).toEqual([
      12,
      'year',
      'twelve transformative years',
    ]);
    expect(unitOf('prices rose for nine straight months')).toBe('month');
    // A word that dates the count is no description of a span.
    expect(unitOf('20 people last year')).not.toBe('year');
    expect(unitOf('150 visitors each day')).not.toBe('day');
  });

  it('finds "US dollar" after the scale and "pp" for percentage points', () => {
    expect(onlyFigure('a surplus of 823 billion US dollar, with exports').unit?.code).toBe('USD');
    expect(onlyFigure('a gain of 1.5 pp').unit?.code).toBe('pp');
  });

  it('finds barrels per day written with a slash', () => {
    expect(onlyFigure('the previous record of 12.3 million b/d').unit?.code).toBe('bbl');
    expect(onlyFigure('output of 500,000 bbl/d').text).toBe('500,000 bbl/d');
  });

  it('finds lengths and volumes', () => {
    expect(unitOf('a 5 km walk')).toBe('km');
    expect(unitOf('a 5 mile walk')).toBe('mi');
    expect(unitOf('2 litres of water')).toBe('L');
  });

  it('keeps case-sensitive abbreviations apart: "M" is million, "m" after a space is metres', () => {
    expect(onlyFigure('95M people').value).toBe(95_000_000);
    expect(unitOf('a 100 m sprint')).toBe('m');
    expect(textsIn('rolled out 5G towers')).toEqual([]);
  });
});
