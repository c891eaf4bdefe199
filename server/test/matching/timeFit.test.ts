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

  it('compares a figure whose time covers most of the claim’s period', () => {
    expect(statuses('The FAO Food Price Index averaged 136 points from January to September 2023.')).toEqual([
      '136:conflict',
    ]);
  });
});
