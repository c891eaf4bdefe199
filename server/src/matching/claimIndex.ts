import { sourceNameTableFor, type SourceNameTable } from '../attribution/sourceNames';
import type { Claim, ClaimSet } from '../claims/claimModel';
import { derivedFromClaimSet } from '../claims/derivedFromClaimSet';
import type { UnitRef } from '../figures/figureModel';
import { parseUnit } from '../figures/units';
import { claimKnownFrom, claimSeriesKey } from './claimChronology';
import { claimTermsOf } from './claimTerms';
import { knownPlacesOf, type KnownPlaces } from './knownPlaces';
import { claimMeasure, GENERIC_STEMS, type ClaimMeasure } from './measureFrame';
import { postingListsOf } from './postingLists';

/** What the matcher needs of one claim: made when the claim first becomes a candidate, then kept. */
export interface IndexedClaim {
  readonly claim: Claim;
  readonly unit?: UnitRef;
  /** Stems of the subject and place: what a sentence must mention to be about this claim. */
  readonly subjectStems: ReadonlySet<string>;
  /** Stems of the keywords that the subject and place lack: extra signals that only ever add to the score. */
  readonly keywordStems: ReadonlySet<string>;
  /** Sum of the weights of `subjectStems`: the score's denominator. */
  readonly subjectWeight: number;
  /** Change or level, rate or not, and the words naming what the claim measures. */
  readonly measure: ClaimMeasure;
  /** The first day a writer could know the claim (see claimKnownFrom). */
  readonly knownFrom?: number;
  /** The series over time the claim belongs to (see claimSeriesKey). */
  readonly seriesKey: string;
}

/**
 * An inverted index from word stems to claims, with rarity weights (termWeight), so a
 * figure's lookup touches only the claims that share a word with its sentence and rare words
 * ("carfentanil") count for more than common ones ("British Columbia"). Claims are numbered by
 * their position in the claim set.
 */
export interface ClaimIndex {
  /** Claim number → what the matcher needs of it; undefined past the last claim. */
  claimAt(claimNumber: number): IndexedClaim | undefined;
  /** Claim id → its entry, for rules that start from a checked figure's claim id. */
  readonly claimById: { get(id: string): IndexedClaim | undefined };
  /** The names sources and their authors go by, for reading who a figure is credited to. */
  readonly sourceNames: SourceNameTable;
  /** The places the claims are about, for telling a part from the whole. */
  readonly places: KnownPlaces;
  /**
   * The numbers of the claims a context word makes candidates of (ascending), or none for a word so
   * common in the set (more than FREQUENT_STEM_LIMIT claims) that it tells them apart no better than
   * chance. Such words still count when a candidate is scored; they only do not make candidates,
   * which keeps a figure's lookup bounded however large the claim set grows.
   */
  candidatesOf(stem: string): Int32Array;
  weight(stem: string): number;
}

/**
 * More claims than this share a word: it no longer picks out claims (its weight is near zero), and
 * walking its postings would make every figure's lookup grow with the claim set. Far above any
 * hand-kept claim set, so on those every shared word still makes candidates.
 */
export const FREQUENT_STEM_LIMIT = 256;

const NO_CANDIDATES = new Int32Array(0);

/**
 * How much a word of a claim's subject counts as evidence: rare words ("carfentanil") more than
 * common ones ("British Columbia"), by how many claims share the word — against a fixed scale, not
 * the size of the set, so that adding claims about other things (which share none of the words)
 * leaves every weight as it was. The words that say how or when something is measured ("share",
 * "rise", "previous year") weigh as a word a third of a hand-kept set shares, however many claims
 * use them: a newsroom's set of ten thousand claims says "share of" thousands of times.
 */
const RARITY_SCALE = 100;
const GENERIC_WEIGHT = Math.log(1 + RARITY_SCALE / 30);

export function termWeight(stem: string, claimsWithIt: number): number {
  return GENERIC_STEMS.has(stem) ? GENERIC_WEIGHT : Math.log(1 + RARITY_SCALE / Math.max(1, claimsWithIt));
}

