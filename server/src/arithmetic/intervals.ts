/**
 * Interval arithmetic on the values a figure's written precision and hedge allow. Computing with
 * whole intervals, not single values, is what makes the rule respect the writer's precision: the
 * stated result agrees when any values the numbers could stand for give it.
 */

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Floating-point slack so that results on an interval's edge count as inside. */
const EPSILON = 1e-9;

export function overlap(a: Interval, b: Interval): boolean {
  // A hedge leaves one end open ("more than 20%"): only finite ends set the scale of the slack.
  const ends = [a.low, a.high, b.low, b.high].filter(Number.isFinite).map(Math.abs);
  const slack = EPSILON * Math.max(1, ...ends);
  return a.low <= b.high + slack && b.low <= a.high + slack;
}

export function scale(interval: Interval, factor: number): Interval {
  const a = interval.low * factor;
  const b = interval.high * factor;
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** The interval of `target / base`, or undefined unless `base` is wholly positive (no division by zero). */
export function ratio(base: Interval, target: Interval): Interval | undefined {
  if (!(base.low > 0) || target.low < 0) return undefined;
  return { low: target.low / base.high, high: target.high / base.low };
}

/** The relative change from `base` to `target` in percent, or undefined when `base` may be zero. */
export function relativeChange(base: Interval, target: Interval): Interval | undefined {
  const factor = ratio(base, target);
  return factor && { low: (factor.low - 1) * 100, high: (factor.high - 1) * 100 };
}

/** The difference `target - base`: the change in percentage points when both are percentages. */
export function difference(base: Interval, target: Interval): Interval {
  return { low: target.low - base.high, high: target.high - base.low };
}

/** The interval widened to at least ± `relative` of its middle. */
export function widenTo(interval: Interval, relative: number): Interval {
  const middle = (interval.low + interval.high) / 2;
  const margin = Math.abs(middle) * relative;
  return { low: Math.min(interval.low, middle - margin), high: Math.max(interval.high, middle + margin) };
}

/** The number of decimals a written precision shows: an interval 0.1 wide was written to one decimal. */
export function decimalsOf(written: Interval): number {
  const width = written.high - written.low;
  if (!(width > 0) || !Number.isFinite(width)) return 0;
  return Math.min(6, Math.max(0, Math.round(-Math.log10(width))));
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
