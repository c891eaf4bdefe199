import { describe, expect, it } from 'vitest';
import { statusesAgainst } from './inlineClaims';

const CLAIMS = `
sources:
  irena-2024:
    title: Renewable Capacity Statistics 2024
    author: International Renewable Energy Agency
    date: 2024-03
claims:
  - id: china-solar-added-2023
    subject: solar power capacity added in China
    value: 216.9
    unit: GW
    period: 2023
    place: China
    source: irena-2024
  - id: us-murder-rate-2023
    subject: murder rate in the United States, murders per 100,000 inhabitants
    value: 5.7
    unit: murders
    period: 2023
    source: irena-2024
`;

const statuses = (text: string): string[] => statusesAgainst(CLAIMS, text);

describe('one claim per sentence', () => {
  it('still reports a lone figure that conflicts with the claim', () => {
    expect(statuses('China added 316.9 GW of solar power capacity in 2023.')).toEqual(['316.9 GW:conflict']);
  });

  it('does not judge the other figures of a sentence by the claim one of them verifies', () => {
    expect(
      statuses('China added 216.9 GW of solar power capacity in 2023, the US 24.8 GW and Brazil 14.3 GW.'),
    ).toEqual(['216.9 GW:verified', '24.8 GW:unmatched', '14.3 GW:unmatched']);
  });

  it('calls no figure a conflict when several in one sentence would conflict with one claim', () => {
    expect(
      statuses('Solar power capacity added was 24.8 GW in the US and 14.3 GW in Brazil in 2023.'),
    ).toEqual(['24.8 GW:unmatched', '14.3 GW:unmatched']);
  });

  it('reads a change, a count and a rate as different things', () => {
    expect(statuses('The murder rate was 6.2 per 100,000 inhabitants in 2023.')).toEqual(['6.2:conflict']);
    expect(statuses('Murders fell by 6.2 per cent in 2023.')).toEqual(['6.2 per cent:unmatched']);
    expect(statuses('There were 19,252 murders in 2023.')).toEqual(['19,252:unmatched']);
    // A rate named earlier governs a figure that counts nothing of its own, across clauses.
    expect(
      statuses(
        'The murder rate in the United States went up from 4.1 in 2021 to 6.7 murders per 100,000 inhabitants in 2023.',
      ),
    ).toContain('6.7:conflict');
    expect(statuses('The murder rate rose in 2023 as 19,252 people were killed.')).toEqual([
      '19,252:unmatched',
    ]);
  });

  it('reads what a figure measures from common words, not from inside a name', () => {
    expect(
      statuses(
        'The Murder Accountability Project counted 7.7 violent crimes per 100,000 inhabitants in 2023.',
      ),
    ).toEqual(['7.7:unmatched']);
  });
});

const CRIME = `
sources:
  fbi-2024:
    title: Crime in the Nation, 2023
    author: Federal Bureau of Investigation
    date: 2024-09
claims:
  - id: robbery-change-2023
    subject: decrease in robberies in the United States from the previous year
    value: 0.3
    unit: "%"
    period: 2023
    place: United States
    source: fbi-2024
`;

describe('one claim per sentence, when one clause names what the claim measures', () => {
  const list = 'Rape offenses fell by 9.4 percent, aggravated assaults decreased by 2.8 percent, and robbery';
  const after = ' The patterns of robbery fluctuated during the pandemic.';

  it('keeps the conflict of the one figure whose clause names the measured thing', () => {
    expect(
      statusesAgainst(
        CRIME,
        `date: 2024-10-01\n\n${list} rates in the United States were down by 3 percent in 2023.${after}`,
      ),
    ).toEqual(['9.4 percent:unmatched', '2.8 percent:unmatched', '3 percent:conflict']);
  });

  it('keeps none when a figure of the sentence verifies the claim', () => {
    expect(
      statusesAgainst(
        CRIME,
        `date: 2024-10-01\n\n${list} rates in the United States were down by 0.3 percent in 2023.${after}`,
      ),
    ).toEqual(['9.4 percent:unmatched', '2.8 percent:unmatched', '0.3 percent:verified']);
  });
});
