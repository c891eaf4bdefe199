/**
 * Shares and ratios written in words (SPEC: one figure each, compared as a share): "half of the
 * members", "a third", "two-thirds", "three quarters of", "one in six homes", "nine out of 10",
 * "two of three patients". Each is read as a percentage.
 *
 * Hand-written over the sentence's tokens, like the rest of the scanner: the shapes are few and
 * closed, and every look-around is bounded (at most eight tokens), so a sentence stays linear.
 * Ordinal uses are not shares: "the first half of 2024", "the third quarter", "a quarter century".
 */
import { wordNumberAt } from './numberLiterals';
import { previousToken, wordText } from './tokenNavigation';
import type { Token } from './tokenize';
import { isMeasurement, unitWord } from './units';

export interface ShareLiteral {
  readonly firstToken: number;
  readonly endToken: number;
  /** Percent. */
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['seventh', 7],
  ['sevenths', 7],
  ['eighth', 8],
  ['eighths', 8],
  ['ninth', 9],
  ['ninths', 9],
  ['tenth', 10],
  ['tenths', 10],
]);

/** Words before "half"/"quarter" that make it a part of a period or an ordinal: "the first half". */
const ORDINAL_CONTEXT = new Set(
  'the first second third fourth last latter former final next previous this each every per in second-half'.split(
    ' ',
  ),
);
/** Words after a fraction that make it a time or distance, not a share: "a quarter century". */
const NOT_SHARED = new Set(
  'century centuries hour hours mile miles note notes final finals point points inch inches cup cups'.split(
    ' ',
  ),
);
/** Words "half" is a share before: "half of", "half the members", "half its staff". */
const HALF_FOLLOWERS = new Set('of the its their his her our your these those all'.split(' '));
/**
 * A fraction in words is as precise as the writer's rounding: newsrooms write "a third" for 31 to
 * 36 per cent. Half a step of five percentage points either way.
 */
const FRACTION_HALF_WIDTH = 2.5;

/** A number word or whole digits at `index`: its value and the index after it. */
function countAt(tokens: readonly Token[], index: number): { value: number; next: number } | undefined {
  const numeral = tokens[index]?.numeral;
  if (numeral)
    return numeral.decimals === 0 && !numeral.grouped ? { value: numeral.value, next: index + 1 } : undefined;
  return wordNumberAt(tokens, index);
}

/** The word after a space or hyphen at `index`, and the index after it. */
function joinedWord(tokens: readonly Token[], index: number): { word: string; next: number } | undefined {
  const gap = tokens[index];
  if (gap?.kind !== 'space' && gap?.text !== '-') return undefined;
  const word = wordText(tokens[index + 1]);
  return word === undefined ? undefined : { word, next: index + 2 };
}

function fraction(
  firstToken: number,
  endToken: number,
  numerator: number,
  denominator: number,
): ShareLiteral {
  const value = (100 * numerator) / denominator;
  return { firstToken, endToken, value, low: value - FRACTION_HALF_WIDTH, high: value + FRACTION_HALF_WIDTH };
}

/** "one in six", "nine out of 10", "two of three": n of every d, as precise as the whole number d. */
function ratio(firstToken: number, endToken: number, part: number, whole: number): ShareLiteral {
  const value = (100 * part) / whole;
  return {
    firstToken,
    endToken,
    value,
    low: Math.max(value - 2 * FRACTION_HALF_WIDTH, (100 * part) / (whole + 0.5)),
    high: Math.min(value + 2 * FRACTION_HALF_WIDTH, (100 * part) / (whole - 0.5)),
  };
}

/** "half of", "half the": a half that is a share, not "the first half" or "cut in half". */
function halfAt(tokens: readonly Token[], index: number): ShareLiteral | undefined {
  if (wordText(tokens[index]) !== 'half') return undefined;
  if (ORDINAL_CONTEXT.has(wordText(previousToken(tokens, index)?.token) ?? '')) return undefined;
  const after = joinedWord(tokens, index + 1);
  if (!after || tokens[index + 1]?.kind !== 'space' || !HALF_FOLLOWERS.has(after.word)) return undefined;
  return fraction(index, index + 1, 1, 2);
}

