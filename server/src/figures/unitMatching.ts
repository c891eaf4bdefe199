/** Finds the unit written around a number: a currency before it, or a unit after it. */
import type { UnitRef } from './figureModel';
import { nextToken } from './tokenNavigation';
import type { Neighbour } from './tokenNavigation';
import type { Token } from './tokenize';
import { FUNCTION_WORDS } from './functionWords';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, PERCENT, TIMES, degreeUnit, unitPhrase, unitWord } from './units';

export interface UnitMatch {
  readonly unit: UnitRef;
  /** Token indices the unit covers: [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
}

const HYPHENS = new Set(['-', '\u2011']);

/** A currency written before the number starting at token `index`: "$", "US$", "C$", "€", "£", "USD ". */
export function currencyBefore(tokens: readonly Token[], index: number): UnitMatch | undefined {
  const before = tokens[index - 1];
  if (before?.kind === 'punct') {
    if (before.text === '$') {
      const letters = tokens[index - 2];
      const combined = letters?.kind === 'word' ? CURRENCY_SYMBOLS.get(`${letters.text}$`) : undefined;
      if (combined && letters) return { unit: combined, firstToken: index - 2, endToken: index };
    }
    const symbol = CURRENCY_SYMBOLS.get(before.text);
    return symbol ? { unit: symbol, firstToken: index - 1, endToken: index } : undefined;
  }
  // "$US204.6 million", "USD992.1 billion", "Rs646.83 crores": a currency written against the number.
  if (before?.kind === 'word') {
    const dollar = tokens[index - 2];
    const combined = dollar?.text === '$' ? CURRENCY_SYMBOLS.get(`${before.text}$`) : undefined;
    if (combined) return { unit: combined, firstToken: index - 2, endToken: index };
    // Three-letter codes, and the rupee's "Rs": shorter letters glued to digits name models ("A4").
    const code =
      before.text.length === 3 || before.text === 'Rs' ? CURRENCY_CODES.get(before.text) : undefined;
    if (code) return { unit: code, firstToken: index - 1, endToken: index };
  }
  if (before?.kind === 'space' && before.text.length === 1) {
    const code = tokens[index - 2];
    const unit = code?.kind === 'word' ? CURRENCY_CODES.get(code.text) : undefined;
    if (unit) return { unit, firstToken: index - 2, endToken: index };
  }
  return undefined;
}

/** "°C", "°F", "℃": a degree sign with its scale's letter (or the one-character symbols). */
function degreesAt(tokens: readonly Token[], index: number): UnitMatch | undefined {
  const sign = tokens[index];
  if (sign?.kind !== 'punct') return undefined;
  const symbol = unitWord(sign.text);
  if (symbol?.dimension === 'temperature') return { unit: symbol, firstToken: index, endToken: index + 1 };
  if (sign.text !== '\u00B0') return undefined;
  const letter = tokens[index + 1];
  const unit = letter?.kind === 'word' ? degreeUnit(letter.text) : undefined;
  return unit ? { unit, firstToken: index, endToken: index + 2 } : undefined;
}

/**
 * A unit written after the number that ends before token `index`: "%" or "per cent", a glued
 * abbreviation ("5kg", "2.5x"), a hyphenated adjective ("15-month"), or a unit word or two-word
 * phrase after a space ("2.5 grams", "30 per cent", "5 USD").
 */
export function unitAfter(tokens: readonly Token[], index: number): UnitMatch | undefined {
  const first = tokens[index];
  if (!first) return undefined;
  if (first.kind === 'punct' && first.text === '%')
    return { unit: PERCENT, firstToken: index, endToken: index + 1 };
  const degrees = degreesAt(tokens, first.kind === 'space' ? index + 1 : index);
  if (degrees) return degrees;
  if (first.kind === 'word') {
    const unit = first.text === 'x' ? TIMES : unitWord(first.text);
    return unit ? { unit, firstToken: index, endToken: index + 1 } : undefined;
  }
  if (first.kind === 'punct' && HYPHENS.has(first.text)) {
    const word = tokens[index + 1];
    const unit = word?.kind === 'word' ? unitWord(word.text) : undefined;
    return unit ? { unit, firstToken: index, endToken: index + 2 } : undefined;
  }
  if (first.kind !== 'space') return undefined;
  const next = tokens[index + 1];
  if (next?.kind === 'punct' && next.text === '%')
    return { unit: PERCENT, firstToken: index + 1, endToken: index + 2 };
  if (next?.kind !== 'word') return undefined;
  const perDay = perDayUnit(tokens, index + 1);
  if (perDay) return perDay;
  const second = nextToken(tokens, index + 1);
  if (second?.spaced && second.token.kind === 'word') {
    const phrase = unitPhrase(next.text, second.token.text);
    if (phrase) return { unit: phrase, firstToken: index + 1, endToken: second.index + 1 };
  }
  const unit = unitWord(next.text);
  if (unit) return { unit, firstToken: index + 1, endToken: index + 2 };
  return describedDuration(next, index + 1, second);
}

/** Words before a time unit that date a figure rather than describe a span: "20 people last year". */
const DATING_WORDS = new Set(['last', 'next', 'past', 'previous', 'coming', 'following', 'same', 'whole']);

/**
 * A duration with one describing word between number and unit: "twelve transformative years",
 * "nine straight months", "50 working days". Only durations: "20 people last year" dates a count,
 * and the word before the unit must describe it, not date or quantify it.
 */
function describedDuration(
  adjective: Token,
  adjectiveIndex: number,
  unitToken: Neighbour | undefined,
): UnitMatch | undefined {
  const lower = adjective.text.toLowerCase();
  if (!unitToken?.spaced || unitToken.token.kind !== 'word') return undefined;
  if (FUNCTION_WORDS.has(lower) || DATING_WORDS.has(lower)) return undefined;
  const unit = unitWord(unitToken.token.text);
  if (unit?.dimension !== 'duration') return undefined;
  return { unit, firstToken: adjectiveIndex, endToken: unitToken.index + 1 };
}

/** Units written "per day" with a slash, as energy reporting does: "12.3 million b/d", "bbl/d". */
const PER_DAY_UNITS = new Set(['b', 'bbl']);

/**
 * "b/d" or "bbl/d" at token `index`: barrels, over "/d" (the rate is read from the figure's text,
 * see figureContext).
 */
function perDayUnit(tokens: readonly Token[], index: number): UnitMatch | undefined {
  const letters = tokens[index];
  if (!letters || !PER_DAY_UNITS.has(letters.text)) return undefined;
  if (tokens[index + 1]?.text !== '/' || tokens[index + 2]?.text !== 'd') return undefined;
  const unit = unitWord('bbl');
  return unit ? { unit, firstToken: index, endToken: index + 3 } : undefined;
}
