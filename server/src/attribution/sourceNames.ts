import type { ClaimSet, Entity } from '../claims/claimModel';
import { DETERMINERS } from './creditWords';
import { isWord, tokenizeWords } from '../article/wordTokens';
import { derivedFromClaimSet } from '../claims/derivedFromClaimSet';

/** One way an article may name a source or its author, with the sources it stands for. */
export interface SourceName {
  /** Folded words (see `foldWord` of article/wordTokens), leading determiners dropped. */
  readonly words: readonly string[];
  /** The sources this name credits: the source itself, or every source its author wrote. */
  readonly sourceIds: ReadonlySet<string>;
  /** Titles must be written whole; authors and aliases may carry extra words ("a recent federal memo"). */
  readonly contiguous: boolean;
  /**
   * A name of an organisation the claim set knows (an entity without roles) that wrote none of its
   * sources: crediting it is a clear credit to someone other than any source's author.
   */
  readonly otherOrganisation: boolean;
}

/**
 * The names of a claim set's sources and entities, looked up by their rarest word: a phrase's
 * words then reach only the few names that could match it, even when thousands of names share
 * a first word ("Agency …", "Annual report …").
 */
export interface SourceNameTable {
  readonly byAnchor: ReadonlyMap<string, readonly SourceName[]>;
  /** Source id → its author as a folded key (an entity's name when the author is a known entity). */
  readonly authorKeys: ReadonlyMap<string, string>;
  /**
   * Source id → the other sources its title names, by their title or their author: a "Statement
   * from the Attorney General on the FBI's Quarterly Uniform Crime Report" relays the FBI's figures.
   */
  readonly relayedSources: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The folded words of a name, leading determiners dropped ("The Globe" → "globe"). */
export function nameWords(name: string): string[] {
  const words = tokenizeWords(name, { compounds: true })
    .filter(isWord)
    .map((token) => token.folded);
  let first = 0;
  while (first < words.length - 1 && DETERMINERS.has(words[first] as string)) first++;
  return words.slice(first);
}

function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** Every name an entity goes by, folded. */
function entityKeys(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].map(nameKey).filter((key) => key !== '');
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Draft {
  readonly words: readonly string[];
  readonly sourceIds: Set<string>;
  contiguous: boolean;
  otherOrganisation: boolean;
}

/** Author key of each source: an entity's canonical name when the author is one of its names. */
function authorKeysOf(claimSet: ClaimSet): Map<string, string> {
  const canonical = new Map<string, string>();
  for (const entity of claimSet.entities) {
    const main = nameKey(entity.name);
    for (const key of entityKeys(entity)) if (!canonical.has(key)) canonical.set(key, main);
  }
  const keys = new Map<string, string>();
  for (const source of claimSet.sources.values()) {
    if (source.author === undefined) continue;
    const key = nameKey(source.author);
    if (key !== '') keys.set(source.id, canonical.get(key) ?? key);
  }
  return keys;
}

/** Whether `words` holds `part` as a contiguous run. */
function containsRun(words: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return false;
  for (let at = 0; at + part.length <= words.length; at++) {
    if (part.every((word, offset) => words[at + offset] === word)) return true;
  }
  return false;
}

/**
 * The sources an entity may fairly be credited with besides those it wrote: those of its own
 * offices, whose author starts with one of its names ("USDA National Agricultural Statistics
 * Service" speaks for "USDA"), and those whose title names it as the one announcing ("Boar's Head
 * Provisions Co. Recalls …": "Boar's Head announced a recall" credits it rightly).
 */
function sourcesSpeakingFor(entity: Entity, claimSet: ClaimSet): string[] {
  const names = [entity.name, ...entity.aliases].map(nameWords).filter((words) => words.length > 0);
  const found: string[] = [];
  for (const source of claimSet.sources.values()) {
    const author = source.author === undefined ? [] : nameWords(source.author);
    const title = source.title === undefined ? [] : nameWords(source.title);
    const office = names.some(
      (name) => name.length < author.length && name.every((word, at) => author[at] === word),
    );
    if (office || names.some((name) => containsRun(title, name))) found.push(source.id);
  }
  return found;
}

/** Titles are short; a run longer than this names no other source (bounds the work per title). */
const MAX_NAMED_RUN = 16;

/**
 * The sources each source's title names, by their title or their author (see
 * `SourceNameTable.relayedSources`): every run of a title's words is looked up among the names,
 * so thousands of sources cost thousands of lookups, not millions of comparisons.
 */
function relayedSourcesOf(
  claimSet: ClaimSet,
  authorKeys: ReadonlyMap<string, string>,
): Map<string, Set<string>> {
  const sourcesByName = new Map<string, string[]>();
  const namesOfAuthor = new Map<string, string[]>();
  for (const entity of claimSet.entities) {
    const keys = entityKeys(entity);
    for (const key of keys) namesOfAuthor.set(key, keys);
  }
  for (const [id, author] of authorKeys) {
    for (const name of namesOfAuthor.get(author) ?? [author]) pushTo(sourcesByName, name, id);
  }
  for (const source of claimSet.sources.values()) {
    const title = source.title === undefined ? [] : nameWords(source.title);
    if (title.length > 1) pushTo(sourcesByName, title.join(' '), source.id);
  }
  const relayed = new Map<string, Set<string>>();
  for (const source of claimSet.sources.values()) {
    if (source.title === undefined) continue;
    const title = nameWords(source.title);
    const ownAuthor = authorKeys.get(source.id);
    const sources = new Set<string>();
    for (let first = 0; first < title.length; first++) {
      for (let last = first; last < Math.min(title.length, first + MAX_NAMED_RUN); last++) {
        for (const id of sourcesByName.get(title.slice(first, last + 1).join(' ')) ?? []) {
          if (id !== source.id && (ownAuthor === undefined || authorKeys.get(id) !== ownAuthor))
            sources.add(id);
        }
      }
    }
    if (sources.size > 0) relayed.set(source.id, sources);
  }
  return relayed;
}

/** Builds the table of a claim set; see `sourceNameTableFor`. */
export function buildSourceNameTable(claimSet: ClaimSet): SourceNameTable {
  const drafts = new Map<string, Draft>();
  const add = (
    name: string,
    sourceIds: readonly string[],
    contiguous: boolean,
    otherOrganisation = false,
  ): void => {
    const words = nameWords(name);
    if (words.length === 0) return;
    const key = words.join(' ');
    const draft = drafts.get(key);
    if (draft) {
      for (const id of sourceIds) draft.sourceIds.add(id);
      draft.contiguous &&= contiguous;
      draft.otherOrganisation &&= otherOrganisation && sourceIds.length === 0;
    } else {
      drafts.set(key, { words, sourceIds: new Set(sourceIds), contiguous, otherOrganisation });
    }
  };
  const authorKeys = authorKeysOf(claimSet);
  const bySourceAuthor = new Map<string, string[]>();
  for (const [id, key] of authorKeys) pushTo(bySourceAuthor, key, id);

  for (const source of claimSet.sources.values()) {
    if (source.author !== undefined) add(source.author, [source.id], false);
    if (source.title !== undefined) add(source.title, [source.id], true);
    for (const alias of source.aliases) add(alias, [source.id], false);
  }
  // An entity credits what it wrote ("CBSA" → the sources authored by Canada Border Services
  // Agency); a known person who wrote nothing is still a name, so a longer phrase resolves to them.
  for (const entity of claimSet.entities) {
    const authored = [
      ...new Set([
        ...(bySourceAuthor.get(nameKey(entity.name)) ?? []),
        ...sourcesSpeakingFor(entity, claimSet),
      ]),
    ];
    const otherOrganisation = entity.roles.length === 0 && authored.length === 0;
    for (const name of [entity.name, ...entity.aliases]) add(name, authored, false, otherOrganisation);
  }

  const frequency = new Map<string, number>();
  for (const { words } of drafts.values()) {
    for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const byAnchor = new Map<string, SourceName[]>();
  for (const draft of drafts.values()) {
    const anchor = draft.words.reduce((rarest, word) =>
      (frequency.get(word) ?? 0) < (frequency.get(rarest) ?? 0) ? word : rarest,
    );
    pushTo(byAnchor, anchor, draft);
  }
  return { byAnchor, authorKeys, relayedSources: relayedSourcesOf(claimSet, authorKeys) };
}

/** The name table of a claim set, built on first use and kept as long as the set is. */
export const sourceNameTableFor = derivedFromClaimSet(buildSourceNameTable);