/** "a third", "one-third", "two thirds", "three-quarters of": a numerator, then a fraction word. */
function fractionAt(tokens: readonly Token[], index: number): ShareLiteral | undefined {
  const word = wordText(tokens[index]);
  const numerator = word === 'a' || word === 'an' ? { value: 1, next: index + 1 } : countAt(tokens, index);
  if (!numerator || numerator.value < 1) return undefined;
  const denominatorWord = joinedWord(tokens, numerator.next);
  if (!denominatorWord) return undefined;
  const denominator = DENOMINATORS.get(denominatorWord.word);
  if (denominator === undefined || numerator.value >= denominator) return undefined;
  // "two thirds" takes a plural; "a third" a singular.
  const plural = denominatorWord.word.endsWith('s');
  if (numerator.value > 1 !== plural) return undefined;
  if (
    ORDINAL_CONTEXT.has(wordText(previousToken(tokens, index)?.token) ?? '') &&
    word !== 'a' &&
    word !== 'an'
  )
    return undefined;
  const after = joinedWord(tokens, denominatorWord.next);
  if (after && (NOT_SHARED.has(after.word) || unitWord(after.word) !== undefined)) return undefined;
  // "a third party", "a fifth straight year" are ordinals: a singular fraction is a share before
  // "of", a verb ("a quarter abstained") or the end of the clause.
  if (
    !plural &&
    after &&
    tokens[denominatorWord.next]?.kind === 'space' &&
    after.word !== 'of' &&
    !/(?:ed|said)$/u.test(after.word)
  )
    return undefined;
  // "a half-hour", "a quarter-final": a hyphen after the fraction makes it part of a compound.
  if (tokens[denominatorWord.next]?.text === '-') return undefined;
  return fraction(index, denominatorWord.next, numerator.value, denominator);
}

/**
 * "one in six", "1 in 5", "nine out of 10", "one in every four", "two of three", "two of the three"
 * (words only, or a whole that ranks: "six of the top 20").
 */
function ratioAt(tokens: readonly Token[], index: number, inTime: Uint8Array): ShareLiteral | undefined {
  const part = countAt(tokens, index);
  if (!part || part.value < 1 || tokens[part.next]?.kind !== 'space') return undefined;
  let cursor = part.next + 1;
  const linker = wordText(tokens[cursor]);
  const spelledPart = tokens[index]?.kind === 'word';
  if (linker === 'out' && wordText(tokens[cursor + 2]) === 'of') cursor += 2;
  else if (linker !== 'in' && !(linker === 'of' && spelledPart)) return undefined;
  if (tokens[cursor + 1]?.kind !== 'space') return undefined;
  cursor += 2;
  if (wordText(tokens[cursor]) === 'every' && tokens[cursor + 1]?.kind === 'space') cursor += 2;
  // "two of the three types", "six of the top 20 films": the whole may be named with "the" ("top").
  let ranked = false;
  if (linker === 'of' && wordText(tokens[cursor]) === 'the' && tokens[cursor + 1]?.kind === 'space') {
    cursor += 2;
    ranked = wordText(tokens[cursor]) === 'top' && tokens[cursor + 1]?.kind === 'space';
    if (ranked) cursor += 2;
  }
  const whole = countAt(tokens, cursor);
  // "397 in 2015": a year is a time, not the whole of a ratio.
  if (!whole || whole.value <= part.value || inTime[cursor]) return undefined;
  // "two of three" only in words, and "9 out of 10" only against a round whole: "12 out of 40"
  // is a part and its whole, two figures the arithmetic rule reads.
  const spelledWhole = tokens[cursor]?.kind === 'word';
  if (linker === 'of' && !spelledWhole && !ranked) return undefined;
  if (linker === 'out' && !spelledPart && !spelledWhole && ![10, 100, 1000].includes(whole.value))
    return undefined;
  // "five in 10 days", "one in 20 %": a duration or a share after the second number makes it a
  // time or a rate, not a ratio. Before a measured unit the ratio counts it: "four in ten acres".
  const after = tokens[whole.next];
  if (after?.text === '%') return undefined;
  if (after?.kind === 'space') {
    const next = tokens[whole.next + 1];
    const unit = next?.kind === 'word' ? unitWord(next.text) : undefined;
    if (next?.text === '%' || (unit && !isMeasurement(unit))) return undefined;
  }
  return ratio(index, whole.next, part.value, whole.value);
}

/**
 * The share written in words that starts at token `index`, if one does. `inTime` marks the tokens
 * of time expressions, which are never part of a share.
 */
export function shareAt(
  tokens: readonly Token[],
  index: number,
  inTime: Uint8Array,
): ShareLiteral | undefined {
  const token = tokens[index];
  if (token?.kind !== 'word' && token?.kind !== 'number') return undefined;
  return halfAt(tokens, index) ?? fractionAt(tokens, index) ?? ratioAt(tokens, index, inTime);
}
