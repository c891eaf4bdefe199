/**
 * Finds the times a sentence names ("in 2016", "the first 10 months of 2015", "January to October
 * 2016", "last year", "in June") and the period each one means. The figure extractor uses them in
 * two ways: numbers inside a time mention are not figures ("10" in "the first 10 months"), and a
 * figure's `time` is the period of the mention that governs its clause.
 *
 * Hand-written over tokens (not regular expressions over the text, and not a date-parsing library)
 * because it must run in linear time at typing speed and must hand back exactly which tokens each
 * mention covers; date libraries parse one string, they do not find dates inside prose.
 *
 * Decisions:
 * - Relative times ("last year", "in June", "last month") are read against the article date and
 *   have no period without one. A month without a year is the most recent such month not after the
 *   article date; a year elsewhere in the same sentence wins over the article date.
 * - "since 2015" runs from the start of 2015 to the end of the article date; with no article date
 *   its end is unknown, so it has no period.
 * - "until 2026", "till", "by 2030" name a deadline, not the time the figures describe: they are
 *   mentions (their numbers are not figures) but never a figure's time.
 * - A bare four-digit number from 1800 to 2100 is a year unless a unit follows it ("2000 kg").
 */
import { MONTH_NUMBERS } from '../time/monthNames';
import { dayNumber, dayPeriod, monthOf, monthsPeriod, spanOf, yearOf, yearPeriod } from '../time/period';
import type { Period } from '../time/period';
import { smallNumberWord, tensWord } from './numberWords';
import { isAdjacentPunct, nextToken, previousToken, wordText } from './tokenNavigation';
import type { Token } from './tokenize';
import { unitPhrase, unitWord } from './units';

export interface TimeMention {
  /** Sentence offsets of the mention. */
  readonly start: number;
  readonly end: number;
  /** Token indices the mention covers: [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
  readonly period?: Period;
  /**
   * `time`: when the figures it governs are; `base`: what a figure is compared with ("of its 2019
   * level"), the time only of a figure glossing it ("from yearend 2021 (1,205,100)"); `deadline`
   * ("until 2026") and `dateline` ("CHICAGO (August 29, 2024) –") are never a figure's time.
   */
  readonly role: 'time' | 'base' | 'deadline' | 'dateline';
  /** An owner ("November's 121.8 points"): the time of its own clause only, never lent to others. */
  readonly possessive: boolean;
}

const MONTHS = MONTH_NUMBERS;
/** Abbreviations count only with a full stop or a day/year after them ("Nov. 3"), never alone. */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Words before a month on its own that make it a time ("in June"), unlike "a June memo". */
const LONE_MONTH_PREPOSITIONS = new Set([
  'in',
  'for',
  'during',
  'since',
  'until',
  'till',
  'by',
  'through',
  'from',
  'between',
  'last',
  'this',
  'next',
  'early',
  'late',
  'mid',
  'before',
  'after',
]);
const DEADLINE_WORDS = new Set(['until', 'till', 'by']);
/**
 * Words before a bare year that make it the base of a comparison, not the figure's time: "12%
 * larger than 2022", "94.5 per cent of 2019", "down 3.2 per cent on 2016", "up 5% over 2022",
 * "4 per cent above 2019".
 */
const COMPARISON_WORDS = new Set(['than', 'of', 'on', 'over', 'versus', 'vs', 'against', 'above', 'below']);
/**
 * Comparison words that make a longer time ("December 2019", "the fourth quarter of 2019") a base:
 * "2.3 per cent above December 2019 traffic". Not "on" and "of", which precede plain times ("on
 * December 31, 2022", "the report of June 2023").
 */
const COMPARISON_WORDS_BEFORE_DATES = new Set(['than', 'over', 'versus', 'vs', 'against', 'above', 'below']);
/** Words before "of" that make the year after it a time, not a base: "as of 2024", "the end of 2023". */
const TIME_BEFORE_OF = new Set([
  'as',
  'whole',
  'all',
  'most',
  'much',
  'rest',
  'part',
  'course',
  'half',
  'end',
  'beginning',
  'start',
  'middle',
]);
/** Determiners that may stand between a comparison word and its time: "above the December 2019 level". */
const BASE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/** Nouns after a time that make it a comparison's base: "94 per cent of its 2019 level". */
const BASE_NOUNS = new Set(['level', 'levels', 'average']);
/** Words before such a noun's time that compare with it: "of", "below", "to" ("back to 2019 levels"). */
const BASE_LEADS = new Set([...COMPARISON_WORDS, 'to', 'with', 'from']);
const OPEN_BOUND_WORDS = new Set(['before', 'after']);
const RANGE_CONNECTORS = new Set(['to', 'through', 'until', 'till', 'and']);
const RANGE_DASHES = new Set(['-', '\u2013', '\u2014']);
const BOUNDARY_WORDS = new Set(['end', 'beginning', 'start', 'middle']);
const RELATIVE_WORDS = new Set(['last', 'this', 'next', 'past']);
const STRETCH_WORDS = new Set(['first', 'last', 'past', 'next', 'previous', 'coming', 'following']);
const DURATION_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

