import type { Finding } from '../engine/findingModel';
import { acceptedInterval } from '../matching/agreement';
import { unitFactor, valuesIn } from './commonUnit';
import { formatComputed } from './describeResults';
import { decimalsOf, overlap } from './intervals';
import {
  previousSignificant,
  significantTokens,
  wordAt,
  type PlacedFigure,
  type SentenceView,
} from './sentenceView';

/** "12 of 40": a part and the whole it is taken from. */
interface PartOfWhole {
  readonly part: PlacedFigure;
  readonly whole: PlacedFigure;
}

/** The words that join a part to its whole. */
const PART_JOINERS: readonly (readonly string[])[] = [['of'], ['out', 'of'], ['of', 'the']];

/** Words and marks that restate a share right after "12 of 40 cases": ", or 30 per cent", "(30%)". */
const RESTATING_WORDS = new Set(['or', 'that', 'is', 'which', 'i', 'e']);
const RESTATING_MARKS = new Set([',', '(', '—', '–', ':', '.']);
/** At least one of these must be there: a bare comma may start a share of something else. */
const RESTATING_SIGNALS = new Set(['or', 'is', '(', '—', '–', ':']);
/** Marks that open a part-of-whole after its share: "30% (12 of 40)", "30% — 12 of 40". */
const OPENING_MARKS = new Set(['(', '—', '–', ':']);
/** "30 per cent of the cases (12 of 40)": a few words may name what the share is of. */
const MAX_WORDS_BEFORE_OPENING = 3;

function isCount(placed: PlacedFigure): boolean {
  const unit = placed.figure.unit;
  return unit === undefined || unit.dimension === 'count';
}

function isShare(placed: PlacedFigure): boolean {
  return placed.figure.unit?.code === '%';
}

function partsOfWholes(view: SentenceView): PartOfWhole[] {
  const found: PartOfWhole[] = [];
  for (let index = 0; index + 1 < view.figures.length; index++) {
    const part = view.figures[index] as PlacedFigure;
    const whole = view.figures[index + 1] as PlacedFigure;
    if (!isCount(part) || !isCount(whole) || part.figure.value > whole.figure.value) continue;
    const words = significantTokens(view.tokens, part.after, whole.first).map((token) =>
      wordAt(view.tokens, token),
    );
    if (
      PART_JOINERS.some(
        (joiner) => joiner.length === words.length && joiner.every((word, at) => words[at] === word),
      )
    ) {
      found.push({ part, whole });
    }
  }
  return found;
}

/** The words that may name what the whole counts ("40 seized shipments, or …"). */
const MAX_NOUN_WORDS = 4;

/**
 * "12 of 40 cases, or 30 per cent": after the whole, at most a few words naming what it counts,
 * then only restating words and marks, at least one of them a clear signal.
 */
function restatesAfter(view: SentenceView, found: PartOfWhole, share: PlacedFigure): boolean {
  if (share.first < found.whole.after) return false;
  const between = significantTokens(view.tokens, found.whole.after, share.first).map(
    (index) => view.tokens[index],
  );
  let nounWords = 0;
  while (
    nounWords < between.length &&
    nounWords < MAX_NOUN_WORDS &&
    between[nounWords]?.kind === 'word' &&
    !RESTATING_WORDS.has(between[nounWords]?.lower ?? '')
  ) {
    nounWords++;
  }
  const restating = between.slice(nounWords);
  return (
    restating.some((token) => token !== undefined && RESTATING_SIGNALS.has(token.lower)) &&
    restating.every(
      (token) =>
        token !== undefined &&
        (token.kind === 'punct' ? RESTATING_MARKS.has(token.text) : RESTATING_WORDS.has(token.lower)),
    )
  );
}

/** "30% (12 of 40)": the part-of-whole opens with a bracket, dash or colon right after the share. */
function restatesBefore(view: SentenceView, found: PartOfWhole, share: PlacedFigure): boolean {
  if (share.after > found.part.first) return false;
  const opening = previousSignificant(view.tokens, found.part.first);
  const mark = view.tokens[opening];
  if (mark?.kind !== 'punct' || !OPENING_MARKS.has(mark.text)) return false;
  const words = significantTokens(view.tokens, share.after, opening);
  return (
    words.length <= MAX_WORDS_BEFORE_OPENING && words.every((index) => view.tokens[index]?.kind === 'word')
  );
}

/**
 * The factor from the part's unit to the whole's: counts of any nouns compare as they are, since
 * the sentence itself relates them ("217,438 trips, or 85 per cent of the 256,509 arrivals").
 */
