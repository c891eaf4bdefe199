/**
 * The words that state a change and which way it goes. Word lists rather than a parser or a
 * stemming library: the patterns only need to recognise a closed class of news verbs and nouns
 * ("rose", "a drop of"), and an exact list cannot mistake an unrelated word for one.
 */
import { words } from './wordList';

/** +1 for a rise, -1 for a fall. */
export type Direction = 1 | -1;

function directed(up: readonly string[], down: readonly string[]): ReadonlyMap<string, Direction> {
  return new Map<string, Direction>([
    ...up.map((word): [string, Direction] => [word, 1]),
    ...down.map((word): [string, Direction] => [word, -1]),
  ]);
}

/** Verbs (and "up"/"down") directly before the stated change: "rose 16.5%", "down 20%". */
export const CHANGE_VERBS = directed(
  words(
    'rose rise rises risen rising',
    'increased increase increases increasing',
    'grew grow grows grown growing',
    'jumped jump jumps jumping',
    'climbed climb climbs climbing',
    'soared soars surged surges gained gains up',
  ),
  words(
    'fell fall falls fallen falling',
    'dropped drop drops dropping',
    'declined decline declines declining',
    'decreased decrease decreases decreasing',
    'sank slid slumped plunged plummeted dipped shrank tumbled down',
  ),
);

/** Nouns that name a change: "a rise of 16.5%", "a 16.5% increase". */
export const CHANGE_NOUNS = directed(
  words('rise increase jump gain climb surge growth hike'),
  words('fall drop decline decrease reduction dip plunge'),
);

/** Comparatives that state a change before "than": "64% more than in December 2023". */
export const COMPARATIVES = directed(
  words('more higher larger greater bigger'),
  words('less lower smaller fewer'),
);

/** Whether a lower-cased word states a change of either kind: two changes in one stretch make roles ambiguous. */
export function isChangeWord(word: string | undefined): boolean {
  return word !== undefined && (CHANGE_VERBS.has(word) || CHANGE_NOUNS.has(word) || MULTIPLE_VERBS.has(word));
}

function factorOf(factor: number, family: string): [string, number][] {
  return family.split(' ').map((word): [string, number] => [word, factor]);
}

/** Verbs that state a factor: "doubled from 200 to 400". */
export const MULTIPLE_VERBS: ReadonlyMap<string, number> = new Map([
  ...factorOf(2, 'doubled doubles doubling'),
  ...factorOf(3, 'tripled triples tripling trebled'),
  ...factorOf(4, 'quadrupled quadruples quadrupling'),
  ...factorOf(0.5, 'halved halves halving'),
]);

/** A fraction word's share in percent, with the words that may come before it ("a", "one"). */
export interface FractionWord {
  readonly percent: number;
  /** Whether it may stand alone ("by half") or needs an article or number before it ("by a third"). */
  readonly alone: boolean;
  readonly leads: ReadonlySet<string>;
}

const ONE = new Set(['a', 'one']);

/** "rose by a third", "fell by half", "grew by two-thirds". */
export const FRACTION_WORDS: ReadonlyMap<string, FractionWord> = new Map([
  ['half', { percent: 50, alone: true, leads: ONE }],
  ['third', { percent: 100 / 3, alone: false, leads: ONE }],
  ['thirds', { percent: 200 / 3, alone: false, leads: new Set(['two']) }],
  ['quarter', { percent: 25, alone: false, leads: ONE }],
  ['quarters', { percent: 75, alone: false, leads: new Set(['three']) }],
  ['fifth', { percent: 20, alone: false, leads: ONE }],
  ['tenth', { percent: 10, alone: false, leads: ONE }],
]);
