/**
 * Reads the number at a token: digits with their sign and scale ("-5", "95 million", "$5bn" →
 * "5bn", "1.2-billion") or number words ("twenty-five", "a dozen", "half a million", "a" before a
 * unit), and rejects numbers that are not figures: dates and phone numbers written as digit chains
 * ("2024-11-23", "604-555-1234", "11/23/2024"), times ("10:30", "3 p.m."), ordinals ("47th"),
 * versions ("1.2.3"), numbers glued to letters ("3D", "H1N1", "COVID-19") and numbers that are part
 * of a name ("Highway 1", "Boeing 737", "Section 56(1)"), and list markers at the start of a block.
 * Years and dates in prose are found by `timeMentions.ts` before this runs.
 */
import { FUNCTION_WORDS } from './functionWords';
import { SCALE_SUFFIXES, SCALE_WORDS, SPACED_SCALE_LETTERS, smallNumberWord, tensWord } from './numberWords';
import { halfWidth } from './precision';
import { nextToken, previousToken, wordText } from './tokenNavigation';
import type { Token } from './tokenize';
import { currencyBefore, unitAfter } from './unitMatching';
import { CURRENCY_CODES, isMeasurement, unitWord } from './units';

export interface NumberLiteral {
  /** Token indices of the number with its sign and scale: [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
  /** The value with its scale applied. */
  readonly value: number;
  /** Half the width of the interval the written precision implies, scaled. */
  readonly half: number;
  /** The scale factor applied ("95 million" → 1e6), 1 without a scale. */
  readonly scale: number;
  /** Written in words ("two", "a dozen"). */
  readonly spelled: boolean;
  /** A spelled number below ten with no scale ("two"): a count of it is not worth a figure. */
  readonly small: boolean;
  /** "a"/"an" standing for one: a figure only before a measurement unit ("a kilogram"). */
  readonly article: boolean;
}

/** What to do at a token: read a literal, skip past tokens that are not figures, or move on. */
export type LiteralRead =
  | { readonly kind: 'literal'; readonly literal: NumberLiteral }
  | { readonly kind: 'skip'; readonly next: number };

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const CLOCK_WORDS = new Set(['am', 'pm']);
/** Separators that chain digit groups into one identifier: dates, phone numbers, versions, times. */
const CHAIN_SEPARATORS = new Set(['-', '\u2013', '/', '.', ':']);
const RANGE_DASHES = new Set(['-', '\u2013']);
const SIGNS: ReadonlyMap<string, number> = new Map([
  ['-', -1],
  ['\u2212', -1],
  ['+', 1],
]);
/** Nouns that a following number names rather than counts ("room 204", "section 5"). */
const IDENTIFIER_NOUNS = new Set(
  (
    'section subsection chapter article room highway route page pages bill flight no number item grade level ' +
    'phase step version episode season part volume issue table figure exhibit unit suite floor gate platform ' +
    'lot track channel model type category class stage line appendix schedule clause paragraph rule tier zone ' +
    'ward district division box act'
  ).split(' '),
);
const NUMBER_WORD_SCALES: ReadonlyMap<string, number> = new Map([...SCALE_WORDS, ['dozen', 12]]);

function isSeparator(token: Token | undefined, separators: ReadonlySet<string>): boolean {
  return token?.kind === 'punct' && separators.has(token.text);
}

/** The index after a chain of digit groups starting at `index`, and how many groups and which separators. */
function chainAt(
  tokens: readonly Token[],
  index: number,
): { next: number; groups: number; separator?: string } {
  let next = index + 1;
  let groups = 1;
  let separator: string | undefined;
  while (isSeparator(tokens[next], CHAIN_SEPARATORS) && tokens[next + 1]?.kind === 'number') {
    separator ??= tokens[next]?.text;
    groups++;
    next += 2;
  }
  // "+1 604 555 1234", "(604) 555-1234": a phone number spread over spaces.
  const opener = tokens[index - 1];
  if (opener?.text === '+' || opener?.text === '(') {
    let cursor = next;
    let spread = groups;
    for (;;) {
      let gap = cursor;
      if (tokens[gap]?.text === ')') gap++;
      if (tokens[gap]?.kind === 'space' || isSeparator(tokens[gap], CHAIN_SEPARATORS)) gap++;
      if (gap === cursor || tokens[gap]?.kind !== 'number') break;
      spread++;
      cursor = gap + 1;
    }
    if (spread >= 3) return { next: cursor, groups: spread, separator: ' ' };
  }
  return { next, groups, separator };
}

/**
 * A capitalised word or an identifier noun right before the number: the number is part of a name
 * ("Flight 752"), unless a unit or scale follows it.
 */