const MS_PER_DAY = 86_400_000;

function isCapitalised(token: Token): boolean {
  const first = token.text[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** A plain four-digit year 1800..2100 (no separators, no decimals, no unit after it). */
export function isYearToken(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const numeral = token?.numeral;
  if (!numeral || numeral.grouped || numeral.decimals > 0 || numeral.integerDigits.length !== 4) return false;
  if (numeral.value < 1800 || numeral.value > 2100) return false;
  const after = nextToken(tokens, index);
  if (after?.token.kind === 'punct' && after.token.text === '%') return false;
  const word = after?.token.kind === 'word' ? after.token.text : undefined;
  if (word === undefined) return true;
  if (!after?.spaced) return word === 's'; // "1990s" is a decade; "2000kg" is not a year
  const second = nextToken(tokens, after.index);
  const secondWord = second?.token.kind === 'word' && second.spaced ? second.token.text : undefined;
  return (
    unitWord(word) === undefined && (secondWord === undefined || unitPhrase(word, secondWord) === undefined)
  );
}

const POSSESSIVE_ENDING = /['\u2019]s$/u;

/** A month name at `index`: its number and the index after it (past an abbreviation's full stop). */
function monthAt(
  tokens: readonly Token[],
  index: number,
): { month: number; next: number; abbreviated: boolean; possessive?: boolean } | undefined {
  const token = tokens[index];
  if (token?.kind !== 'word' || !isCapitalised(token)) return undefined;
  const lower = token.lower;
  const full = MONTHS.get(lower);
  if (full !== undefined) return { month: full, next: index + 1, abbreviated: false };
  // "November's 121.8 points": the month owns the figure that follows.
  const owner = MONTHS.get(lower.replace(POSSESSIVE_ENDING, ''));
  if (owner !== undefined) return { month: owner, next: index + 1, abbreviated: false, possessive: true };
  const short = MONTH_ABBREVIATIONS.get(lower);
  if (short === undefined) return undefined;
  const after = tokens[index + 1];
  if (after?.kind === 'punct' && after.text === '.')
    return { month: short, next: index + 2, abbreviated: true };
  return { month: short, next: index + 1, abbreviated: true };
}

/** A day of the month (1..31) at `index`: one or two plain digits not glued to anything after. */
function isDayToken(tokens: readonly Token[], index: number): boolean {
  const numeral = tokens[index]?.numeral;
  if (!numeral || numeral.grouped || numeral.decimals > 0 || numeral.integerDigits.length > 2) return false;
  if (numeral.value < 1 || numeral.value > 31) return false;
  const after = tokens[index + 1];
  return after === undefined || after.kind === 'space' || (after.kind === 'punct' && after.text !== '%');
}

interface Point {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** Index of the first token after the point. */
  readonly next: number;
  /** Written as an owner ("November's"): a time without a preposition before it. */
  readonly possessive?: boolean;
}

/** Skips one space at `index`, if there is one. */
function skipSpace(tokens: readonly Token[], index: number): number {
  return tokens[index]?.kind === 'space' ? index + 1 : index;
}

/** "June", "June 17", "June 17, 2016", "Nov. 3", "June 2016", "17 June 2016" or "2016" at `index`. */
function pointAt(tokens: readonly Token[], index: number): Point | undefined {
  if (isYearToken(tokens, index)) return { year: tokens[index]?.numeral?.value, next: index + 1 };
  let month = monthAt(tokens, index);
  let day: number | undefined;
  let cursor: number;
  if (month) {
    cursor = month.next;
    const dayIndex = skipSpace(tokens, cursor);
    if (dayIndex > cursor && isDayToken(tokens, dayIndex)) {
      day = tokens[dayIndex]?.numeral?.value;
      cursor = dayIndex + 1;
    }
  } else if (isDayToken(tokens, index) && tokens[index + 1]?.kind === 'space') {
    month = monthAt(tokens, index + 2);
    if (!month) return undefined;
    day = tokens[index]?.numeral?.value;
    cursor = month.next;
  } else {
    return undefined;
  }
  if (month.abbreviated && day === undefined && tokens[month.next - 1]?.text !== '.') return undefined;
  if (month.possessive)
    return day === undefined ? { month: month.month, next: cursor, possessive: true } : undefined;
  let yearIndex = cursor;
  if (tokens[yearIndex]?.text === ',') yearIndex++;
  const afterSpace = skipSpace(tokens, yearIndex);
  if (afterSpace > yearIndex && isYearToken(tokens, afterSpace)) {
    return { year: tokens[afterSpace]?.numeral?.value, month: month.month, day, next: afterSpace + 1 };
  }
  return { month: month.month, day, next: cursor };
}

function pointPeriod(point: Point, year: number): Period | undefined {
  if (point.month === undefined) return yearPeriod(year);
  if (point.day === undefined) return monthsPeriod(year, point.month);
  const period = dayPeriod(year, point.month, point.day);
  return monthOf(period.start) === point.month ? period : undefined;
}

/** The year a month without one belongs to: the latest such month not after the article date. */
function yearForMonth(month: number, articleDate: Period | undefined): number | undefined {
  if (!articleDate) return undefined;
  const year = yearOf(articleDate.start);
  return month <= monthOf(articleDate.start) ? year : year - 1;
}

/** Indices of plain year tokens (not decades, not a month's own year) in the sentence, in order. */
function yearTokenIndices(tokens: readonly Token[]): number[] {
  const indices: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'number' || !isYearToken(tokens, index) || tokens[index + 1]?.text === 's') return;
    // "December 2022" is a month of its own, and "94 per cent of 2019" a base of comparison: neither
    // year is lent to another time of the sentence.
    const before = wordText(previousToken(tokens, index)?.token);
    if (!MONTHS.has(before ?? '') && !isComparisonBase(tokens, index, index + 1)) indices.push(index);
  });
  return indices;
}

