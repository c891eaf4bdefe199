import { GROUP_SEPARATORS, isDigit } from '../figures/tokenize';
import type { Claim } from '../claims/claimModel';
import type { Figure } from '../figures/figureModel';
import { parseUnit } from '../figures/units';
import { conversionFactor } from '../matching/unitConversion';
import { formatInStyle, numberStyleOf, writtenValue } from './numberStyle';
import { trimTrailingChars } from '../text/trimChars';
import type { OffsetEdit } from './offsetEdit';
import { unitAsWritten } from './unitNames';

export interface FigureReplacement {
  readonly edit: OffsetEdit;
  /** The figure as it reads after the fix ("350", "15.5 kilograms", "90–110"), for the fix's title. */
  readonly replacement: string;
}

/** The unit word at the end of a figure ("tonnes" in "15.5 tonnes"). */
const LETTER = /\p{L}/u;
const WHITE_SPACE = /\s/;

/**
 * Rewrites a conflicting figure to the claim's value in the writer's own form: only the number is
 * replaced, so the hedge, scale word, unit and count noun stay ("more than 530" → "more than 350";
 * "95 million" keeps "million"), in the writer's separators. When the writer's number is the
 * reference number but the unit is wrong ("15.5 tonnes" for 15.5 kg), the unit is replaced instead.
 * A `{min, max}` reference is offered as the range "90–110".
 */
export function figureReplacement(text: string, figure: Figure, claim: Claim): FigureReplacement | undefined {
  const claimUnit = claim.unit === undefined ? undefined : parseUnit(claim.unit);
  const numberText = text.slice(figure.numberStart, figure.numberEnd);
  const written = writtenValue(numberText);
  const unitSwap = swapUnit(text, figure, claim, written);
  if (unitSwap) return unitSwap;

  const factor = figure.unit && claimUnit ? (conversionFactor(figure.unit, claimUnit) ?? 1) : 1;
  // The scale word ("million") stays, so the reference is written in the figure's own scale.
  const scale = written !== undefined && written !== 0 ? roundToPowerOfTen(figure.value / written) : 1;
  const style = numberStyleOf(numberText);
  const format = (value: number): string => formatInStyle((value * factor) / scale, style);
  const newNumber =
    claim.value.min === claim.value.max
      ? format(claim.value.min)
      : `${format(claim.value.min)}\u2013${format(claim.value.max)}`;
  if (newNumber === numberText || gluedToDigits(text, figure.numberStart, figure.numberEnd)) return undefined;
  const edit = { start: figure.numberStart, end: figure.numberEnd, newText: newNumber };
  const replacement =
    text.slice(figure.start, figure.numberStart) + newNumber + text.slice(figure.numberEnd, figure.end);
  return { edit, replacement };
}

function swapUnit(
  text: string,
  figure: Figure,
  claim: Claim,
  written: number | undefined,
): FigureReplacement | undefined {
  const claimUnit = claim.unit === undefined ? undefined : parseUnit(claim.unit);
  if (!figure.unit || !claimUnit || claim.value.min !== claim.value.max) return undefined;
  if (figure.unit.dimension === 'count' || figure.unit.code === claimUnit.code) return undefined;
  if (conversionFactor(figure.unit, claimUnit) === undefined) return undefined;
  const stated = written ?? figure.value;
  if (Math.abs(stated - claim.value.min) > 1e-9 * Math.max(1, Math.abs(stated))) return undefined;
  const tail = text.slice(figure.numberEnd, figure.end);
  const beforeSpace = trimTrailingChars(tail, WHITE_SPACE);
  const wordStart = trimTrailingChars(beforeSpace, LETTER).length;
  const word = beforeSpace.slice(wordStart);
  if (word === '') return undefined;
  const newUnit = unitAsWritten(claimUnit, word.length > 2, claim.value.min);
  if (newUnit === undefined) return undefined;
  const start = figure.numberEnd + wordStart;
  const edit = { start, end: start + word.length, newText: newUnit };
  return { edit, replacement: text.slice(figure.start, start) + newUnit + text.slice(edit.end, figure.end) };
}

/**
 * What may join two runs of digits into one number: the figure scanner's thousands separators, the
 * decimal point, and a plain space (which the writer's own style may group thousands with: "4 000").
 */
const JOINERS = new Set([...GROUP_SEPARATORS, '.', ' ']);

/**
 * Whether the number sits between digits with only a separator between ("1,2,3,4"): a new number
 * there could join its neighbour into another number ("2," + "397" reads "2,397"), so the fix
 * would write a figure other than the one offered, and be offered again.
 */
function gluedToDigits(text: string, start: number, end: number): boolean {
  const before = JOINERS.has(text.charAt(start - 1)) && isDigit(text.charAt(start - 2));
  const after = JOINERS.has(text.charAt(end)) && isDigit(text.charAt(end + 1));
  return before || after;
}

function roundToPowerOfTen(ratio: number): number {
  return ratio > 0 ? 10 ** Math.round(Math.log10(ratio)) : 1;
}
