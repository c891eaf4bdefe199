import { formatNumber } from '../claims/describeClaims';
import { roundTo } from './intervals';

/**
 * A computed value as a message shows it: rounded to `decimals` (the precision the writer used),
 * with more decimals while that would show 0 for a value that is not 0 ("a rise of 0.04%").
 */
export function formatComputed(value: number, decimals: number): string {
  let places = decimals;
  while (places < 6 && value !== 0 && roundTo(value, places) === 0) places++;
  return formatNumber(roundTo(value, places));
}

/** "a rise of 16.5%", "a fall of 2 percentage points", "no change". */
export function describeChange(signed: number, decimals: number, unit: '%' | ' percentage points'): string {
  if (signed === 0) return 'no change';
  const magnitude = formatComputed(Math.abs(signed), decimals);
  return `${signed > 0 ? 'a rise' : 'a fall'} of ${magnitude}${unit}`;
}
