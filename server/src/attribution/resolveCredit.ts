import { FUNCTION_WORDS } from './creditWords';
import type { SourceName, SourceNameTable } from './sourceNames';
import { isWord, tokenizeWords, type WordToken } from '../article/wordTokens';

/** Who a credit phrase names, as far as the claim set knows them. */
export interface ResolvedCredit {
  /** The name as the article writes it ("Canada Border Services Agency" in "the Canada Border …"). */
  readonly name: string;
  /** Offsets of `name` in the text the phrase was read from. */
  readonly start: number;
  readonly end: number;
  /** The sources credited; empty for a known entity that wrote none of them (a person quoted). */
  readonly sourceIds: ReadonlySet<string>;
  /** Every name credited is a source, an author, or an organisation the claim set knows. */
  readonly known: boolean;
}

/** Words that join several names in one credit. */
const CONJUNCTIONS = new Set(['and', 'or']);

/** Words a written phrase may add inside a name ("a recent federal drug memo" for "federal memo"). */
const MAX_EXTRA_WORDS = 3;

/**
 * Where `name` stands in `words` from `first` on: all its words in order, with extra words between
 * them only where the name allows it and only content words (so "Health Minister of Canada" is
 * not "Health Canada"). Greedy: taking each word at its earliest place never loses a match.
 */
function matchAt(words: readonly WordToken[], first: number, name: SourceName): number | undefined {
  let position = first;
  let extra = 0;
  for (const word of name.words.slice(1)) {
    position++;
    while (position < words.length && (words[position] as WordToken).folded !== word) {
      const skipped = words[position] as WordToken;
      if (name.contiguous || FUNCTION_WORDS.has(skipped.folded) || ++extra > MAX_EXTRA_WORDS)
        return undefined;
      position++;
    }
    if (position >= words.length) return undefined;
  }
  return position;
}

/** The first place `name` stands in `words`, as word indices. */
function findName(
  words: readonly WordToken[],
  name: SourceName,
): { first: number; last: number } | undefined {
  for (const [first, word] of words.entries()) {
    if (word.folded !== name.words[0]) continue;
    const last = matchAt(words, first, name);
    if (last !== undefined) return { first, last };
  }
  return undefined;
}

interface NameMatch {
  readonly length: number;
  readonly first: number;
  readonly last: number;
  readonly sourceIds: Set<string>;
  otherOrganisation: boolean;
}

/** The longest name in `words`; names tied for longest credit all their sources. */
function longestName(words: readonly WordToken[], table: SourceNameTable): NameMatch | undefined {
  const candidates = new Set<SourceName>();
  for (const word of words) for (const name of table.byAnchor.get(word.folded) ?? []) candidates.add(name);
  let best: NameMatch | undefined;
  for (const name of candidates) {
    if (best && name.words.length < best.length) continue;
    const found = findName(words, name);
    if (!found) continue;
    if (!best || name.words.length > best.length) {
      best = {
        length: name.words.length,
        ...found,
        sourceIds: new Set(name.sourceIds),
        otherOrganisation: name.otherOrganisation,
      };
    } else {
      for (const id of name.sourceIds) best.sourceIds.add(id);
      best.otherOrganisation &&= name.otherOrganisation;
    }
  }
  return best;
}

/** Splits words at "and"/"or": the conjuncts of "the CBSA and Health Canada". */
function conjuncts(words: readonly WordToken[]): WordToken[][] {
  const parts: WordToken[][] = [[]];
  for (const word of words) {
    if (CONJUNCTIONS.has(word.folded)) parts.push([]);
    else parts[parts.length - 1]?.push(word);
  }
  return parts;
}

/**
 * Resolves the words of a credit phrase (`start..end` of `text`) to the claim set's sources: the
 * name with the most words wins ("confidential federal memo" over "federal memo", "Bob Paulson"
 * over "RCMP" in "RCMP Commissioner Bob Paulson"); names tied for best credit all their sources.
 * Names joined by "and" are each credited ("the CBSA and Health Canada"), unless the best name
 * itself holds the "and" ("Fisheries and Oceans Canada"); if one of them is unknown, so is the
 * credit. Undefined when the phrase names nobody the claim set knows.
 */
export function resolveCredit(
  text: string,
  start: number,
  end: number,
  table: SourceNameTable,
): ResolvedCredit | undefined {
  const words = tokenizeWords(text, { from: start, to: end, compounds: true }).filter(isWord);
  const whole = longestName(words, table);
  if (!whole) return undefined;
  const spansConjunction = words
    .slice(whole.first, whole.last + 1)
    .some((word) => CONJUNCTIONS.has(word.folded));
  const parts = conjuncts(words);
  const matches = spansConjunction || parts.length === 1 ? [{ words, match: whole }] : [];
  if (matches.length === 0) {
    for (const part of parts) {
      const match = longestName(part, table);
      if (!match) return undefined;
      matches.push({ words: part, match });
    }
  }
  const sourceIds = new Set(matches.flatMap(({ match }) => [...match.sourceIds]));
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (!first || !last) return undefined;
  const nameStart = (first.words[first.match.first] as WordToken).start;
  const nameEnd = (last.words[last.match.last] as WordToken).end;
  const known = matches.every(({ match }) => match.sourceIds.size > 0 || match.otherOrganisation);
  return { name: text.slice(nameStart, nameEnd), start: nameStart, end: nameEnd, sourceIds, known };
}
