/**
 * The unit vocabulary: which words and symbols name which normalised unit. Used both on article
 * text (through `unitMatching.ts`) and on a claim's `unit` field (through `parseUnit`), so that
 * "2.5 grams" in an article and `unit: g` in a claim become the same `UnitRef`.
 */
import type { Dimension, UnitRef } from './figureModel';
import { singular } from './singular';

export { singular };

function unit(dimension: Dimension, code: string, toBase = 1): UnitRef {
  return { dimension, code, toBase };
}

export const PERCENT = unit('percent', '%');
/** Percentage points are a difference of percentages; same dimension, but a different code on purpose. */
export const PERCENTAGE_POINTS = unit('percent', 'pp');
export const TIMES = unit('times', 'times');
/** A bare "$" or "dollars": some dollar; whether it is USD or CAD is the matcher's call. */
export const ANY_DOLLAR = unit('currency', '$');
export const USD = unit('currency', 'USD');
export const CAD = unit('currency', 'CAD');
export const EUR = unit('currency', 'EUR');
export const GBP = unit('currency', 'GBP');

const MILLIGRAM = unit('mass', 'mg', 0.001);
const MICROGRAM = unit('mass', 'mcg', 0.000001);
const GRAM = unit('mass', 'g', 1);
const KILOGRAM = unit('mass', 'kg', 1000);
const TONNE = unit('mass', 't', 1_000_000);
const POUND = unit('mass', 'lb', 453.59237);
const OUNCE = unit('mass', 'oz', 28.349523125);

export const DAY = unit('duration', 'day', 1);
export const WEEK = unit('duration', 'week', 7);
export const MONTH = unit('duration', 'month', 30.4375);
export const YEAR = unit('duration', 'year', 365.25);

const METRE = unit('length', 'm', 1);
const KILOMETRE = unit('length', 'km', 1000);
const CENTIMETRE = unit('length', 'cm', 0.01);
const MILE = unit('length', 'mi', 1609.344);
const LITRE = unit('volume', 'L', 1);
const MILLILITRE = unit('volume', 'mL', 0.001);

/** Words matched case-insensitively, singular and plural spellings alike. */
const UNIT_WORDS: ReadonlyMap<string, UnitRef> = new Map([
  ['percent', PERCENT],
  ['pct', PERCENT],
  ['milligram', MILLIGRAM],
  ['milligrams', MILLIGRAM],
  ['milligramme', MILLIGRAM],
  ['milligrammes', MILLIGRAM],
  ['microgram', MICROGRAM],
  ['micrograms', MICROGRAM],
  ['gram', GRAM],
  ['grams', GRAM],
  ['gramme', GRAM],
  ['grammes', GRAM],
  ['kilogram', KILOGRAM],
  ['kilograms', KILOGRAM],
  ['kilogramme', KILOGRAM],
  ['kilogrammes', KILOGRAM],
  ['kilo', KILOGRAM],
  ['kilos', KILOGRAM],
  ['tonne', TONNE],
  ['tonnes', TONNE],
  ['pound', POUND],
  ['pounds', POUND],
  ['ounce', OUNCE],
  ['ounces', OUNCE],
  ['dollar', ANY_DOLLAR],
  ['dollars', ANY_DOLLAR],
  ['euro', EUR],
  ['euros', EUR],
  ['times', TIMES],
  ['day', DAY],
  ['days', DAY],
  ['week', WEEK],
  ['weeks', WEEK],
  ['month', MONTH],
  ['months', MONTH],
  ['year', YEAR],
  ['years', YEAR],
  ['metre', METRE],
  ['metres', METRE],
  ['meter', METRE],
  ['meters', METRE],
  ['kilometre', KILOMETRE],
  ['kilometres', KILOMETRE],
  ['kilometer', KILOMETRE],
  ['kilometers', KILOMETRE],
  ['mile', MILE],
  ['miles', MILE],
  ['litre', LITRE],
  ['litres', LITRE],
  ['liter', LITRE],
  ['liters', LITRE],
  ['millilitre', MILLILITRE],
  ['millilitres', MILLILITRE],
  ['milliliter', MILLILITRE],
  ['milliliters', MILLILITRE],
]);

