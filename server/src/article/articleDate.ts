import { parseDate, type Period } from '../time/period';

/** A leading `date YYYY-MM-DD` line, which may run on into the article's first sentence. */
const LEADING_DATE = /^[ \t\u00A0]*date[ \t\u00A0]+(\d{4}-\d{2}-\d{2})(?![\d-])[ \t\u00A0]*/i;

export interface LeadingDate {
  readonly period: Period;
  /** Document offset where the text after the date (and its trailing spaces) begins. */
  readonly proseStart: number;
}

/**
 * The article date from a leading `date YYYY-MM-DD` line: the first non-blank text of the document
 * (from `from`, e.g. after front matter), case-insensitive. The rest of that line is prose.
 */
export function findLeadingDate(text: string, from = 0): LeadingDate | undefined {
  let start = from;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  const match = LEADING_DATE.exec(text.slice(start, start + 64));
  if (!match || !match[1]) return undefined;
  const period = parseDate(match[1]);
  return period ? { period, proseStart: start + match[0].length } : undefined;
}

/** Front matter `date:`: a YAML date, a date string, or a datetime string (its day is taken). */
export function frontMatterDate(value: unknown): Period | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return parseDate(value.toISOString().slice(0, 10));
  }
  if (typeof value === 'number' && Number.isInteger(value)) return parseDate(String(value));
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T\s])/.exec(value);
  return match?.[1] ? parseDate(match[1]) : undefined;
}
