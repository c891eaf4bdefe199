/**
 * Splits prose into word and punctuation tokens with their exact UTF-16 offsets: the one word
 * tokenizer of the engine, for entity names, acronyms and titles, for reading attributions and
 * for finding the speakers of quotes.
 *
 * Hand-written rather than `Intl.Segmenter` or a tokenizer library: UAX #29 word breaking keeps
 * "B.C" apart from its final period and glues "people.The" (a run-on sentence) into one word,
 * while here an acronym with periods must be one token ("B.C.", "R.C.M.P."), a glued sentence
 * must break, offsets must be exact, and a possessive ("the coroners’ report") must be told from
 * a closing quote. One pass, no backtracking.
 */

/** A word; a hyphen that joins the parts of a word ("Jean-Yves", "then-premier"); any other mark. */
export type TokenKind = 'word' | 'joiner' | 'punct';

export interface WordToken {
  readonly kind: TokenKind;
  /** Offsets in the text that was tokenized. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For words, `foldWord` of the text ("B.C." → "bc", "Canada’s" → "canada"). Otherwise the text. */
  readonly folded: string;
  /** The word starts with a capital letter. */
  readonly capitalised: boolean;
  /** All capitals, two letters or more, perhaps with periods or "&": "RCMP", "B.C.", "AT&T". */
  readonly acronym: boolean;
  /** The word ends in a possessive: "'s" ("Canada’s", "Minister's") or a plural's apostrophe ("coroners’"). */
  readonly possessive: boolean;
  /**
   * No word stands right before this token (only spaces between): it is the first token, or a mark
   * comes before it. A run of words without a break is one stretch of running prose.
   */
  readonly breakBefore: boolean;
}

