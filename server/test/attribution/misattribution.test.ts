import { describe, expect, it } from 'vitest';
import { checkFixture } from '../engine/exampleClaimSet';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { check, rivalClaims } from './creditHelpers';

/** A department, one of its offices, and a company whose recall an agency announced. */
const OFFICES = mergeClaimFiles([
  loadClaimFile(
    '/tmp/offices.claims.yaml',
    `
sources:
  nass-2024:
    title: Crop Production 2023 Summary
    author: USDA National Agricultural Statistics Service
    date: 2024-01
  fsis-recall-2024:
    title: Acme Provisions Co. Recalls Deli Meat Products
    author: USDA Food Safety and Inspection Service
    date: 2024-07
  harlan-statement-2024:
    title: Statement from Secretary Tom Harlan on the NASS Crop Production 2023 Summary
    author: U.S. Department of Agriculture
    date: 2024-01
entities:
  - name: U.S. Department of Agriculture
    aliases: [USDA, United States Department of Agriculture]
  - name: Acme Provisions
  - name: Federal Reserve
  - name: Office of Management and Budget
    aliases: [OMB]
  - name: National Agricultural Statistics Service
    aliases: [NASS]
  - name: Tom Harlan
    roles:
      - title: Secretary of Agriculture
        from: 2021-01-01
claims:
  - id: corn-yield-2023
    subject: average corn for grain yield per harvested acre
    value: 177.3
    unit: bushels per acre
    period: 2023
    source: nass-2024
  - id: recall-pounds-2024
    subject: deli meat recalled
    value: 207528
    unit: pounds
    period: 2024-07
    source: fsis-recall-2024
  - id: corn-production-2023
    subject: corn for grain production
    value: 15.3
    unit: billion bushels
    period: 2023
    source: nass-2024
`,
  ),
]);

const MEMO_FIGURE =
  'Canada has more than 350 organized crime groups involved in fentanyl production and distribution';
const MEMO_REFERENCE = 'Privy Council Office, Memorandum for the Prime Minister, 2024';

