/**
 * What a figure or a claim measures, beyond its words: whether it states a change ("fell 9.4 %",
 * "decrease in robberies") or a level ("94.1 % of its 2019 level"), whether it is a rate ("6.2 per
 * 100,000"), and, for a claim, the words naming the thing measured. Two figures that share every
 * word of a sentence still differ in these: a change is never judged by a level, a rate never by a
 * count, and a conflict needs the measured thing named beside the figure.
 */
import {
  CHANGE_NOUNS,
  CHANGE_VERBS,
  COMPARATIVES,
  MULTIPLE_VERBS,
  type Direction,
} from '../arithmetic/changeWords';
import { words } from '../arithmetic/wordList';
import type { Claim } from '../claims/claimModel';
import type { UnitRef } from '../figures/figureModel';
import { claimBase, figureBase } from './comparisonBase';
import type { ComparisonBase } from './comparisonBase';
import { contentStemOf, forEachWord, stemWord } from './contentWords';

export interface MeasureKind {
  /** States a change from an earlier value rather than a level. */
  readonly change: boolean;
  /** A rate per some base ("per 100,000 inhabitants", "murder rate"), compared only with rates. */
  readonly rate: boolean;
  /**
   * Which way a change goes, when its words say: +1 for "rose", "a 5% increase", "3.9 per cent
   * above"; -1 for "fell", "a decline of", "below".
   */
  readonly direction?: Direction;
  /** What it is compared with, when its words say: "from December 2022", "year-on-year". */
  readonly base?: ComparisonBase;
  /** An expectation rather than an outcome: "market predictions of 103.7 billion", a forecast claim. */
  readonly expected?: boolean;
}

export interface ClaimMeasure extends MeasureKind {
  /**
   * Stems of the words naming what the claim measures ("robberies" in "decrease in robberies in the
   * United States from the previous year"): the subject's head phrase, without the words that only
   * say how it is measured, proper names, places and times. Empty when the subject has none.
   */
  readonly measuredStems: ReadonlySet<string>;
}

/** Words a claim subject uses to say a change: the news verbs and nouns, and the general ones. */
const CLAIM_CHANGE_WORDS = new Set([
  ...[...CHANGE_VERBS.keys(), ...CHANGE_NOUNS.keys(), ...MULTIPLE_VERBS.keys()].filter(
    (word) => word !== 'up' && word !== 'down',
  ),
  ...words('change changes'),
]);
/**
 * Words of a difference from a base, which is measured like a change when the subject names the
 * base ("margin by which traffic exceeded its 2019 level", "shortfall … below the same month of
 * 2019" are what "4 per cent above 2019" states); without one, "shortfall of capacity" is a level.
 */
const DIFFERENCE_WORDS = new Set(words('exceeded exceeds exceed shortfall margin above below'));
/** Which way a difference from a base goes ("margin" says neither). */
const DIFFERENCE_DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ...words('exceeded exceeds exceed above').map((word): [string, Direction] => [word, 1]),
  ...words('shortfall below').map((word): [string, Direction] => [word, -1]),
]);
/** Words after a figure that say which way it differs from its base: "3.9 per cent above 2019". */
const POSITION_WORDS: ReadonlyMap<string, Direction> = new Map([
  ...words('above up').map((word): [string, Direction] => [word, 1]),
  ...words('below down').map((word): [string, Direction] => [word, -1]),
]);
const NAMES_BASE = /\b(?:(?:19|20)\d\d|levels?)\b/iu;

/**
 * Words that say how a thing is measured, not what it is ("share of …", "number of …"): they
 * name no measured thing, so they never make a figure about a claim on their own.
 */
const MEASURE_WORDS = new Set(
  words(
    'share proportion percentage percent number total value amount level count sum figure',
    'estimated estimate estimates average mean median annual yearly monthly overall forecast',
    'people persons year years month months rate rates',
  ),
);

/** Words of a claim subject that say when or against what, not what is measured. */
const TIME_WORDS = new Set(
  words(
    'previous prior last same earlier first second third fourth next current recent',
    'day days week weeks quarter quarters season seasons period periods calendar fiscal',
    'end beginning start middle',
    'january february march april june july august september october november december',
  ),
);

