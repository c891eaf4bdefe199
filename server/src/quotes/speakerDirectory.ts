import type { ClaimSet, Entity, Role } from '../claims/claimModel';
import { foldForNames } from '../matching/namesInText';
import { overlaps, type Period } from '../time/period';
import { derivedFromClaimSet } from '../claims/derivedFromClaimSet';

/**
 * The claim set's people and organisations, looked up by the ways an article names a speaker:
 * full name or alias, surname alone, or the title of a role held at the article's date.
 */
export interface SpeakerDirectory {
  /** Name key of every entity name and alias → the entities so named. */
  readonly byName: ReadonlyMap<string, readonly Entity[]>;
  /** Name key of the last word of a role holder's name → those entities. */
  readonly bySurname: ReadonlyMap<string, readonly Entity[]>;
  /** Name key of every role title and alias → the roles with their holder. */
  readonly byRole: ReadonlyMap<string, readonly { readonly entity: Entity; readonly role: Role }[]>;
  /** Name keys of the single words of role titles ("minister", "health"), which may be lower case. */
  readonly titleWords: ReadonlySet<string>;
}

const PERIODS = /\./gu;
const SPACES = / +/u;

/** A name folded for lookup: lower case, straight apostrophes, no periods ("B.C." = "BC"), one space. */
export function nameKey(text: string): string {
  return foldForNames(text).replace(PERIODS, '').trim();
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function buildSpeakerDirectory(claimSet: ClaimSet): SpeakerDirectory {
  const byName = new Map<string, Entity[]>();
  const bySurname = new Map<string, Entity[]>();
  const byRole = new Map<string, { entity: Entity; role: Role }[]>();
  const titleWords = new Set<string>();
  for (const entity of claimSet.entities) {
    for (const name of [entity.name, ...entity.aliases]) add(byName, nameKey(name), entity);
    // Only role holders are known to be people; "Police" alone must not name the RCMP.
    if (entity.roles.length > 0) add(bySurname, nameKey(entity.name).split(SPACES).pop() ?? '', entity);
    for (const role of entity.roles) {
      for (const title of [role.title, ...role.aliases]) {
        add(byRole, nameKey(title), { entity, role });
        for (const word of nameKey(title).split(SPACES)) titleWords.add(word);
      }
    }
  }
  const directory = { byName, bySurname, byRole, titleWords };
  return directory;
}

/** The speakerDirectory of a claim set, built on first use and kept as long as the set lives. */
export const speakerDirectoryFor = derivedFromClaimSet(buildSpeakerDirectory);

function only<T>(list: readonly T[] | undefined): T | undefined {
  return list?.length === 1 ? list[0] : undefined;
}

/** The entity a claim-set text (a quote's `speaker`) names by its full name or an alias. */
export function entityNamed(directory: SpeakerDirectory, name: string): Entity | undefined {
  return only(directory.byName.get(nameKey(name)));
}

function heldAt(role: Role, date: Period): boolean {
  const span = { start: role.from?.start ?? -Infinity, end: role.to?.end ?? Infinity };
  return overlaps(span, date);
}

/**
 * The entity a name phrase of an article ("Addictions Minister Ya’ara Saks", "Lake", "the Premier")
 * refers to, or undefined when none or more than one could be meant. Titles come before names, so
 * the longest suffix that is a name or alias wins; then the surname, then a role title held by
 * exactly one entity at `date` (or, with no date, at all), each only after nothing but title words.
 */
export function resolveSpeaker(
  directory: SpeakerDirectory,
  words: readonly string[],
  date: Period | undefined,
): Entity | undefined {
  const keys = words.map(nameKey);
  for (let start = 0; start < keys.length; start++) {
    const named = directory.byName.get(keys.slice(start).join(' '));
    if (named) return only(named);
  }
  // Words before a surname or a title must be title words themselves: "Memorandum For The Prime
  // Minister" is a document, not the Prime Minister, and "Jane Lake" is not Terry Lake.
  const titledFrom = (start: number): boolean =>
    keys.slice(0, start).every((key) => directory.titleWords.has(key));
  const surname = directory.bySurname.get(keys[keys.length - 1] ?? '');
  if (surname && titledFrom(keys.length - 1)) return only(surname);
  for (let start = 0; start < keys.length; start++) {
    const roles = directory.byRole.get(keys.slice(start).join(' '));
    if (!roles) continue;
    if (!titledFrom(start)) return undefined;
    const holders = new Set(roles.filter(({ role }) => !date || heldAt(role, date)).map((r) => r.entity));
    return holders.size === 1 ? [...holders][0] : undefined;
  }
  return undefined;
}
