import type { ClaimSet, Entity, Role } from '../claims/claimModel';
import { NameTrie } from './nameTrie';
import { CONNECTORS, looseKey, phraseKey, tokenWords } from './phraseWords';
import { BUILTIN_TITLE_WORDS, RANK_QUALIFIERS, contentWords, headWordOf } from './titleWords';
import { tokenizeWords, type WordToken } from '../article/wordTokens';
import { derivedFromClaimSet } from '../claims/derivedFromClaimSet';

/** One role of a person, ready for comparing written titles with. */
export interface IndexedRole {
  readonly role: Role;
  /** Phrase keys of the role's title and aliases. */
  readonly phrases: ReadonlySet<string>;
  /** Content words of the title and aliases, abbreviations spelt out. */
  readonly words: ReadonlySet<string>;
  /** Rank qualifiers ("deputy", "elect") that the title and every alias hold. */
  readonly qualifiers: ReadonlySet<string>;
}

/** A person: an entity with at least one role. */
export interface IndexedPerson {
  readonly entity: Entity;
  readonly roles: readonly IndexedRole[];
  /** Content words of every role the person ever held. */
  readonly heldWords: ReadonlySet<string>;
}

export interface RoleHolder {
  readonly person: IndexedPerson;
  readonly role: IndexedRole;
}

/** Per-claim-set lookup tables of the entity rule, built once per claim set. */
export interface EntityIndex {
  /** Folded acronym ("rcmp", "bc") → the entities that have it as a name or alias. */
  readonly acronyms: ReadonlyMap<string, readonly Entity[]>;
  /** Each entity's acronyms as the claim set writes them. */
  readonly acronymsOf: ReadonlyMap<Entity, readonly string[]>;
  /** Phrase key of any entity name or alias → the entities it names. */
  readonly names: ReadonlyMap<string, readonly Entity[]>;
  /**
   * The same names keyed by their words without connectors, so that "Criminal Intelligence Service
   * of Canada" is accepted for "Criminal Intelligence Service Canada".
   */
  readonly looseNames: ReadonlyMap<string, readonly Entity[]>;
  /** The most words any entity name or alias has. */
  readonly maxNameWords: number;
  /** The names and aliases of people, for finding them in prose. */
  readonly people: NameTrie<IndexedPerson>;
  /** The head nouns of the claim set's role titles and aliases ("commissioner", "premier"). */
  readonly roleHeads: ReadonlySet<string>;
  /** Nouns that make a phrase a title: common ones and the role heads. */
  readonly titleWords: ReadonlySet<string>;
  /** Every word a title may be made of: the title words and every word of every role. */
  readonly titleVocabulary: ReadonlySet<string>;
  /** Phrase key of a role title or alias → who holds that role. */
  readonly rolePhrases: ReadonlyMap<string, readonly RoleHolder[]>;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The folded acronym a name's tokens stand for, when they are one all-capitals word ("RCMP", "B.C."). */
function acronymKey(tokens: readonly WordToken[]): string | undefined {
  const only = tokens[0];
  return tokens.length === 1 && only?.acronym ? only.folded : undefined;
}

function indexRole(role: Role, roleHeads: Set<string>, vocabulary: Set<string>): IndexedRole {
  const phrases = new Set<string>();
  const words = new Set<string>();
  let qualifiers: Set<string> | undefined;
  for (const written of [role.title, ...role.aliases]) {
    const phraseWords = tokenWords(tokenizeWords(written));
    const held = new Set(contentWords(phraseWords).filter((word) => RANK_QUALIFIERS.has(word)));
    qualifiers = qualifiers ? new Set([...qualifiers].filter((word) => held.has(word))) : held;
    phrases.add(phraseKey(phraseWords));
    const head = headWordOf(phraseWords);
    if (head !== undefined && !CONNECTORS.has(head)) roleHeads.add(head);
    for (const word of phraseWords) if (!CONNECTORS.has(word)) vocabulary.add(word);
    for (const word of contentWords(phraseWords)) {
      words.add(word);
      vocabulary.add(word);
    }
  }
  return { role, phrases, words, qualifiers: qualifiers ?? new Set() };
}

function buildIndex(claimSet: ClaimSet): EntityIndex {
  const acronyms = new Map<string, Entity[]>();
  const acronymsOf = new Map<Entity, string[]>();
  const names = new Map<string, Entity[]>();
  const looseNames = new Map<string, Entity[]>();
  const people = new NameTrie<IndexedPerson>();
  const roleHeads = new Set<string>();
  const titleVocabulary = new Set<string>();
  const rolePhrases = new Map<string, RoleHolder[]>();
  let maxNameWords = 0;
  for (const entity of claimSet.entities) {
    const roles = entity.roles.map((role) => indexRole(role, roleHeads, titleVocabulary));
    const person: IndexedPerson | undefined =
      roles.length > 0
        ? { entity, roles, heldWords: new Set(roles.flatMap((indexed) => [...indexed.words])) }
        : undefined;
    for (const name of [entity.name, ...entity.aliases]) {
      const tokens = tokenizeWords(name);
      const words = tokenWords(tokens);
      maxNameWords = Math.max(maxNameWords, words.length);
      addTo(names, phraseKey(words), entity);
      addTo(looseNames, looseKey(words), entity);
      const acronym = acronymKey(tokens);
      if (acronym !== undefined) {
        addTo(acronyms, acronym, entity);
        addTo(acronymsOf, entity, name);
      }
      if (person) people.add(tokens, person);
    }
    if (person) {
      for (const role of roles)
        for (const phrase of role.phrases) addTo(rolePhrases, phrase, { person, role });
    }
  }
  const titleWords = new Set([...BUILTIN_TITLE_WORDS, ...roleHeads]);
  for (const word of titleWords) titleVocabulary.add(word);
  return {
    acronyms,
    acronymsOf,
    names,
    looseNames,
    maxNameWords,
    people,
    roleHeads,
    titleWords,
    titleVocabulary,
    rolePhrases,
  };
}

/** The entity lookup tables of a claim set, built on first use and kept as long as the set lives. */
export const entityIndexFor = derivedFromClaimSet(buildIndex);
