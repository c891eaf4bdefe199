import { creditFits } from '../attribution/creditFits';
import { creditedSources, resolveCredits } from '../attribution/figureCredits';
import type { Figure } from '../figures/figureModel';
import { singular } from '../figures/units';
import { overlaps } from '../time/period';
import type { ClaimIndex, IndexedClaim } from './claimIndex';
import { conversionFactor } from './unitConversion';
import type { FigureContext } from './figureContext';
import { stemWord } from './contentWords';
import { countsPeople } from './personNouns';

/** A claim the figure may be about, with how sure the matcher is and how to compare values. */
export interface Candidate {
  readonly indexed: IndexedClaim;
  /** 0..~1.5: the weighted share of the claim's subject the figure's context mentions, plus signals. */
  readonly score: number;
  /** The same score counting only the figure's own sentence: the local evidence a conflict needs. */
  readonly ownSentenceScore: number;
  /** Claim unit → figure unit. */
  readonly factor: number;
  /** The figure's sentence or the one before credits one of the claim's sources (or their author). */
  readonly sourceCredited: boolean;
  /** The figure's count noun is not one the claim's subject or unit speaks of. */
  readonly nounMismatch: boolean;
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
/** A unit few claims share ("months", "g") is evidence of subject; one most claims share is not. */
const UNIT_BONUS = 0.2;
/**
 * The figure's number equals the reference's but in another unit of the same kind ("2.5 kilograms"
 * against 2.5 g): the writer most likely meant this claim and slipped on the unit.
 */
const SAME_NUMBER_OTHER_UNIT_BONUS = 0.1;
/** Context weights above this come from the figure's own sentence (see figureContext). */
const OWN_SENTENCE_MINIMUM = 0.5;
/** Stems count as the same word when one is a prefix of the other this long ("columbia"/"columbian"). */
const MIN_PREFIX_MATCH = 6;

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

/** Whether the figure's count noun is what the claim counts (its unit or a word of its subject). */
function nounFits(figure: Figure, indexed: IndexedClaim): 'same' | 'related' | 'other' | 'none' {
  if (!figure.countNoun || countsPeople(figure.countNoun)) return 'none';
  const noun = singular(figure.countNoun.toLowerCase());
  if (indexed.unit?.dimension === 'count' && indexed.unit.code === noun) return 'same';
  const stem = stemWord(figure.countNoun);
  return stemIn(stem, indexed.subjectStems) || stemIn(stem, indexed.keywordStems) ? 'related' : 'other';
}

function coverage(indexed: IndexedClaim, index: ClaimIndex, context: FigureContext, minimum: number): number {
  if (indexed.subjectWeight === 0) return 0;
  let matched = 0;
  for (const stem of indexed.subjectStems) {
    const weight = context.weight(stem);
    if (weight > minimum) matched += index.weight(stem) * weight;
  }
  return matched / indexed.subjectWeight;
}

function keywordBonus(indexed: IndexedClaim, context: FigureContext, minimum: number): number {
  let bonus = 0;
  for (const stem of indexed.keywordStems) {
    if (!indexed.subjectStems.has(stem) && context.weight(stem) > minimum) bonus += KEYWORD_BONUS;
  }
  return Math.min(bonus, KEYWORD_BONUS_CAP);
}

/** Scores every claim that shares a word with the figure's context and can be compared with it. */
export function scoreClaims(figure: Figure, context: FigureContext, index: ClaimIndex): Candidate[] {
  const own = creditedSources(resolveCredits(context.credits.own, index.sourceNames));
  const previous = creditedSources(resolveCredits(context.credits.previous, index.sourceNames));
  const candidates: Candidate[] = [];
  for (const claimIndex of context.candidates(index)) {
    const indexed = index.claims[claimIndex];
    if (!indexed) continue;
    const period = indexed.claim.period;
    // SPEC: a figure whose sentence names another time than the claim's is not compared with it.
    if (figure.time && period && !overlaps(figure.time, period)) continue;
    const factor = unitFactor(figure, indexed);
    if (factor === undefined) continue;
    const noun = nounFits(figure, indexed);
    const ownFits = creditFits(own, indexed.claim.sources, index.sourceNames);
    const previousFits = creditFits(previous, indexed.claim.sources, index.sourceNames);
    const ownCredit = own.size === 0 ? 0 : ownFits ? SOURCE_BONUS : -OTHER_SOURCE_PENALTY;
    // The sentence before may credit the figure ("The CBSA reported … . It found 350 …") when its
    // own sentence credits nobody we know; it may add evidence, never take it away.
    const previousCredit = own.size === 0 && previousFits ? SOURCE_BONUS : 0;
    const signals =
      (figure.unit && figure.unit.dimension !== 'count' ? UNIT_BONUS * (1 - index.unitShare(indexed)) : 0) +
      (noun === 'same' ? NOUN_BONUS : 0) +
      (factor !== 1 && (figure.value === indexed.claim.value.min || figure.value === indexed.claim.value.max)
        ? SAME_NUMBER_OTHER_UNIT_BONUS
        : 0);
    const score = (minimum: number, credit: number): number =>
      coverage(indexed, index, context, minimum) + keywordBonus(indexed, context, minimum) + signals + credit;
    candidates.push({
      indexed,
      score: score(0, ownCredit + previousCredit),
      ownSentenceScore: score(OWN_SENTENCE_MINIMUM, ownCredit),
      factor,
      sourceCredited: ownFits || previousFits,
      nounMismatch: noun === 'other',
    });
  }
  return candidates.sort((a, b) => b.score - a.score);
}
