import type { ParsedArticle } from '../article/articleModel';
import { creditFits } from '../attribution/creditFits';
import {
  creditedSources,
  figureCredits,
  resolveCredits,
  type Attribution,
} from '../attribution/figureCredits';
import type { ResolvedCredit } from '../attribution/resolveCredit';
import { describeClaimSources } from '../claims/describeClaims';
import type { Claim, ClaimSet } from '../claims/claimModel';
import type { Finding, RelatedPlace } from '../engine/findingModel';
import type { Figure } from '../figures/figureModel';
import type { RuleInput } from './ruleInput';

/**
 * The credits of a figure's own sentence, when every one of them names sources, authors or
 * organisations the claim set knows. A name we cannot place ("a think tank", "it", a person who
 * wrote none of the sources and may speak for an author) makes the credit unclear, and an unclear
 * credit is never reported.
 */
function clearCredits(attributions: readonly Attribution[]): ResolvedCredit[] | undefined {
  const clear: ResolvedCredit[] = [];
  for (const { credit } of attributions) {
    if (!credit?.known) return undefined;
    clear.push(credit);
  }
  return clear.length > 0 ? clear : undefined;
}

/** Where the article names the credited source, as a place the editor can show beside the finding. */
function creditPlace(
  article: ParsedArticle,
  figure: Figure,
  credit: ResolvedCredit,
): RelatedPlace | undefined {
  const block = article.blocks[figure.blockIndex];
  if (!block) return undefined;
  return {
    start: block.map.toDocument(credit.start),
    end: block.map.toDocumentEnd(credit.end),
    message: `Credited here to ${credit.name}`,
  };
}

function misattribution(
  article: ParsedArticle,
  figure: Figure,
  claim: Claim,
  credits: readonly ResolvedCredit[],
  claimSet: ClaimSet,
): Finding {
  const names = [...new Set(credits.map((credit) => credit.name))].join(' and ');
  const reference = describeClaimSources(claim, claimSet.sources);
  const places = credits
    .map((credit) => creditPlace(article, figure, credit))
    .filter((place): place is RelatedPlace => place !== undefined);
  return {
    rule: 'misattribution',
    message: `${figure.text} is credited to ${names}, but the reference is ${reference || claim.id}`,
    start: figure.start,
    end: figure.end,
    claimId: claim.id,
    ...(claim.sources[0] ? { sourceId: claim.sources[0] } : {}),
    related: [
      {
        file: claim.origin.file,
        start: claim.origin.span.start,
        end: claim.origin.span.end,
        message: `Reference claim ${claim.id}: ${claim.subject}`,
      },
      ...places,
    ],
  };
}

/**
 * SPEC `misattribution`: a figure matched to a claim (verified or in conflict) whose own sentence
 * credits it to a source that is not the claim's. Reported on the figure, where hover and quick
 * fixes already are; the credit phrase is a related place. Only a clear credit counts: an explicit
 * attribution in the figure's own sentence (a quotation's speaker only for the quotation's own
 * words) that names sources the claim set knows. A credit in the sentence before, or to an
 * unknown name, says nothing we can check; an author of the claim's source is a right credit.
 */
export function misattributionFindings(input: RuleInput): Finding[] {
  const table = input.index.sourceNames;
  const findings: Finding[] = [];
  for (const checked of input.figures) {
    if (checked.status === 'unmatched' || checked.claimId === undefined) continue;
    const claim = input.index.claimById.get(checked.claimId)?.claim;
    if (!claim) continue;
    const attributions = resolveCredits(figureCredits(input.article, checked.figure).own, table);
    const credits = clearCredits(attributions);
    if (!credits || creditFits(creditedSources(attributions), claim.sources, table)) continue;
    findings.push(misattribution(input.article, checked.figure, claim, credits, input.claimSet));
  }
  return findings;
}
