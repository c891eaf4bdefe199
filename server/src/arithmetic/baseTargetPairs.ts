import {
  previousSignificant,
  significantTokens,
  wordAt,
  type PlacedFigure,
  type SentenceView,
} from './sentenceView';

/** A change's starting and ending numbers, as "from A to B" or "to B from A" name them. */
export interface BaseTargetPair {
  readonly base: PlacedFigure;
  readonly target: PlacedFigure;
  /** Token extent of the whole phrase, from its first word to its last figure. */
  readonly first: number;
  readonly after: number;
}

/**
 * Words allowed between the two numbers: a count noun and a time ("from 397 deaths in 2015 to
 * 622"), but not a clause, so that "from 40 clinics that served 300 people" is no pair.
 */
const MAX_WORDS_BETWEEN = 6;

/** The tokens between two figures end with `word` and hold at most a short phrase, with no punctuation but `allowed`. */
function joinedBy(
  view: SentenceView,
  from: number,
  to: number,
  word: string,
  allowed: ReadonlySet<string>,
): boolean {
  const between = significantTokens(view.tokens, from, to);
  const last = between[between.length - 1];
  if (last === undefined || wordAt(view.tokens, last) !== word || between.length > MAX_WORDS_BETWEEN)
    return false;
  return between.every((index) => {
    const token = view.tokens[index];
    return token?.kind !== 'punct' || allowed.has(token.text);
  });
}

const NO_PUNCTUATION: ReadonlySet<string> = new Set();
/** "to 3,313, from 2,843": a comma may set off the base. */
const COMMA = new Set([',']);

/** "from A … to B": the word before A is "from". */
function forwardPair(
  view: SentenceView,
  earlier: PlacedFigure,
  later: PlacedFigure,
): BaseTargetPair | undefined {
  const from = previousSignificant(view.tokens, earlier.first);
  if (wordAt(view.tokens, from) !== 'from') return undefined;
  if (!joinedBy(view, earlier.after, later.first, 'to', NO_PUNCTUATION)) return undefined;
  return { base: earlier, target: later, first: from, after: later.after };
}

/** "to B … from A": news style puts the new value first ("rose 50 per cent to 1,500 from 1,000"). */
function reversedPair(
  view: SentenceView,
  earlier: PlacedFigure,
  later: PlacedFigure,
): BaseTargetPair | undefined {
  const to = previousSignificant(view.tokens, earlier.first);
  if (wordAt(view.tokens, to) !== 'to') return undefined;
  if (!joinedBy(view, earlier.after, later.first, 'from', COMMA)) return undefined;
  return { base: later, target: earlier, first: to, after: later.after };
}

/** Every base/target pair of a sentence, in order. */
export function baseTargetPairs(view: SentenceView): BaseTargetPair[] {
  const pairs: BaseTargetPair[] = [];
  for (let index = 0; index + 1 < view.figures.length; index++) {
    const earlier = view.figures[index] as PlacedFigure;
    const later = view.figures[index + 1] as PlacedFigure;
    const pair = forwardPair(view, earlier, later) ?? reversedPair(view, earlier, later);
    if (pair) pairs.push(pair);
  }
  return pairs;
}
