import { describe, expect, it } from 'vitest';
import { parsePeriod, parseDate } from '../../src/time/period';
import { loadFixture, readFixture } from './claimFixtures';

const YAML_FIXTURE = 'examples/claims/fentanyl-canada.claims.yaml';
const JSON_FIXTURE = 'claimsets/fentanyl-canada.claims.json';

describe('the example claim set', () => {
  const result = loadFixture(YAML_FIXTURE);

  it('loads with no problems and every item', () => {
    expect(result.problems).toEqual([]);
    expect(result.sources).toHaveLength(9);
    expect(result.entities).toHaveLength(11);
    expect(result.claims).toHaveLength(13);
    expect(result.quotes).toHaveLength(3);
  });

  it('reads a one-number value with its unit and a year range as a period', () => {
    const threshold = result.claims.find(({ claim }) => claim.id === 'bc-decrim-threshold')?.claim;
    expect(threshold?.value).toEqual({ min: 2.5, max: 2.5 });
    expect(threshold?.unit).toBe('g');
    expect(threshold?.period).toEqual(parsePeriod('2023..2024'));
    expect(threshold?.periodText).toBe('2023..2024');
  });

  it('reads an unquoted year as a period and keeps the claim source with its span', () => {
    const text = readFixture(YAML_FIXTURE);
    const memo = result.claims.find(({ claim }) => claim.id === 'ocg-fentanyl-canada-memo');
    expect(memo?.claim.sources).toEqual(['pco-memo-2024']);
    expect(memo?.claim.period).toEqual(parsePeriod('2024'));
    const ref = memo?.sourceRefs[0];
    expect(ref && text.slice(ref.span.start, ref.span.end)).toBe('pco-memo-2024');
  });

  it('keeps a role time span', () => {
    const saks = result.entities.find((entity) => entity.name === "Ya'ara Saks");
    expect(saks?.aliases).toEqual(['Saks']);
    expect(saks?.roles[0]?.from).toEqual(parseDate('2023-07'));
    expect(saks?.roles[0]?.to).toEqual(parseDate('2025-03'));
  });

  it('keeps an unquoted year-month date as the text written', () => {
    const memo = result.sources.find(({ source }) => source.id === 'pco-memo-2024')?.source;
    expect(memo?.date).toBe('2024-06');
    expect(result.sources.find(({ source }) => source.id === 'dea-fentanyl-factsheet')?.source.date).toBe(
      '2022',
    );
  });

  it('gives each claim the span of its whole list item', () => {
    const text = readFixture(YAML_FIXTURE);
    const first = result.claims[0]?.claim.origin;
    expect(first && text.slice(first.span.start, first.span.end)).toMatch(
      /^id: ocg-fentanyl-canada-memo\n[\s\S]*fentanyl]$/,
    );
  });

  it('loads the same content written as JSON identically', () => {
    const json = loadFixture(JSON_FIXTURE);
    const withoutOrigins = (value: unknown): string =>
      JSON.stringify(value, (key, inner: unknown) =>
        key === 'origin' || key.endsWith('pan') ? undefined : inner,
      );
    expect(json.problems).toEqual([]);
    expect(withoutOrigins(json.sources)).toBe(withoutOrigins(result.sources));
    expect(withoutOrigins(json.entities)).toBe(withoutOrigins(result.entities));
    expect(withoutOrigins(json.claims)).toBe(withoutOrigins(result.claims));
    expect(withoutOrigins(json.quotes)).toBe(withoutOrigins(result.quotes));
    expect(json.claims).toHaveLength(13);
  });
});
