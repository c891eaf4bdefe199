/** Spelled-out numbers and scale words. */

const UNITS_AND_TEENS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(
  UNITS_AND_TEENS.map((word, value) => [word, value]),
);
const TENS_NUMBERS: ReadonlyMap<string, number> = new Map(
  TENS.map((word, index) => [word, (index + 2) * 10]),
);

/** The value of "one".."nineteen", or undefined. `word` must be lower-case. */
export function smallNumberWord(word: string): number | undefined {
  return SMALL_NUMBERS.get(word);
}

/** The value of "twenty".."ninety", or undefined. `word` must be lower-case. */
export function tensWord(word: string): number | undefined {
  return TENS_NUMBERS.get(word);
}

/** Scale words written after a number ("95 million"); "hundred" only scales number words. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // South Asian scales: a lakh is a hundred thousand, a crore ten million ("Rs 500 crore").
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

/** Scale suffixes glued to digits ("95M", "$5bn", "10k"), matched exactly as written. */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['K', 1e3],
  ['m', 1e6],
  ['M', 1e6],
  ['mn', 1e6],
  ['b', 1e9],
  ['B', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['mln', 1e6],
  ['tn', 1e12],
  ['trn', 1e12],
  ['cr', 1e7],
]);

/** Scale letters written after a space ("236.6 K", "95 M"): capitals only, since "5 m" is metres. */
export const SPACED_SCALE_LETTERS: ReadonlyMap<string, number> = new Map([
  ['K', 1e3],
  ['M', 1e6],
  ['B', 1e9],
  ['bn', 1e9],
  ['mn', 1e6],
]);
