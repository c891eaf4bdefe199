import { describe, expect, it } from 'vitest';
import { claimBase, compareBases, figureBase } from '../../src/matching/comparisonBase';
import { parsePeriod } from '../../src/time/period';
import { matchesAgainst } from './inlineClaims';

const december2023 = parsePeriod('2023-12');

describe('the base a claim names', () => {
  it('reads relative bases', () => {
    expect(claimBase('fall in the FAO Food Price Index from the same month a year earlier')).toEqual({
      kind: 'before',
      months: 12,
    });
    expect(claimBase('year-on-year growth of international airline passenger traffic')).toEqual({
      kind: 'before',
      months: 12,
    });
    expect(claimBase('month-on-month fall in the FAO Food Price Index')).toEqual({
      kind: 'before',
      months: 1,
    });
    expect(claimBase('fall in Australian summer crop production from the previous season')).toEqual({
      kind: 'before',
      months: 12,
    });
  });

  it('reads named bases', () => {
    expect(claimBase('traffic in the month as a share of the same month of 2019')).toEqual({
      kind: 'named',
      year: 2019,
      sameSpan: true,
    });
    expect(claimBase('margin by which domestic traffic exceeded its 2019 level')).toEqual({
      kind: 'named',
      year: 2019,
      sameSpan: false,
    });
  });

  it('reads no base from a plain level or a plain time', () => {
    expect(claimBase('FAO Food Price Index, monthly average')).toBeUndefined();
    expect(claimBase('passengers through Heathrow in the first nine months of 2023')).toBeUndefined();
    expect(claimBase('deaths from January to October 2016')).toBeUndefined();
  });
});

describe('the base a figure names', () => {
  it('reads the base right after it, before any other percentage', () => {
    expect(figureBase('down ', ' from December 2022.')).toEqual({
      kind: 'named',
      year: 2022,
      month: 12,
      sameSpan: false,
    });
    expect(figureBase('down ', " from November's 121.8 points and down 13.1% from December 2022.")).toEqual({
      kind: 'named',
      month: 11,
      sameSpan: false,
    });
    expect(figureBase('was up ', ' over the year earlier period')).toEqual({ kind: 'before', months: 12 });
    expect(figureBase('traffic was ', ' below the full year 2019 level.')).toEqual({
      kind: 'named',
      year: 2019,
      sameSpan: false,
    });
    expect(figureBase('reached ', ' of 2019 levels')).toEqual({ kind: 'named', year: 2019, sameSpan: false });
  });

  it('reads a relative base written before it', () => {
    expect(figureBase('a year-on-year rise of ', ' in exports')).toEqual({ kind: 'before', months: 12 });
  });

  it('takes no other figure’s base, and no plain time for one', () => {
    expect(figureBase('rose ', ' and exports 13.1% from December 2022')).toBeUndefined();
    expect(figureBase('fell ', ' in the first quarter of 2023')).toBeUndefined();
    expect(figureBase('rose ', ' from January to October 2016')).toBeUndefined();
    expect(figureBase('rose ', ' from 2022 to 2023')).toBeUndefined();
  });
});

describe('comparing bases for the claim’s period', () => {
  const yearEarlier = { kind: 'before', months: 12 } as const;
  const monthEarlier = { kind: 'before', months: 1 } as const;
  it('finds a named month the same as a relative base that lands on it', () => {
    const december2022 = { kind: 'named', year: 2022, month: 12, sameSpan: false } as const;
    expect(compareBases(december2022, yearEarlier, december2023)).toBe('same');
    expect(compareBases(december2022, monthEarlier, december2023)).toBe('other');
  });

  it('reads a month without a year as the latest before the period', () => {
    const november = { kind: 'named', month: 11, sameSpan: false } as const;
    expect(compareBases(november, monthEarlier, december2023)).toBe('same');
    expect(compareBases(november, yearEarlier, december2023)).toBe('other');
  });

  it('says nothing when either side names no base or the claim has no period', () => {
    expect(compareBases(undefined, yearEarlier, december2023)).toBeUndefined();
    expect(compareBases(monthEarlier, yearEarlier, undefined)).toBeUndefined();
  });
});

const FOOD_PRICES = `
sources:
  fao-2024:
    title: FAO Food Price Index
    author: Food and Agriculture Organization
    date: 2024-01
claims:
  - id: ffpi-mom
    subject: month-on-month fall in the FAO Food Price Index
    value: 1.5
    unit: "%"
    period: 2023-12
    source: fao-2024
  - id: ffpi-yoy
    subject: fall in the FAO Food Price Index from the same month a year earlier
    value: 10.1
    unit: "%"
    period: 2023-12
    source: fao-2024
`;

describe('a change matched by its base', () => {
  const matches = (text: string): string[] => matchesAgainst(FOOD_PRICES, `date: 2024-01-05\n\n${text}`);
  const sentence = (monthly: string, yearly: string): string =>
    `The FAO Food Price Index averaged 118.5 points in December, down ${monthly} from November's 121.8 points and down ${yearly} from December 2022.`;

  it('judges each change by the claim with its base', () => {
    expect(matches(sentence('1.5%', '10.1%'))).toEqual([
      '118.5:unmatched:-',
      '1.5%:verified:ffpi-mom',
      '121.8:unmatched:-',
      '10.1%:verified:ffpi-yoy',
    ]);
  });

  it('never verifies a change by a claim with another base whose value it happens to share', () => {
    expect(matches(sentence('10.1%', '1.5%')).filter((match) => match.includes(':verified:'))).toEqual([]);
    expect(matches('The FAO Food Price Index fell 1.5% from December 2022.')).not.toContain(
      '1.5%:verified:ffpi-mom',
    );
  });
});
