import { sourceNameTableFor, type SourceNameTable } from '../attribution/sourceNames';
import type { Claim, ClaimSet, Source } from '../claims/claimModel';
import type { UnitRef } from '../figures/figureModel';
import { parseUnit } from '../figures/units';
import { contentStems } from './contentWords';
import { derivedFromClaimSet } from '../claims/derivedFromClaimSet';

/** What the matcher needs of one claim, computed once when the claim set changes. */
export interface IndexedClaim {
  readonly claim: Claim;
  readonly unit?: UnitRef;
  /** Stems of the subject and place: what a sentence must mention to be about this claim. */
  readonly subjectStems: ReadonlySet<string>;
  /** Stems of the keywords: extra signals that only ever add to the score. */
  readonly keywordStems: ReadonlySet<string>;
  /** Sum of the weights of `subjectStems`: the score's denominator. */
  readonly subjectWeight: number;
  /** The claim's sources, for attribution and citations. */
  readonly sources: readonly Source[];
}

/**
 * An inverted index from word stems to claims, with inverse-document-frequency weights, so a
 * figure's lookup touches only the claims that share a word with its sentence and rare words
 * ("carfentanil") count for more than common ones ("British Columbia").
 */
export interface ClaimIndex {
  readonly claims: readonly IndexedClaim[];
  /** Claim id → its entry, for rules that start from a checked figure's claim id. */
  readonly claimById: ReadonlyMap<string, IndexedClaim>;
  /** The names sources and their authors go by, for reading who a figure is credited to. */
  readonly sourceNames: SourceNameTable;
  /** Stem → indices into `claims`. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /**
   * The claims a context word makes candidates of: its postings, or none for a word so common in
   * the set (more than FREQUENT_STEM_LIMIT claims) that it tells them apart no better than chance.
   * Such words still count when a candidate is scored; they only do not make candidates, which
   * keeps a figure's lookup bounded however large the claim set grows.
   */
  candidatesOf(stem: string): readonly number[];
  weight(stem: string): number;
  /** The share of all claims whose unit has the same dimension and code as this claim's. */
  unitShare(indexed: IndexedClaim): number;
}

/**
 * More claims than this share a word: it no longer picks out claims (its weight is near zero), and
 * walking its postings would make every figure's lookup grow with the claim set. Far above any
 * hand-kept claim set, so on those every shared word still makes candidates.
 */
export const FREQUENT_STEM_LIMIT = 256;

const NO_CANDIDATES: readonly number[] = [];

function addPosting(postings: Map<string, number[]>, stem: string, index: number): void {
  const list = postings.get(stem);
  if (list) list.push(index);
  else postings.set(stem, [index]);
}

/** Units of one dimension convert into each other, so they count as one for rarity; counts by noun. */
function unitKey(unit: UnitRef): string {
  return unit.dimension === 'count' ? `count:${unit.code}` : unit.dimension;
}

export function buildClaimIndex(claimSet: ClaimSet): ClaimIndex {
  const postings = new Map<string, number[]>();
  const drafts = claimSet.claims.map((claim, index) => {
    const subjectStems = contentStems(`${claim.subject} ${claim.place ?? ''}`);
    const keywordStems = contentStems(claim.keywords.join(' '));
    for (const stem of new Set([...subjectStems, ...keywordStems])) addPosting(postings, stem, index);
    return { claim, subjectStems, keywordStems };
  });
  const claimCount = Math.max(1, drafts.length);
  const weight = (stem: string): number => {
    const frequency = postings.get(stem)?.length ?? 0;
    return Math.log(1 + claimCount / Math.max(1, frequency));
  };
  const claims = drafts.map(({ claim, subjectStems, keywordStems }): IndexedClaim => {
    let subjectWeight = 0;
    for (const stem of subjectStems) subjectWeight += weight(stem);
    const sources = claim.sources
      .map((id) => claimSet.sources.get(id))
      .filter((source): source is Source => source !== undefined);
    const unit = claim.unit === undefined ? undefined : parseUnit(claim.unit);
    return { claim, ...(unit ? { unit } : {}), subjectStems, keywordStems, subjectWeight, sources };
  });
  const unitCounts = new Map<string, number>();
  for (const { unit } of claims) {
    if (unit) unitCounts.set(unitKey(unit), (unitCounts.get(unitKey(unit)) ?? 0) + 1);
  }
  const unitShare = (indexed: IndexedClaim): number =>
    indexed.unit ? (unitCounts.get(unitKey(indexed.unit)) ?? 0) / claimCount : 1;
  const claimById = new Map(claims.map((indexed) => [indexed.claim.id, indexed]));
  const candidatesOf = (stem: string): readonly number[] => {
    const list = postings.get(stem);
    return list && list.length <= FREQUENT_STEM_LIMIT ? list : NO_CANDIDATES;
  };
  return {
    claims,
    claimById,
    sourceNames: sourceNameTableFor(claimSet),
    postings,
    candidatesOf,
    weight,
    unitShare,
  };
}

/** The index of a claim set, built on first use and kept as long as the set is. */
export const claimIndexFor = derivedFromClaimSet(buildClaimIndex);
