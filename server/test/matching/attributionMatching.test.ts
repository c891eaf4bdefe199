import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import type { ClaimSet } from '../../src/claims/claimModel';
import { extractFigures } from '../../src/figures/extractFigures';
import { claimIndexFor } from '../../src/matching/claimIndex';
import { figureContext } from '../../src/matching/figureContext';
import { matchFigure } from '../../src/matching/matchFigure';
import { scoreClaims, type Candidate } from '../../src/matching/scoreClaims';
import { rivalClaims } from '../attribution/creditHelpers';
import { exampleContext } from '../engine/exampleClaimSet';

const example = exampleContext().claimSet;
const rivals = rivalClaims();

/** The first figure of a one-paragraph text: its match and its scored candidates. */
function matchOf(text: string, claimSet: ClaimSet): { match: string; candidates: Candidate[] } {
  const article = parseArticle(text, 'text');
  const figure = extractFigures(article, undefined)[0];
  if (!figure) throw new Error(`no figure in ${text}`);
  const candidates = scoreClaims(figure, figureContext(article, figure), claimIndexFor(claimSet));
  const match = matchFigure(figure, candidates);
  return {
    match: match.kind === 'unmatched' ? 'unmatched' : `${match.kind}:${match.candidate.indexed.claim.id}`,
    candidates,
  };
}

function candidate(candidates: readonly Candidate[], id: string): Candidate | undefined {
  return candidates.find((scored) => scored.indexed.claim.id === id);
}

const DEATHS = 'There were about 8,000 opioid toxicity deaths in Canada in 2023';

describe('attribution-aware matching', () => {
  it('lets the credited source pick between two claims that both agree', () => {
    expect(matchOf(`${DEATHS}, according to CIHI.`, rivals).match).toBe('verified:cihi-opioid-deaths-2023');
    expect(matchOf(`${DEATHS}, according to the Public Health Agency of Canada.`, rivals).match).toBe(
      'verified:phac-opioid-deaths-2023',
    );
    expect(matchOf(`${DEATHS}, the national surveillance report says.`, rivals).match).toBe(
      'verified:phac-opioid-deaths-2023',
    );
  });

  it('compares a conflicting figure with the credited source’s claim', () => {
    const wrong = 'There were 6,000 opioid toxicity deaths in Canada in 2023';
    expect(matchOf(`${wrong}, according to PHAC.`, rivals).match).toBe('conflict:phac-opioid-deaths-2023');
    expect(matchOf(`${wrong}, according to CIHI.`, rivals).match).toBe('conflict:cihi-opioid-deaths-2023');
  });

  it('gives the bonus to the credited claim and ranks the others lower, not for an unknown credit', () => {
    const plain = matchOf(`${DEATHS}.`, rivals).candidates;
    const credited = matchOf(`${DEATHS}, according to CIHI.`, rivals).candidates;
    const unknown = matchOf(`${DEATHS}, according to a think tank.`, rivals).candidates;
    const score = (list: readonly Candidate[], id: string) => candidate(list, id)?.score ?? 0;
    expect(score(credited, 'cihi-opioid-deaths-2023')).toBeGreaterThan(
      score(plain, 'cihi-opioid-deaths-2023'),
    );
    const rank = (list: readonly Candidate[], id: string) => candidate(list, id)?.rank ?? 0;
    expect(rank(credited, 'phac-opioid-deaths-2023')).toBeLessThan(rank(plain, 'phac-opioid-deaths-2023'));
    // A wrong credit never hides a figure: the evidence that it is about the claim stays.
    expect(score(credited, 'phac-opioid-deaths-2023')).toBeCloseTo(score(plain, 'phac-opioid-deaths-2023'));
    expect(candidate(credited, 'cihi-opioid-deaths-2023')?.sourceCredited).toBe(true);
    expect(candidate(credited, 'phac-opioid-deaths-2023')?.sourceCredited).toBe(false);
    expect(score(unknown, 'phac-opioid-deaths-2023')).toBeCloseTo(score(plain, 'phac-opioid-deaths-2023'));
  });

  it('reads the sentence before only when the figure’s own sentence credits nobody, and never penalises by it', () => {
    const before = matchOf(`CIHI reported its annual count. ${DEATHS}.`, rivals);
    expect(before.match).toBe('verified:cihi-opioid-deaths-2023');
    expect(candidate(before.candidates, 'cihi-opioid-deaths-2023')?.sourceCredited).toBe(true);
    const plain = matchOf(`${DEATHS}.`, rivals).candidates;
    expect(candidate(before.candidates, 'phac-opioid-deaths-2023')?.score).toBeCloseTo(
      candidate(plain, 'phac-opioid-deaths-2023')?.score ?? 0,
    );
    const own = matchOf(`CIHI reported its annual count. ${DEATHS}, according to PHAC.`, rivals);
    expect(own.match).toBe('verified:phac-opioid-deaths-2023');
  });

  it('matches the memo figure credited to the memo, in any wording of the memo’s names', () => {
    const figure = 'Canada has 350 organized crime groups involved in fentanyl production and distribution';
    for (const credit of [
      'according to a recent federal memo',
      'according to a confidential federal memo',
      'stated the Memorandum for the Prime Minister',
      'the Privy Council Office said',
    ]) {
      const { match, candidates } = matchOf(`${figure}, ${credit}.`, example);
      expect(match).toBe('verified:ocg-fentanyl-canada-memo');
      expect(candidate(candidates, 'ocg-fentanyl-canada-memo')?.sourceCredited).toBe(true);
    }
  });

  it('still matches a strongly supported figure credited to another source, so that the credit can be reported', () => {
    const figure = 'Canada has 350 organized crime groups involved in fentanyl production and distribution';
    const { match, candidates } = matchOf(`${figure}, according to the CBSA.`, example);
    expect(match).toBe('verified:ocg-fentanyl-canada-memo');
    expect(candidate(candidates, 'ocg-fentanyl-canada-memo')?.sourceCredited).toBe(false);
  });
});