/**
 * Abbreviations and codes, matched exactly as written: "m" is metres but "M" is a scale suffix,
 * "t" is tonnes, and "USD" in capitals is a currency while "usd" in prose is unlikely to be.
 */
const UNIT_ABBREVIATIONS: ReadonlyMap<string, UnitRef> = new Map([
  ['mg', MILLIGRAM],
  ['mcg', MICROGRAM],
  ['\u00B5g', MICROGRAM],
  ['\u03BCg', MICROGRAM],
  ['g', GRAM],
  ['kg', KILOGRAM],
  ['kgs', KILOGRAM],
  ['t', TONNE],
  ['lb', POUND],
  ['lbs', POUND],
  ['oz', OUNCE],
  ['km', KILOMETRE],
  ['m', METRE],
  ['cm', CENTIMETRE],
  ['mi', MILE],
  ['L', LITRE],
  ['l', LITRE],
  ['mL', MILLILITRE],
  ['ml', MILLILITRE],
  ['USD', USD],
  ['CAD', CAD],
  ['EUR', EUR],
  ['GBP', GBP],
]);

/** Two-word units, keyed by their lower-cased words joined by one space. */
const UNIT_PHRASES: ReadonlyMap<string, UnitRef> = new Map([
  ['per cent', PERCENT],
  ['percentage point', PERCENTAGE_POINTS],
  ['percentage points', PERCENTAGE_POINTS],
  ['metric ton', TONNE],
  ['metric tons', TONNE],
  ['us dollars', USD],
  ['american dollars', USD],
  ['canadian dollars', CAD],
]);

/** Currency symbols written before the number, with the letters that may prefix a "$". */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, UnitRef> = new Map([
  ['$', ANY_DOLLAR],
  ['US$', USD],
  ['C$', CAD],
  ['CA$', CAD],
  ['CAN$', CAD],
  ['\u20AC', EUR],
  ['\u00A3', GBP],
]);

/** Currency codes that may stand before the number ("USD 5"). */
export const CURRENCY_CODES: ReadonlyMap<string, UnitRef> = new Map([
  ['USD', USD],
  ['CAD', CAD],
  ['EUR', EUR],
  ['GBP', GBP],
]);

/** A unit named by one word as written in an article, or undefined. */
export function unitWord(word: string): UnitRef | undefined {
  return UNIT_ABBREVIATIONS.get(word) ?? UNIT_WORDS.get(word.toLowerCase());
}

/** A unit named by two words ("per cent", "percentage points"), or undefined. */
export function unitPhrase(first: string, second: string): UnitRef | undefined {
  return UNIT_PHRASES.get(`${first.toLowerCase()} ${second.toLowerCase()}`);
}

/** Units that "a"/"an" can quantify as one ("a kilogram"): measurements, not durations or "times". */
export function isMeasurement(ref: UnitRef): boolean {
  return ref.dimension === 'mass' || ref.dimension === 'length' || ref.dimension === 'volume';
}

const PLAIN_WORDS = /^[\p{L}\p{M}'\u2019-]+(?:\s+[\p{L}\p{M}'\u2019-]+)*$/u;

/**
 * Reads a claim's `unit` field (or any unit written on its own): "kg", "per cent", "%", "USD",
 * "$", "months", "times"; any other plain noun is a count of that noun ("groups" → count
 * "group"; "organized crime groups" → count "group", the head noun being the last word).
 */
export function parseUnit(text: string): UnitRef | undefined {
  const trimmed = text.trim().replace(/\s+/gu, ' ');
  if (trimmed === '') return undefined;
  if (trimmed === '%') return PERCENT;
  const known =
    CURRENCY_SYMBOLS.get(trimmed) ??
    UNIT_ABBREVIATIONS.get(trimmed) ??
    CURRENCY_CODES.get(trimmed.toUpperCase()) ??
    UNIT_WORDS.get(trimmed.toLowerCase()) ??
    UNIT_PHRASES.get(trimmed.toLowerCase());
  if (known) return known;
  if (!PLAIN_WORDS.test(trimmed)) return undefined;
  const words = trimmed.split(' ');
  const head = words[words.length - 1] ?? trimmed;
  return { dimension: 'count', code: singular(head), toBase: 1 };
}