/** "rate", or "per" and a base that is not "cent" ("per 100,000", "per acre", "per capita"). */
const RATE_IN_CLAIM = /\brates?\b|\bper\s+(?!cent\b)[\p{L}\p{N}]/iu;
const POSSESSIVE = /['’]s$/u;

/**
 * The words of the claim's subject that say what it measures (see ClaimMeasure.measuredStems): its
 * first part (before a comma, which starts a gloss such as "murders per 100,000 inhabitants"), less
 * proper names and acronyms (places and organisations, which the frame's other parts weigh), the
 * words that say how it is measured, changes and times.
 */
function measuredStemsOf(subject: string): Set<string> {
  const head = subject.split(/[,;(]/u)[0] ?? subject;
  const stems = new Set<string>();
  let first = true;
  forEachWord(head, (word) => {
    const lower = word.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(word);
    const properName = capitalised && (!first || POSSESSIVE.test(word));
    const acronym = word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word);
    first = false;
    if (properName || acronym) return;
    if (CLAIM_CHANGE_WORDS.has(lower) || MEASURE_WORDS.has(lower) || TIME_WORDS.has(lower)) return;
    const stem = contentStemOf(word);
    if (stem !== undefined && !/^\p{N}/u.test(stem)) stems.add(stem);
  });
  return stems;
}

const RELATIVE_PRONOUNS = new Set(words('whose which that where who whom'));
const SHARE_WORDS = new Set(words('share proportion portion percentage fraction'));

/**
 * Whether a claim's subject states a change, and which way when its words agree on one ("fall in
 * net farm income", "margin by which traffic exceeded its 2019 level"; "change in …" says none).
 */
function changeOf(subject: string): { change: boolean; direction?: Direction } {
  const namesBase = NAMES_BASE.test(subject);
  let change = false;
  let describing = false;
  let previous = '';
  const directions = new Set<Direction>();
  forEachWord(subject, (word) => {
    const lower = word.toLowerCase();
    // "provinces whose homicide rate fell": a change in a relative clause describes what is
    // counted; the claim is a count, not a change. "margin by which traffic exceeded" is the change.
    if (RELATIVE_PRONOUNS.has(lower) && previous !== 'by') describing = true;
    // "China's share of the additional solar generation growth": a share of a change is a level.
    if (SHARE_WORDS.has(lower) && !change) describing = true;
    previous = lower;
    if (describing) return;
    if (CLAIM_CHANGE_WORDS.has(lower) || (namesBase && DIFFERENCE_WORDS.has(lower))) {
      change = true;
      const direction =
        CHANGE_NOUNS.get(lower) ??
        CHANGE_VERBS.get(lower) ??
        (namesBase ? DIFFERENCE_DIRECTIONS.get(lower) : undefined);
      if (direction !== undefined) directions.add(direction);
    }
  });
  const [direction] = directions;
  return change && direction !== undefined && directions.size === 1 ? { change, direction } : { change };
}

/**
 * Stems of the words that say how or when something is measured rather than what ("share",
 * "rise", "previous year"): weak evidence that a figure is about a claim.
 */
export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  [...MEASURE_WORDS, ...CLAIM_CHANGE_WORDS, ...TIME_WORDS].map(stemWord),
);

/** Reads a claim's measure once per claim (see IndexedClaim). */
export function claimMeasure(claim: Claim, unit: UnitRef | undefined): ClaimMeasure {
  const base = claimBase(claim.subject);
  return {
    ...changeOf(claim.subject),
    ...(EXPECTATION_IN_CLAIM.test(claim.subject) ? { expected: true } : {}),
    ...(base === undefined ? {} : { base }),
    rate: unit?.dimension !== 'percent' && RATE_IN_CLAIM.test(`${claim.subject} ${claim.unit ?? ''}`),
    measuredStems: measuredStemsOf(claim.subject),
  };
}

