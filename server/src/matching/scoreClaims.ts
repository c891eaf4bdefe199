import { creditFits } from '../attribution/creditFits';
import { creditedSources, resolveCredits } from '../attribution/figureCredits';
import type { Figure, UnitRef } from '../figures/figureModel';
import { singular } from '../figures/units';
import { overlaps, type Period } from '../time/period';
import { claimsForArticleDate } from './claimChronology';
import type { ClaimIndex, IndexedClaim } from './claimIndex';
import { conversionFactor } from './unitConversion';
import { CLAUSE_WEIGHT } from './figureContext';
import type { FigureContext } from './figureContext';
import { stemWord } from './contentWords';
import { COUNTED_STEMS } from './countedThing';
import { countsPeople, namesSubpopulation } from './personNouns';
import { compareBases } from './comparisonBase';
import { directionsClash, measuresFit } from './measureFrame';

/** A claim the figure may be about, with how sure the matcher is and how to compare values. */
export interface Candidate {
  readonly indexed: IndexedClaim;
  /** 0..~1.5: the weighted share of the claim's subject the figure's context mentions, plus signals. */
  readonly score: number;
  /** The score with a credit to another source counted against the claim: orders the candidates. */
  readonly rank: number;
  /** The same score counting only the figure's own sentence: the local evidence a conflict needs. */
  readonly ownSentenceScore: number;
  /** Claim unit → figure unit. */
  readonly factor: number;
  /** The figure's sentence or the one before credits one of the claim's sources (or their author). */
  readonly sourceCredited: boolean;
  /** The figure's count noun is not one the claim's subject or unit speaks of. */
  readonly nounMismatch: boolean;
  /**
   * The figure's sentence names another of the claim set's places and not the claim's: it may be
   * about a part ("Newfoundland and Labrador" against a Canada claim), never a conflict with the whole.
   */
  readonly otherPlace: boolean;
  /**
   * The figure's own sentence names what the claim measures (a word of its head phrase, or the
   * figure's count noun is the claim's): the local evidence a conflict needs.
   */
  readonly measuredNearby: boolean;
  /**
   * The figure's own clause names every word of what the claim measures ("robbery rates were down
   * by 3 percent" for a claim on robberies), when the claim's subject has such words.
   */
  readonly measuredInClause: boolean;
  /** The figure's change goes the other way from the claim's: it cannot agree with it. */
  readonly directionClash: boolean;
}

const KEYWORD_BONUS = 0.1;
const KEYWORD_BONUS_CAP = 0.2;
const NOUN_BONUS = 0.15;
const SOURCE_BONUS = 0.2;
/**
 * The figure's own sentence credits other sources than the claim's: a claim from the credited
 * source should win ("350 …, according to a federal memo" is the memo's figure, not another
 * report's), yet a strong match must survive so that a wrong credit can be reported.
 */
const OTHER_SOURCE_PENALTY = 0.15;
/** A distinctive unit ("months", "g") is evidence of subject (see isDistinctive). */
const UNIT_BONUS = 0.15;
/** A figure and a claim compared with the same time ("from December 2022", "a year earlier"). */
const SAME_BASE_BONUS = 0.1;
/**
 * The figure's number equals the reference's but in another unit of the same kind ("2.5 kilograms"
 * against 2.5 g) or at another scale ("£4.6 million" against £4.6 billion, "3.94 TWh" against
 * 3,935 TWh): the writer most likely meant this claim and slipped on the unit.
 */
const SAME_NUMBER_OTHER_UNIT_BONUS = 0.1;
/** Scale words step by a thousand (thousand, million, billion, trillion); a slip is one to three steps. */
const SCALE_STEPS = [1e3, 1e6, 1e9];
/** Digits written with a slipped scale agree to this share (3.94 against 3,935 is off by 0.13 %). */
const SLIP_TOLERANCE = 0.005;

/** Whether the figure, in the claim's unit, is the reference's number at another unit or scale. */
function slippedNumber(figure: Figure, factor: number, reference: { min: number; max: number }): boolean {
  const near = (value: number, target: number): boolean =>
    target !== 0 && Math.abs(value - target) <= Math.abs(target) * SLIP_TOLERANCE;
  const inClaimUnit = figure.value / factor;
  for (const target of [reference.min, reference.max]) {
    if (factor !== 1 && figure.value === target) return true;
    for (const step of SCALE_STEPS) {
      if (near(inClaimUnit * step, target) || near(inClaimUnit / step, target)) return true;
    }
  }
  return false;
}
/**
 * Units of a kind few statistics share (kilometres, grams, gigawatts, months, "times"), unlike
 * percentages, money and counts, which most claim sets are full of: such a unit says by itself what
 * a figure measures, as a measured-thing word would. Fixed by kind rather than counted in the claim
 * set, so that adding claims never changes what a figure matches.
 */
function isDistinctive(unit: UnitRef): boolean {
  return unit.dimension !== 'count' && unit.dimension !== 'percent' && unit.dimension !== 'currency';
}