/** The year of the nearest year token outside [from, to), by binary search over `yearIndices`. */
function nearestSentenceYear(
  tokens: readonly Token[],
  yearIndices: readonly number[],
  from: number,
  to: number,
): number | undefined {
  let low = 0;
  let high = yearIndices.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((yearIndices[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  const before = yearIndices[low - 1];
  let afterPosition = low;
  while ((yearIndices[afterPosition] ?? Infinity) < to) afterPosition++;
  const after = yearIndices[afterPosition];
  const nearest =
    before === undefined
      ? after
      : after === undefined
        ? before
        : from - before <= after - to
          ? before
          : after;
  return nearest === undefined ? undefined : tokens[nearest]?.numeral?.value;
}

/** After a point: "to the end of October", "- 2021", "and 2021". Returns the second point. */
function rangeEndAfter(tokens: readonly Token[], point: Point, betweenBefore: boolean): Point | undefined {
  const connector = nextToken(tokens, point.next - 1);
  if (!connector) return undefined;
  const word = wordText(connector.token);
  const isConnector =
    (word !== undefined &&
      RANGE_CONNECTORS.has(word) &&
      connector.spaced &&
      (word !== 'and' || betweenBefore)) ||
    (connector.token.kind === 'punct' && RANGE_DASHES.has(connector.token.text));
  if (!isConnector) return undefined;
  let cursor = skipSpace(tokens, connector.index + 1);
  // "to the end of October": the boundary words only narrow the point, which stays a month.
  if (wordText(tokens[cursor]) === 'the' && BOUNDARY_WORDS.has(wordText(tokens[cursor + 2]) ?? '')) {
    if (wordText(tokens[cursor + 4]) === 'of') cursor = skipSpace(tokens, cursor + 5);
  }
  const end = pointAt(tokens, cursor);
  if (end) return end;
  // "2015-16", "2015/16": a year followed by the last two digits of the next.
  const short = tokens[cursor]?.numeral;
  if (
    point.month === undefined &&
    point.year !== undefined &&
    short &&
    short.integerDigits.length === 2 &&
    !connector.spaced
  ) {
    const century = Math.floor(point.year / 100) * 100;
    const year = century + short.value;
    if (year === point.year + 1) return { year, next: cursor + 1 };
  }
  return undefined;
}

interface Draft {
  readonly firstToken: number;
  readonly endToken: number;
  readonly period?: Period;
}

/** Words back from "on" that "since" may stand: "since the last CDC notice on Aug. 28". */
const SINCE_REACH = 6;

/**
 * Whether "since" opens the phrase that the "on" at `on` ends, with no punctuation between: "since
 * the last CDC notice on Aug. 28, bringing the total to 59" counts from that day to the article's.
 */
function sinceGoverns(tokens: readonly Token[], on: number): boolean {
  let words = 0;
  for (let index = on - 1; index >= 0 && words < SINCE_REACH; index--) {
    const token = tokens[index];
    if (token?.kind === 'punct') return false;
    if (token?.kind !== 'word') continue;
    if (token.lower === 'since') return true;
    words++;
  }
  return false;
}

/** A calendar point or a range of two, with prepositions read from the word before it. */
function calendarMention(
  tokens: readonly Token[],
  index: number,
  articleDate: Period | undefined,
  yearIndices: readonly number[],
): Draft | undefined {
  const before = previousToken(tokens, index);
  let lead = wordText(before?.token);
  // "mid-June"
  if (before && !before.spaced && before.token.text === '-')
    lead = wordText(previousToken(tokens, before.index)?.token);
  const first = pointAt(tokens, index);
  if (!first) return undefined;
  const last = rangeEndAfter(tokens, first, lead === 'between');
  const isLoneMonth = !last && first.year === undefined && first.day === undefined;
  if (isLoneMonth && !first.possessive && (lead === undefined || !LONE_MONTH_PREPOSITIONS.has(lead)))
    return undefined;
  const endToken = (last ?? first).next;

  // Years for points written without one: the range's other end, the sentence, the article date.
  const explicitYear = last?.year ?? first.year ?? nearestSentenceYear(tokens, yearIndices, index, endToken);
  const lastYear = explicitYear ?? yearForMonth((last ?? first).month ?? 12, articleDate);
  let period: Period | undefined;
  if (lastYear !== undefined) {
    const lastPeriod = pointPeriod(last ?? first, lastYear);
    let firstYear = first.year ?? lastYear;
    if (last && first.year === undefined && (first.month ?? 1) > (last.month ?? 12)) firstYear--;
    const firstPeriod = last ? pointPeriod(first, firstYear) : lastPeriod;
    if (firstPeriod && lastPeriod && firstPeriod.start <= lastPeriod.start)
      period = spanOf(firstPeriod, lastPeriod);
  }
  let firstToken = index;
  if (lead === 'since' || lead === 'between' || lead === 'from' || (lead && DEADLINE_WORDS.has(lead))) {
    firstToken = before?.index ?? index;
  }
  if (lead === 'since' || (lead === 'on' && before && sinceGoverns(tokens, before.index))) {
    // Since a day is after it ("since the notice on Aug. 28": that day's count is the old one);
    // since a month or a year includes it ("since 2015").
    const start = period && period.end - period.start === 1 ? period.end : period?.start;
    period =
      start !== undefined && articleDate && articleDate.end > start
        ? { start, end: articleDate.end }
        : undefined;
  }
  if (lead && OPEN_BOUND_WORDS.has(lead)) period = undefined;
  return { firstToken, endToken, period };
}

/** The value of a small count written in digits or words ("10", "five", "twenty-five"), and the index after it. */
function countAt(tokens: readonly Token[], index: number): { value: number; next: number } | undefined {
  const token = tokens[index];
  if (token?.numeral) {
    const numeral = token.numeral;
    return numeral.decimals === 0 && !numeral.grouped && numeral.integerDigits.length <= 3
      ? { value: numeral.value, next: index + 1 }
      : undefined;
  }
  const word = wordText(token);
  if (word === undefined) return undefined;
  const small = smallNumberWord(word);
  if (small !== undefined) return { value: small, next: index + 1 };
  const tens = tensWord(word);
  if (tens === undefined) return undefined;
  const unit = isAdjacentPunct(nextToken(tokens, index), '-')
    ? smallNumberWord(wordText(tokens[index + 2]) ?? '')
    : undefined;
  return unit !== undefined && unit > 0
    ? { value: tens + unit, next: index + 3 }
    : { value: tens, next: index + 1 };
}

/** `articleDate` moved by `count` units (negative: back), at day precision. */
function shifted(articleDate: Period, count: number, unit: 'day' | 'week' | 'month' | 'year'): number {
  const date = new Date(articleDate.start * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  switch (unit) {
    case 'day':
      return articleDate.start + count;
    case 'week':
      return articleDate.start + 7 * count;
    case 'month':
      return dayNumber(year, month + count, day);
    case 'year':
      return dayNumber(year + count, month, day);
  }
}

/** "the first 10 months of 2015", "the past five years", "two years ago". */
function stretchMention(
  tokens: readonly Token[],
  index: number,
  articleDate: Period | undefined,
): Draft | undefined {
  const lead = wordText(tokens[index]);
  const isStretch = lead !== undefined && STRETCH_WORDS.has(lead);
  const countIndex = isStretch ? skipSpace(tokens, index + 1) : index;
  if (isStretch && countIndex === index + 1) return undefined;
  const count = countAt(tokens, countIndex);
  if (!count || tokens[count.next]?.kind !== 'space') return undefined;
  const unit = DURATION_UNITS.get(wordText(tokens[count.next + 1]) ?? '');
  if (!unit) return undefined;
  const unitEnd = count.next + 2;
  if (!isStretch) {
    if (wordText(nextToken(tokens, unitEnd - 1)?.token) !== 'ago') return undefined;
    const agoIndex = skipSpace(tokens, unitEnd);
    if (!articleDate) return { firstToken: index, endToken: agoIndex + 1 };
    const day = shifted(articleDate, -count.value, unit);
    const year = yearOf(day);
    const period =
      unit === 'year'
        ? yearPeriod(year)
        : unit === 'month'
          ? monthsPeriod(year, monthOf(day))
          : { start: day, end: day + 1 };
    return { firstToken: index, endToken: agoIndex + 1, period };
  }
  // "of 2015" pins the stretch to a year.
  const of = nextToken(tokens, unitEnd - 1);
  const yearIndex = of && wordText(of.token) === 'of' ? skipSpace(tokens, of.index + 1) : -1;
  if (yearIndex > 0 && isYearToken(tokens, yearIndex)) {
    const year = tokens[yearIndex]?.numeral?.value ?? 0;
    let period: Period | undefined;
    if (unit === 'month' && count.value >= 1 && count.value <= 12) {
      if (lead === 'first') period = monthsPeriod(year, 1, count.value);
      if (lead === 'last') period = monthsPeriod(year, 13 - count.value, 12);
    }
    return { firstToken: index, endToken: yearIndex + 1, period };
  }
  let period: Period | undefined;
  if (articleDate && (lead === 'past' || lead === 'last' || lead === 'previous')) {
    period = { start: shifted(articleDate, -count.value, unit), end: articleDate.end };
  } else if (articleDate && (lead === 'next' || lead === 'coming' || lead === 'following')) {
    period = { start: articleDate.start, end: shifted(articleDate, count.value, unit) };
  }
  return { firstToken: index, endToken: unitEnd, period };
}

const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
]);
const QUARTER_CODE = /^q([1-4])$/iu;

/**
 * "the first quarter", "the third quarter of 2023", "Q1 2024": three months of a year, the year
 * written, else the sentence's, else the latest such quarter not after the article date.
 */
function quarterMention(
  tokens: readonly Token[],
  index: number,
  articleDate: Period | undefined,
  yearIndices: readonly number[],
): Draft | undefined {
  const word = wordText(tokens[index]);
  if (word === undefined) return undefined;
  let quarter = QUARTER_ORDINALS.get(word);
  let cursor = index + 1;
  if (quarter !== undefined) {
    const noun = nextToken(tokens, index);
    if (!noun || wordText(noun.token) !== 'quarter') return undefined;
    cursor = noun.index + 1;
  } else {
    // "Q4": the letter and the digit are two tokens.
    const digit = tokens[index + 1];
    if (word !== 'q' || digit?.kind !== 'number') return undefined;
    const code = QUARTER_CODE.exec(`q${digit.text}`);
    if (!code) return undefined;
    quarter = Number(code[1]);
    cursor = index + 2;
  }
  // "of 2023", "2023": the quarter's own year.
  let year: number | undefined;
  const after = nextToken(tokens, cursor - 1);
  const yearIndex =
    after && wordText(after.token) === 'of' ? skipSpace(tokens, after.index + 1) : skipSpace(tokens, cursor);
  if (yearIndex > cursor - 1 && isYearToken(tokens, yearIndex)) {
    year = tokens[yearIndex]?.numeral?.value;
    cursor = yearIndex + 1;
  }
  const lastMonth = quarter * 3;
  year ??= nearestSentenceYear(tokens, yearIndices, index, cursor) ?? yearForMonth(lastMonth, articleDate);
  const draft = { firstToken: index, endToken: cursor };
  return year === undefined ? draft : { ...draft, period: monthsPeriod(year, lastMonth - 2, lastMonth) };
}

/**
 * "the nine months to December 2024", "the year to March", "three months to June": a run of months
 * ending with the month named, as statistical releases count year-to-date and rolling totals.
 */
function monthsToMention(
  tokens: readonly Token[],
  index: number,
  articleDate: Period | undefined,
  yearIndices: readonly number[],
): Draft | undefined {
  const isYear = wordText(tokens[index]) === 'year';
  const count = isYear ? { value: 12, next: index } : countAt(tokens, index);
  if (!count) return undefined;
  let cursor = count.next;
  if (!isYear) {
    if (
      tokens[cursor]?.kind !== 'space' ||
      DURATION_UNITS.get(wordText(tokens[cursor + 1]) ?? '') !== 'month'
    )
      return undefined;
    cursor += 1;
  }
  const to = nextToken(tokens, cursor);
  if (!to || wordText(to.token) !== 'to') return undefined;
  const pointIndex = skipSpace(tokens, to.index + 1);
  const end = pointAt(tokens, pointIndex);
  if (!end || end.month === undefined || end.day !== undefined || count.value < 1 || count.value > 120)
    return undefined;
  const year =
    end.year ??
    nearestSentenceYear(tokens, yearIndices, index, end.next) ??
    yearForMonth(end.month, articleDate);
  const draft = { firstToken: index, endToken: end.next };
  if (year === undefined) return draft;
  const monthsBack = end.month - count.value;
  const startYear = year + Math.floor(monthsBack / 12);
  const startMonth = (((monthsBack % 12) + 12) % 12) + 1;
  return { ...draft, period: spanOf(monthsPeriod(startYear, startMonth), monthsPeriod(year, end.month)) };
}

/** "last year", "this month", "last week" against the article date. */
function relativeMention(
  tokens: readonly Token[],
  index: number,
  articleDate: Period | undefined,
): Draft | undefined {
  const lead = wordText(tokens[index]);
  if (lead === undefined || !RELATIVE_WORDS.has(lead) || tokens[index + 1]?.kind !== 'space')
    return undefined;
  const unit = DURATION_UNITS.get(wordText(tokens[index + 2]) ?? '');
  if (!unit || unit === 'day' || wordText(tokens[index + 2])?.endsWith('s')) return undefined;
  const endToken = index + 3;
  if (!articleDate) return { firstToken: index, endToken };
  const offset = lead === 'last' ? -1 : lead === 'next' ? 1 : 0;
  if (lead === 'past')
    return {
      firstToken: index,
      endToken,
      period: { start: shifted(articleDate, -1, unit), end: articleDate.end },
    };
  const year = yearOf(articleDate.start);
  if (unit === 'year') return { firstToken: index, endToken, period: yearPeriod(year + offset) };
  if (unit === 'month') {
    const start = dayNumber(year, monthOf(articleDate.start) + offset, 1);
    return { firstToken: index, endToken, period: monthsPeriod(yearOf(start), monthOf(start)) };
  }
  const start = articleDate.start + 7 * offset - (offset === 0 ? 6 : 0);
  return { firstToken: index, endToken, period: { start, end: offset === 0 ? articleDate.end : start + 7 } };
}

/** Seasons as meteorological quarters of the northern hemisphere, by their last month. */
const SEASON_LAST_MONTHS: ReadonlyMap<string, number> = new Map([
  ['spring', 5],
  ['summer', 8],
  ['autumn', 11],
  ['fall', 11],
  ['winter', 2],
]);

/** The season that ends in `year` ("winter 2024" runs from December 2023 to February 2024). */
function seasonPeriod(lastMonth: number, year: number): Period {
  const start = dayNumber(year, lastMonth - 2, 1);
  return { start, end: monthsPeriod(year, lastMonth).end };
}

/**
 * "this summer", "last winter", "next spring" against the article date (this and last: the latest
 * such season begun by then; next: the first to begin after), and "summer 2023", "the summer of
 * 2023". "fall" only with one of these, where it cannot be the verb.
 */
function seasonMention(
  tokens: readonly Token[],
  index: number,
  articleDate: Period | undefined,
): Draft | undefined {
  const lead = wordText(tokens[index]);
  if (lead === undefined) return undefined;
  const relative = RELATIVE_WORDS.has(lead) && lead !== 'past' && tokens[index + 1]?.kind === 'space';
  const seasonIndex = relative ? index + 2 : index;
  const lastMonth = SEASON_LAST_MONTHS.get(wordText(tokens[seasonIndex]) ?? '');
  if (lastMonth === undefined) return undefined;
  if (relative) {
    const draft = { firstToken: index, endToken: seasonIndex + 1 };
    if (!articleDate) return draft;
    const year = yearOf(articleDate.start);
    const seasons = [year - 1, year, year + 1].map((candidate) => seasonPeriod(lastMonth, candidate));
    const period =
      lead === 'next'
        ? seasons.find((season) => season.start > articleDate.start)
        : seasons.filter((season) => season.start <= articleDate.start).pop();
    return period ? { ...draft, period } : draft;
  }
  const after = nextToken(tokens, index);
  const yearIndex =
    after && wordText(after.token) === 'of'
      ? skipSpace(tokens, after.index + 1)
      : skipSpace(tokens, index + 1);
  if (yearIndex <= index || !isYearToken(tokens, yearIndex)) return undefined;
  const year = tokens[yearIndex]?.numeral?.value;
  if (year === undefined || lead === 'fall') return undefined;
  return { firstToken: index, endToken: yearIndex + 1, period: seasonPeriod(lastMonth, year) };
}

/** "2016's", "1990s", "'90s", "2024-11-23" — years and dates written around a year token. */
function yearFormMention(tokens: readonly Token[], index: number): Draft | undefined {
  const token = tokens[index];
  const numeral = token?.numeral;
  if (!numeral) return undefined;
  const after = tokens[index + 1];
  // "'90s": a two-digit decade; which century is anyone's guess, so no period.
  const before = tokens[index - 1];
  if (
    numeral.integerDigits.length === 2 &&
    numeral.decimals === 0 &&
    before?.kind === 'punct' &&
    (before.text === "'" || before.text === '\u2019') &&
    after?.text === 's'
  ) {
    return { firstToken: index - 1, endToken: index + 2 };
  }
  if (!isYearToken(tokens, index)) return undefined;
  const year = numeral.value;
  if (after?.text === 's')
    return {
      firstToken: index,
      endToken: index + 2,
      period: { start: yearPeriod(year).start, end: yearPeriod(year + 9).end },
    };
  if ((after?.text === "'" || after?.text === '\u2019') && tokens[index + 2]?.text === 's') {
    return { firstToken: index, endToken: index + 3, period: yearPeriod(year) };
  }
  // ISO dates "2024-11-23" and "2024-11".
  const month = tokens[index + 2]?.numeral;
  if (after?.text === '-' && month && month.integerDigits.length === 2 && month.decimals === 0) {
    const day = tokens[index + 3]?.text === '-' ? tokens[index + 4]?.numeral : undefined;
    const iso = `${year}-${month.integerDigits}${day ? `-${day.integerDigits}` : ''}`;
    if (day?.integerDigits.length === 2 || !day) {
      const endToken = day ? index + 5 : index + 3;
      const period = isoPeriod(iso);
      if (period) return { firstToken: index, endToken, period };
    }
  }
  return undefined;
}

function isoPeriod(iso: string): Period | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined;
  if (day === undefined) return monthsPeriod(year, month);
  const period = dayPeriod(year, month, day);
  return monthOf(period.start) === month ? period : undefined;
}

/** "today", "yesterday". */
function dayWordMention(
  tokens: readonly Token[],
  index: number,
  articleDate: Period | undefined,
): Draft | undefined {
  const word = wordText(tokens[index]);
  if (word !== 'today' && word !== 'yesterday') return undefined;
  if (!articleDate) return { firstToken: index, endToken: index + 1 };
  const start = articleDate.start - (word === 'yesterday' ? 1 : 0);
  return { firstToken: index, endToken: index + 1, period: { start, end: start + 1 } };
}

/** What a change figure ends with just before "from": its number, or a percentage word. */
const CHANGE_FIGURE_ENDS = new Set(['%', 'percent', 'cent', 'points', 'point']);

/**
 * "down 13.1% from December 2022", "up 5% from 2022": a single time right after a figure and
 * "from" is the base the change is measured from, not the figure's time. A span ("from 2018 to
 * 2021") or a "from" that follows no figure ("deaths from January to October") is a time.
 */
function isChangeBase(tokens: readonly Token[], draft: Draft): boolean {
  const lead = wordText(tokens[draft.firstToken]);
  const from = lead === 'from' ? { index: draft.firstToken } : previousToken(tokens, draft.firstToken);
  if (!from || wordText(tokens[from.index]) !== 'from') return false;
  // "from November's 121.8 points": the month owns the base figure after it.
  if (POSSESSIVE_ENDING.test(tokens[draft.endToken - 1]?.text ?? '')) return false;
  for (let index = draft.firstToken + 1; index < draft.endToken; index++) {
    const token = tokens[index];
    if (
      RANGE_CONNECTORS.has(wordText(token) ?? '') ||
      (token?.kind === 'punct' && RANGE_DASHES.has(token.text))
    )
      return false;
  }
  return endsFigure(previousToken(tokens, from.index)?.token);
}

/**
 * Whether a time is what a figure is compared with rather than when it is: a bare year after a
 * comparison word ("12% larger than 2022", "down 3.2 per cent on 2016"), a longer time after one of
 * the comparison words that precede dates ("2.3 per cent above December 2019 traffic"), or a time
 * named as a level or an average that is compared with ("94 per cent of its 2019 level", "13.7%
 * below its 2022 average", "of the level in December 2019").
 */
function isComparisonBase(tokens: readonly Token[], firstToken: number, endToken: number): boolean {
  let before = previousToken(tokens, firstToken);
  const determined = before !== undefined && BASE_DETERMINERS.has(wordText(before.token) ?? '');
  if (before && determined) before = previousToken(tokens, before.index);
  if (!before) return false;
  const word = wordText(before.token) ?? '';
  const wordBefore = previousToken(tokens, before.index)?.token;
  // "over" and "on" make a base only right after a figure ("up 5% over 2022"); "Over the past five
  // years, …" and "On 2022's figures, …" are times.
  if (FIGURE_BOUND_WORDS.has(word) && !endsFigure(wordBefore)) return false;
  if (word === 'of' && TIME_BEFORE_OF.has(wordText(wordBefore) ?? '')) return false;
  if (word === 'in' && BASE_NOUNS.has(wordText(wordBefore) ?? '')) return true;
  if (namesSamePeriod(tokens, before.index)) return true;
  if (BASE_NOUNS.has(wordText(nextToken(tokens, endToken - 1)?.token) ?? '')) return BASE_LEADS.has(word);
  const bareYear = tokens[firstToken]?.kind === 'number' && endToken - firstToken === 1;
  return bareYear && !determined ? COMPARISON_WORDS.has(word) : COMPARISON_WORDS_BEFORE_DATES.has(word);
}

/** Periods a comparison names as "the same … in 2019": the base of a year-on-year figure. */
const SAME_PERIOD_NOUNS = new Set(['period', 'quarter', 'month', 'week', 'season', 'day', 'time']);

/**
 * Whether the word at `preposition` ends "the same quarter in", "the same month of": the time after
 * it is what the figure is compared with ("4.4 per cent higher than the same quarter in 2019"), and
 * its year is no time of the sentence's other figures.
 */
function namesSamePeriod(tokens: readonly Token[], preposition: number): boolean {
  const word = wordText(tokens[preposition]);
  if (word !== 'in' && word !== 'of') return false;
  const noun = previousToken(tokens, preposition);
  if (!noun || !SAME_PERIOD_NOUNS.has(wordText(noun.token) ?? '')) return false;
  return wordText(previousToken(tokens, noun.index)?.token) === 'same';
}

const DATELINE_DASHES = new Set(['-', '\u2013', '\u2014']);

/**
 * "CHICAGO (August 29, 2024) – Nine deaths …": a date in brackets before a dash is when the story
 * was filed, not when its figures are.
 */
function isDateline(tokens: readonly Token[], draft: Draft): boolean {
  const opening = previousToken(tokens, draft.firstToken);
  const closing = nextToken(tokens, draft.endToken - 1);
  if (opening?.token.text !== '(' || closing?.token.text !== ')') return false;
  const dash = nextToken(tokens, closing.index)?.token;
  return dash?.kind === 'punct' && DATELINE_DASHES.has(dash.text);
}

/** Comparison words that make a base only after a figure. */
const FIGURE_BOUND_WORDS = new Set(['over', 'on']);

function endsFigure(token: Token | undefined): boolean {
  return token?.kind === 'number' || CHANGE_FIGURE_ENDS.has(token?.text.toLowerCase() ?? '');
}

export function findTimeMentions(tokens: readonly Token[], articleDate: Period | undefined): TimeMention[] {
  const mentions: TimeMention[] = [];
  const yearIndices = yearTokenIndices(tokens);
  let index = 0;
  while (index < tokens.length) {
    const draft =
      quarterMention(tokens, index, articleDate, yearIndices) ??
      monthsToMention(tokens, index, articleDate, yearIndices) ??
      yearFormMention(tokens, index) ??
      stretchMention(tokens, index, articleDate) ??
      relativeMention(tokens, index, articleDate) ??
      seasonMention(tokens, index, articleDate) ??
      calendarMention(tokens, index, articleDate, yearIndices) ??
      dayWordMention(tokens, index, articleDate);
    if (!draft) {
      index++;
      continue;
    }
    const first = tokens[draft.firstToken];
    const last = tokens[draft.endToken - 1];
    const lead = wordText(first);
    const role =
      lead !== undefined && DEADLINE_WORDS.has(lead)
        ? 'deadline'
        : isDateline(tokens, draft)
          ? 'dateline'
          : isComparisonBase(tokens, draft.firstToken, draft.endToken) || isChangeBase(tokens, draft)
            ? 'base'
            : 'time';
    if (first && last) {
      mentions.push({
        start: first.start,
        end: last.end,
        firstToken: draft.firstToken,
        endToken: draft.endToken,
        period: draft.period,
        role,
        possessive: POSSESSIVE_ENDING.test(last?.text ?? ''),
      });
    }
    index = Math.max(draft.endToken, index + 1);
  }
  return mentions;
}
