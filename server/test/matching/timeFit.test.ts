import { describe, expect, it } from 'vitest';
import { statusesAgainst } from './inlineClaims';

const CLAIMS = `
sources:
  fao-2024:
    title: FAO Food Price Index
    author: Food and Agriculture Organization
    date: 2024-01
claims:
  - id: ffpi-2023
    subject: FAO Food Price Index, annual average
    value: 124
    unit: points
    period: 2023
    source: fao-2024
  - id: ffpi-2023-01..10
    subject: FAO Food Price Index, average of January to October
    value: 126
    unit: points
    period: 2023-01..2023-10
    source: fao-2024
`;

const TENURE_AND_STOCK = `
sources:
  heathrow-2023:
    title: Heathrow announces new chief executive
    author: Heathrow Airport
    date: 2023-10
  bjs-2023:
    title: Prisoners in 2022
    author: Bureau of Justice Statistics
    date: 2023-11
claims:
  - id: ceo-tenure
    subject: length of John Holland-Kaye's tenure as chief executive of Heathrow
    value: 9
    unit: years
    period: 2014-07..2023-10
    source: heathrow-2023
  - id: male-imprisonment-2022
    subject: imprisonment rate of male U.S. residents, sentenced prisoners per 100,000 male residents
    value: 666
    unit: prisoners
    period: 2022
    source: bjs-2023
`;

const statuses = (text: string): string[] => statusesAgainst(CLAIMS, `date: 2024-01-05\n\n${text}`);

describe('a figure’s time against a claim’s period', () => {
  it('compares a figure for the claim’s year', () => {
    expect(statuses('The FAO Food Price Index averaged 134 points in 2023.')).toEqual(['134:conflict']);
  });

  it('does not judge a month’s figure by the year’s claim', () => {
    expect(statuses('The FAO Food Price Index averaged 121.8 points in November 2023.')).toEqual([
      '121.8:unmatched',
    ]);
  });

  it('compares a span with the claim whose period it spans, though dated by its end', () => {
    const text =
      'date: 2023-10-26\n\nEarlier this month, John Holland-Kaye stepped down as Heathrow chief executive after twelve years.';
    expect(statusesAgainst(TENURE_AND_STOCK, text)).toEqual(['twelve years:conflict']);
  });

  it('compares a count on the period’s last day with the period’s claim, but not one on another day', () => {
    const yearEnd = (day: string): string[] =>
      statusesAgainst(
        TENURE_AND_STOCK,
        `date: 2023-12-01\n\nOn ${day}, 2022, an estimated 666 per 100,000 male U.S. residents were serving sentences in prison.`,
      );
    expect(yearEnd('December 31')).toEqual(['666:verified']);
    expect(yearEnd('June 30')).toEqual(['666:unmatched']);
  });

  it('compares a figure whose time covers most of the claim’s period', () => {
    expect(statuses('The FAO Food Price Index averaged 136 points from January to September 2023.')).toEqual([
      '136:conflict',
    ]);
  });

  it('compares barrels a day and b/d with a claim in barrels per day', () => {
    const oil = `
sources:
  eia-2024:
    title: U.S. crude oil production
    author: Energy Information Administration
    date: 2024-03
claims:
  - id: crude-2019
    subject: average U.S. crude oil production including condensate
    value: 12300000
    unit: barrels per day
    period: 2019
    place: United States
    source: eia-2024
`;
    const text = (figure: string): string =>
      `date: 2024-03-01\n\nU.S. crude oil production averaged ${figure} in 2019, the EIA said.`;
    expect(statusesAgainst(oil, text('12.3 million b/d'))).toEqual(['12.3 million b/d:verified']);
    expect(statusesAgainst(oil, text('12.3 million barrels a day'))).toEqual([
      '12.3 million barrels:verified',
    ]);
    expect(statusesAgainst(oil, text('12.3 million barrels'))).toEqual(['12.3 million barrels:unmatched']);
  });
});
