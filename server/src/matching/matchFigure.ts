import type { Figure } from '../figures/figureModel';
import { figureAgrees, referenceInterval } from './agreement';
import type { Candidate } from './scoreClaims';

export type FigureMatch =
  | { readonly kind: 'verified'; readonly candidate: Candidate }
  | { readonly kind: 'conflict'; readonly candidate: Candidate }
  | { readonly kind: 'unmatched' };

/** The least score at which a figure is taken to be about a claim at all. */
export const MATCH_THRESHOLD = 0.45;
/**
 * The best-ranked claim needs less when the figure agrees with it: a value within the claim's
 * precision is evidence of its own, and a figure about another thing rarely agrees by chance. Only
 * the best claim, so the value never picks among claims, and never in place of a conflict.
 * Measured on the tuning corpus (`npm run eval`): from 0.45 down to 0.25, correct links to a claim
 * rose from 618 to 649 of 786 while correct "unmatched" fell from 364 to 357 of 446; at 0.15 a
 * false alarm appeared.
 */
export const AGREEING_BEST_THRESHOLD = 0.25;
/**
 * A conflict needs more: a higher score, and most of that evidence in the figure's own sentence.
 * An unclear figure must never become a false conflict; it stays unmatched instead.
 */
export const CONFLICT_THRESHOLD = 0.6;
export const CONFLICT_OWN_SENTENCE_SCORE = 0.5;
/** A count noun that the claim never speaks of ("350 labs" against a claim about groups) weighs less. */
const NOUN_MISMATCH_FACTOR = 0.6;

/** How far the best claim's value may lie from a bound that misses it for the bound to be about it. */
const NEAR_BOUND_RATIO = 1.5;

/**
 * Whether a one-sided bound ("more than US$1 trillion", "below 1.5") just misses the best-ranked
 * claim: its value lies on the wrong side but near (within a factor of NEAR_BOUND_RATIO). Such a
 * bound is about that claim and fails it; a larger neighbour (imports) must not verify it, since a
 * bound agrees with every value past it and cannot tell claims apart. A best claim far from the
 * bound (207,528 lb against "more than 7.2 million pounds") says the ranking, not the writer, erred.
 */
function boundFailsBest(figure: Figure, best: Candidate | undefined): boolean {
  if (!best || (figure.hedge !== 'atLeast' && figure.hedge !== 'atMost')) return false;
  if (figureAgrees(figure, best.indexed.claim, best.factor)) return false;
  const reference = referenceInterval(best.indexed.claim, best.factor);
  const nearest = figure.hedge === 'atLeast' ? reference.high : reference.low;
  if (nearest === 0 || figure.value === 0 || Math.sign(nearest) !== Math.sign(figure.value)) return false;
  const ratio = Math.abs(figure.value / nearest);
  return ratio <= NEAR_BOUND_RATIO && ratio >= 1 / NEAR_BOUND_RATIO;
}

/** The largest half-width, as a share of the value, of a figure whose value is evidence on its own. */
const SPECIFIC_HALF_WIDTH = 0.1;

/**
 * Whether a figure's value says much on its own: its interval is within a tenth of it. "$162.7
 * billion", "12%" and "ten deaths" are; "a kilogram" and "two deaths" agree with too many claims by
 * chance to count as evidence.
 */
function isSpecific(figure: Figure): boolean {
  return figure.high - figure.low <= Math.abs(figure.value) * 2 * SPECIFIC_HALF_WIDTH;
}

/**
 * Decides what a figure is about among the scored candidates (best first).
 *
 * Precision first: when any plausible candidate agrees with the figure, the figure is verified
 * against it — two claims often share a subject ("deaths before the pilot" and "deaths during
 * it") and the sentence alone cannot always tell which a number is. The best-ranked claim also
 * verifies on thinner evidence (AGREEING_BEST_THRESHOLD). A conflict is reported only
 * when no plausible candidate agrees and the best one is strongly and locally supported. Figures
 * inside quotations are the speaker's words: they can be verified but never called a conflict.
 */
export function matchFigure(figure: Figure, candidates: readonly Candidate[]): FigureMatch {
  const plausible = candidates
    .map((candidate) =>
      candidate.nounMismatch
        ? {
            ...candidate,
            score: candidate.score * NOUN_MISMATCH_FACTOR,
            rank: candidate.rank * NOUN_MISMATCH_FACTOR,
          }
        : candidate,
    )
    .filter((candidate) => candidate.score >= MATCH_THRESHOLD)
    .sort((a, b) => b.rank - a.rank);
  const agreeing = (boundFailsBest(figure, plausible[0]) ? plausible.slice(0, 1) : plausible).find(
    (candidate) =>
      !candidate.directionClash && figureAgrees(figure, candidate.indexed.claim, candidate.factor),
  );
  if (agreeing) return { kind: 'verified', candidate: agreeing };
  const best = plausible[0];
  if (
    best &&
    !figure.inQuote &&
    !best.nounMismatch &&
    best.measuredNearby &&
    !best.otherPlace &&
    best.score >= CONFLICT_THRESHOLD &&
    best.ownSentenceScore >= CONFLICT_OWN_SENTENCE_SCORE &&
    // A change the other way is the claim's only with the claim's size ("3.9 per cent below" for
    // 3.9 above): with another size too it is some other change ("revised up by 14%").
    (!best.directionClash || figureAgrees(figure, best.indexed.claim, best.factor))
  ) {
    return { kind: 'conflict', candidate: best };
  }
  const top = candidates[0];
  if (
    top &&
    !top.nounMismatch &&
    !top.directionClash &&
    top.score >= AGREEING_BEST_THRESHOLD &&
    isSpecific(figure) &&
    figureAgrees(figure, top.indexed.claim, top.factor)
  ) {
    return { kind: 'verified', candidate: top };
  }
  return { kind: 'unmatched' };
}
