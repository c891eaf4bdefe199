import type { Claim, ClaimSet } from '../claims/claimModel';

/** What an id at the cursor in a claim file names: one claim, or a source and the claims citing it. */
export interface NamedItem {
  readonly claims: readonly Claim[];
  readonly kind: 'claim' | 'source';
  readonly id: string;
}

/** Characters an id is made of in YAML or JSON: anything but spaces, quotes and flow punctuation. */
const ID_CHAR = /[^\s"',:[\]{}#]/u;

/** The claim id or source id under the cursor in a claim file's text, or undefined. */
export function itemAt(text: string, offset: number, claimSet: ClaimSet): NamedItem | undefined {
  let start = offset;
  while (start > 0 && ID_CHAR.test(text.charAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && ID_CHAR.test(text.charAt(end))) end++;
  const id = text.slice(start, end);
  if (id === '') return undefined;
  const claim = claimSet.claims.find((candidate) => candidate.id === id);
  if (claim) return { kind: 'claim', id, claims: [claim] };
  if (!claimSet.sources.has(id)) return undefined;
  return {
    kind: 'source',
    id,
    claims: claimSet.claims.filter((candidate) => candidate.sources.includes(id)),
  };
}
