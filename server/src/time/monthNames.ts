/** The English month names, January first: what dates, bases and number grouping read months by. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Each month name and its number (1–12). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.map((name, index) => [name, index + 1]),
);
