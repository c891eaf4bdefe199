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
import { proseOffsetOf } from '../matching/proseOffset';
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

/** A figure whose clear credit does not fit its claim. */
interface WrongCredit {
  readonly figure: Figure;
  readonly claim: Claim;
  readonly credits: readonly ResolvedCredit[];
}

/** How far (in prose characters) a figure stands from the nearest of its credits. */
function distanceToCredit(article: ParsedArticle, { figure, credits }: WrongCredit): number {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return Number.POSITIVE_INFINITY;
  const at = proseOffsetOf(block.map, sentence, figure.numberStart);
  return Math.min(
    ...credits.map((credit) => (at < credit.start ? credit.start - at : Math.max(0, at - credit.end))),
  );
}

/**
 * One finding per wrong credit phrase: a writer fixes the credit once, however many figures it
 * covers. It stands on the figure nearest the credit ("…leading to a surplus of 7.06 trillion
 * yuan, the WTO said" marks 7.06, not a figure at the sentence's other end), and names the rest.
 */
function byCredit(article: ParsedArticle, wrong: readonly WrongCredit[]): WrongCredit[][] {
  const groups = new Map<string, WrongCredit[]>();
  for (const item of wrong) {
    const key = [item.figure.blockIndex, ...item.credits.map((credit) => credit.start)].join(':');
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].map((group) =>
    group
      .map((item) => ({ item, distance: distanceToCredit(article, item) }))
      .sort((a, b) => a.distance - b.distance)
      .map(({ item }) => item),
  );
}

function misattribution(
  article: ParsedArticle,
  [{ figure, claim, credits }, ...others]: readonly [WrongCredit, ...WrongCredit[]],
  claimSet: ClaimSet,
): Finding {
  const names = [...new Set(credits.map((credit) => credit.name))].join(' and ');
  const reference = describeClaimSources(claim, claimSet.sources);
  const places = credits
    .map((credit) => creditPlace(article, figure, credit))
    .filter((place): place is RelatedPlace => place !== undefined);
  const alsoCredited =
    others.length === 0
      ? ''
      : ` (so ${others.length === 1 ? 'is' : 'are'} ${others.map((other) => other.figure.text).join(', ')})`;
  return {
    rule: 'misattribution',
    message: `${figure.text} is credited to ${names}${alsoCredited}, but the reference is ${reference || claim.id}`,
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
  const wrong: WrongCredit[] = [];
  for (const checked of input.figures) {
    if (checked.status === 'unmatched' || checked.claimId === undefined) continue;
    const claim = input.index.claimById.get(checked.claimId)?.claim;
    if (!claim) continue;
    const attributions = resolveCredits(figureCredits(input.article, checked.figure).own, table);
    const credits = clearCredits(attributions);
    if (!credits || creditFits(creditedSources(attributions), claim.sources, table)) continue;
    wrong.push({ figure: checked.figure, claim, credits });
  }
  return byCredit(input.article, wrong).flatMap(([nearest, ...others]) =>
    nearest ? [misattribution(input.article, [nearest, ...others], input.claimSet)] : [],
  );
}
