import { describe, expect, it } from 'vitest';
import { matchesAgainst } from './inlineClaims';

const CLAIMS = `
sources:
  ers-2023:
    title: Farm income forecast
    author: Economic Research Service
    date: 2023-02
claims:
  - id: farm-income-2022
    subject: U.S. net farm income in nominal dollars, as estimated in February 2023
    value: 162700000000
    unit: USD
    period: 2022
    place: United States
    source: ers-2023
  - id: corn-exports-2022
    subject: U.S. corn exports by value
    value: 18600000000
    unit: USD
    period: 2022
    place: United States
    source: ers-2023
`;

const matches = (sentence: string): string[] =>
  matchesAgainst(CLAIMS, `date: 2024-03-20\n\nNet farm income would fall sharply that year. ${sentence}`);

describe('a figure that agrees with the best claim on thin evidence', () => {
  it('is verified by the best-ranked claim when its value agrees', () => {
    expect(matches('For 2022 the same forecast put it at $162.7 billion.')).toEqual([
      '$162.7 billion:verified:farm-income-2022',
    ]);
  });

  it('stays unmatched, never a conflict, when its value does not agree', () => {
    expect(matches('For 2022 the same forecast put it at $171.4 billion.')).toEqual([
      '$171.4 billion:unmatched:-',
    ]);
  });

  it('is not verified by a lower-ranked claim whose value happens to agree', () => {
    expect(matches('For 2022 the same forecast put it at $18.6 billion.')).toEqual([
      '$18.6 billion:unmatched:-',
    ]);
  });

  it('is not verified when its value is too vague to be evidence', () => {
    const seizure = `
sources:
  cbsa-2016:
    title: CBSA seizes carfentanil in Vancouver
    author: Canada Border Services Agency
    date: 2016-06
claims:
  - id: carfentanil-seizure
    subject: carfentanil from China seized by the Canada Border Services Agency in Vancouver
    value: 1
    unit: kg
    period: 2016-06
    place: Vancouver
    source: cbsa-2016
`;
    expect(
      matchesAgainst(
        seizure,
        'Vancouver Island RCMP seized a kilogram of fentanyl during a routine traffic stop.',
      ),
    ).toEqual(['a kilogram:unmatched:-']);
  });
});
