import type { UnitRef } from '../figures/figureModel';

/** Currency codes that a bare "$" or "dollars" may stand for. */
const DOLLAR_CODES = new Set(['$', 'USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN']);

function currenciesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  return (a === '$' && DOLLAR_CODES.has(b)) || (b === '$' && DOLLAR_CODES.has(a));
}

/**
 * The factor that turns a value in the claim's unit into the figure's unit, or undefined when
 * the two cannot be compared (a percentage is never a mass; "pp" is not "%"). Count units are
 * handled by the caller: a count's noun is evidence of subject, not a conversion.
 */
export function conversionFactor(figureUnit: UnitRef, claimUnit: UnitRef): number | undefined {
  if (figureUnit.dimension !== claimUnit.dimension) return undefined;
  switch (figureUnit.dimension) {
    case 'currency':
      return currenciesAgree(figureUnit.code, claimUnit.code) ? 1 : undefined;
    case 'percent':
      return figureUnit.code === claimUnit.code ? 1 : undefined;
    case 'count':
      return 1;
    default:
      return claimUnit.toBase / figureUnit.toBase;
  }
}
