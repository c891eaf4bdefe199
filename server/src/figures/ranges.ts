/**
 * Joins two adjacent numbers into one range figure, or lets the first borrow the second's unit.
 *
 * "between 50 and 100 times", "50 to 100 times", "50-100 times", "50–100 times" are one figure
 * whose interval runs from the first number's low to the second's high; its `value` is the
 * midpoint, and its number span covers both numbers. They are joined only when a unit (or count
 * noun) follows the second number and the first has none of its own (or the same one).
 *
 * "rose from 2,843 to 3,313" is a change, not a range: when the words before the first number are
 * "from" or a verb of change ("rose", "fell", "increased"…), the numbers stay two figures. If the
 * second has a unit and the first has none ("from 2,843 to 3,313 deaths"), the first borrows it,
 * since both numbers are of the same thing.
 */
import type { RawFigure } from './rawFigure';
import { previousToken, wordText } from './tokenNavigation';
import type { Token } from './tokenize';

const CHANGE_WORDS = new Set(
  (
    'from rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing ' +
    'decreased decrease decreases decreasing grew grow grows growing grown dropped drop drops dropping ' +
    'jumped jump jumps climbed climb climbs declined decline declines went go goes surged soared plunged ' +
    'slipped doubled tripled up down'
  ).split(' '),
);
const DASHES = new Set(['-', '\u2013', '\u2014']);

type Connector = 'dash' | 'to' | 'and';

/** What joins figure `a` to figure `b`, when only a dash, "to" or "and" (with spaces) lies between. */
function connectorBetween(tokens: readonly Token[], a: RawFigure, b: RawFigure): Connector | undefined {
  if (b.firstToken - a.endToken > 3) return undefined;
  const between = tokens.slice(a.endToken, b.firstToken).filter((token) => token.kind !== 'space');
  const only = between.length === 1 ? between[0] : undefined;
  if (!only) return undefined;
  if (only.kind === 'punct' && DASHES.has(only.text)) return 'dash';
  const word = wordText(only);
  if ((word === 'to' || word === 'and') && b.firstToken - a.endToken === 3) return word;
  return undefined;
}

function leadWord(tokens: readonly Token[], figure: RawFigure): string | undefined {
  return wordText(previousToken(tokens, figure.leadToken)?.token);
}

function sameUnit(a: RawFigure, b: RawFigure): boolean {
  return a.unit === undefined || (b.unit !== undefined && a.unit.code === b.unit.code);
}

/**
 * "$5 to $8 billion", "5-8 million": the scale written once applies to both ends (SPEC). Only a
 * first number small enough to be scaled borrows it ("from 500 to 8 billion" is not "500 billion").
 */
function withSharedScale(a: RawFigure, b: RawFigure): RawFigure {
  if (a.scale !== 1 || b.scale <= 1 || Math.abs(a.value) >= 1000) return a;
  return { ...a, value: a.value * b.scale, low: a.low * b.scale, high: a.high * b.scale, scale: b.scale };
}

export function joinRanges(tokens: readonly Token[], figures: readonly RawFigure[]): RawFigure[] {
  const joined: RawFigure[] = [];
  for (let index = 0; index < figures.length; index++) {
    const b = figures[index + 1];
    const unscaled = figures[index];
    if (!unscaled) continue;
    const a =
      b && connectorBetween(tokens, unscaled, b) && sameUnit(unscaled, b)
        ? withSharedScale(unscaled, b)
        : unscaled;
    const connector = b && b.unit && !b.hedge ? connectorBetween(tokens, a, b) : undefined;
    if (!a || !b || !connector || !b.unit || !sameUnit(a, b)) {
      joined.push(a);
      continue;
    }
    const lead = leadWord(tokens, a);
    const isRange = connector === 'and' ? lead === 'between' : lead === undefined || !CHANGE_WORDS.has(lead);
    if (isRange && a.value <= b.value) {
      joined.push({
        ...a,
        endToken: b.endToken,
        numberEndToken: b.numberEndToken,
        value: (a.value + b.value) / 2,
        high: b.high,
        unit: b.unit,
        countNounToken: b.countNounToken,
      });
      index++;
    } else if (connector !== 'and' && a.unit === undefined) {
      joined.push({ ...a, unit: b.unit, countNounToken: b.countNounToken });
    } else {
      joined.push(a);
    }
  }
  return joined;
}
