import type { ProseBlock } from '../article/articleModel';
import type { Entity } from '../claims/claimModel';
import type { Finding } from '../engine/findingModel';
import { documentRange, relatedEntity, writtenText } from './findingParts';
import { looksLikeName, type ExpansionSite } from './acronymExpansions';
import type { EntityIndex } from './entityIndex';
import { CONNECTORS, looseKey, phraseKey, tokenWords } from './phraseWords';
import type { WordToken } from '../article/wordTokens';

const NON_LETTERS = /[^\p{L}]/gu;

/** The phrase key of every run of word tokens that ends where `tokens` ends, longest first. */
function suffixKeys(
  tokens: readonly WordToken[],
): { readonly key: string; readonly loose: string; readonly from: number }[] {
  const keys: { key: string; loose: string; from: number }[] = [];
  for (let from = 0; from < tokens.length; from++) {
    if (tokens[from]?.kind !== 'word') continue;
    const words = tokenWords(tokens.slice(from));
    keys.push({ key: phraseKey(words), loose: looseKey(words), from });
  }
  return keys;
}

function names(index: EntityIndex, key: string): readonly Entity[] {
  return index.names.get(key) ?? [];
}

/**
 * Whether the article's words before the acronym end with a name or alias of one of `entities`, or
 * do so with the words that go on after it ("Uniform Crime Reporting (UCR) Program").
 */
function spelledRight(site: ExpansionSite, entities: readonly Entity[], index: EntityIndex): boolean {
  const named = (words: readonly WordToken[]): boolean =>
    suffixKeys(words).some(({ key, loose }) =>
      [...names(index, key), ...(index.looseNames.get(loose) ?? [])].some((entity) =>
        entities.includes(entity),
      ),
    );
  return (
    named(site.context) || (site.continuation.length > 0 && named([...site.context, ...site.continuation]))
  );
}

/**
 * The longest tail of the expansion that is another organisation's name, one with an acronym of
 * its own: the writer swapped two organisations ("Canadian Integrated Response to Organized
 * Crime (CISC)").
 */
function otherOrganisation(
  site: ExpansionSite,
  entities: readonly Entity[],
  index: EntityIndex,
): { readonly entity: Entity; readonly acronym: string; readonly from: number } | undefined {
  for (const { key, from } of suffixKeys(site.expansion)) {
    if (!looksLikeName(site.expansion.slice(from))) continue;
    for (const named of names(index, key)) {
      const acronym = index.acronymsOf.get(named)?.[0];
      if (!entities.includes(named) && acronym !== undefined) return { entity: named, acronym, from };
    }
  }
  return undefined;
}

/** The length of the longest common subsequence of two short strings. */
function commonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const charA of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++) {
      current.push(charA === b[j] ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, current[j] ?? 0));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The part of an unknown expansion that reads as an expansion of the acronym: from its first word
 * with the acronym's first letter, at least two words, whose initials give at least half of the
 * acronym's letters in order. A party or province after a name ("Jenny Kwan (NDP)", "Vancouver
 * Island RCMP (B.C.)") is no expansion and stays unflagged.
 */
function expansionShaped(site: ExpansionSite): readonly WordToken[] | undefined {
  const letters = site.acronym.folded.replace(NON_LETTERS, '');
  const words = site.expansion.filter((token) => token.kind === 'word' && !CONNECTORS.has(token.folded));
  const first = site.expansion.findIndex((token) => words.includes(token) && token.folded[0] === letters[0]);
  if (first < 0) return undefined;
  const tail = site.expansion.slice(first);
  const initials = tail
    .filter((token) => words.includes(token))
    .map((token) => token.folded[0] ?? '')
    .join('');
  if (initials.length < 2 || commonSubsequence(letters, initials) * 2 < letters.length) return undefined;
  return tail;
}

/** The `entity-mismatch` finding for an acronym spelt out as another name, if it is one. */
export function acronymFinding(
  block: ProseBlock,
  site: ExpansionSite,
  index: EntityIndex,
): Finding | undefined {
  const entities = index.acronyms.get(site.acronym.folded);
  // An acronym the claim set does not know may stand for anything.
  if (!entities || spelledRight(site, entities, index)) return undefined;
  const other = otherOrganisation(site, entities, index);
  const range = other ? site.expansion.slice(other.from) : expansionShaped(site);
  if (!range || range.length === 0) return undefined;
  const written = writtenText(block, range);
  const rightNames = entities.map((entity) => entity.name).join(' or ');
  const whose = other ? `, whose acronym is ${other.acronym}` : '';
  const places = entities.map((entity) => relatedEntity(entity, `${site.acronym.text}: ${entity.name}`));
  if (other) places.push(relatedEntity(other.entity, `${other.entity.name} (${other.acronym})`));
  return {
    rule: 'entity-mismatch',
    message: `${site.acronym.text} stands for ${rightNames}, not ${written}${whose}`,
    ...documentRange(block, range),
    related: places,
  };
}
