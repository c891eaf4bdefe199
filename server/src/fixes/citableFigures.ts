import type { ParsedArticle } from '../article/articleModel';
import type { Claim, ClaimSet } from '../claims/claimModel';
import type { CheckResult } from '../engine/checkArticle';
import type { CheckedFigure } from '../engine/findingModel';
import { hasCitationMark } from '../rules/missingCitation';
import type { CitationRequest } from './insertCitations';

/** The claim a checked figure was matched to, when it is still in the claim set. */
export function claimOf(checked: CheckedFigure, claimSet: ClaimSet): Claim | undefined {
  return checked.claimId === undefined
    ? undefined
    : claimSet.claims.find((claim) => claim.id === checked.claimId);
}

/** Every figure the document reports a `missing-citation` for (after severities and silencing). */
export function missingCitationRequests(result: CheckResult, claimSet: ClaimSet): CitationRequest[] {
  const requests: CitationRequest[] = [];
  for (const finding of result.findings) {
    if (finding.rule !== 'missing-citation') continue;
    const checked = result.figures.find(
      ({ figure }) => figure.start === finding.start && figure.end === finding.end,
    );
    const claim = checked && claimOf(checked, claimSet);
    if (checked && claim) requests.push({ figure: checked.figure, claim });
  }
  return requests;
}

/**
 * A verified figure whose sentence carries no citation yet: the citation fix is offered on it even
 * when `missing-citation` is off or the figure is credited in words, and never once it is cited.
 */
export function uncitedVerifiedFigure(
  article: ParsedArticle,
  checked: CheckedFigure,
  claimSet: ClaimSet,
): CitationRequest | undefined {
  if (checked.status !== 'verified' || hasCitationMark(article, checked.figure)) return undefined;
  const claim = claimOf(checked, claimSet);
  return claim && claim.sources.length > 0 ? { figure: checked.figure, claim } : undefined;
}
