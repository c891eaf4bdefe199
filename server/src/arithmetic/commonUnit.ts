import type { Figure } from '../figures/figureModel';
import { acceptedInterval } from '../matching/agreement';
import { conversionFactor } from '../matching/unitConversion';
import { scale, type Interval } from './intervals';

/**
 * The factor that turns a value in `from`'s unit into `to`'s unit, or undefined when the two are
 * not quantities of one kind ("900 kg" and "1.5 tonnes" are; "300 people" and "40 clinics" are
 * not, and neither are a mass and a percentage). A figure without a unit takes its partner's:
 * "from 2 to 5 kg".
 */
export function unitFactor(from: Figure, to: Figure): number | undefined {
  if (!from.unit || !to.unit) return 1;
  if (from.unit.dimension === 'count' && to.unit.dimension === 'count') {
    return from.unit.code === to.unit.code ? 1 : undefined;
  }
  return conversionFactor(to.unit, from.unit);
}

/** The values a figure allows (its precision and hedge), multiplied by a unit factor. */
export function valuesIn(figure: Figure, factor: number): Interval {
  return scale(acceptedInterval(figure), factor);
}