/**
 * Builds the index in a few passes over flat typed arrays (see ClaimTerms, PostingLists), and makes a
 * claim's IndexedClaim only when a lookup first needs it. Measured on the 2-core bench machine with the
 * generated claim sets of bench/src/claimSetText.ts (claimScaleBench): for 1M claims, 12.2 s and 791 MB
 * of heap when every claim kept an IndexedClaim with two Sets of stems and every stem an array of claim
 * numbers; 6.7 s and ~50 MB this way (100k claims: 0.93 s, 115 MB before; 0.47 s, 43 MB now).
 */
export function buildClaimIndex(claimSet: ClaimSet): ClaimIndex {
  const claims = claimSet.claims;
  const claimTerms = claimTermsOf(claims);
  const { stems, termOf, terms, start, subjectEnd } = claimTerms;
  const postings = postingListsOf(claimTerms);
  const frequency = (term: number): number => (postings.start[term + 1] ?? 0) - (postings.start[term] ?? 0);
  const termWeights = Float64Array.from(stems, (stem, term) => termWeight(stem, frequency(term)));
  const weight = (stem: string): number => {
    const term = termOf.get(stem);
    return term === undefined ? termWeight(stem, 1) : (termWeights[term] ?? 0);
  };
  const subjectWeights = new Float64Array(claims.length);
  for (let claim = 0; claim < claims.length; claim++) {
    let sum = 0;
    for (let at = start[claim] ?? 0; at < (subjectEnd[claim] ?? 0); at++)
      sum += termWeights[terms[at] ?? 0] ?? 0;
    subjectWeights[claim] = sum;
  }

  // A claim set writes few distinct units: each is parsed once.
  const unitOfText = new Map<string, UnitRef | undefined>();
  const unitOf = (claim: Claim): UnitRef | undefined => {
    if (claim.unit === undefined) return undefined;
    if (!unitOfText.has(claim.unit)) unitOfText.set(claim.unit, parseUnit(claim.unit));
    return unitOfText.get(claim.unit);
  };
  const stemsOf = (from: number, to: number): Set<string> => {
    const found = new Set<string>();
    for (let at = from; at < to; at++) found.add(stems[terms[at] ?? 0] ?? '');
    return found;
  };
  const made = new Map<number, IndexedClaim>();
  const claimAt = (claimNumber: number): IndexedClaim | undefined => {
    const claim = claims[claimNumber];
    if (!claim) return undefined;
    let indexed = made.get(claimNumber);
    if (!indexed) {
      const unit = unitOf(claim);
      const knownFrom = claimKnownFrom(claim, claimSet.sources);
      indexed = {
        claim,
        ...(unit ? { unit } : {}),
        subjectStems: stemsOf(start[claimNumber] ?? 0, subjectEnd[claimNumber] ?? 0),
        keywordStems: stemsOf(subjectEnd[claimNumber] ?? 0, start[claimNumber + 1] ?? 0),
        subjectWeight: subjectWeights[claimNumber] ?? 0,
        measure: claimMeasure(claim, unit),
        ...(knownFrom === undefined ? {} : { knownFrom }),
        seriesKey: claimSeriesKey(claim),
      };
      made.set(claimNumber, indexed);
    }
    return indexed;
  };
  const numberById = new Map<string, number>();
  claims.forEach((claim, claimNumber) => numberById.set(claim.id, claimNumber));

  return {
    claimAt,
    claimById: {
      get: (id) => {
        const claimNumber = numberById.get(id);
        return claimNumber === undefined ? undefined : claimAt(claimNumber);
      },
    },
    sourceNames: sourceNameTableFor(claimSet),
    places: knownPlacesOf(claims),
    candidatesOf(stem) {
      const term = termOf.get(stem);
      if (term === undefined || frequency(term) > FREQUENT_STEM_LIMIT) return NO_CANDIDATES;
      return postings.claims.subarray(postings.start[term], postings.start[term + 1]);
    },
    weight,
  };
}

/** The index of a claim set, built on first use and kept as long as the set is. */
export const claimIndexFor = derivedFromClaimSet(buildClaimIndex);
