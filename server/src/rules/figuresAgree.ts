import type { Figure } from '../figures/figureModel';
import { acceptedInterval } from '../matching/agreement';
import { conversionFactor } from '../matching/unitConversion';
import { overlaps } from '../time/period';

/** Floating-point slack so that 2.5 kg and 2500 g meet exactly. */
const EPSILON = 1e-9;

/**
 * How far past its number an open-ended hedge reaches when one article states one claim twice.
 * Against a reference, "more than 350" accepts any larger value (SPEC); but a writer who states the
 * same thing as "more than 350" and, later, as "530" contradicts themselves: nobody who knows of
 * 530 writes "more than 350". Within a quarter of the number, it reads as the usual rounding down
 * ("more than 300" beside "350").
 */
const OPEN_HEDGE_REACH = 0.25;

/** The values a figure allows as a restatement of itself: its accepted interval, open ends closed. */
function restatedInterval(figure: Figure): { low: number; high: number } {
  const accepted = acceptedInterval(figure);
  const reach = Math.abs(figure.value) * OPEN_HEDGE_REACH;
  return {
    low: Number.isFinite(accepted.low) ? accepted.low : figure.low - reach,
    high: Number.isFinite(accepted.high) ? accepted.high : figure.high + reach,
  };
}

/**
 * Whether two figures of one claim can be the same statement of it: the values each allows (its
 * precision and hedge, an open-ended hedge reaching a quarter past its number) overlap, in one
 * unit. Figures whose units cannot be compared are given the benefit of the doubt: the rule speaks
 * only when it is sure.
 */
export function figuresAgree(earlier: Figure, later: Figure): boolean {
  const factor = earlier.unit && later.unit ? conversionFactor(later.unit, earlier.unit) : 1;
  if (factor === undefined) return true;
  const first = restatedInterval(earlier);
  const second = restatedInterval(later);
  const low = first.low * factor;
  const high = first.high * factor;
  const slack =
    EPSILON * Math.max(1, Math.abs(low), Math.abs(high), Math.abs(second.low), Math.abs(second.high));
  return low <= second.high + slack && second.low <= high + slack;
}

/** Whether two figures may be about the same time: a figure whose sentence names no time may be. */
export function sameTime(first: Figure, second: Figure): boolean {
  return !first.time || !second.time || overlaps(first.time, second.time);
}
