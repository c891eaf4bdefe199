import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claims/claimModel';
import { contentWords } from '../../src/matching/contentWords';
import { knownPlacesOf } from '../../src/matching/knownPlaces';
import { statusesAgainst } from './inlineClaims';

function claimAt(place: string | undefined): Claim {
  return { id: place ?? 'none', subject: 'homicide rate', ...(place ? { place } : {}) } as unknown as Claim;
}

describe('the places a claim set knows', () => {
  const places = knownPlacesOf(
    ['Canada', 'Newfoundland and Labrador', 'United States', 'World', undefined].map(claimAt),
  );
  const named = (sentence: string): string[] => [...places.namedIn(contentWords(sentence))].sort();

  it('finds the places a sentence names, whole and by their initials', () => {
    expect(named('The rate in Newfoundland and Labrador rose; Canada’s fell.')).toEqual([
      'canada',
      'newfoundland labrador',
    ]);
    expect(named('U.S. murders fell.')).toEqual(['unit state']);
    expect(named('Capacity added worldwide rose.')).toEqual(['world']);
  });

  it('finds none in a sentence about no known place', () => {
    expect(named('Murders fell 11.6 percent in 2023.')).toEqual([]);
  });

  it('does not read "the rest of the world" as the world', () => {
    expect(named('The surplus with the rest of the world was 14.5 billion euros.')).toEqual([]);
    expect(named('The rest of Canada and the world watched.')).toEqual(['canada', 'world']);
  });
});

const CLAIMS = `
sources:
  statcan-2024:
    title: Homicide in Canada, 2023
    author: Statistics Canada
    date: 2024-11
claims:
  - id: ca-homicide-rate-2023
    subject: national homicide rate, homicides per 100,000 population
    value: 1.94
    unit: homicides
    period: 2023
    place: Canada
    source: statcan-2024
  - id: nl-homicide-rate-2022
    subject: homicide rate, homicides per 100,000 population
    value: 0.56
    unit: homicides
    period: 2022
    place: Newfoundland and Labrador
    source: statcan-2024
`;

describe('part is not whole', () => {
  const statuses = (text: string): string[] => statusesAgainst(CLAIMS, text);

  it('never calls a province’s figure a conflict with the national claim', () => {
    expect(
      statuses(
        'In 2023 the homicide rate in Newfoundland and Labrador was 0.56 homicides per 100,000 population.',
      ),
    ).not.toContain('0.56:conflict');
  });

  it('still finds a conflict with the claim for the place the sentence names', () => {
    expect(
      statuses('In 2023 the national homicide rate in Canada was 2.94 homicides per 100,000 population.'),
    ).toEqual(['2.94:conflict']);
  });

  it('reads the place from the sentence before when the figure’s sentence names none', () => {
    expect(
      statuses(
        'Newfoundland and Labrador saw the fewest killings. In 2023 its homicide rate was 0.97 homicides per 100,000 population.',
      ),
    ).not.toContain('0.97:conflict');
  });

  it('keeps the figure’s own place over the one the sentence before names', () => {
    expect(
      statuses(
        'Newfoundland and Labrador saw the fewest killings. In 2023 the national homicide rate in Canada was 2.94 homicides per 100,000 population.',
      ),
    ).toEqual(['2.94:conflict']);
  });
});
