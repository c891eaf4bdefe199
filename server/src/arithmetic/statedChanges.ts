import { hedgeBefore } from '../figures/hedges';
import {
  CHANGE_NOUNS,
  CHANGE_VERBS,
  COMPARATIVES,
  FRACTION_WORDS,
  MULTIPLE_VERBS,
  type Direction,
} from './changeWords';
import {
  nextSignificant,
  previousSignificant,
  wordAt,
  type PlacedFigure,
  type SentenceView,
} from './sentenceView';

interface Extent {
  /** Token extent of the statement with its change word ("rose 16.5%", "a rise of 16.5%", "doubled"). */
  readonly first: number;
  readonly after: number;
}

/** "rose 16.5%", "a drop of 20 per cent", "a 5 percentage point rise". */
export interface StatedPercentChange extends Extent {
  readonly kind: 'percent';
  readonly placed: PlacedFigure;
  readonly direction: Direction;
}

/** "up eight", "rose by 58": a change by an amount in the values' own unit. */
export interface StatedAmountChange extends Extent {
  readonly kind: 'amount';
  readonly placed: PlacedFigure;
  readonly direction: Direction;
}

/** "rose by a third", "fell by half": `percent` is the share the fraction names. */
export interface StatedFractionChange extends Extent {
  readonly kind: 'fraction';
  readonly percent: number;
  readonly direction: Direction;
  /** Where the fraction's own words start ("a third"). */
  readonly phraseFirst: number;
}

/** "doubled", "halved": the target is `factor` times the base. */
export interface StatedFactor extends Extent {
  readonly kind: 'factor';
  readonly factor: number;
}

export type StatedChange = StatedPercentChange | StatedAmountChange | StatedFractionChange | StatedFactor;

/** Words after a fraction that make it part of a quantity, not the change: "by half a percentage point". */
const QUANTITY_FOLLOWERS = new Set(['a', 'an', 'of', 'per', 'percentage']);
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * "up eight from three", "rose by 58": a number of the values' own kind right after a change verb.
 * Only the verb form: "eight more" or "a rise of 58" often name an amount of something else.
 */
function amountChange(view: SentenceView, placed: PlacedFigure): StatedAmountChange | undefined {
  const { tokens } = view;
  let before = previousSignificant(tokens, placed.first);
  if (wordAt(tokens, before) === 'by') before = previousSignificant(tokens, before);
  const direction = CHANGE_VERBS.get(wordAt(tokens, before) ?? '');
  if (direction !== undefined)
    return { kind: 'amount', placed, direction, first: before, after: placed.after };
  // "seven more homicides in 2023 (8) than in 2022 (3)": a comparative right after the count.
  const next = nextSignificant(tokens, placed.after);
  const comparative = COMPARATIVES.get(wordAt(tokens, next) ?? '');
  return comparative === undefined
    ? undefined
    : { kind: 'amount', placed, direction: comparative, first: placed.first, after: next + 1 };
}

/** The change word that governs a percentage figure, or undefined when none does. */
function percentChange(view: SentenceView, placed: PlacedFigure): StatedPercentChange | undefined {
  const { tokens } = view;
  const next = nextSignificant(tokens, placed.after);
  // "30% of deaths" is a share of something, even after "up" ("made up 30% of deaths").
  if (wordAt(tokens, next) === 'of') return undefined;
  let before = previousSignificant(tokens, placed.first);
  if (wordAt(tokens, before) === 'by') before = previousSignificant(tokens, before);
  const verb = CHANGE_VERBS.get(wordAt(tokens, before) ?? '');
  if (verb !== undefined)
    return { kind: 'percent', placed, direction: verb, first: before, after: placed.after };
  if (wordAt(tokens, before) === 'of') {
    const nounIndex = previousSignificant(tokens, before);
    const noun = CHANGE_NOUNS.get(wordAt(tokens, nounIndex) ?? '');
    if (noun !== undefined)
      return { kind: 'percent', placed, direction: noun, first: nounIndex, after: placed.after };
  }
  // "64% more than in December 2023", "12% more deaths in 2023 (336) than in 2022 (300)": the
  // comparative is the change word; "than" opens the base.
  const comparative = COMPARATIVES.get(wordAt(tokens, next) ?? '');
  if (comparative !== undefined)
    return { kind: 'percent', placed, direction: comparative, first: placed.first, after: next + 1 };
  const noun = CHANGE_NOUNS.get(wordAt(tokens, next) ?? '');
  return noun === undefined
    ? undefined
    : { kind: 'percent', placed, direction: noun, first: placed.first, after: next + 1 };
}

/** The fraction phrase starting at token `first` ("half", "a third", "two-thirds"): its end, and its share. */
function fractionAt(view: SentenceView, first: number): { after: number; percent: number } | undefined {
  const { tokens } = view;
  const word = wordAt(tokens, first);
  const alone = FRACTION_WORDS.get(word ?? '');
  if (alone?.alone) return { after: first + 1, percent: alone.percent };
  let second = nextSignificant(tokens, first + 1);
  const mark = tokens[second];
  if (mark?.kind === 'punct' && HYPHENS.has(mark.text)) second++;
  const fraction = FRACTION_WORDS.get(wordAt(tokens, second) ?? '');
  if (!fraction || word === undefined || !fraction.leads.has(word)) return undefined;
  return { after: second + 1, percent: fraction.percent };
}

/** "rose by a third": a change verb, "by", then a fraction directly (a hedge in between is not read). */
function fractionChange(view: SentenceView, by: number): StatedFractionChange | undefined {
  const { tokens } = view;
  const verbIndex = previousSignificant(tokens, by);
  const direction = CHANGE_VERBS.get(wordAt(tokens, verbIndex) ?? '');
  if (direction === undefined) return undefined;
  const phraseFirst = nextSignificant(tokens, by + 1);
  const fraction = fractionAt(view, phraseFirst);
  if (!fraction) return undefined;
  const following = nextSignificant(tokens, fraction.after);
  if (QUANTITY_FOLLOWERS.has(wordAt(tokens, following) ?? '') || tokens[following]?.kind === 'number') {
    return undefined;
  }
  return {
    kind: 'fraction',
    percent: fraction.percent,
    direction,
    phraseFirst,
    first: verbIndex,
    after: fraction.after,
  };
}

/**
 * "doubled", not "nearly doubled" or "more than doubled": a hedged factor is a bound the rule has
 * no margin for, so it says nothing rather than guess.
 */
function factorChange(view: SentenceView, index: number): StatedFactor | undefined {
  const factor = MULTIPLE_VERBS.get(wordAt(view.tokens, index) ?? '');
  if (factor === undefined || hedgeBefore(view.tokens, index)) return undefined;
  return { kind: 'factor', factor, first: index, after: index + 1 };
}

/** Every change a sentence states, in order: percentages with their change word, fractions and factors. */
export function statedChanges(view: SentenceView): StatedChange[] {
  const changes: StatedChange[] = [];
  for (const placed of view.figures) {
    if (placed.figure.unit?.dimension !== 'percent') {
      const amount = amountChange(view, placed);
      if (amount) changes.push(amount);
      continue;
    }
    // A share in words ("by a third") is read as a fraction below, with a fraction's margin.
    if (/^\p{L}/u.test(placed.figure.text)) continue;
    const change = percentChange(view, placed);
    if (change) changes.push(change);
  }
  view.tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    const change = token.lower === 'by' ? fractionChange(view, index) : factorChange(view, index);
    if (change) changes.push(change);
  });
  return changes.sort((a, b) => a.first - b.first);
}
