/**
 * The unit vocabulary: which words and symbols name which normalised unit. Used both on article
 * text (through `unitMatching.ts`) and on a claim's `unit` field (through `parseUnit`), so that
 * "2.5 grams" in an article and `unit: g` in a claim become the same `UnitRef`.
 */
import { codes as isoCurrencyCodes } from 'currency-codes';
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
const INR = unit('currency', 'INR');
const JPY = unit('currency', 'JPY');
const CNY = unit('currency', 'CNY');
const AUD = unit('currency', 'AUD');
const NZD = unit('currency', 'NZD');
const HKD = unit('currency', 'HKD');
const SGD = unit('currency', 'SGD');
const KRW = unit('currency', 'KRW');
const BRL = unit('currency', 'BRL');
const NGN = unit('currency', 'NGN');
const PHP = unit('currency', 'PHP');
const RUB = unit('currency', 'RUB');
const TRY = unit('currency', 'TRY');
const ZAR = unit('currency', 'ZAR');
const CHF = unit('currency', 'CHF');
const PKR = unit('currency', 'PKR');

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
const CUBIC_METRE = unit('volume', 'm3', 1000);
const GALLON = unit('volume', 'gal', 3.785411784);
/** An oil barrel: 42 US gallons. */
const BARREL = unit('volume', 'bbl', 158.987294928);

const SQUARE_METRE = unit('area', 'm2', 1);
const HECTARE = unit('area', 'ha', 10_000);
const ACRE = unit('area', 'acre', 4046.8564224);
const SQUARE_KILOMETRE = unit('area', 'km2', 1_000_000);
const SQUARE_MILE = unit('area', 'mi2', 2_589_988.110336);
const SQUARE_FOOT = unit('area', 'ft2', 0.09290304);

const FOOT = unit('length', 'ft', 0.3048);
const INCH = unit('length', 'in', 0.0254);
const MILLIMETRE = unit('length', 'mm', 0.001);

/** A degree Fahrenheit is 5/9 of a degree Celsius: temperatures compare as differences (see toBase). */
const CELSIUS = unit('temperature', '°C', 1);
const FAHRENHEIT = unit('temperature', '°F', 5 / 9);

