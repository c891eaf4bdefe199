import { describe, expect, it } from 'vitest';
import { checkFixture } from './exampleClaimSet';

function statusOf(result: ReturnType<typeof checkFixture>): Map<string, string> {
  return new Map(
    result.figures.map((checked) => [checked.figure.text, `${checked.status}:${checked.claimId ?? '-'}`]),
  );
}

const WARNING_OR_ERROR = new Set(['warning', 'error']);

describe('the example articles as published', () => {
  for (const name of ['memo-exporter-2024.txt', 'rcmp-china-mou-2016.txt', 'fentanyl-czar-china.txt']) {
    it(`${name} gives no warnings against the example claim set`, () => {
      const result = checkFixture(`examples/articles/${name}`);
      expect(result.findings.filter((finding) => WARNING_OR_ERROR.has(finding.severity))).toEqual([]);
    });
  }

  it('verifies every covered figure of the memo article against its claim', () => {
    const statuses = statusOf(checkFixture('examples/articles/memo-exporter-2024.txt'));
    expect(statuses.get('350')).toBe('verified:ocg-fentanyl-canada-memo');
    expect(statuses.get('16.5%')).toBe('verified:bc-decrim-deaths-change');
    expect(statuses.get('2,843')).toBe('verified:bc-decrim-deaths-before');
    expect(statuses.get('3,313')).toBe('verified:bc-decrim-deaths-during');
    expect(statuses.get('2.5 grams')).toBe('verified:bc-decrim-threshold');
    expect(statuses.get('15 months')).toBe('verified:bc-decrim-pilot-length');
  });

  it('verifies every covered figure of the RCMP article against its claim', () => {
    const statuses = statusOf(checkFixture('examples/articles/rcmp-china-mou-2016.txt'));
    expect(statuses.get('622')).toBe('verified:bc-illicit-deaths-2016-jan-oct');
    expect(statuses.get('60 per cent')).toBe('verified:bc-fentanyl-detected-share-2016');
    expect(statuses.get('397')).toBe('verified:bc-illicit-deaths-2015-jan-oct');
    expect(statuses.get('one kilogram')).toBe('verified:cbsa-carfentanil-vancouver-2016');
    expect(statuses.get('30 per cent')).toBe('verified:bc-rcmp-drug-capacity-shortfall-2016');
  });

  it('leaves figures the claim set does not cover unmatched', () => {
    const statuses = statusOf(checkFixture('examples/articles/rcmp-china-mou-2016.txt'));
    // "up to 100 per cent" is Lake's target for RCMP resources, inside a quote, not the 30 % shortfall.
    expect(statuses.get('100 per cent')).toBe('unmatched:-');
  });
});

describe('edited copies with changed figures, units and years', () => {
  it('flags each changed figure of the memo at its exact range, naming reference and source', () => {
    const result = checkFixture('edited/memo-figures-changed.md');
    const conflicts = result.findings.filter((finding) => finding.rule === 'figure-conflict');
    const texts = conflicts.map((finding) => result.text.slice(finding.start, finding.end));
    expect(texts).toEqual(['530', '61.5%', '25 grams']);
    expect(conflicts[0]?.message).toBe(
      '530 conflicts with the reference: 350 groups (Privy Council Office, Memorandum for the Prime Minister, 2024)',
    );
    expect(conflicts[0]?.claimId).toBe('ocg-fentanyl-canada-memo');
    expect(conflicts[0]?.expected).toBe('350 groups');
    expect(conflicts[2]?.message).toContain('2.5 g');
  });

  it('flags a changed unit (kilograms for grams)', () => {
    const result = checkFixture('edited/memo-unit-changed.txt');
    const conflicts = result.findings.filter((finding) => finding.rule === 'figure-conflict');
    expect(conflicts.map((finding) => result.text.slice(finding.start, finding.end))).toEqual([
      '2.5 kilograms',
    ]);
  });

  it('flags each changed figure of the RCMP article', () => {
    const result = checkFixture('edited/rcmp-figures-changed.txt');
    const conflicts = result.findings.filter((finding) => finding.rule === 'figure-conflict');
    expect(conflicts.map((finding) => result.text.slice(finding.start, finding.end))).toEqual([
      '226',
      '80 per cent',
      'one tonne',
      '45 per cent',
    ]);
  });

  it('does not compare a figure whose sentence names another year than the claim', () => {
    const result = checkFixture('edited/rcmp-year-changed.txt');
    expect(result.findings.filter((finding) => finding.rule === 'figure-conflict')).toEqual([]);
    expect(statusOf(result).get('379')).toBe('unmatched:-');
  });
});
