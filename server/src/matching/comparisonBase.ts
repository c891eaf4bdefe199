/**
 * What a change or a difference is measured against: "down 13.1% from December 2022" and "fall
 * from the same month a year earlier" name one base, "down 1.5% from November's" and
 * "month-on-month fall" another. A figure and a claim that name bases which cannot be the same time
 * are about different comparisons, whatever their other words share (SPEC: time is read per
 * figure; a change's base is part of its time).
 *
 * Read with regular expressions over the few words around a figure and over a claim's subject:
 * bases are written in a small set of set phrases, and the figure's own time mentions (see
 * figures/timeMentions) already keep base years from dating the figure. The patterns are literals
 * so that the linear-time check reads them; a year is never followed by a range's other end ("from
 * 2022 to 2023" is a time, not a base).
 */
import { MONTH_NUMBERS } from '../time/monthNames';
import {
  firstDayOfMonthIndex,
  monthIndexOf,
  monthsPeriod,
  overlaps,
  yearOf,
  yearPeriod,
} from '../time/period';
import type { Period } from '../time/period';

export type ComparisonBase =
  /** The period a fixed number of months before the compared one: "year-on-year" is 12. */
  | { readonly kind: 'before'; readonly months: number }
  /**
   * A named time: "2019" (a year), "December 2019" (a month), "the same quarter of 2019" (the
   * compared period's months in that year), "November's" (a month without a year).
   */
  | { readonly kind: 'named'; readonly year?: number; readonly month?: number; readonly sameSpan: boolean };

/** Relative bases and how many months back they lie. */
const RELATIVE_BASES: readonly (readonly [RegExp, number])[] = [
  [
    /\b(?:year[- ](?:on|over)[- ]year|(?:previous|prior|preceding) (?:year|season)|(?:a|the|one) year (?:earlier|before|ago)|year[- ]earlier|last year's)\b/iu,
    12,
  ],
  [/\b(?:quarter[- ](?:on|over)[- ]quarter|(?:previous|prior|preceding) quarter)\b/iu, 3],
  [
    /\b(?:month[- ](?:on|over)[- ]month|(?:previous|prior|preceding) month|(?:a|the|one) month (?:earlier|before))\b/iu,
    1,
  ],
];

/** "the same quarter of 2019", "the same month in 2022": always a base. */
const SAME_SPAN =
  /\bthe\s+same\s+(?:month|quarter|period|week|season)\s+(?:of|in)\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)/iu;
/**
 * A comparison word and a month: "from December 2022", "from November's", "above November"; not
 * "from January to October". Not "of", which also names plain times ("the first quarter of
 * 2023"): a base after "of" is read only right after a figure or as a level.
 */
