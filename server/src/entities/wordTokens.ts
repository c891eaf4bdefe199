/**
 * Splits prose into word and punctuation tokens with their exact UTF-16 offsets, for the entity
 * rule's name, acronym and title matching.
 *
 * Hand-written rather than `Intl.Segmenter`: UAX #29 word breaking keeps "B.C" apart from its
 * final period and glues "people.The" (a run-on sentence) into one word, while here an acronym
 * with periods must be one token ("B.C.", "R.C.M.P.") and a glued sentence must break. One pass,
 * no backtracking.
 */

export type TokenKind = 'word' | 'joiner' | 'punct';

export interface WordToken {
  readonly kind: TokenKind;
  /** Offsets in the text that was tokenized. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * For words: lower case, accents dropped, apostrophes straightened, periods and a possessive
   * "'s" removed ("B.C." → "bc", "Ya’ara" → "ya'ara", "Canada’s" → "canada"). Otherwise the text.
   */
  readonly folded: string;
  /** The word starts with a capital letter. */
  readonly capitalised: boolean;
  /** All capitals, two letters or more, perhaps with periods or "&": "RCMP", "B.C.", "AT&T". */
  readonly acronym: boolean;
  /** The word ends in a possessive "'s" ("Canada’s", "Minister's"). */
  readonly possessive: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const APOSTROPHES = new Set(["'", '’']);
/** Hyphens join the parts of "Jean-Yves" or "then-premier"; dashes are punctuation. */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const SPACE = /[\s\u00a0\u202f]/u;
/** Outside printable ASCII (a word holds no control characters): such a word may carry accents. */
const NON_ASCII = /[^ -~]/;
const COMBINING_MARKS = /\p{M}/gu;
const CURLY_APOSTROPHES = /’/g;
const PERIODS = /\./g;
const POSSESSIVE = /'s$/;
const WRITTEN_POSSESSIVE = /['’]s$/;

// Character classes by code point, with an ASCII fast path: the tokenizer runs over whole
// articles and over every name and title of a claim set that may hold thousands of entities.

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

function isWordCode(code: number | undefined): boolean {
  if (code === undefined) return false;
  if (code < 128) return isAsciiLetter(code) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

function isLetterCode(code: number | undefined): boolean {
  if (code === undefined || Number.isNaN(code)) return false;
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(String.fromCodePoint(code));
}

function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCodePoint(code));
}

/** UTF-16 units the code point takes. */
function width(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/**
 * The end of an acronym written with periods ("U.S.", "B.C.", "R.C.M.P.") starting at `start`:
 * two or more single letters each followed by a period. Undefined when there is none, so "U.K"
 * or "e.g" are left to the ordinary word scanner.
 */
function dottedAcronymEnd(text: string, start: number): number | undefined {
  let at = start;
  let letters = 0;
  // Each step takes one letter and its period; the token starts where no letter precedes it.
  while (isLetterCode(text.charCodeAt(at)) && text[at + 1] === '.') {
    letters++;
    at += 2;
    // "U.S.The" (a glued sentence): a letter followed by another letter starts a new word.
    if (!isLetterCode(text.charCodeAt(at)) || text[at + 1] !== '.') break;
  }
  return letters >= 2 ? at : undefined;
}

/** The end of an ordinary word: letters and digits, joined by an inner apostrophe or "&". */
function plainWordEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    for (
      let code = text.codePointAt(at);
      code !== undefined && isWordCode(code);
      code = text.codePointAt(at)
    ) {
      at += width(code);
    }
    const char = text[at];
    if (char !== undefined && APOSTROPHES.has(char) && isLetterCode(text.codePointAt(at + 1))) {
      at++;
      continue;
    }
    // "AT&T", "P&G": an ampersand between capitals belongs to the word.
    if (char === '&' && UPPER.test(text[at - 1] ?? '') && UPPER.test(text[at + 1] ?? '')) {
      at++;
      continue;
    }
    return at;
  }
}

function foldWord(text: string): string {
  const plain = NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  return plain.toLowerCase().replace(CURLY_APOSTROPHES, "'").replace(PERIODS, '').replace(POSSESSIVE, '');
}

function wordToken(text: string, start: number, end: number): WordToken {
  const written = text.slice(start, end);
  const letters = written.match(LETTERS)?.length ?? 0;
  const possessive = WRITTEN_POSSESSIVE.test(written) && written.length > 2;
  const stem = possessive ? written.slice(0, -2) : written;
  return {
    kind: 'word',
    start,
    end,
    text: written,
    folded: foldWord(written),
    capitalised: UPPER.test(written.charAt(0)),
    acronym: letters >= 2 && !LOWER.test(stem) && !DIGIT.test(stem),
    possessive,
  };
}

function otherToken(char: string, start: number): WordToken {
  return {
    kind: HYPHENS.has(char) ? 'joiner' : 'punct',
    start,
    end: start + char.length,
    text: char,
    folded: char,
    capitalised: false,
    acronym: false,
    possessive: false,
  };
}

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    if (isSpaceCode(code)) {
      at += width(code);
      continue;
    }
    if (isWordCode(code)) {
      const end = dottedAcronymEnd(text, at) ?? plainWordEnd(text, at);
      tokens.push(wordToken(text, at, end));
      at = end;
      continue;
    }
    tokens.push(otherToken(String.fromCodePoint(code), at));
    at += width(code);
  }
  return tokens;
}