const WATT_HOUR = unit('energy', 'Wh', 1);
const KILOWATT_HOUR = unit('energy', 'kWh', 1e3);
const MEGAWATT_HOUR = unit('energy', 'MWh', 1e6);
const GIGAWATT_HOUR = unit('energy', 'GWh', 1e9);
const TERAWATT_HOUR = unit('energy', 'TWh', 1e12);
const WATT = unit('power', 'W', 1);
const KILOWATT = unit('power', 'kW', 1e3);
const MEGAWATT = unit('power', 'MW', 1e6);
const GIGAWATT = unit('power', 'GW', 1e9);
const KM_PER_HOUR = unit('speed', 'km/h', 1);
const MILES_PER_HOUR = unit('speed', 'mph', 1.609344);
const HOUR = unit('duration', 'hour', 1 / 24);
const MINUTE = unit('duration', 'minute', 1 / 1440);
const DECADE = unit('duration', 'decade', 3652.5);
const CENTURY = unit('duration', 'century', 36525);

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
  ['gallon', GALLON],
  ['gallons', GALLON],
  ['barrel', BARREL],
  ['barrels', BARREL],
  ['hectare', HECTARE],
  ['hectares', HECTARE],
  ['acre', ACRE],
  ['acres', ACRE],
  ['foot', FOOT],
  ['feet', FOOT],
  ['inch', INCH],
  ['inches', INCH],
  ['millimetre', MILLIMETRE],
  ['millimetres', MILLIMETRE],
  ['millimeter', MILLIMETRE],
  ['millimeters', MILLIMETRE],
  ['hour', HOUR],
  ['hours', HOUR],
  ['minute', MINUTE],
  ['minutes', MINUTE],
  ['decade', DECADE],
  ['decades', DECADE],
  ['century', CENTURY],
  ['centuries', CENTURY],
  ['celsius', CELSIUS],
  ['centigrade', CELSIUS],
  ['fahrenheit', FAHRENHEIT],
  ['kilowatt-hour', KILOWATT_HOUR],
  ['kilowatt-hours', KILOWATT_HOUR],
  ['megawatt-hours', MEGAWATT_HOUR],
  ['gigawatt-hours', GIGAWATT_HOUR],
  ['terawatt-hours', TERAWATT_HOUR],
  ['watt', WATT],
  ['watts', WATT],
  ['kilowatt', KILOWATT],
  ['kilowatts', KILOWATT],
  ['megawatt', MEGAWATT],
  ['megawatts', MEGAWATT],
  ['gigawatt', GIGAWATT],
  ['gigawatts', GIGAWATT],
  ['mph', MILES_PER_HOUR],
  ['rupee', INR],
  ['rupees', INR],
  ['yen', JPY],
  ['yuan', CNY],
  ['renminbi', CNY],
  ['rand', ZAR],
  ['naira', NGN],
  ['pound sterling', GBP],
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
  ['mm', MILLIMETRE],
  ['ft', FOOT],
  ['ha', HECTARE],
  ['km2', SQUARE_KILOMETRE],
  ['km\u00B2', SQUARE_KILOMETRE],
  ['m2', SQUARE_METRE],
  ['m\u00B2', SQUARE_METRE],
  ['m3', CUBIC_METRE],
  ['m\u00B3', CUBIC_METRE],
  ['bbl', BARREL],
  // Percentage points as statisticians abbreviate them ("up 1.5 pp"), and as claim files may.
  ['pp', PERCENTAGE_POINTS],
  ['gal', GALLON],
  ['Wh', WATT_HOUR],
  ['kWh', KILOWATT_HOUR],
  ['MWh', MEGAWATT_HOUR],
  ['GWh', GIGAWATT_HOUR],
  ['TWh', TERAWATT_HOUR],
  ['W', WATT],
  ['kW', KILOWATT],
  ['MW', MEGAWATT],
  ['GW', GIGAWATT],
  ['kph', KM_PER_HOUR],
  ['km/h', KM_PER_HOUR],
  ['C', CELSIUS],
  ['F', FAHRENHEIT],
  ['\u00B0C', CELSIUS],
  ['\u00B0F', FAHRENHEIT],
  ['\u2103', CELSIUS],
  ['\u2109', FAHRENHEIT],
]);

/** Two-word units, keyed by their lower-cased words joined by one space. */
const UNIT_PHRASES: ReadonlyMap<string, UnitRef> = new Map([
  ['per cent', PERCENT],
  ['percentage point', PERCENTAGE_POINTS],
  ['percentage points', PERCENTAGE_POINTS],
  ['metric ton', TONNE],
  ['metric tons', TONNE],
  ['us dollars', USD],
  ['us dollar', USD],
  ['american dollars', USD],
  ['canadian dollars', CAD],
  ['australian dollars', AUD],
  ['square kilometres', SQUARE_KILOMETRE],
  ['square kilometre', SQUARE_KILOMETRE],
  ['square kilometers', SQUARE_KILOMETRE],
  ['square kilometer', SQUARE_KILOMETRE],
  ['square miles', SQUARE_MILE],
  ['square mile', SQUARE_MILE],
  ['square metres', SQUARE_METRE],
  ['square meters', SQUARE_METRE],
  ['square feet', SQUARE_FOOT],
  ['square foot', SQUARE_FOOT],
  ['sq km', SQUARE_KILOMETRE],
  ['sq mi', SQUARE_MILE],
  ['sq ft', SQUARE_FOOT],
  ['cubic metres', CUBIC_METRE],
  ['cubic meters', CUBIC_METRE],
  ['degrees celsius', CELSIUS],
  ['degree celsius', CELSIUS],
  ['degrees centigrade', CELSIUS],
  ['degrees fahrenheit', FAHRENHEIT],
  ['degree fahrenheit', FAHRENHEIT],
  ['degrees c', CELSIUS],
  ['degrees f', FAHRENHEIT],
  ['kilometres per hour', KM_PER_HOUR],
  ['kilometers per hour', KM_PER_HOUR],
  ['miles per hour', MILES_PER_HOUR],
  ['kilowatt hours', KILOWATT_HOUR],
  ['megawatt hours', MEGAWATT_HOUR],
  ['gigawatt hours', GIGAWATT_HOUR],
  ['terawatt hours', TERAWATT_HOUR],
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
  ['A$', AUD],
  ['AU$', AUD],
  ['NZ$', NZD],
  ['HK$', HKD],
  ['S$', SGD],
  ['R$', BRL],
  ['\u20B9', INR],
  ['\u00A5', JPY],
  ['\uFFE5', JPY],
  ['\u20A9', KRW],
  ['\u20A6', NGN],
  ['\u20B1', PHP],
  ['\u20BD', RUB],
  ['\u20BA', TRY],
]);

