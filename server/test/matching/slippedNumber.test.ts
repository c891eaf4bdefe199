import { describe, expect, it } from 'vitest';
import { matchesAgainst } from './inlineClaims';

const CLAIMS = `
sources:
  airport-2023:
    title: Traffic and financial results, January to September
    author: Heathrow Airport
    date: 2023-10-26
claims:
  - id: liquidity
    subject: liquidity available to the airport at the end of September
    value: 4600000000
    unit: GBP
    period: 2023-09-30
    source: airport-2023
  - id: loss
    subject: the airport's overall loss for the first nine months of the year
    value: 128000000
    unit: GBP
    period: 2023-01..2023-09
    source: airport-2023
`;

const matches = (text: string): string[] => matchesAgainst(CLAIMS, `date 2023-10-26\n${text}`);

describe('a figure whose digits are the reference’s at another scale', () => {
  it('is taken for the claim it slipped on, and reported', () => {
    expect(
      matches('Its balance sheet is strong, with £4.6 million of liquidity at the end of September.'),
    ).toEqual(['£4.6 million:conflict:liquidity']);
  });

  it('does not pull a figure with other digits towards the claim', () => {
    expect(
      matches('Its balance sheet is strong, with £2.1 million of liquidity at the end of September.'),
    ).toEqual(['£2.1 million:conflict:liquidity']);
    expect(matches('Drivers paid £4.6 million in parking fines at the end of September.')).toEqual([
      '£4.6 million:unmatched:-',
    ]);
  });
});