/** Context weights above this come from the figure's own sentence (see figureContext). */
const OWN_SENTENCE_MINIMUM = 0.5;
/** Stems count as the same word when one is a prefix of the other this long ("columbia"/"columbian"). */
const MIN_PREFIX_MATCH = 6;

/**
 * A figure's time fits a claim's period when they overlap and the figure's is not a small part of
 * the claim's: "121.8 points in November" is not the year's average, "622 deaths in June" not the
 * year's toll. A figure's time at least half the claim's ("the first 10 months of 2015" against
 * 2015) or wider ("in August" against a count as of August 28) still fits.
 */
function timesFit(figure: Figure, figureTime: Period, period: Period): boolean {
  if (!overlaps(figureTime, period)) return false;
  // A duration spans its claim's period and is dated by one end of it: "stepped down earlier this
  // month after nine years" against a tenure from 2014 to 2023.
  if (figure.unit?.dimension === 'duration') return true;
  // A stock counted on the period's last day is the period's figure: "On December 31, 2022, 666 per
  // 100,000" against 2022's imprisonment rate.
  if (figureTime.start === period.end - 1 && figureTime.end === period.end) return true;
  const figureDays = figureTime.end - figureTime.start;
  const claimDays = period.end - period.start;
  return figureDays * 2 >= claimDays;
}

/** How the figure's unit meets the claim's: a conversion factor, or undefined when they cannot. */
function unitFactor(figure: Figure, indexed: IndexedClaim): number | undefined {
  const claimUnit = indexed.unit;
  const figureUnit = figure.unit;
  if (!figureUnit || figureUnit.dimension === 'count') {
    // A bare number or a count compares only with a count or a unitless claim.
    return !claimUnit || claimUnit.dimension === 'count' ? 1 : undefined;
  }
  if (!claimUnit) return undefined;
  return conversionFactor(figureUnit, claimUnit);
}

function stemIn(stem: string, stems: ReadonlySet<string>): boolean {
  if (stems.has(stem)) return true;
  if (stem.length < MIN_PREFIX_MATCH) return false;
  for (const other of stems) {
    if (other.length >= MIN_PREFIX_MATCH && (other.startsWith(stem) || stem.startsWith(other))) return true;
  }
  return false;
}

/** The figure's count noun as the matcher compares it, read once per figure rather than per claim. */
interface FigureNoun {
  /** Singular, lower-case: compared with a count unit's code. */
  readonly singular: string;
  readonly stem: string;
}

function figureNoun(figure: Figure): FigureNoun | undefined {
  if (!figure.countNoun) return undefined;
  if (countsPeople(figure.countNoun) && !namesSubpopulation(figure.countNoun)) return undefined;
  return { singular: singular(figure.countNoun.toLowerCase()), stem: stemWord(figure.countNoun) };
}

/** Whether the figure's count noun is what the claim counts (its unit or a word of its subject). */
function nounFits(
  noun: FigureNoun | undefined,
  indexed: IndexedClaim,
): 'same' | 'related' | 'other' | 'none' {
  if (!noun) return 'none';
  if (indexed.unit?.dimension === 'count' && indexed.unit.code === noun.singular) return 'same';
  return stemIn(noun.stem, indexed.subjectStems) || stemIn(noun.stem, indexed.keywordStems)
    ? 'related'
    : 'other';
}

/**
 * Whether what the words beside a count of people say it counts ("sickened", "killing") is what the
 * claim counts: 'same' when the claim names it, 'other' when the claim counts another of the
 * excluding things (deaths against illnesses), undefined when the claim says neither.
 */
function countedFits(counted: string | undefined, indexed: IndexedClaim): 'same' | 'other' | undefined {
  if (counted === undefined) return undefined;
  if (indexed.subjectStems.has(counted) || indexed.keywordStems.has(counted)) return 'same';
  for (const stem of indexed.measure.measuredStems) if (COUNTED_STEMS.has(stem)) return 'other';
  return undefined;
}

/** A share of the claim's subject, and the keyword bonus, counting context words above `minimum`. */
interface Evidence {
  coverage: number;
  keywords: number;
}

/**
 * The evidence for a claim in the whole context and in the figure's own sentence (context weights
 * above OWN_SENTENCE_MINIMUM), in one pass over the claim's words.
 */
function evidence(indexed: IndexedClaim, index: ClaimIndex, context: FigureContext): [Evidence, Evidence] {
  let matched = 0;
  let matchedOwn = 0;
  if (indexed.subjectWeight !== 0) {
    for (const stem of indexed.subjectStems) {
      const weight = context.weight(stem);
      if (weight > 0) matched += index.weight(stem) * weight;
      if (weight > OWN_SENTENCE_MINIMUM) matchedOwn += index.weight(stem) * weight;
    }
  }
  let bonus = 0;
  let bonusOwn = 0;
  for (const stem of indexed.keywordStems) {
    if (indexed.subjectStems.has(stem)) continue;
    const weight = context.weight(stem);
    if (weight > 0) bonus += KEYWORD_BONUS;
    if (weight > OWN_SENTENCE_MINIMUM) bonusOwn += KEYWORD_BONUS;
  }
  const share = (sum: number): number => (indexed.subjectWeight === 0 ? 0 : sum / indexed.subjectWeight);
  return [
    { coverage: share(matched), keywords: Math.min(bonus, KEYWORD_BONUS_CAP) },
    { coverage: share(matchedOwn), keywords: Math.min(bonusOwn, KEYWORD_BONUS_CAP) },
  ];
}