/**
 * ISO 4217 codes (from the currency-codes package) that may stand before or after a number ("USD 5",
 * "5 INR"), less those that are English words in capitals ("ALL", "TOP", "CUP"…), plus the
 * abbreviations newsrooms write for rupees and francs.
 */
const CODES_THAT_ARE_WORDS = new Set(
  'ALL TOP CUP MOP BOB SOS GEL MAD PEN TRY LAK BAM AMD CVE MRU STN XXX XTS'.split(' '),
);
export const CURRENCY_CODES: ReadonlyMap<string, UnitRef> = new Map<string, UnitRef>([
  ...isoCurrencyCodes()
    .filter((code) => !CODES_THAT_ARE_WORDS.has(code))
    .map((code): [string, UnitRef] => [code, unit('currency', code)]),
  ['Rs', INR],
  ['Rs.', INR],
  ['INR', INR],
  ['PKR', PKR],
  ['CHF', CHF],
]);

/** A unit named by one word as written in an article, or undefined. */
export function unitWord(word: string): UnitRef | undefined {
  return UNIT_ABBREVIATIONS.get(word) ?? CURRENCY_CODES.get(word) ?? UNIT_WORDS.get(word.toLowerCase());
}

/** A unit named by two words ("per cent", "percentage points"), or undefined. */
export function unitPhrase(first: string, second: string): UnitRef | undefined {
  return UNIT_PHRASES.get(`${first.toLowerCase()} ${second.toLowerCase()}`);
}

const MEASUREMENTS: ReadonlySet<Dimension> = new Set(['mass', 'length', 'area', 'volume', 'energy', 'power']);

/** Units that "a"/"an" can quantify as one ("a kilogram"): measurements, not durations or "times". */
export function isMeasurement(ref: UnitRef): boolean {
  return MEASUREMENTS.has(ref.dimension);
}

/** The temperature unit a degree sign and letter name ("°C", "°F"), or undefined. */
export function degreeUnit(letter: string): UnitRef | undefined {
  return letter === 'C' ? CELSIUS : letter === 'F' ? FAHRENHEIT : undefined;
}

const PLAIN_WORDS = /^[\p{L}\p{M}'\u2019-]+(?:\s+[\p{L}\p{M}'\u2019-]+)*$/u;

/**
 * Reads a claim's `unit` field (or any unit written on its own): "kg", "per cent", "%", "USD",
 * "$", "months", "times"; any other plain noun is a count of that noun ("groups" → count
 * "group"; "organized crime groups" → count "group", the head noun being the last word; "deaths
 * per 100,000 workers" → count "death", a rate of what comes before "per").
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
  // "bushels per acre", "deaths per 100,000 workers": a rate counts what comes before "per".
  const counted = trimmed.split(/ per /iu)[0] ?? trimmed;
  // "barrels per day" measures barrels, a volume, like "12.9 million barrels" in an article.
  if (counted !== trimmed) {
    const measured = parseUnit(counted);
    if (measured && measured.dimension !== 'count') return measured;
  }
  if (!PLAIN_WORDS.test(counted)) return undefined;
  const words = counted.split(' ');
  const head = words[words.length - 1] ?? trimmed;
  return { dimension: 'count', code: singular(head), toBase: 1 };
}
