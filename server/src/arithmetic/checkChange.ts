import type { Finding } from '../engine/findingModel';
import type { Figure } from '../figures/figureModel';
import { acceptedInterval } from '../matching/agreement';
import type { BaseTargetPair } from './baseTargetPairs';
import type { Direction } from './changeWords';
import { unitFactor, valuesIn } from './commonUnit';
import { describeChange, formatComputed } from './describeResults';
import { decimalsOf, difference, overlap, ratio, relativeChange, type Interval } from './intervals';
import { documentSpan, tokenText, type SentenceView } from './sentenceView';
import type {
  StatedAmountChange,
  StatedChange,
  StatedFactor,
  StatedFractionChange,
  StatedPercentChange,
} from './statedChanges';

/** A fraction word is loose speech: "a third" stands for 31.3–35.3 %. */
const FRACTION_MARGIN_POINTS = 2;
/** "doubled" stands for a factor within 5 % of 2. */
const FACTOR_MARGIN = 0.05;
/** How many decimals a message shows for a change against a fraction word (66.7%) and for a factor (2.45). */
const FRACTION_DECIMALS = 1;
const FACTOR_DECIMALS = 2;

/** The base and target values in one unit, with their values as written. */
interface PairValues {
  readonly base: Interval;
  readonly target: Interval;
  readonly baseValue: number;
  readonly targetValue: number;
  readonly inPercent: boolean;
}

function pairValues(pair: BaseTargetPair): PairValues | undefined {
  const base = pair.base.figure;
  const target = pair.target.figure;
  const factor = unitFactor(base, target);
  if (factor === undefined) return undefined;
  return {
    base: valuesIn(base, factor),
    target: valuesIn(target, 1),
    baseValue: base.value * factor,
    targetValue: target.value,
    inPercent: base.unit?.code === '%' && target.unit?.code === '%',
  };
}

function signed(interval: Interval, direction: Direction): Interval {
  return direction === 1 ? interval : { low: -interval.high, high: -interval.low };
}

/** "which is …" for a change of the wrong size, or the wrong way ("a rise of 16.5%, not a fall"). */
function describeAgainst(
  computed: number,
  direction: Direction,
  decimals: number,
  unit: '%' | ' percentage points',
): string {
  const described = describeChange(computed, decimals, unit);
  const wrongWay = computed !== 0 && Math.sign(computed) !== direction;
  return wrongWay ? `${described}, not ${direction === 1 ? 'a rise' : 'a fall'}` : described;
}

/** What a check found: the stated value does not follow, and the message's "which is …" part. */
type Verdict = { readonly agrees: true } | { readonly agrees: false; readonly computed: string };

/**
 * A percentage change. Against two percentages ("rose 2% from 10% to 12%") writers mean either a
 * relative change or percentage points, so either reading agrees; "percentage points" means only
 * the difference.
 */
function percentVerdict(change: StatedPercentChange, values: PairValues): Verdict | undefined {
  const written = change.placed.figure;
  const stated = signed(acceptedInterval(written), change.direction);
  const decimals = decimalsOf(written);
  const points = values.targetValue - values.baseValue;
  const statesPoints = written.unit?.code === 'pp';
  if (statesPoints && !values.inPercent) return undefined;
  const relative = relativeChange(values.base, values.target);
  const pointsAgree = values.inPercent && overlap(stated, difference(values.base, values.target));
  if (statesPoints) {
    return pointsAgree
      ? { agrees: true }
      : {
          agrees: false,
          computed: describeAgainst(points, change.direction, decimals, ' percentage points'),
        };
  }
  if (!relative) return undefined;
  if (pointsAgree || overlap(stated, relative)) return { agrees: true };
  const computed = (values.targetValue / values.baseValue - 1) * 100;
  return { agrees: false, computed: describeAgainst(computed, change.direction, decimals, '%') };
}

/**
 * A whole count written to the unit, unhedged ("10 deaths", "three"): a tally, exact, not a
 * value rounded to ±0.5. Read as intervals, "up eight from three" to ten would pass (the
 * difference of 2.5–3.5 and 9.5–10.5 reaches 8).
 */