const NAMED_MONTH =
  /\b(?:from|than|over|on|above|below|versus|vs\.?|compared (?:with|to)|exceeded)\s+(?:in\s+)?(?:(?:the|its|their)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)|['’]s?\b|\b(?!\s+(?:to|through|until|and)\b|\s*[-–]))/iu;
/** A comparison word and a year: "from 2022", "than in 2022", "below the full year 2019 level". */
const NAMED_YEAR =
  /\b(?:from|than|over|on|above|below|versus|vs\.?|compared (?:with|to)|exceeded)\s+(?:in\s+)?(?:(?:the|its|their)\s+)?(?:full[- ]year\s+)?((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)/iu;
/** "its 2019 level", "pre-pandemic (2019) levels", "the 2022 average". */
const LEVEL_YEAR = /\(?((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)\)?\s+(?:levels?|average)\b/iu;
/** Right after a figure: "94.5 per cent of 2019", "97.5 per cent of the December 2019 level". */
const OF_RIGHT_AFTER =
  /^\s*of\s+(?:(?:the|its|their)\s+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)/iu;

interface FoundBase {
  readonly at: number;
  readonly base: ComparisonBase;
}

function named(at: number, year: string | undefined, month: string | undefined, sameSpan = false): FoundBase {
  return {
    at,
    base: {
      kind: 'named',
      ...(year === undefined ? {} : { year: Number(year) }),
      ...(month === undefined ? {} : { month: MONTH_NUMBERS.get(month.toLowerCase()) ?? 0 }),
      sameSpan,
    },
  };
}

/** The base a piece of text names first, with where it starts, or undefined. */
function firstBaseIn(text: string): FoundBase | undefined {
  const found: FoundBase[] = [];
  for (const [pattern, months] of RELATIVE_BASES) {
    const match = pattern.exec(text);
    if (match) found.push({ at: match.index, base: { kind: 'before', months } });
  }
  const same = SAME_SPAN.exec(text);
  if (same) found.push(named(same.index, same[1], undefined, true));
  const month = NAMED_MONTH.exec(text);
  if (month) found.push(named(month.index, month[2], month[1]));
  for (const pattern of [NAMED_YEAR, LEVEL_YEAR]) {
    const year = pattern.exec(text);
    if (year) found.push(named(year.index, year[1], undefined));
  }
  found.sort((a, b) => a.at - b.at);
  return found[0];
}

/** The base a claim's subject names ("fall … from the same month a year earlier"), or undefined. */
export function claimBase(subject: string): ComparisonBase | undefined {
  return firstBaseIn(subject)?.base;
}

/** How far after a figure its base is looked for, in characters: past "per cent over the year earlier period". */
const BASE_REACH = 60;
/** How far before it: "a year-on-year rise of 4%", "month-on-month, prices fell 1.5%". */
const BASE_REACH_BEFORE = 40;
/** Another percentage between a figure and a base: the base is that figure's ("down 1.5% … and down 13.1% from December 2022"). */
const OTHER_PERCENTAGE = /\d\s*(?:%|per\s?cent\b|percent\b)/iu;

/**
 * The base a figure is measured against: named right after it before any other percentage ("down
 * 13.1% from December 2022"), or a relative base right before it ("a year-on-year rise of 4%").
 */
export function figureBase(before: string, after: string): ComparisonBase | undefined {
  const following = after.slice(0, BASE_REACH);
  const ofRightAfter = OF_RIGHT_AFTER.exec(following);
  if (ofRightAfter) return named(0, ofRightAfter[2], ofRightAfter[1]).base;
  const found = firstBaseIn(following);
  if (found && !OTHER_PERCENTAGE.test(following.slice(0, found.at))) return found.base;
  const preceding = before.slice(-BASE_REACH_BEFORE);
  const relative = RELATIVE_BASES.find(([pattern]) => pattern.test(preceding));
  return relative === undefined ? undefined : { kind: 'before', months: relative[1] };
}

/** The time a base names for a comparison of `compared`, or undefined when it cannot say. */
function resolve(base: ComparisonBase, compared: Period): Period | undefined {
  const firstMonth = monthIndexOf(compared.start);
  const endMonth = monthIndexOf(compared.end - 1) + 1;
  if (base.kind === 'before') {
    return {
      start: firstDayOfMonthIndex(firstMonth - base.months),
      end: firstDayOfMonthIndex(endMonth - base.months),
    };
  }
  if (base.year !== undefined && base.month !== undefined) return monthsPeriod(base.year, base.month);
  if (base.year !== undefined && base.sameSpan) {
    const yearsBack = yearOf(compared.start) - base.year;
    return {
      start: firstDayOfMonthIndex(firstMonth - yearsBack * 12),
      end: firstDayOfMonthIndex(endMonth - yearsBack * 12),
    };
  }
  if (base.year !== undefined) return yearPeriod(base.year);
  if (base.month === undefined) return undefined;
  // A month without a year: the latest such month that began before the compared period.
  let monthIndex = firstMonth - 1;
  while ((monthIndex % 12) + 1 !== base.month) monthIndex--;
  return { start: firstDayOfMonthIndex(monthIndex), end: firstDayOfMonthIndex(monthIndex + 1) };
}

/**
 * Whether a figure's base and a claim's are the same time ('same') or cannot be ('other'), both
 * read for the claim's period ("from December 2022" against "from the previous month" for December
 * 2023 is 'other'). Undefined when either side names no base, or a relative base has no period.
 */
export function compareBases(
  figure: ComparisonBase | undefined,
  claim: ComparisonBase | undefined,
  period: Period | undefined,
): 'same' | 'other' | undefined {
  if (!figure || !claim || !period) return undefined;
  const figureTime = resolve(figure, period);
  const claimTime = resolve(claim, period);
  if (figureTime === undefined || claimTime === undefined) return undefined;
  return overlaps(figureTime, claimTime) ? 'same' : 'other';
}