describe('misattribution', () => {
  for (const name of ['memo-exporter-2024.txt', 'rcmp-china-mou-2016.txt', 'fentanyl-czar-china.txt']) {
    it(`finds nothing in the published article ${name}`, () => {
      expect(
        checkFixture(`examples/articles/${name}`).findings.filter((f) => f.rule === 'misattribution'),
      ).toEqual([]);
    });
  }

  it('accepts the memo credited as the article does, and verifies the figure against it', () => {
    const result = check(`${MEMO_FIGURE}, according to a confidential federal memo.`);
    expect(result.statuses).toEqual(['350:verified:ocg-fentanyl-canada-memo']);
    expect(result.of('misattribution')).toEqual([]);
    expect(result.of('missing-citation')).toEqual([]);
  });

  it('reports the same figure credited to the CBSA, naming both, on the figure', () => {
    const text = `${MEMO_FIGURE}, according to the Canada Border Services Agency.`;
    const result = check(text);
    expect(result.statuses).toEqual(['350:verified:ocg-fentanyl-canada-memo']);
    const [finding, ...others] = result.of('misattribution');
    expect(others).toEqual([]);
    expect(finding?.message).toBe(
      `350 is credited to Canada Border Services Agency, but the reference is ${MEMO_REFERENCE}`,
    );
    expect(finding?.severity).toBe('warning');
    expect(text.slice(finding?.start, finding?.end)).toBe('350');
    expect(finding?.claimId).toBe('ocg-fentanyl-canada-memo');
    expect(finding?.sourceId).toBe('pco-memo-2024');
    const [claimPlace, creditPlace] = finding?.related ?? [];
    expect(claimPlace?.file).toMatch(/fentanyl-canada\.claims\.yaml$/u);
    expect(creditPlace?.file).toBeUndefined();
    expect(text.slice(creditPlace?.start, creditPlace?.end)).toBe('Canada Border Services Agency');
  });

  it('reads the entity’s acronym and the subject-verb form too', () => {
    const acronym = check(`${MEMO_FIGURE}, according to CBSA.`).of('misattribution');
    expect(acronym.map((finding) => finding.message)).toEqual([
      `350 is credited to CBSA, but the reference is ${MEMO_REFERENCE}`,
    ]);
    const reported = check(`The CBSA has reported that ${MEMO_FIGURE.replace('Canada has', 'Canada had')}.`);
    expect(reported.of('misattribution')).toHaveLength(1);
  });

  it('accepts a department credited for its own office’s figure', () => {
    const text =
      'The average corn yield was 177.3 bushels per acre in 2023, the United States Department of Agriculture estimated.';
    const result = check(text, OFFICES);
    expect(result.statuses).toEqual(['177.3:verified:corn-yield-2023']);
    expect(result.of('misattribution')).toEqual([]);
  });

  it('accepts the company a source’s title names as announcing, and still reports another organisation', () => {
    const announced = check(
      'Acme Provisions announced a recall of 207,528 pounds of deli meat in July 2024.',
      OFFICES,
    );
    expect(announced.of('misattribution')).toEqual([]);
    const other = check(
      'The Federal Reserve said 207,528 pounds of deli meat were recalled in July 2024.',
      OFFICES,
    );
    expect(other.of('misattribution')).toHaveLength(1);
  });

  it('reads a forecast verb and statistics released by an organisation as credits', () => {
    const yieldOf = (credit: string): string =>
      `The average corn yield was 177.3 bushels per acre in 2023${credit}.`;
    const forecast = check(
      'The Federal Reserve expects an average corn yield of 177.3 bushels per acre in 2023.',
      OFFICES,
    );
    expect(forecast.statuses).toEqual(['177.3:verified:corn-yield-2023']);
    expect(forecast.of('misattribution')).toHaveLength(1);
    const released = check(yieldOf(', according to statistics released by the OMB'), OFFICES);
    expect(released.of('misattribution').map((finding) => finding.message)).toEqual([
      '177.3 is credited to OMB, but the reference is USDA National Agricultural Statistics Service, Crop Production 2023 Summary, 2024',
    ]);
    expect(
      check(yieldOf(', according to statistics released by the USDA'), OFFICES).of('misattribution'),
    ).toEqual([]);
  });

  it('accepts a speaker whose statement on the claim’s source names its author, and not another', () => {
    const text = (speaker: string): string =>
      `“Corn production reached 15.3 billion bushels in 2023 and yields 177.3 bushels per acre,” ${speaker} said.`;
    expect(check(text('Tom Harlan'), OFFICES).of('misattribution')).toEqual([]);
    expect(check(text('the Federal Reserve'), OFFICES).of('misattribution')).toHaveLength(1);
  });

  it('reports a wrong credit once, on the figure nearest it, naming the other figures it covers', () => {
    const text =
      'Corn production reached 15.3 billion bushels in 2023, with yields of 177.3 bushels per acre, the OMB said.';
    const [finding, ...others] = check(text, OFFICES).of('misattribution');
    expect(others).toEqual([]);
    expect(text.slice(finding?.start, finding?.end)).toBe('177.3');
    expect(finding?.message).toBe(
      '177.3 is credited to OMB (so is 15.3 billion), but the reference is USDA National Agricultural Statistics Service, Crop Production 2023 Summary, 2024',
    );
  });

  it('keeps reporting a wrong credit when the figure also conflicts', () => {
    const result = check(`${MEMO_FIGURE.replace('350', '530')}, according to the CBSA.`);
    expect(result.of('figure-conflict')).toHaveLength(1);
    expect(result.of('misattribution').map((finding) => finding.message)).toEqual([
      `530 is credited to CBSA, but the reference is ${MEMO_REFERENCE}`,
    ]);
  });

  it('accepts the author of the claim’s source, under any of its names and reports', () => {
    for (const text of [
      'The BC Coroners Service reported 622 illicit drug overdose deaths in British Columbia from January to October 2016.',
      'The coroners service said 2,843 people died of overdoses in British Columbia in the 15 months before the decriminalization pilot.',
      '“There were 622 illicit drug overdose deaths in British Columbia from January to October 2016,” said the B.C. Coroners Service.',
    ]) {
      const result = check(text);
      expect(result.statuses.every((status) => status.includes(':verified:'))).toBe(true);
      expect(result.of('misattribution')).toEqual([]);
    }
  });

  it('accepts a person who is the author of the claim’s source', () => {
    const result = check(
      'British Columbia is 30 per cent short of capacity for RCMP drug enforcement officers in 2016, Health Minister Terry Lake said.',
      rivalClaims(),
    );
    expect(result.statuses).toEqual(['30 per cent:verified:bc-rcmp-capacity-shortfall-2016']);
    expect(result.of('misattribution')).toEqual([]);
  });

  it('reports a figure credited to an organisation the claim set knows but that wrote none of its sources', () => {
    const result = check(`${MEMO_FIGURE}, according to Criminal Intelligence Service Canada.`);
    expect(result.of('misattribution').map((finding) => finding.message)).toEqual([
      `350 is credited to Criminal Intelligence Service Canada, but the reference is ${MEMO_REFERENCE}`,
    ]);
    expect(check(`${MEMO_FIGURE}, according to CISC.`).of('misattribution')).toHaveLength(1);
  });

  it('says nothing when the credited name is unknown, unclear or a person who wrote none of the sources', () => {
    for (const credit of [
      'according to a think tank',
      'according to the CBSA and a think tank',
      'said RCMP Commissioner Bob Paulson',
      'it said',
    ]) {
      expect(check(`${MEMO_FIGURE}, ${credit}.`).of('misattribution')).toEqual([]);
    }
  });

  it('looks only at the figure’s own sentence', () => {
    const result = check(`The CBSA reported record seizures this year. ${MEMO_FIGURE}.`);
    expect(result.statuses).toEqual(['350:verified:ocg-fentanyl-canada-memo']);
    expect(result.of('misattribution')).toEqual([]);
  });

  it('credits a quotation’s speaker with the quoted words only', () => {
    const outside = check(`${MEMO_FIGURE}, and “the border is a sieve,” said the CBSA.`);
    expect(outside.of('misattribution')).toEqual([]);
    const inside = check(`“${MEMO_FIGURE},” said the CBSA.`);
    expect(inside.of('misattribution')).toHaveLength(1);
  });

  it('does not take a name that only appears in the sentence for a credit', () => {
    const result = check(
      'In June 2016, one kilogram of carfentanil from China was seized by the Royal Canadian Mounted Police in Vancouver.',
    );
    expect(result.of('misattribution')).toEqual([]);
  });

  it('reports a figure that agrees with one source but is credited to a rival that says otherwise', () => {
    const result = check(
      'There were 8,049 opioid toxicity deaths in Canada in 2023, according to CIHI.',
      rivalClaims(),
    );
    expect(result.statuses).toEqual(['8,049:verified:phac-opioid-deaths-2023']);
    expect(result.of('misattribution').map((finding) => finding.message)).toEqual([
      '8,049 is credited to CIHI, but the reference is Public Health Agency of Canada, Opioid- and Stimulant-related Harms in Canada, 2024',
    ]);
  });

  it('honours silencing like every rule', () => {
    const result = check(
      `<!-- claimlint-disable-next-line misattribution -->\n${MEMO_FIGURE}, according to the CBSA.`,
    );
    expect(result.of('misattribution')).toEqual([]);
  });
});
