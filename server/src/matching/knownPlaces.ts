import type { Claim } from '../claims/claimModel';
import { contentWords, type ContentWord } from './contentWords';
import { words } from '../arithmetic/wordList';

/**
 * The places a claim set names (its claims' `place` fields), as sequences of stems, so that a
 * sentence can be asked which of them it names. "Part is not whole" (SPEC): a figure whose sentence
 * names another of these places, and not the claim's, is about that place.
 */
export interface KnownPlaces {
  /** The key of a claim's place (its stems joined), or undefined when it has none. */
  keyOf(claim: Claim): string | undefined;
  /** The keys of the known places a sentence's words name, in any order. */
  namedIn(sentence: readonly ContentWord[]): ReadonlySet<string>;
}

/** Words that name the whole world however a claim spells its place ("World", "global"). */
const WORLD_WORDS = new Set(words('world worldwide global globally'));
const WORLD_KEY = 'world';

function placeKey(place: string): string | undefined {
  const stems = contentWords(place).map((word) => word.stem);
  if (stems.length === 0) return undefined;
  return stems.length === 1 && WORLD_WORDS.has(place.trim().toLowerCase()) ? WORLD_KEY : stems.join(' ');
}

export function knownPlacesOf(claims: readonly Claim[]): KnownPlaces {
  // First stem → the spellings (stem sequences) starting with it, each with its place's key.
  const byFirst = new Map<string, { readonly stems: readonly string[]; readonly key: string }[]>();
  const keys = new Map<string, string | undefined>();
  const keyOf = (claim: Claim): string | undefined => {
    if (claim.place === undefined) return undefined;
    if (!keys.has(claim.place)) keys.set(claim.place, placeKey(claim.place));
    return keys.get(claim.place);
  };
  const spelled = new Set<string>();
  const add = (stems: readonly string[], key: string): void => {
    const spelling = stems.join(' ');
    if (spelled.has(spelling)) return;
    spelled.add(spelling);
    const first = stems[0] ?? '';
    const list = byFirst.get(first);
    if (list) list.push({ stems, key });
    else byFirst.set(first, [{ stems, key }]);
  };
  for (const claim of claims) {
    const key = keyOf(claim);
    if (key === undefined || key === WORLD_KEY || claim.place === undefined) continue;
    add(key.split(' '), key);
    // "U.S." for "United States", "B.C." for "British Columbia": the initials, read letter by letter.
    const initials = claim.place.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
    if (initials.length > 1)
      add(
        initials.map((word) => word[0]?.toLowerCase() ?? ''),
        key,
      );
  }
  const worldStems = new Set([...WORLD_WORDS].map((word) => contentWords(word)[0]?.stem ?? word));
  const restStem = contentWords('rest')[0]?.stem;
  return {
    keyOf,
    namedIn(sentence) {
      const named = new Set<string>();
      sentence.forEach((word, at) => {
        // "trade with the rest of the world" names the region's partners, not the world as a place.
        if (worldStems.has(word.stem) && sentence[at - 1]?.stem !== restStem) named.add(WORLD_KEY);
        for (const { stems, key } of byFirst.get(word.stem) ?? []) {
          if (stems.every((stem, offset) => sentence[at + offset]?.stem === stem)) named.add(key);
        }
      });
      return named;
    },
  };
}
