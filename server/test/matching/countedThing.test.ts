import { describe, expect, it } from 'vitest';
import { matchesAgainst } from './inlineClaims';

const CLAIMS = `
sources:
  cdc-2024:
    title: Outbreak investigation update
    author: Centers for Disease Control and Prevention
    date: 2024-09-25
claims:
  - id: outbreak-ill
    subject: people infected with the outbreak strain in the deli-meat listeria outbreak
    value: 59
    unit: people
    period: 2024-09-25
    source: cdc-2024
    keywords: [sick, sickened]
  - id: outbreak-deaths
    subject: deaths in the deli-meat listeria outbreak
    value: 10
    unit: deaths
    period: 2024-09-25
    source: cdc-2024
`;

const matches = (text: string): string[] => matchesAgainst(CLAIMS, `date 2024-09-27\n${text}`);

describe('what the words beside a count of people say it counts', () => {
  it('reads the verb after or before the figure, the nearest in its clause', () => {
    expect(matches('65 people have been sickened by the deli-meat listeria outbreak, killing 10.')).toEqual([
      '65:conflict:outbreak-ill',
      '10:verified:outbreak-deaths',
    ]);
    expect(matches('The deli-meat listeria outbreak has killed 12 people and sickened 59.')).toEqual([
      '12:conflict:outbreak-deaths',
      '59:verified:outbreak-ill',
    ]);
  });

  it('does not read a share of deaths as a count of them', () => {
    expect(matches('Listeria was found in 60 per cent of the deaths in the outbreak.')).toEqual([
      '60 per cent:unmatched:-',
    ]);
  });

  it('never compares a count of men, women or children with a claim about everyone', () => {
    expect(matches('The deli-meat listeria outbreak killed 4 women and 6 men.')).not.toContainEqual(
      expect.stringContaining(':conflict:'),
    );
  });
});
