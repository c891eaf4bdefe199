import type { ClaimTerms } from './claimTerms';

/**
 * The inverted index of a claim set: for each term id, the numbers of the claims that have the term,
 * ascending. Stored as one typed array with an offset per term (term t's claims are
 * `claims[start[t]] … claims[start[t + 1] - 1]`), built in two passes: count, then fill.
 */
export interface PostingLists {
  readonly start: Uint32Array;
  readonly claims: Int32Array;
}

export function postingListsOf(claimTerms: ClaimTerms): PostingLists {
  const { terms, start: claimStart } = claimTerms;
  const start = new Uint32Array(claimTerms.stems.length + 1);
  for (const term of terms) start[term + 1] = (start[term + 1] ?? 0) + 1;
  for (let term = 1; term < start.length; term++) start[term] = (start[term] ?? 0) + (start[term - 1] ?? 0);
  // Where each term's next claim number goes; claims are visited in order, so every list ascends.
  const next = start.slice(0, -1);
  const claims = new Int32Array(terms.length);
  for (let claim = 0; claim + 1 < claimStart.length; claim++) {
    for (let at = claimStart[claim] ?? 0; at < (claimStart[claim + 1] ?? 0); at++) {
      const term = terms[at] ?? 0;
      const slot = next[term] ?? 0;
      claims[slot] = claim;
      next[term] = slot + 1;
    }
  }
  return { start, claims };
}
