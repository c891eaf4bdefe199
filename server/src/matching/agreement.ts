import type { Claim } from '../claims/claimModel';
import type { Figure } from '../figures/figureModel';

/** SPEC: "about, around, …" add ±10 %; "nearly, almost, just under" accept up to 10 % below. */
const HEDGE_MARGIN = 0.1;
/** An `approximate: true` reference is itself an estimate: it is read as ±10 % too. */
const APPROXIMATE_REFERENCE_MARGIN = 0.1;
/** Floating-point slack so that 2.5 kg and 2500 g meet exactly. */
const EPSILON = 1e-9;

interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The values a figure accepts as a reference, after its precision and hedge (SPEC agreement rules). */
export function acceptedInterval(figure: Figure): Interval {
  const { low, high, value } = figure;
  // A bound is the figure itself, not its rounding: "more than US$1 trillion" does not hold for
  // 992.1 billion, though "1 trillion" alone would cover it.
  switch (figure.hedge) {
    case 'approximately':
      return { low: low - Math.abs(low) * HEDGE_MARGIN, high: high + Math.abs(high) * HEDGE_MARGIN };
    case 'nearly':
      return { low: value - Math.abs(value) * HEDGE_MARGIN, high: value };
    case 'atLeast':
      return { low: value, high: Number.POSITIVE_INFINITY };
    case 'atMost':
      return { low: Number.NEGATIVE_INFINITY, high: value };
    default:
      // No hedge, or "up to": SPEC compares "up to 2.5 grams" as 2.5 grams.
      return { low, high };
  }
}

/** The claim's reference interval in the figure's unit (`factor` converts claim unit → figure unit). */
export function referenceInterval(claim: Claim, factor: number): Interval {
  const relative = (claim.tolerance ?? 0) + (claim.approximate ? APPROXIMATE_REFERENCE_MARGIN : 0);
  const low = claim.value.min * factor;
  const high = claim.value.max * factor;
  return { low: low - Math.abs(low) * relative, high: high + Math.abs(high) * relative };
}

/** Whether the figure agrees with the claim: its accepted interval overlaps the reference interval. */
export function figureAgrees(figure: Figure, claim: Claim, factor: number): boolean {
  const accepted = acceptedInterval(figure);
  const reference = referenceInterval(claim, factor);
  const slack = EPSILON * Math.max(1, Math.abs(reference.low), Math.abs(reference.high));
  return accepted.low <= reference.high + slack && reference.low <= accepted.high + slack;
}
