/**
 * A span of calendar time, as whole days: `start` inclusive, `end` exclusive, both counted in days
 * since 1970-01-01 (UTC). Claim periods, source dates, role spans and the times article sentences
 * name all become periods, so that "does this figure's time fit that claim?" is one overlap test.
 */
export interface Period {
  readonly start: number;
  readonly end: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function yearPeriod(year: number): Period {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) };
}

/** A month, or a run of months within one year (`firstMonth`..`lastMonth`, 1-based, inclusive). */
export function monthsPeriod(year: number, firstMonth: number, lastMonth = firstMonth): Period {
  return { start: dayNumber(year, firstMonth, 1), end: dayNumber(year, lastMonth + 1, 1) };
}

export function dayPeriod(year: number, month: number, day: number): Period {
  const start = dayNumber(year, month, day);
  return { start, end: start + 1 };
}

/** The smallest period that covers both. */
export function spanOf(first: Period, last: Period): Period {
  return { start: Math.min(first.start, last.start), end: Math.max(first.end, last.end) };
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Period, day: number): boolean {
  return day >= outer.start && day < outer.end;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The month (1–12) of a day. */
export function monthOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** Months since year 0 of a day's month: lets periods move by whole months with plain arithmetic. */
export function monthIndexOf(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The first day of the month a month index (see monthIndexOf) names. */
export function firstDayOfMonthIndex(monthIndex: number): number {
  return dayNumber(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses one date as SPEC writes them (YYYY, YYYY-MM or YYYY-MM-DD) into the period it names,
 * or undefined when it is not such a date or names no real day ("2024-13", "2023-02-30").
 */
export function parseDate(text: string): Period | undefined {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return yearPeriod(year);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return monthsPeriod(year, month);
  const day = Number(match[3]);
  const period = dayPeriod(year, month, day);
  const check = new Date(period.start * MS_PER_DAY);
  return check.getUTCMonth() + 1 === month && check.getUTCDate() === day ? period : undefined;
}

/** Parses a claim period: one date, or a range "FROM..TO" of two dates (inclusive of both). */
export function parsePeriod(text: string): Period | undefined {
  const parts = text.split('..');
  if (parts.length === 1) return parseDate(text);
  if (parts.length !== 2) return undefined;
  const from = parseDate(parts[0] ?? '');
  const to = parseDate(parts[1] ?? '');
  if (!from || !to || to.end <= from.start) return undefined;
  return { start: from.start, end: to.end };
}

function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A compact human label: "2016", "2016-06", "2016-01..2016-10", "2024-11-23". */
export function formatPeriod(period: Period): string {
  const first = isoDay(period.start);
  const lastDay = isoDay(period.end - 1);
  const wholeYears = first.endsWith('-01-01') && lastDay.endsWith('-12-31');
  const wholeMonths = first.endsWith('-01') && isoDay(period.end).endsWith('-01');
  const label = (iso: string): string => (wholeYears ? iso.slice(0, 4) : wholeMonths ? iso.slice(0, 7) : iso);
  const from = label(first);
  const to = label(lastDay);
  return from === to ? from : `${from}..${to}`;
}