/** SPEC "part is not whole": whether the sentence names places, but not the claim's. */
function namesOtherPlace(place: string | undefined, named: ReadonlySet<string>): boolean {
  return place !== undefined && named.size > 0 && !named.has(place);
}

/** Whether the figure's sentence names a word of what the claim measures (any word, if it names none). */
function measuredInClause(indexed: IndexedClaim, context: FigureContext): boolean {
  const stems = indexed.measure.measuredStems;
  if (stems.size === 0) return false;
  for (const stem of stems) if (context.weight(stem) < CLAUSE_WEIGHT) return false;
  return true;
}

function namesMeasuredThing(indexed: IndexedClaim, context: FigureContext): boolean {
  const stems = indexed.measure.measuredStems.size > 0 ? indexed.measure.measuredStems : indexed.subjectStems;
  for (const stem of stems) if (context.namesCommon(stem)) return true;
  return false;
}

/**
 * Scores every claim that shares a word with the figure's context and can be compared with it, of
 * those that may judge an article written on `articleDate` (see claimsForArticleDate).
 */
export function scoreClaims(
  figure: Figure,
  context: FigureContext,
  index: ClaimIndex,
  articleDate?: Period,
): Candidate[] {
  const own = creditedSources(resolveCredits(context.credits.own, index.sourceNames));
  const previous = creditedSources(resolveCredits(context.credits.previous, index.sourceNames));
  const candidates: Candidate[] = [];
  const noun = figureNoun(figure);
  const places = context.places(index);
  for (const claimIndex of context.candidates(index)) {
    const indexed = index.claimAt(claimIndex);
    if (!indexed) continue;
    const period = indexed.claim.period;
    // SPEC: a figure whose time differs from the claim's period is not compared with it.
    if (figure.time && period && !timesFit(figure, figure.time, period)) continue;
    const factor = unitFactor(figure, indexed);
    if (factor === undefined) continue;
    if (!measuresFit(context.measure, indexed.measure, indexed.unit)) continue;
    // A change from another base is another comparison ("from December 2022" is not month-on-month).
    const bases = compareBases(context.measure.base, indexed.measure.base, period);
    if (bases === 'other') continue;
    const namedNoun = nounFits(noun, indexed);
    const nounFit = namedNoun === 'other' ? namedNoun : (countedFits(context.counted, indexed) ?? namedNoun);
    // Nobody credited fits no claim: skip the lookups for the usual uncredited figure.
    const ownFits = own.size > 0 && creditFits(own, indexed.claim.sources, index.sourceNames);
    const previousFits = previous.size > 0 && creditFits(previous, indexed.claim.sources, index.sourceNames);
    const ownCredit = own.size === 0 ? 0 : ownFits ? SOURCE_BONUS : -OTHER_SOURCE_PENALTY;
    // The sentence before may credit the figure ("The CBSA reported … . It found 350 …") when its
    // own sentence credits nobody we know; it may add evidence, never take it away.
    const previousCredit = own.size === 0 && previousFits ? SOURCE_BONUS : 0;
    const signals =
      (figure.unit && figure.unit.dimension !== 'count' ? UNIT_BONUS : 0) +
      (nounFit === 'same' ? NOUN_BONUS : 0) +
      // The digits only tell which claim was meant once the sentence names what the claim measures.
      (slippedNumber(figure, factor, indexed.claim.value) && namesMeasuredThing(indexed, context)
        ? SAME_NUMBER_OTHER_UNIT_BONUS
        : 0) +
      (bases === 'same' ? SAME_BASE_BONUS : 0);
    const [all, ownSentence] = evidence(indexed, index, context);
    // SPEC: a wrong credit does not hide a figure. The penalty only ranks the credited source's
    // claim first; the evidence that the figure is about a claim at all never counts it.
    const creditEvidence = Math.max(0, ownCredit) + previousCredit;
    candidates.push({
      indexed,
      score: all.coverage + all.keywords + signals + creditEvidence,
      rank: all.coverage + all.keywords + signals + ownCredit + previousCredit,
      ownSentenceScore: ownSentence.coverage + ownSentence.keywords + signals + Math.max(0, ownCredit),
      factor,
      sourceCredited: ownFits || previousFits,
      nounMismatch: nounFit === 'other',
      otherPlace: namesOtherPlace(index.places.keyOf(indexed.claim), places),
      measuredNearby:
        nounFit === 'same' ||
        nounFit === 'related' ||
        (figure.unit !== undefined && isDistinctive(figure.unit)) ||
        namesMeasuredThing(indexed, context),
      measuredInClause: measuredInClause(indexed, context),
      directionClash: directionsClash(context.measure, indexed.measure),
    });
  }
  return claimsForArticleDate(candidates, figure, articleDate).sort((a, b) => b.rank - a.rank);
}
