import type { Claim, Source } from '../claims/claimModel';
import type { Figure } from '../figures/figureModel';
import { parseDate, type Period } from '../time/period';

/**
 * The first day a writer could have known a claim: the day its first source came out, or, when no
 * source is dated, the day its period began. A forecast published in 2024 for 2025-26 is known in
 * 2024: its period has not begun, but the writer can quote it.
 */
export function claimKnownFrom(claim: Claim, sources: ReadonlyMap<string, Source>): number | undefined {
  let published: number | undefined;
  for (const id of claim.sources) {
    const date = sources.get(id)?.date;
    const day = date === undefined ? undefined : parseDate(date)?.start;
    if (day !== undefined && (published === undefined || day < published)) published = day;
  }
  return published ?? claim.period?.start;
}

/** Four-digit years in a subject: "Boeing deliveries in 2023" and "… in 2022" are one series. */
const YEAR_WORD = /\b(?:19|20)\d\d\b/gu;

/**
 * What makes claims one series over time: the same subject (years aside), place and unit. A figure
 * with no time of its own is about the series' present, not any of its past periods.
 */
export function claimSeriesKey(claim: Claim): string {
  const subject = claim.subject.toLowerCase().replace(YEAR_WORD, ' ').replace(/\s+/gu, ' ').trim();
  return [subject, claim.place?.toLowerCase() ?? '', claim.unit?.toLowerCase() ?? ''].join('\u0000');
}

/** What the chronology needs of a candidate claim. */
export interface DatedClaim {
  readonly claim: Claim;
  readonly knownFrom?: number;
  readonly seriesKey: string;
}

/**
 * The claims that may judge a figure of an article written on `articleDate`:
 * - never a claim the writer could not know yet (see claimKnownFrom);
 * - for a figure with no time of its own that does not say it is from earlier, of each series
 *   only the claim whose period holds the article's date or, if none does, the latest that ended
 *   before it: "the surplus surged 32 percent", written in January 2025, speaks of 2024, not 2022.
 * Without an article date every claim may judge.
 */
export function claimsForArticleDate<T extends { readonly indexed: DatedClaim }>(
  candidates: T[],
  figure: Figure,
  articleDate: Period | undefined,
): T[] {
  if (!articleDate) return candidates;
  const known = candidates.filter(
    ({ indexed }) => indexed.knownFrom === undefined || indexed.knownFrom < articleDate.end,
  );
  if (figure.time || figure.earlier) return known;
  const present = new Map<string, Period>();
  for (const { indexed } of known) {
    const period = indexed.claim.period;
    if (!period) continue;
    const best = present.get(indexed.seriesKey);
    if (!best || laterForArticle(period, best, articleDate)) present.set(indexed.seriesKey, period);
  }
  return known.filter(({ indexed }) => {
    const period = indexed.claim.period;
    const best = present.get(indexed.seriesKey);
    return !period || !best || (period.start === best.start && period.end === best.end);
  });
}

/** Whether `period` is nearer the article's present than `other`: holding its date first, then the latest end. */
function laterForArticle(period: Period, other: Period, articleDate: Period): boolean {
  const holds = (span: Period): boolean => span.start <= articleDate.start && articleDate.start < span.end;
  if (holds(period) !== holds(other)) return holds(period);
  return period.end > other.end;
}
