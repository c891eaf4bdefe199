import { parseDate, parsePeriod } from '../time/period';

const DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** A date or period as text: YAML reads an unquoted year (`2024`) as a number. */
export function dateText(value: string | number): string {
  return String(value);
}

/**
 * Why a written date names no real day ("2024-13", "2023-02-30"), or undefined when it is fine. The
 * schema already checks the shape; only the calendar needs `parseDate`.
 */
export function dateReason(value: string | number): string | undefined {
  return parseDate(dateText(value)) ? undefined : `is not a date (${DATE_FORMS})`;
}

/** Why a written period is not one: a bad date in it, or a range that ends before it starts. */
export function periodReason(value: string | number): string | undefined {
  const text = dateText(value);
  if (parsePeriod(text)) return undefined;
  const parts = text.split('..');
  if (parts.length === 1) return dateReason(text);
  const badPart = parts.find((part) => !parseDate(part));
  if (badPart !== undefined) return `names "${badPart}", which is not a date (${DATE_FORMS})`;
  return 'ends before it starts';
}
