import {
  isInsideWord,
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

/**
 * "61 people infected with the outbreak strain, up from 57": a new value and the words naming it,
 * a comma, then "up from" or "down from" its base.
 */
function appositivePair(
  view: SentenceView,
  earlier: PlacedFigure,
  later: PlacedFigure,
): BaseTargetPair | undefined {
  const between = significantTokens(view.tokens, earlier.after, later.first);
  const [comma, direction, from] = between.slice(-3);
  const word = wordAt(view.tokens, direction ?? -1);
  if (
    wordAt(view.tokens, from ?? -1) !== 'from' ||
    (word !== 'up' && word !== 'down') ||
    view.tokens[comma ?? -1]?.text !== ',' ||
    !namesValue(view, between.slice(0, -3))
  )
    return undefined;
  return { base: later, target: earlier, first: earlier.first, after: later.after };
}

/**
 * Words that introduce a change's base after it: "down 19.5% from 2022's $162.7 billion", "up 12%
 * on 2022", "64% more than in December 2023, when it was £4.5 billion".
 */
const BASE_OPENERS = new Set(['from', 'on', 'over', 'against', 'versus', 'vs', 'than']);
/**
 * How many words may stand between a change and its base ("from the 2000-2022 average of 7.0
 * million acres", "on December 2023, when it was 16.4 billion"), and between the new value and its
 * change ("118.5 points in December, down 1.5%").
 */
const MAX_WORDS_TO_BASE = 8;
const MAX_WORDS_TO_CHANGE = 10;
/** Words that restart a statement about something else between a value and its change. */
const STATEMENT_BREAKS = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'which',
  'who',
  'that',
  'after',
]);

/**
 * Whether the tokens after a new value only name it and lead to its change: a few words, commas,
 * no other statement ("251,674 people were staying in relief camps, up 12 per cent").
 */
function namesValue(view: SentenceView, tokens: readonly number[]): boolean {
  const words = tokens.filter((index) => view.tokens[index]?.kind === 'word');
  return (
    words.length <= MAX_WORDS_TO_CHANGE &&
    !tokens.some((index) => {
      const token = view.tokens[index];
      // "26,955 new entrants in 2023-24, down 12 per cent": a mark inside a word breaks nothing.
      if (token?.kind === 'punct') return token.text !== ',' && !isInsideWord(view.tokens, index);
      return STATEMENT_BREAKS.has(token?.lower ?? '');
    })
  );
}

/**
 * "$136.9 billion, down 19.5% from 2022's $162.7 billion": the new value, set off by a comma, then
 * the stated change (its figure and words), then the base it is measured from. The figures on
 * either side must be the change's neighbours, and the words between short and free of other
 * statements, so that the roles are plain.
 */
export function pairAroundChange(
  view: SentenceView,
  stated: { readonly placed: PlacedFigure; readonly after: number },
): BaseTargetPair | undefined {
  const changeIndex = view.figures.indexOf(stated.placed);
  const change = view.figures[changeIndex];
  const target = view.figures[changeIndex - 1];
  const base = view.figures[changeIndex + 1];
  if (!change || !target || !base) return undefined;
  const toChange = significantTokens(view.tokens, target.after, change.first);
  if (!toChange.some((index) => view.tokens[index]?.text === ',') || !namesValue(view, toChange))
    return undefined;
  // "a 7.3% decrease from 5,486": the base follows the change's noun.
  const toBase = significantTokens(view.tokens, Math.max(change.after, stated.after), base.first);
  const opener = wordAt(view.tokens, toBase[0] ?? -1);
  if (opener === undefined || !BASE_OPENERS.has(opener) || toBase.length > MAX_WORDS_TO_BASE)
    return undefined;
  if (toBase.some((index) => view.tokens[index]?.text === ';')) return undefined;
  return { base, target, first: target.first, after: base.after };
}

/** Whether a figure stands alone in brackets: "(8)". */
function inBrackets(view: SentenceView, figure: PlacedFigure): boolean {
  return (
    view.tokens[previousSignificant(view.tokens, figure.first)]?.text === '(' &&
    view.tokens[significantTokens(view.tokens, figure.after, view.tokens.length)[0] ?? -1]?.text === ')'
  );
}

/**
 * "seven more homicides in 2023 (8) than in 2022 (3)": the change, then its new value in brackets
 * after a short phrase, then a base opener and the base in brackets. The brackets make the roles
 * plain: each holds the value of the time just named.
 */
export function bracketedPair(
  view: SentenceView,
  stated: { readonly placed: PlacedFigure; readonly after: number },
): BaseTargetPair | undefined {
  const changeIndex = view.figures.indexOf(stated.placed);
  const target = view.figures[changeIndex + 1];
  const base = view.figures[changeIndex + 2];
  if (changeIndex < 0 || !target || !base || !inBrackets(view, target) || !inBrackets(view, base))
    return undefined;
  const toTarget = significantTokens(view.tokens, Math.max(stated.placed.after, stated.after), target.first);
  const phrase = toTarget.slice(0, -1);
  if (phrase.length > MAX_WORDS_TO_BASE || phrase.some((index) => view.tokens[index]?.kind === 'punct'))
    return undefined;
  const toBase = significantTokens(view.tokens, target.after, base.first).slice(1, -1);
  const opener = wordAt(view.tokens, toBase[0] ?? -1);
  if (opener === undefined || !BASE_OPENERS.has(opener) || toBase.length > MAX_WORDS_TO_BASE)
    return undefined;
  if (toBase.some((index) => view.tokens[index]?.kind === 'punct')) return undefined;
  return { base, target, first: stated.placed.first, after: base.after };
}

/** Every base/target pair of a sentence, in order. */
export function baseTargetPairs(view: SentenceView): BaseTargetPair[] {
  const pairs: BaseTargetPair[] = [];
  for (let index = 0; index + 1 < view.figures.length; index++) {
    const earlier = view.figures[index] as PlacedFigure;
    const later = view.figures[index + 1] as PlacedFigure;
    const pair =
      forwardPair(view, earlier, later) ??
      reversedPair(view, earlier, later) ??
      appositivePair(view, earlier, later);
    if (pair) pairs.push(pair);
  }
  return pairs;
}
