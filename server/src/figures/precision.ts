/**
 * The interval a written number's precision implies (SPEC: "80,000" covers 75,000–85,000).
 * Decimals: ± half the last decimal place. Integers below 1000: ± 0.5. Integers of 1000 or more:
 * ± half the place of the last non-zero digit, since "80,000" is a round figure but "3,313" is not.
 * A scale word scales the half-width with the number ("95 million" → ± 0.5 million).
 */
export function halfWidth(integerDigits: string, decimals: number): number {
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const digits = integerDigits.replace(/^0+/, '');
  if (digits.length < 4) return 0.5;
  let trailingZeros = 0;
  for (let index = digits.length - 1; index > 0 && digits[index] === '0'; index--) trailingZeros++;
  return 0.5 * 10 ** trailingZeros;
}

/**
 * `value` ± `half`, rounded to two digits below the half-width's own place to remove binary noise
 * ("16.5" → 16.45..16.55, not 16.450000000000003). Arithmetic, not `toPrecision`: this runs for every
 * figure on every keystroke.
 */
export function intervalAround(value: number, half: number): { low: number; high: number } {
  const places = Math.max(0, 2 - Math.floor(Math.log10(half)));
  const factor = 10 ** places;
  const tidy = (x: number): number => Math.round(x * factor) / factor;
  return { low: tidy(value - half), high: tidy(value + half) };
}
