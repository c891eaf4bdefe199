import { describe, expect, it } from 'vitest';
import { matchesAgainst } from './inlineClaims';

/** One series over three years, each year's figure published early the next year. */
const CLAIMS = `
sources:
  customs-2023:
    title: Trade figures for the full year 2023
    author: Customs Office
    date: 2024-01-12
  customs-2024:
    title: Trade figures for the full year 2024
    author: Customs Office
    date: 2025-01-13
  budget-2024:
    title: Budget at a glance
    author: Ministry of Finance
    date: 2024-07-23
claims:
  - id: surplus-growth-2023
    subject: year-on-year growth of the merchandise trade surplus
    value: 5
    unit: "%"
    period: 2023
    source: customs-2023
  - id: surplus-growth-2024
    subject: year-on-year growth of the merchandise trade surplus
    value: 20
    unit: "%"
    period: 2024
    source: customs-2024
  - id: deficit-target-2025
    subject: fiscal deficit as a share of GDP targeted for the following financial year
    value: 4.5
    unit: "%"
    period: 2025
    source: budget-2024
`;

const matches = (date: string, text: string): string[] => matchesAgainst(CLAIMS, `date ${date}\n${text}`);

describe('which claims may judge an article, by its date', () => {
  it('never judges an article by a claim whose source came out after it', () => {
    expect(matches('2024-06-01', 'The merchandise trade surplus grew 32 percent in 2024.')).toEqual([
      '32 percent:unmatched:-',
    ]);
    expect(matches('2025-02-01', 'The merchandise trade surplus grew 32 percent in 2024.')).toEqual([
      '32 percent:conflict:surplus-growth-2024',
    ]);
  });

  it('reads a figure with no time as the latest period known at the article’s date', () => {
    const text = 'The merchandise trade surplus grew 5 percent year on year.';
    expect(matches('2024-06-01', text)).toEqual(['5 percent:verified:surplus-growth-2023']);
    expect(matches('2025-02-01', text)).toEqual(['5 percent:conflict:surplus-growth-2024']);
  });

  it('lets a figure that says it is from earlier, or is a change’s base, match an older period', () => {
    expect(
      matches('2025-02-01', 'The merchandise trade surplus had previously grown 5 percent year on year.'),
    ).toEqual(['5 percent:verified:surplus-growth-2023']);
  });

  it('judges by a forecast published before the article, though its period is still to come', () => {
    expect(
      matches(
        '2024-08-01',
        'The government targeted a fiscal deficit of 4.5 per cent of GDP for the following financial year.',
      ),
    ).toEqual(['4.5 per cent:verified:deficit-target-2025']);
  });
});
