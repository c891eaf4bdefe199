import { NON_PROSE_PLACEHOLDER, type Sentence } from './articleModel';

/*
 * Hand-written rather than Intl.Segmenter (granularity 'sentence'). Measured on Node 20 against the
 * example articles, the segmenter:
 *   - does not split glued sentences: "domestic demand.A June memo" stays one sentence;
 *   - puts an opening quote on the wrong side: "China.“Synthetic" → "China.“" | "Synthetic";
 *   - splits after every abbreviation and initial: "said B.C. | Health minister", "Dr. | Smith",
 *     "J. | R. | Smith".
 * News copy hits all three, so the splitter below works from the punctuation itself. It is a single
 * left-to-right scan (linear time, no backtracking regular expressions).
 */

/** Words that end in a period without ending the sentence (compared lower-cased, without the final dot). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'ft',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'supt',
  'insp',
  'const',
  'cpl',
  'jr',
  'sr',
  'rev',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'inc',
  'ltd',
  'co',
  'corp',
  'approx',
  'est',
  'dept',
  'ave',
  'blvd',
  'fig',
  'vol',
  'pp',
  'cf',
]);

/** Abbreviations that are ordinary words too ("said no."), so they only hold before a number ("No. 5"). */
const ABBREVIATIONS_BEFORE_NUMBERS = new Set(['no', 'nos', 'p', 'para', 'art', 'ch', 'sec']);

/**
 * How far the abbreviation and address checks look around a period. Words and addresses are far
 * shorter; the cap keeps a long run of text without spaces linear instead of quadratic.
 */
const LOOKAROUND_LIMIT = 80;

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '’', ')', ']', '»', NON_PROSE_PLACEHOLDER]);
const OPENING_QUOTES = new Set(['“', '‘', '"', "'", '«', '(', '[', '¿', '¡']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const DIGIT = /^\p{Nd}$/u;
const WHITESPACE = /^\s$/u;

function isUpper(c: string | undefined): boolean {
  return c !== undefined && UPPER.test(c);
}
function isLower(c: string | undefined): boolean {
  return c !== undefined && LOWER.test(c);
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && DIGIT.test(c);
}
function isSpace(c: string | undefined): boolean {
  return c !== undefined && WHITESPACE.test(c);
}
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

/** Splits prose into sentences (prose offsets, surrounding whitespace trimmed). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    const terminatorStart = i;
    while (i < text.length && TERMINATORS.has(text.charAt(i))) i++;
    const terminatorEnd = i;
    // Closing quotes and brackets (and citation marks) after the terminator belong to this sentence.
    // A straight quote glued to the next word opens the next sentence instead ('.“' vs '."Next').
    while (i < text.length) {
      const k = text.charAt(i);
      if (CLOSERS.has(k) || (STRAIGHT_QUOTES.has(k) && !isWordChar(text.charAt(i + 1)))) i++;
      else break;
    }
    const end = i;
    if (endsSentence(text, terminatorStart, terminatorEnd, end)) {
      pushTrimmed(text, start, end, sentences);
      start = end;
    }
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

/**
 * Decides whether the terminator run [termStart, termEnd) (followed by closers up to `end`) ends a
 * sentence: at the end of the text, before whitespace and a sentence-opening character, or glued
 * straight to the next sentence ("demand.A June", "3,313.The", "China.“Synthetic").
 */
function endsSentence(text: string, termStart: number, termEnd: number, end: number): boolean {
  let next = end;
  while (next < text.length && isSpace(text.charAt(next))) next++;
  if (next >= text.length) return true;
  const following = text.charAt(next);
  const spaced = next > end;
  const singlePeriod = termEnd - termStart === 1 && text.charAt(termStart) === '.';

  if (singlePeriod && isAbbreviation(text, termStart, following)) return false;
  if (spaced) return opensSentence(following);

  // Glued: only a period (or ?/!) between a lower-case letter or digit, or a closing quote after
  // the terminator, and an upper-case letter or opening quote. "B.C.", "U.S." and "2.5" fail this.
  const before = text.charAt(termStart - 1);
  const closedQuote = end > termEnd;
  if (!(isLower(before) || isDigit(before) || closedQuote)) return false;
  if (!(isUpper(following) || following === '“' || following === '"')) return false;
  return !looksLikeDomainOrPath(text, termStart, next);
}

function opensSentence(c: string): boolean {
  return isUpper(c) || isDigit(c) || OPENING_QUOTES.has(c) || c === NON_PROSE_PLACEHOLDER;
}

/** The word before a single period is an abbreviation or an initial, so the period ends no sentence. */
function isAbbreviation(text: string, periodAt: number, following: string): boolean {
  let wordStart = periodAt;
  const limit = Math.max(0, periodAt - LOOKAROUND_LIMIT);
  while (wordStart > limit) {
    const c = text.charAt(wordStart - 1);
    if (isWordChar(c) || c === '.') wordStart--;
    else break;
  }
  const word = text.slice(wordStart, periodAt);
  if (word.length === 0) return false;
  // Initials and dotted abbreviations: "J.", "B.C.", "U.S.", "e.g.", "a.m.".
  // "I" and "A" end sentences ("so did I.", "Plan A.") far more often than they are initials.
  if (/^\p{L}(?:\.\p{L})*$/u.test(word)) {
    return word.includes('.') || (isUpper(word) && word !== 'I' && word !== 'A');
  }
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  return ABBREVIATIONS_BEFORE_NUMBERS.has(lower) && isDigit(following);
}

/** "example.Com/page", "www.CBC.ca", "https://x.Org": a glued period inside an address, not between sentences. */
function looksLikeDomainOrPath(text: string, periodAt: number, nextWordStart: number): boolean {
  let tokenStart = periodAt;
  const limit = Math.max(0, periodAt - LOOKAROUND_LIMIT);
  while (tokenStart > limit && !isSpace(text.charAt(tokenStart - 1))) tokenStart--;
  const before = text.slice(tokenStart, periodAt);
  if (before.includes('://') || before.includes('@') || before.toLowerCase().startsWith('www.')) return true;
  let tokenEnd = nextWordStart;
  const endLimit = Math.min(text.length, nextWordStart + LOOKAROUND_LIMIT);
  while (tokenEnd < endLimit && !isSpace(text.charAt(tokenEnd))) tokenEnd++;
  // The next "word" continues the address: "CBC.ca", "Com/page".
  return /[./]\p{L}/u.test(text.slice(nextWordStart, tokenEnd));
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charAt(s))) s++;
  while (e > s && isSpace(text.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
