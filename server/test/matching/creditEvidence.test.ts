import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { extractFigures } from '../../src/figures/extractFigures';
import { claimIndexFor } from '../../src/matching/claimIndex';
import { figureContext } from '../../src/matching/figureContext';
import { scoreClaims } from '../../src/matching/scoreClaims';

const CLAIMS = mergeClaimFiles([
  loadClaimFile(
    '/tmp/credit.claims.yaml',
    `
sources:
  ers-2023:
    title: Farm Sector Income Forecast
    author: Economic Research Service
    date: 2023-02
  cbo-2023:
    title: The Budget and Economic Outlook
    author: Congressional Budget Office
    date: 2023-02
entities:
  - name: Economic Research Service
    aliases: [ERS]
  - name: Congressional Budget Office
    aliases: [CBO]
claims:
  - id: farm-income-change-2023
    subject: forecast fall in net farm income from the previous year
    value: 15.9
    unit: "%"
    period: 2023
    source: ers-2023
  - id: deficit-2023
    subject: federal budget deficit
    value: 1.4
    unit: USD
    period: 2023
    source: cbo-2023
`,
  ),
]);

/** The best candidate's score and rank for the first figure of a one-sentence article. */
function best(sentence: string): { score: number; rank: number } {
  const article = parseArticle(sentence, 'text');
  const [figure] = extractFigures(article);
  if (!figure) throw new Error(`no figure in ${sentence}`);
  const [candidate] = scoreClaims(figure, figureContext(article, figure), claimIndexFor(CLAIMS));
  if (!candidate) throw new Error(`no candidate for ${sentence}`);
  return { score: candidate.score, rank: candidate.rank };
}

describe('a credit as evidence', () => {
  const plain = best('Net farm income is forecast to fall 19.5% from the previous year.');

  it('never lowers the evidence that a figure is about a claim when it names another source', () => {
    const wrong = best('Net farm income is forecast to fall 19.5% from the previous year, the CBO said.');
    expect(wrong.score).toBeCloseTo(plain.score);
    expect(wrong.rank).toBeLessThan(plain.rank);
  });

  it('adds to both when it names the claim’s source', () => {
    const right = best('Net farm income is forecast to fall 19.5% from the previous year, the ERS said.');
    expect(right.score).toBeGreaterThan(plain.score);
    expect(right.rank).toBeGreaterThan(plain.rank);
  });
});