function isExactCount(figure: Figure): boolean {
  return (
    (figure.unit === undefined || figure.unit.dimension === 'count') &&
    figure.hedge === undefined &&
    Number.isInteger(figure.value) &&
    figure.high - figure.low <= 1
  );
}

function exactly(value: number): Interval {
  return { low: value, high: value };
}

/** "up eight from three": the difference of the two values, in their unit. */
function amountVerdict(
  change: StatedAmountChange,
  pair: BaseTargetPair,
  values: PairValues,
): Verdict | undefined {
  const written = change.placed.figure;
  const factor = unitFactor(written, pair.target.figure);
  if (factor === undefined) return undefined;
  const tallies = [written, pair.base.figure, pair.target.figure].every(isExactCount);
  const stated = signed(tallies ? exactly(written.value) : valuesIn(written, factor), change.direction);
  const computed = tallies
    ? exactly(values.targetValue - values.baseValue)
    : difference(values.base, values.target);
  if (overlap(stated, computed)) return { agrees: true };
  const shown = formatComputed(
    Math.abs(values.targetValue - values.baseValue),
    decimalsOf(pair.target.figure),
  );
  const way = values.targetValue >= values.baseValue ? 'a rise' : 'a fall';
  return { agrees: false, computed: `${way} of ${shown}` };
}

function fractionVerdict(change: StatedFractionChange, values: PairValues): Verdict | undefined {
  const relative = relativeChange(values.base, values.target);
  if (!relative) return undefined;
  const margin = FRACTION_MARGIN_POINTS;
  const stated = signed({ low: change.percent - margin, high: change.percent + margin }, change.direction);
  if (overlap(stated, relative)) return { agrees: true };
  const computed = (values.targetValue / values.baseValue - 1) * 100;
  return { agrees: false, computed: describeAgainst(computed, change.direction, FRACTION_DECIMALS, '%') };
}

function factorVerdict(change: StatedFactor, values: PairValues): Verdict | undefined {
  const computed = ratio(values.base, values.target);
  if (!computed) return undefined;
  const stated = { low: change.factor * (1 - FACTOR_MARGIN), high: change.factor * (1 + FACTOR_MARGIN) };
  if (overlap(stated, computed)) return { agrees: true };
  const factor = formatComputed(values.targetValue / values.baseValue, FACTOR_DECIMALS);
  return { agrees: false, computed: `a factor of ${factor}` };
}

function verdict(change: StatedChange, pair: BaseTargetPair, values: PairValues): Verdict | undefined {
  switch (change.kind) {
    case 'percent':
      return percentVerdict(change, values);
    case 'amount':
      return amountVerdict(change, pair, values);
    case 'fraction':
      return fractionVerdict(change, values);
    case 'factor':
      return factorVerdict(change, values);
  }
}

/** Where the finding goes and what the message calls the stated change: the figure, or the words. */
function statedPlace(
  view: SentenceView,
  change: StatedChange,
): { start: number; end: number; label: string } {
  if (change.kind === 'percent' || change.kind === 'amount') {
    const { figure } = change.placed;
    return { start: figure.start, end: figure.end, label: change.placed.label };
  }
  const first = change.kind === 'fraction' ? change.phraseFirst : change.first;
  return { ...documentSpan(view, first, change.after), label: tokenText(view, first, change.after) };
}

/** The arithmetic finding for a stated change its base and target do not give, if any. */
export function checkChange(
  view: SentenceView,
  change: StatedChange,
  pair: BaseTargetPair,
): Finding | undefined {
  const values = pairValues(pair);
  const result = values && verdict(change, pair, values);
  if (!result || result.agrees) return undefined;
  const { start, end, label } = statedPlace(view, change);
  return {
    rule: 'arithmetic',
    message: `${label} does not follow from ${pair.base.label} to ${pair.target.label}, which is ${result.computed}`,
    start,
    end,
  };
}
