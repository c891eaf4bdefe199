import type { Figure } from '../figures/figureModel';
import { acceptedInterval } from '../matching/agreement';
import { conversionFactor } from '../matching/unitConversion';
import { overlaps } from '../time/period';

/** Floating-point slack so that 2.5 kg and 2500 g meet exactly. */
const EPSILON = 1e-9;

/**
 * Whether two figures of one claim can be the same statement of it: the values each allows (its
 * precision and hedge, SPEC agreement rules) overlap, in one unit. Figures whose units cannot be
 * compared are given the benefit of the doubt: the rule speaks only when it is sure.
 */
export function figuresAgree(earlier: Figure, later: Figure): boolean {
  const factor = earlier.unit && later.unit ? conversionFactor(later.unit, earlier.unit) : 1;
  if (factor === undefined) return true;
  const first = acceptedInterval(earlier);
  const second = acceptedInterval(later);
  const low = first.low * factor;
  const high = first.high * factor;
  // A hedge leaves one end open ("more than 530"): only finite ends set the scale of the slack.
  const ends = [low, high, second.low, second.high].filter(Number.isFinite).map(Math.abs);
  const slack = EPSILON * Math.max(1, ...ends);
  return low <= second.high + slack && second.low <= high + slack;
}

/** Whether two figures may be about the same time: a figure whose sentence names no time may be. */
export function sameTime(first: Figure, second: Figure): boolean {
  return !first.time || !second.time || overlaps(first.time, second.time);
}