function partToWhole(found: PartOfWhole): number | undefined {
  if (isCount(found.part) && isCount(found.whole)) return 1;
  return unitFactor(found.part.figure, found.whole.figure);
}

function check(found: PartOfWhole, share: PlacedFigure): Finding | undefined {
  const factor = partToWhole(found);
  if (factor === undefined) return undefined;
  const part = valuesIn(found.part.figure, factor);
  const whole = valuesIn(found.whole.figure, 1);
  if (!(whole.low > 0) || part.low < 0) return undefined;
  const computed = { low: (part.low / whole.high) * 100, high: (part.high / whole.low) * 100 };
  const stated = share.figure;
  if (overlap(acceptedInterval(stated), computed)) return undefined;
  const value = ((found.part.figure.value * factor) / found.whole.figure.value) * 100;
  const shown = formatComputed(value, decimalsOf(stated));
  return {
    rule: 'arithmetic',
    message: `${share.label} does not follow from ${found.part.label} of ${found.whole.label}, which is ${shown}%`,
    start: stated.start,
    end: stated.end,
  };
}

/** The significant tokens between two places, as lower-case words and marks. */
function wordsBetween(view: SentenceView, from: number, to: number): string[] {
  return significantTokens(view.tokens, from, to).map((index) => view.tokens[index]?.lower ?? '');
}

/** Words between "of" and a whole that only point at it: "or 40% of the 59". */
const WHOLE_POINTERS = new Set(['the', 'all', 'these', 'those', 'them']);
/** How many words may describe the whole before its part: "Of 61 people with information available, 60". */
const MAX_WHOLE_DESCRIPTION = 5;

/**
 * A share restating a part and naming its whole around it: "17, or 40% of the 59", and the whole
 * opening the sentence: "Of 61 people with information available, 60, or 88 per cent".
 */
function shareBetween(view: SentenceView): { found: PartOfWhole; share: PlacedFigure } | undefined {
  const figures = view.figures;
  for (let index = 0; index + 1 < figures.length; index++) {
    const part = figures[index] as PlacedFigure;
    const share = figures[index + 1] as PlacedFigure;
    if (isShare(part) || !isShare(share)) continue;
    // "217,438 inbound tourist trips, or 92 per cent of the 256,509": a few words may name what the part counts.
    const restating = wordsBetween(view, part.after, share.first);
    const named = restating.slice(0, -2);
    if (
      named.length > MAX_NOUN_WORDS ||
      !named.every((word) => /^\p{L}/u.test(word)) ||
      restating[restating.length - 2] !== ',' ||
      restating[restating.length - 1] !== 'or'
    )
      continue;
    const whole = figures[index + 2];
    // "Rs 25.83 lakh crore, or 95 per cent of the Rs 32.07 lakh crore": a whole of the part's kind.
    if (whole && !isShare(whole) && partToWhole({ part, whole }) !== undefined) {
      const [of, ...pointers] = wordsBetween(view, share.after, whole.first);
      if (of === 'of' && pointers.every((word) => WHOLE_POINTERS.has(word)))
        return { found: { part, whole }, share };
    }
    const opening = figures[index - 1];
    if (
      opening &&
      isCount(opening) &&
      wordAt(view.tokens, previousSignificant(view.tokens, opening.first)) === 'of'
    ) {
      const description = wordsBetween(view, opening.after, part.first);
      const words = description.slice(0, -1);
      if (
        description[description.length - 1] === ',' &&
        words.length <= MAX_WHOLE_DESCRIPTION &&
        words.every((word) => /^\p{L}/u.test(word))
      )
        return { found: { part, whole: opening }, share };
    }
  }
  return undefined;
}

/**
 * A share stated beside the part and whole it comes from ("12 of 40 cases, or 30 per cent", "17,
 * or 40% of the 59"). Checked only when the sentence has exactly one part-of-whole and exactly one
 * percentage restating it: with more, which share belongs to which numbers is a guess.
 */
export function checkShares(view: SentenceView): Finding[] {
  const found = partsOfWholes(view);
  if (found.length === 0) {
    const between = shareBetween(view);
    const finding =
      between && between.found.part.figure.value <= between.found.whole.figure.value
        ? check(between.found, between.share)
        : undefined;
    return finding ? [finding] : [];
  }
  if (found.length !== 1) return [];
  const only = found[0] as PartOfWhole;
  const shares = view.figures.filter(
    (placed) => isShare(placed) && (restatesAfter(view, only, placed) || restatesBefore(view, only, placed)),
  );
  const finding = shares.length === 1 ? check(only, shares[0] as PlacedFigure) : undefined;
  return finding ? [finding] : [];
}