function isNamedBefore(tokens: readonly Token[], index: number): boolean {
  const before = previousToken(tokens, index);
  if (!before) return false;
  if (!before.spaced) return before.token.text === '#';
  const word = before.token.kind === 'word' ? before.token.text : undefined;
  if (word === undefined || tokens[index - 1]?.text.length !== 1) return false;
  const lower = word.toLowerCase();
  if (IDENTIFIER_NOUNS.has(lower)) return true;
  const capitalised = word[0] !== word[0]?.toLowerCase();
  const possessive = /['\u2019]s$/u.test(word);
  // "Brazil 14.3 GW", "Ontario 2.5 million": a unit or scale after the number makes it an amount.
  const measured = unitAfterNumber(tokens, index) || scaleAfter(tokens, index, SCALE_WORDS) !== undefined;
  return capitalised && !possessive && !measured && !FUNCTION_WORDS.has(lower) && !CURRENCY_CODES.has(word);
}

/** "No. 2", "Nos. 3": a rank or a number in a list of names, not an amount. */
function isRankMark(tokens: readonly Token[], index: number): boolean {
  const before = previousToken(tokens, index);
  if (before?.token.text !== '.') return false;
  const word = tokens[before.index - 1]?.text;
  return word === 'No' || word === 'Nos' || word === 'no';
}

const AGE_WORDS = new Set(['aged', 'age', 'ages']);
/** People a trailing "over 65" or "under 5" describes by age: "people over 65", "children under 5". */
const AGED_GROUPS = new Set(
  'people adults children kids residents seniors patients women men persons those anyone everyone individuals users voters workers girls boys babies infants'.split(
    ' ',
  ),
);

/**
 * Ages that describe a group (SPEC: part of the group's description, not figures): "aged 18 to
 * 34", "ages 5-11", "a 9-year-old", "those over 65", "children under 5". Returns the index past
 * the age (and its second end), or undefined.
 */
function ageSpanAt(tokens: readonly Token[], index: number): number | undefined {
  const before = previousToken(tokens, index);
  const word = wordText(before?.token);
  let describesAge = word !== undefined && AGE_WORDS.has(word);
  if (!describesAge && (word === 'over' || word === 'under') && before) {
    const group = previousToken(tokens, before.index);
    describesAge =
      group !== undefined && AGED_GROUPS.has(wordText(group.token) ?? '') && !unitAfterNumber(tokens, index);
  }
  // "9-year-old", "9 years old", "9-month-old"
  const dash = tokens[index + 1];
  if (
    dash?.text === '-' &&
    /^(?:year|month|week|day)s?$/u.test(tokens[index + 2]?.lower ?? '') &&
    tokens[index + 3]?.text === '-' &&
    tokens[index + 4]?.lower === 'old'
  )
    return index + 5;
  if (
    dash?.kind === 'space' &&
    /^(?:year|month)s?$/u.test(tokens[index + 2]?.lower ?? '') &&
    tokens[index + 3]?.kind === 'space' &&
    tokens[index + 4]?.lower === 'old'
  )
    return index + 5;
  if (!describesAge) return undefined;
  // "aged 18 to 34", "ages 5-11", "aged 65 and over"
  let next = index + 1;
  const gap = tokens[next];
  if (gap?.text === '-' || gap?.text === '\u2013') {
    if (tokens[next + 1]?.kind === 'number') next += 2;
  } else if (
    gap?.kind === 'space' &&
    (tokens[next + 1]?.lower === 'to' || tokens[next + 1]?.lower === 'and') &&
    tokens[next + 3]?.kind === 'number'
  ) {
    next += 4;
  }
  return next;
}

/** Whether a unit word or symbol follows the number at `index` ("over 65 %" is a share, not an age). */
function unitAfterNumber(tokens: readonly Token[], index: number): boolean {
  return unitAfter(tokens, index + 1) !== undefined || wordText(nextToken(tokens, index)?.token) === 'per';
}

function isClockWord(tokens: readonly Token[], index: number): boolean {
  const after = nextToken(tokens, index);
  const word = wordText(after?.token);
  if (word === undefined || !after) return false;
  if (CLOCK_WORDS.has(word)) return true;
  return (
    (word === 'a' || word === 'p') &&
    tokens[after.index + 1]?.text === '.' &&
    wordText(tokens[after.index + 2]) === 'm'
  );
}

/** Why the digits at `index` are not a figure, as the index to skip to; undefined when they may be one. */
function notAFigure(tokens: readonly Token[], index: number, firstIndex: number): number | undefined {
  const before = tokens[index - 1];
  const beforeThat = tokens[index - 2];
  // Glued to letters before: "H1N1", "mp3", "G7", "v1.2" (but "$US204.6", "USD992.1" are money).
  if (before?.kind === 'word' && !currencyBefore(tokens, index)) return chainAt(tokens, index).next;
  // Letters and a hyphen before: "COVID-19", "Bill C-10".
  if (isSeparator(before, RANGE_DASHES) && beforeThat?.kind === 'word') return chainAt(tokens, index).next;
  // "1893[1]", "in history, [5]": a reference marker in square brackets, not an amount.
  if (before?.text === '[' && tokens[index + 1]?.text === ']') return index + 2;
  // The sub-number of "56(1)", or the tail of a chain already judged.
  if (before?.text === '(' && beforeThat?.kind === 'number') return index + 1;
  if (
    isSeparator(before, CHAIN_SEPARATORS) &&
    !isSeparator(before, RANGE_DASHES) &&
    beforeThat?.kind === 'number'
  ) {
    return index + 1;
  }
  const chain = chainAt(tokens, index);
  if (chain.groups >= 3) return chain.next;
  if (chain.groups === 2 && chain.separator !== undefined && !RANGE_DASHES.has(chain.separator))
    return chain.next;
  if (chain.groups === 2) {
    const first = tokens[index]?.numeral;
    const second = tokens[index + 2]?.numeral;
    const phoneLike =
      first?.integerDigits.length === 3 && second?.integerDigits.length === 4 && !second.grouped;
    if (phoneLike) return chain.next;
  }
  const after = tokens[index + 1];
  if (after?.text === '(') return index + 1;
  if (after?.kind === 'word') {
    if (ORDINAL_SUFFIXES.has(after.lower) || after.text === 's') return index + 2;
    const known =
      SCALE_SUFFIXES.has(after.text) ||
      SCALE_WORDS.has(after.lower) ||
      after.text === 'x' ||
      unitWord(after.text) !== undefined;
    if (!known) return index + 2; // "3D", "5G"
  }
  if (isClockWord(tokens, index)) return index + 1;
  if (isNamedBefore(tokens, index)) return index + 1;
  if (isRankMark(tokens, index)) return index + 1;
  // "6.2 murders per 100,000 people": the number after "per" is the rate's base, not a figure.
  if (wordText(previousToken(tokens, index)?.token) === 'per')
    return scaleAfter(tokens, index, SCALE_WORDS)?.next ?? index + 1;
  const age = ageSpanAt(tokens, index);
  if (age !== undefined) return age;
  // "1. " or "2) " opening a block: a list marker.
  const isFirst = index === firstIndex;
  if (
    isFirst &&
    (after?.text === '.' || after?.text === ')') &&
    (tokens[index + 2] === undefined || tokens[index + 2]?.kind === 'space')
  ) {
    return index + 2;
  }
  return undefined;
}

/** A scale after `index`: a glued suffix ("95M"), or a scale word after a space or hyphen ("1.2-billion"). */
function scaleAfter(
  tokens: readonly Token[],
  index: number,
  words: ReadonlyMap<string, number>,
): { scale: number; next: number } | undefined {
  const after = tokens[index + 1];
  if (after?.kind === 'word') {
    // "95M", "$5bn", and a whole scale word written against the digits: "208million".
    const suffix = SCALE_SUFFIXES.get(after.text) ?? words.get(after.lower);
    return suffix === undefined ? undefined : { scale: suffix, next: index + 2 };
  }
  if (after?.kind === 'space' || (after?.kind === 'punct' && after.text === '-')) {
    const next = tokens[index + 2];
    const word = wordText(next);
    const scale =
      word === undefined
        ? undefined
        : (words.get(word) ??
          (after.kind === 'space' ? SPACED_SCALE_LETTERS.get(next?.text ?? '') : undefined));
    if (scale === undefined) return undefined;
    // "2 lakh crore": a scale of a scale.
    const further =
      tokens[index + 3]?.kind === 'space' ? words.get(wordText(tokens[index + 4]) ?? '') : undefined;
    if (further !== undefined && further > scale) return { scale: scale * further, next: index + 5 };
    return { scale, next: index + 3 };
  }
  return undefined;
}

function readDigits(tokens: readonly Token[], index: number, firstIndex: number): LiteralRead {
  const skipTo = notAFigure(tokens, index, firstIndex);
  if (skipTo !== undefined) return { kind: 'skip', next: skipTo };
  const numeral = tokens[index]?.numeral;
  if (!numeral) return { kind: 'skip', next: index + 1 };
  let firstToken = index;
  let sign = 1;
  const before = tokens[index - 1];
  const signValue = before?.kind === 'punct' ? SIGNS.get(before.text) : undefined;
  const beforeSign = tokens[index - 2];
  if (
    signValue !== undefined &&
    (beforeSign === undefined || beforeSign.kind === 'space' || beforeSign.text === '(')
  ) {
    sign = signValue;
    firstToken = index - 1;
  }
  const scale = scaleAfter(tokens, index, SCALE_WORDS);
  const factor = scale?.scale ?? 1;
  const literal: NumberLiteral = {
    firstToken,
    endToken: scale?.next ?? index + 1,
    value: sign * numeral.value * factor,
    half: halfWidth(numeral.integerDigits, numeral.decimals) * factor,
    scale: factor,
    spelled: false,
    small: false,
    article: false,
  };
  return { kind: 'literal', literal };
}

/** The value of "seven" or "twenty-five" at `index` and the index after it. */
export function wordNumberAt(
  tokens: readonly Token[],
  index: number,
): { value: number; next: number } | undefined {
  const word = wordText(tokens[index]);
  if (word === undefined) return undefined;
  const small = smallNumberWord(word);
  if (small !== undefined) return { value: small, next: index + 1 };
  const tens = tensWord(word);
  if (tens === undefined) return undefined;
  if (tokens[index + 1]?.text === '-') {
    const unit = smallNumberWord(wordText(tokens[index + 2]) ?? '');
    if (unit !== undefined && unit > 0 && unit < 10) return { value: tens + unit, next: index + 3 };
  }
  return { value: tens, next: index + 1 };
}

function spelled(
  firstToken: number,
  endToken: number,
  value: number,
  half: number,
  small: boolean,
): LiteralRead {
  return {
    kind: 'literal',
    literal: { firstToken, endToken, value, half, scale: 1, spelled: true, small, article: false },
  };
}

/** Words before "a"/"an" and a unit that make it the unit a price or a rate is given in: "for a barrel". */
const RATE_PREPOSITIONS = new Set(['per', 'for', 'in', 'by', 'of']);

/**
 * Whether "a"/"an" at `index` names the unit of a rate or a price, not one of it: "$35 a barrel",
 * "50 cents a barrel", "the price for a barrel", "1,000 kilowatts in a megawatt"; a kilogram
 * after a verb ("seized a kilogram") is one.
 */
function isUnitOfRate(tokens: readonly Token[], index: number): boolean {
  const before = previousToken(tokens, index);
  if (!before) return false;
  if (before.token.kind === 'number') return true;
  const word = before.token.kind === 'word' ? before.token.lower : undefined;
  if (word === undefined) return false;
  // "50 cents a barrel", "3 dollars a gallon": an amount and its noun, then the unit it is per.
  const amount = previousToken(tokens, before.index)?.token.kind === 'number';
  return amount || RATE_PREPOSITIONS.has(word) || unitWord(word) !== undefined;
}

function readWords(tokens: readonly Token[], index: number): LiteralRead | undefined {
  const word = wordText(tokens[index]);
  if (word === undefined) return undefined;
  const following = tokens[index + 1]?.kind === 'space' ? wordText(tokens[index + 2]) : undefined;
  if (word === 'a' || word === 'an') {
    if (following === undefined) return undefined;
    const scale = NUMBER_WORD_SCALES.get(following);
    if (scale !== undefined) return spelled(index, index + 3, scale, scale === 12 ? 0.5 : 0.5 * scale, false);
    const unit = tokens[index + 2] ? unitWord(tokens[index + 2]?.text ?? '') : undefined;
    if (unit && isMeasurement(unit) && !isUnitOfRate(tokens, index)) {
      return {
        kind: 'literal',
        literal: {
          firstToken: index,
          endToken: index + 1,
          value: 1,
          half: 0.5,
          scale: 1,
          spelled: true,
          small: true,
          article: true,
        },
      };
    }
    return undefined;
  }
  if (word === 'half' && following === 'a' && tokens[index + 3]?.kind === 'space') {
    const scale = NUMBER_WORD_SCALES.get(wordText(tokens[index + 4]) ?? '');
    if (scale !== undefined) return spelled(index, index + 5, 0.5 * scale, 0.05 * scale, false);
    return undefined;
  }
  const number = wordNumberAt(tokens, index);
  if (!number) return undefined;
  const scale = scaleAfter(tokens, number.next - 1, NUMBER_WORD_SCALES);
  if (scale) return spelled(index, scale.next, number.value * scale.scale, 0.5 * scale.scale, false);
  return spelled(index, number.next, number.value, 0.5, number.value < 10);
}

/**
 * The number starting at token `index`, if one starts there. `firstIndex` is the index of the
 * sentence's first non-space token (where a list marker would be).
 */
export function readNumberLiteral(
  tokens: readonly Token[],
  index: number,
  firstIndex: number,
): LiteralRead | undefined {
  const token = tokens[index];
  if (token?.kind === 'number') return readDigits(tokens, index, firstIndex);
  if (token?.kind === 'word') return readWords(tokens, index);
  return undefined;
}
