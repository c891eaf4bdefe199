/**
 * Splits one sentence's prose into words, numerals, spaces and single punctuation marks.
 *
 * Hand-written rather than a library tokenizer or a regular expression over the whole text:
 * figure extraction runs at typing speed on every sentence, so it must be one linear pass with no
 * backtracking, and it needs to know numeral details (thousands separators, decimals) that
 * general-purpose tokenizers throw away. (Recognizers-Text was measured quadratic: a 36 KB string
 * took 502 s.)
 */
import { MONTH_NAMES } from '../time/monthNames';

export type TokenKind = 'word' | 'number' | 'space' | 'punct';

/** What a digit token says as a number. */
export interface Numeral {
  /** The value, separators removed ("2,843" → 2843). */
  readonly value: number;
  /** Digits after the decimal point ("16.5" → 1). */
  readonly decimals: number;
  /** Digits before the decimal point, separators removed ("2,843" → "2843"). */
  readonly integerDigits: string;
  /** Written with thousands separators. */
  readonly grouped: boolean;
}

export interface Token {
  readonly kind: TokenKind;
  /** Offsets in the sentence (UTF-16). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `text` in lower case, computed once: word matching reads it many times per token. */
  readonly lower: string;
  /** For `number` tokens. */
  readonly numeral?: Numeral;
}

const LETTER = /[\p{L}\p{M}]/u;
const WHITESPACE = /\s/u;
const APOSTROPHES = new Set(["'", '\u2019']);
/**
 * Separators that group thousands: comma, and the fixed-width spaces typographers use (a plain
 * space only where mayGroupWithSpaces allows).
 */
export const GROUP_SEPARATORS: ReadonlySet<string> = new Set([',', '\u00A0', '\u202F', '\u2009']);

/** Pairs of digits then a final three, each after a comma, not followed by another digit. */
const INDIAN_GROUPS = /(?:,\d{2})+,\d{3}(?!\d)/y;

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** ASCII letters by code, other characters by Unicode class: the regular expression is the slow path. */
function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(char);
}

function isWhitespace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(char);
}

function digitRunEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text[end])) end++;
  return end;
}

/** Month names and abbreviations, by their first three letters: "May 5 200 people" is a date and a count. */
const MONTH_STEMS = new Set(MONTH_NAMES.map((name) => name.slice(0, 3)));

/** The word that ends right before `end` (past one space and a full stop), lower-case. */
function wordBefore(text: string, end: number): string {
  let stop = end;
  if (isWhitespace(text[stop - 1] ?? '')) stop--;
  if (text[stop - 1] === '.') stop--;
  let begin = stop;
  while (begin > 0 && isLetter(text[begin - 1])) begin--;
  return text.slice(begin, stop).toLowerCase();
}

/**
 * Whether a plain space may group thousands in the numeral at `start`, as SI style and many
 * newsrooms write them ("255 000 oz", "12 500 tonnes"). Not after another number ("1 2 300"), nor
 * after a month ("May 5 200 people"). In the extraction set this reads the 8 numbers written so (4
 * sentences) and joins no two separate numbers; in the eval corpus it joins none ("396 737s").
 */
function mayGroupWithSpaces(text: string, start: number): boolean {
  if (text[start - 1] === ' ' && isDigit(text[start - 2])) return false;
  return !MONTH_STEMS.has(wordBefore(text, start).slice(0, 3));
}

/** Reads a numeral at `start` (a digit): integer part, thousands groups of exactly three digits, decimals. */
function readNumeral(text: string, start: number): { end: number; numeral: Numeral } {
  let end = digitRunEnd(text, start);
  let integerDigits = text.slice(start, end);
  let grouped = false;
  // South Asian grouping: "1,31,531", "2,51,674" (lakh and crore), pairs of digits then three.
  INDIAN_GROUPS.lastIndex = end;
  const indian = integerDigits.length <= 2 ? INDIAN_GROUPS.exec(text) : null;
  if (indian) {
    integerDigits += indian[0].replace(/,/gu, '');
    grouped = true;
    end += indian[0].length;
  } else if (integerDigits.length <= 3) {
    let separator: string | undefined;
    const spaceGroups = mayGroupWithSpaces(text, start);
    for (;;) {
      const candidate = text[end];
      if (candidate === undefined || !(GROUP_SEPARATORS.has(candidate) || (spaceGroups && candidate === ' ')))
        break;
      if (separator !== undefined && candidate !== separator) break;
      const groupEnd = digitRunEnd(text, end + 1);
      if (groupEnd - (end + 1) !== 3) break;
      // "396 737s": a plain space before a word glued to digits is two numbers, a count and a model;
      // "+1 604 555 1234": digits after the group continue a phone number, not an amount.
      if (
        candidate === ' ' &&
        (isLetter(text[groupEnd]) || (text[groupEnd] === ' ' && isDigit(text[groupEnd + 1])))
      )
        break;
      separator = candidate;
      integerDigits += text.slice(end + 1, groupEnd);
      grouped = true;
      end = groupEnd;
    }
  }
  let decimals = 0;
  let valueText = integerDigits;
  if (text[end] === '.' && isDigit(text[end + 1])) {
    const fractionEnd = digitRunEnd(text, end + 1);
    decimals = fractionEnd - end - 1;
    valueText += text.slice(end, fractionEnd);
    end = fractionEnd;
  }
  return { end, numeral: { value: Number(valueText), decimals, integerDigits, grouped } };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    const start = index;
    if (isDigit(char)) {
      const { end, numeral } = readNumeral(text, start);
      const numberText = text.slice(start, end);
      tokens.push({ kind: 'number', start, end, text: numberText, lower: numberText, numeral });
      index = end;
    } else if (isWhitespace(char)) {
      while (index < text.length && isWhitespace(text[index] ?? '')) index++;
      const spaceText = text.slice(start, index);
      tokens.push({ kind: 'space', start, end: index, text: spaceText, lower: spaceText });
    } else if (isLetter(char)) {
      index++;
      for (;;) {
        const next = text[index];
        if (isLetter(next)) index++;
        else if (next !== undefined && APOSTROPHES.has(next) && isLetter(text[index + 1])) index += 2;
        else break;
      }
      const wordText = text.slice(start, index);
      tokens.push({ kind: 'word', start, end: index, text: wordText, lower: wordText.toLowerCase() });
    } else {
      // One code point, so a surrogate pair is never split.
      const width = (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
      index += width;
      const mark = text.slice(start, index);
      tokens.push({ kind: 'punct', start, end: index, text: mark, lower: mark });
    }
  }
  return tokens;
}
