import { describeClaimSources, describeClaimValue } from '../claims/describeClaims';
import type { ClaimSet } from '../claims/claimModel';
import type { Finding } from '../engine/findingModel';
import type { Figure } from '../figures/figureModel';
import type { Candidate } from '../matching/scoreClaims';

/** SPEC `figure-conflict`: a figure that matches a claim's subject but not its value. */
export function figureConflictFinding(figure: Figure, candidate: Candidate, claimSet: ClaimSet): Finding {
  const { claim } = candidate.indexed;
  const expected = describeClaimValue(claim);
  const citation = describeClaimSources(claim, claimSet.sources);
  const figureText = figure.text;
  return {
    rule: 'figure-conflict',
    message: `${figureText} conflicts with the reference: ${expected}${citation ? ` (${citation})` : ''}`,
    start: figure.start,
    end: figure.end,
    claimId: claim.id,
    ...(claim.sources[0] ? { sourceId: claim.sources[0] } : {}),
    expected,
    related: [
      {
        file: claim.origin.file,
        start: claim.origin.span.start,
        end: claim.origin.span.end,
        message: `Reference claim ${claim.id}: ${claim.subject}`,
      },
    ],
  };
}