export interface TokenizeOptions {
  /** Only the text from `from` to `to` (a sentence, a phrase); offsets stay those of the whole text. */
  readonly from?: number;
  readonly to?: number;
  /**
   * A hyphenated compound ("Jean-Yves", "15-month", "Vice-President") and words joined by a period
   * ("16.5", "canada.ca", but not the glued sentence "people.The") are one word, as reading a
   * speaker's or a source's name wants. Otherwise a hyphen is a `joiner` token and such a period
   * punctuation, as entity matching wants ("then-premier").
   */
  readonly compounds?: boolean;
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
/** "'s", or the bare apostrophe of a plural ("coroners’"): a word ends in an apostrophe only then. */
const POSSESSIVE = /['’][sS]?$/;
/** Single letters each followed by a period: "B.C.", "U.S.", "e.g.". */
const INITIALISM = /^(?:\p{L}\.){2,}$/u;

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
 * A word folded for comparison: lower case, accents dropped, apostrophes straightened, a
 * possessive dropped, and the periods of an initialism dropped ("B.C." → "bc", "Ya’ara" →
 * "ya'ara", "Canada’s" → "canada", "coroners’" → "coroners"); other periods of a compound stay
 * ("16.5", "canada.ca").
 */
export function foldWord(word: string): string {
  const stem = word.replace(POSSESSIVE, '');
  const bare = INITIALISM.test(stem) ? stem.replace(PERIODS, '') : stem;
  const plain = NON_ASCII.test(bare) ? bare.normalize('NFD').replace(COMBINING_MARKS, '') : bare;
  return plain.toLowerCase().replace(CURLY_APOSTROPHES, "'");
}

/**
 * The end of an acronym written with periods ("U.S.", "B.C.", "R.C.M.P.") starting at `start`:
 * two or more single letters each followed by a period. Undefined when there is none, so "U.K"
 * or "e.g" are left to the ordinary word scanner.
 */
function dottedAcronymEnd(text: string, start: number): number | undefined {
  let at = start;
  let letters = 0;
  // Each step takes one letter and its period; "U.S.The" (a glued sentence): a letter followed by
  // another letter starts a new word.
  while (isLetterCode(text.charCodeAt(at)) && text[at + 1] === '.') {
    letters++;
    at += 2;
  }
  return letters >= 2 ? at : undefined;
}

/** Whether the character at `at` joins the word parts around it into one word. */
function joinsAt(text: string, at: number, compounds: boolean): boolean {
  const char = text[at];
  if (char === undefined) return false;
  if (APOSTROPHES.has(char)) return isLetterCode(text.codePointAt(at + 1));
  // "AT&T", "P&G": an ampersand between capitals belongs to the word.
  if (char === '&') return UPPER.test(text[at - 1] ?? '') && UPPER.test(text[at + 1] ?? '');
  if (!compounds) return false;
  const next = text.codePointAt(at + 1);
  if (HYPHENS.has(char)) return isWordCode(next);
  // "16.5", "canada.ca"; before a capital the period ends a glued sentence ("people.The").
  return char === '.' && isWordCode(next) && !UPPER.test(String.fromCodePoint(next ?? 0));
}

/**
 * The end of an ordinary word: letters and digits, joined by an inner apostrophe or "&" (and in
 * compounds by a hyphen or a period), taking in the apostrophe of a plural possessive.
 */
function plainWordEnd(text: string, start: number, compounds: boolean): number {
  let at = start;
  for (;;) {
    for (
      let code = text.codePointAt(at);
      code !== undefined && isWordCode(code);
      code = text.codePointAt(at)
    ) {
      at += width(code);
    }
    if (!joinsAt(text, at, compounds)) break;
    at++;
  }
  // "the coroners’ report": an apostrophe right after a plural, not followed by a letter (which an
  // inner apostrophe would be), is a possessive, not a closing quote.
  const last = text[at - 1];
  return (last === 's' || last === 'S') && APOSTROPHES.has(text[at] ?? '') ? at + 1 : at;
}

function wordToken(
  text: string,
  start: number,
  end: number,
  offset: number,
  breakBefore: boolean,
): WordToken {
  const written = text.slice(start, end);
  const letters = written.match(LETTERS)?.length ?? 0;
  const stem = written.replace(POSSESSIVE, '');
  return {
    kind: 'word',
    start: start + offset,
    end: end + offset,
    text: written,
    folded: foldWord(written),
    capitalised: UPPER.test(written.charAt(0)),
    acronym: letters >= 2 && !LOWER.test(stem) && !DIGIT.test(stem),
    possessive: stem !== written,
    breakBefore,
  };
}

function otherToken(char: string, start: number, breakBefore: boolean): WordToken {
  return {
    kind: HYPHENS.has(char) ? 'joiner' : 'punct',
    start,
    end: start + char.length,
    text: char,
    folded: char,
    capitalised: false,
    acronym: false,
    possessive: false,
    breakBefore,
  };
}

/** The tokens of `text` (see `TokenizeOptions`); white space is not a token. */
export function tokenizeWords(text: string, options: TokenizeOptions = {}): WordToken[] {
  const { from = 0, to = text.length, compounds = false } = options;
  // Scanning the slice keeps every look-ahead inside the range.
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: WordToken[] = [];
  let afterWord = false;
  let at = 0;
  while (at < range.length) {
    const code = range.codePointAt(at) ?? 0;
    if (isSpaceCode(code)) {
      at += width(code);
      continue;
    }
    if (isWordCode(code)) {
      const end = dottedAcronymEnd(range, at) ?? plainWordEnd(range, at, compounds);
      tokens.push(wordToken(range, at, end, from, !afterWord));
      afterWord = true;
      at = end;
      continue;
    }
    tokens.push(otherToken(String.fromCodePoint(code), at + from, !afterWord));
    afterWord = false;
    at += width(code);
  }
  return tokens;
}

/** Whether a token is a word: `tokenizeWords(…).filter(isWord)` is the words alone. */
export function isWord(token: WordToken): boolean {
  return token.kind === 'word';
}
