import type { UnitRef } from '../figures/figureModel';

/** Units written out in words, singular and plural, for rewriting "15.5 tonnes" as "15.5 kilograms". */
const LONG_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  mg: ['milligram', 'milligrams'],
  g: ['gram', 'grams'],
  kg: ['kilogram', 'kilograms'],
  t: ['tonne', 'tonnes'],
  lb: ['pound', 'pounds'],
  oz: ['ounce', 'ounces'],
};

/**
 * The unit as the writer would write it: in words when they wrote the unit in words ("tonnes"), else
 * its code ("kg"); undefined when claimlint has no words for it.
 */
export function unitAsWritten(unit: UnitRef, inWords: boolean, value: number): string | undefined {
  if (!inWords) return unit.code;
  const names = LONG_NAMES[unit.code];
  return names ? names[value === 1 ? 0 : 1] : undefined;
}