/** Words between a change word and its figure that keep the figure the change: "fell by more than 9 %". */
const CHANGE_GAP_WORDS = new Set(
  words(
    'by of a an some about nearly almost more than around roughly just over under less at least only another estimated approximately',
  ),
);
/** Words right after a figure that make it a change: "a 16.1 % decline", "25 % higher", "seven more". */
const CHANGE_AFTER = new Set([
  ...CHANGE_NOUNS.keys(),
  ...words('higher lower up down more fewer less above below larger smaller bigger greater'),
]);
/** Verbs before "up" that make it part of the figure's verb, not a change: "making up 28.1 % of the total". */
const UP_AS_PARTICLE = new Set(words('make makes making made account accounts accounting accounted'));
/** Words of a figure that may precede its restatement: "$30.5 billion (18.2 %)", "2 per cent or 25,100". */
const FIGURE_WORDS = new Set(words('per cent percent thousand million billion trillion bn'));
const DIGITS = /^\p{N}+$/u;
const OPENING_BRACKET = /\(\s*$/u;

/** Words that end a percentage figure: "5.9 percent", "12 per cent" ("%" is no word). */
const PERCENT_WORDS = new Set(words('percent cent'));

/**
 * Where the figure before "and" at `and` starts ("up 1.1 percent and", "up 1.1% and"), so that
 * the change search may go on past it; undefined when no number stands there.
 */
function coordinatedFigureStart(previous: readonly string[], and: number): number | undefined {
  let at = and - 1;
  // "%" is no word: "up 1.1% and 5.9%" leaves the digits right before "and".
  if (PERCENT_WORDS.has(previous[at] ?? '')) at--;
  if (previous[at] === 'per') at--;
  if (!DIGITS.test(previous[at] ?? '')) return undefined;
  while (at > 0 && DIGITS.test(previous[at - 1] ?? '')) at--;
  return at;
}

/**
 * Where to look for a change word before a figure that restates the one before it ("decrease
 * $30.5 billion (18.2 %)", "an increase of 2 % or 25,100 persons"): before the first figure, whose
 * measure the restatement shares. Otherwise right before the figure.
 */
function changeSearchEnd(previous: readonly string[], before: string): number {
  let end = previous.length;
  if (previous[end - 1] === 'or') end--;
  else if (!OPENING_BRACKET.test(before)) return previous.length;
  const afterRestated = end;
  while (end > 0 && (DIGITS.test(previous[end - 1] ?? '') || FIGURE_WORDS.has(previous[end - 1] ?? '')))
    end--;
  // Only a number makes what came before a figure: "(the agency's count)" restates nothing.
  return previous.slice(end, afterRestated).some((word) => DIGITS.test(word)) ? end : previous.length;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const NEXT_WORD = /^\s*(\p{L}+)/u;
/** "per …" after the figure, past a few words and the other end of a range ("2.27 to 1.94 homicides per 100,000"). */
const RATE_AFTER = /^\s*(?:(?:to|and)\s+\d[\d,.]*\s+)?(?:[\p{L}-]+\s+){0,3}per\s+(?!cent\b)[\p{L}\p{N}]/iu;
/**
 * "a"/"an" and a base that a rate is given per, right after the figure or its counted noun ("177
 * bushels an acre", "1,000 people a day", "$3.50 a gallon"), not after a preposition ("across a
 * day shift"). Not "a year" or "a month": "2 million visitors a year" is how writers state an
 * annual total, which claims give without "per".
 */
const RATE_PER_ONE =
  /^\s*(?:(?!(?:across|after|at|before|by|during|for|from|in|of|on|over|to|under|with)\b)[\p{L}-]+\s+)?(?:a|an)\s+(?:day|week|hour|acre|hectare|head|person|capita|gallon|litre|liter|barrel|tonne|ton)\b/iu;
/**
 * An expectation named right before a figure: "market predictions of 103.7 billion", "the expected
 * growth of 1.9 percent", "expectations of a 1.5 percent increase", "a projected 7.6 per cent".
 */
const EXPECTATION_BEFORE =
  /\b(?:(?:expectations?|predictions?|projections?|consensus|forecasts?)\s+(?:of|for)|(?:expected|projected|predicted|forecast)(?:\s+[\p{L}-]+)?(?:\s+of)?)\s+(?:an?\s+)?$/iu;
/** A claim about what was expected or planned, not what happened: "February forecast for the year". */
const EXPECTATION_IN_CLAIM =
  /\b(?:forecasts?|forecasted|expected|expectations?|projected|projections?|predicted|outlook|targets?|goals?)\b/iu;
/** How far either side of a figure its change and rate marks are looked for, in characters. */
const MARK_REACH = 60;

/**
 * The measure kind of a figure from the words right around it: `before` is the text of its
 * sentence before the number (hedge included), `after` the text after the figure's unit, and
 * `rateNamed` whether the sentence names a rate that governs the figure.
 */
export function figureMeasure(before: string, after: string, rateNamed: boolean): MeasureKind {
  const near = before.slice(-MARK_REACH);
  const previous = [...near.matchAll(WORD)].map((match) => match[0].toLowerCase());
  let change = false;
  let direction: Direction | undefined;
  for (let i = changeSearchEnd(previous, near) - 1; i >= 0; i--) {
    const word = previous[i] ?? '';
    // "imports and exports up 1.1 percent and 5.9 percent": the second shares the first's change.
    if (word === 'and' || word === 'or') {
      const before = coordinatedFigureStart(previous, i);
      if (before !== undefined) {
        i = before;
        continue;
      }
    }
    if (
      (CHANGE_VERBS.has(word) || CHANGE_NOUNS.has(word)) &&
      !(word === 'up' && UP_AS_PARTICLE.has(previous[i - 1] ?? ''))
    ) {
      change = true;
      direction = CHANGE_VERBS.get(word) ?? CHANGE_NOUNS.get(word);
      break;
    }
    if (!CHANGE_GAP_WORDS.has(word)) break;
  }
  // Only a word that runs on from the figure: in "$136.9 billion, down 15.9 % from …" the comma
  // ends the level, and "down" starts the change of the next figure.
  const next = after.match(NEXT_WORD)?.[1]?.toLowerCase();
  if (next !== undefined && CHANGE_AFTER.has(next)) {
    change = true;
    direction = CHANGE_NOUNS.get(next) ?? COMPARATIVES.get(next) ?? POSITION_WORDS.get(next) ?? direction;
  }
  const following = after.slice(0, MARK_REACH);
  const rate = rateNamed || RATE_AFTER.test(following) || RATE_PER_ONE.test(following);
  const base = figureBase(before, after);
  return {
    change,
    rate,
    ...(EXPECTATION_BEFORE.test(near) ? { expected: true } : {}),
    ...(direction === undefined ? {} : { direction }),
    ...(base === undefined ? {} : { base }),
  };
}

/**
 * Whether a figure of this kind can be about a claim of that kind. A change is compared only with a
 * change. A count-rate claim ("6.2 murders per 100,000") only with a figure that says it is a rate,
 * and a figure given per some base never with a plain count; percentage rates are shares, where the
 * word "rate" is optional ("5 % of workers"), so they are left to the other parts of the frame.
 */
export function measuresFit(
  figure: MeasureKind,
  claim: MeasureKind,
  claimUnit: UnitRef | undefined,
): boolean {
  // What the market expected is no measure of what happened.
  if (figure.expected === true && claim.expected !== true) return false;
  if (figure.change !== claim.change) return false;
  if (figure.change || claimUnit?.dimension === 'percent') return true;
  return figure.rate === claim.rate;
}

/**
 * Whether the figure's change goes the other way from the claim's ("3.9 per cent below" its 2019
 * level against a claim of how far traffic exceeded it): such a figure is about the claim but
 * disagrees with it, whatever its number.
 */
export function directionsClash(figure: MeasureKind, claim: MeasureKind): boolean {
  return (
    figure.direction !== undefined && claim.direction !== undefined && figure.direction !== claim.direction
  );
}
