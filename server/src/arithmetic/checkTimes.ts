import type { Finding } from '../engine/findingModel';
import { acceptedInterval } from '../matching/agreement';
import { unitFactor, valuesIn } from './commonUnit';
import { formatComputed } from './describeResults';
import { overlap, ratio, widenTo, type Interval } from './intervals';
import {
  nextSignificant,
  significantTokens,
  wordAt,
  type PlacedFigure,
  type SentenceView,
} from './sentenceView';

/** "three times" read as a factor within 5 %, however its number was written. */
const FACTOR_MARGIN = 0.05;
const RATIO_DECIMALS = 2;

/** What "N times" compares with: "as many", "more", "higher". */
const COMPARATIVES = new Set(['more', 'higher', 'greater', 'larger', 'bigger']);
const AS_COMPARATIVES = new Set(['many', 'much', 'high', 'large', 'great', 'big']);
/**
 * "three times the number of": after "the", only a word for a quantity (or the compared figure
 * itself) makes "times" a factor; "raided three times the same week" counts occasions.
 */
const QUANTITY_NOUNS = new Set(['number', 'amount', 'level', 'rate', 'size', 'total', 'count', 'volume']);

/** "three times as many" or "three times more" (see `statedRatio`), or undefined for no comparison. */
function comparison(
  view: SentenceView,
  times: PlacedFigure,
  compared: readonly PlacedFigure[],
): 'as' | 'more' | undefined {
  const { tokens } = view;
  const next = nextSignificant(tokens, times.after);
  const word = wordAt(tokens, next);
  const following = nextSignificant(tokens, next + 1);
  if (word === 'as') return AS_COMPARATIVES.has(wordAt(tokens, following) ?? '') ? 'as' : undefined;
  if (word === 'the') {
    const quantity = QUANTITY_NOUNS.has(wordAt(tokens, following) ?? '');
    return quantity || compared.some((placed) => placed.first === following) ? 'as' : undefined;
  }
  return word !== undefined && COMPARATIVES.has(word) ? 'more' : undefined;
}

/**
 * The ratios a "times" figure allows. "Three times more (higher, larger) than" is read by many
 * writers as three times as many, by some as four times: either reading agrees.
 */
function statedRatio(times: PlacedFigure, kind: 'as' | 'more'): Interval {
  const written = widenTo(acceptedInterval(times.figure), FACTOR_MARGIN);
  return kind === 'more' ? { low: written.low, high: written.high + 1 } : written;
}

function isCompared(placed: PlacedFigure): boolean {
  const dimension = placed.figure.unit?.dimension;
  return dimension !== 'times' && dimension !== 'duration';
}

/**
 * "300 deaths, three times the 100 of 2015": a "times" figure and exactly two other quantities of
 * one kind in the sentence; the larger should be that many times the smaller. With any other
 * count of quantities, which numbers the factor relates is a guess, so nothing is checked.
 */
export function checkTimes(view: SentenceView): Finding[] {
  const timesFigures = view.figures.filter((placed) => placed.figure.unit?.dimension === 'times');
  const compared = view.figures.filter(isCompared);
  const times = timesFigures[0];
  if (timesFigures.length !== 1 || !times || compared.length !== 2 || times.figure.value <= 1) return [];
  const kind = comparison(view, times, compared);
  const [first, second] = compared as [PlacedFigure, PlacedFigure];
  const spanFirst = Math.min(first.first, times.first);
  const spanAfter = Math.max(second.after, times.after);
  const clauseBreak = significantTokens(view.tokens, spanFirst, spanAfter).some(
    (index) => view.tokens[index]?.text === ';',
  );
  const factor = unitFactor(first.figure, second.figure);
  if (!kind || clauseBreak || factor === undefined) return [];
  const firstValues = valuesIn(first.figure, factor);
  const secondValues = valuesIn(second.figure, 1);
  const firstIsSmaller = first.figure.value * factor <= second.figure.value;
  const computed = firstIsSmaller ? ratio(firstValues, secondValues) : ratio(secondValues, firstValues);
  if (!computed || overlap(statedRatio(times, kind), computed)) return [];
  const smaller = firstIsSmaller ? first.figure.value * factor : second.figure.value;
  const larger = firstIsSmaller ? second.figure.value : first.figure.value * factor;
  const shown = formatComputed(larger / smaller, RATIO_DECIMALS);
  return [
    {
      rule: 'arithmetic',
      message: `${times.label} does not follow from ${first.label} and ${second.label}, which is a ratio of ${shown}`,
      start: times.figure.start,
      end: times.figure.end,
    },
  ];
}
