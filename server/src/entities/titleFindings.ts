import type { ProseBlock } from '../article/articleModel';
import type { Entity, Role } from '../claims/claimModel';
import type { Finding } from '../engine/findingModel';
import { documentRange, relatedEntity, writtenText } from './findingParts';
import { formatPeriod, type Period } from '../time/period';
import type { EntityIndex, IndexedPerson, IndexedRole, RoleHolder } from './entityIndex';
import { CONNECTORS, phraseKey } from './phraseWords';
import type { TitleMention, TitlePhrase } from './titleMentions';
import { contentWords } from './titleWords';
import type { WordToken } from '../article/wordTokens';

/** One reading of a written title: a run of its words that holds the head. */
interface Candidate {
  readonly words: readonly WordToken[];
  readonly key: string;
  readonly content: readonly string[];
}

function candidate(words: readonly WordToken[]): Candidate {
  const folded = words.map((word) => word.folded);
  return { words, key: phraseKey(folded), content: contentWords(folded) };
}

/**
 * Every reading of the title, longest first: each start up to the head, with and without the
 * complement. Trying the shorter ones too is what makes matching generous: a qualifier the claim
 * set does not record ("Deputy Commissioner" for the commissioner) is not called wrong.
 */
function candidates(title: TitlePhrase): Candidate[] {
  const readings: Candidate[] = [];
  for (let start = 0; start <= title.head; start++) {
    if (CONNECTORS.has((title.words[start] as WordToken).folded)) continue;
    readings.push(candidate(title.words.slice(start)));
    if (title.head + 1 < title.words.length)
      readings.push(candidate(title.words.slice(start, title.head + 1)));
  }
  return readings;
}

/**
 * A written title names a role when it is one of its phrases, or all its words are the role's and
 * it keeps the role's rank qualifiers ("US President" is not "President-elect").
 */
function matchesRole(reading: Candidate, role: IndexedRole): boolean {
  if (role.phrases.has(reading.key)) return true;
  return (
    reading.content.length > 0 &&
    reading.content.every((word) => role.words.has(word)) &&
    [...role.qualifiers].every((word) => reading.content.includes(word))
  );
}

/**
 * Whether the written title holds a word only of offices the person held at another time:
 * "Tourism Minister" for a minister who has moved to civil protection names the old office, even
 * though "Minister" alone fits the new one.
 */
function namesOtherOffice(
  title: TitlePhrase,
  person: IndexedPerson,
  current: readonly IndexedRole[],
): boolean {
  const words = contentWords(title.words.map((word) => word.folded));
  return words.some(
    (word) =>
      !current.some((indexed) => indexed.words.has(word)) &&
      person.roles.some((indexed) => !current.includes(indexed) && indexed.words.has(word)),
  );
}

/** Whether the role was held at some time in `date` (a role with no span always was). */
function heldAt(role: Role, date: Period): boolean {
  return (!role.from || role.from.start < date.end) && (!role.to || date.start < role.to.end);
}

function spanText(role: Role): string {
  if (role.from && role.to) return `from ${formatPeriod(role.from)} to ${formatPeriod(role.to)}`;
  if (role.from) return `from ${formatPeriod(role.from)}`;
  return role.to ? `until ${formatPeriod(role.to)}` : 'with no recorded dates';
}

interface Verdict {
  readonly message: string;
  readonly words: readonly WordToken[];
  readonly others: readonly Entity[];
}

/** Other people whose role is exactly this reading, held at the date (at any time with no date). */
function otherHolders(
  reading: Candidate,
  person: IndexedPerson,
  date: Period | undefined,
  index: EntityIndex,
): RoleHolder[] {
  return (index.rolePhrases.get(reading.key) ?? []).filter(
    (holder) => holder.person !== person && (!date || heldAt(holder.role.role, date)),
  );
}

/**
 * Judges one person's title. Nothing when a reading matches a role held at the article's date (any
 * role when the date is unknown) — unless another reading is exactly someone else's title that
 * this person did not hold then ("Prime Minister Terry Lake": "Minister" alone would pass). A finding
 * only when the title clearly names a role: one this person held at another time, or — when the
 * claim set records what the person was at that date — a role head noun of the claim set that the
 * person never held, or another person's exact title.
 */
function judge(
  block: ProseBlock,
  person: IndexedPerson,
  title: TitlePhrase,
  date: Period | undefined,
  index: EntityIndex,
): Verdict | undefined {
  const readings = candidates(title);
  const current = date ? person.roles.filter((indexed) => heldAt(indexed.role, date)) : person.roles;
  const holdsNow = (reading: Candidate): boolean => current.some((indexed) => matchesRole(reading, indexed));
  // The whole title held: "Deputy Governor" is right though "Governor" alone is someone else's.
  const whole = readings[0];
  const otherOffice = namesOtherOffice(title, person, current);
  if (whole && holdsNow(whole) && !otherOffice) return undefined;
  // Someone else's title at any time: "Addictions Minister" is no title of Terry Lake's in 2016 either.
  const swapped = readings.filter(
    (reading) => !holdsNow(reading) && otherHolders(reading, person, undefined, index).length > 0,
  );
  if (swapped.length === 0 && readings.some(holdsNow) && !otherOffice) return undefined;
  const name = person.entity.name;
  if (date) {
    for (const reading of readings) {
      const other = person.roles.find(
        (indexed) => !current.includes(indexed) && matchesRole(reading, indexed),
      );
      if (other) {
        const role = other.role;
        return {
          message: `${name} was not ${role.title} at the article's date (${formatPeriod(date)}); ${role.title} ${spanText(role)}`,
          words: reading.words,
          others: [],
        };
      }
    }
  }
  // With no recorded role at the date we do not know what the person was then.
  if (current.length === 0 || !whole) return undefined;
  // A head noun the person never held counts only if the claim set knows it as a title: "Liberal
  // Leader Justin Trudeau" is no error because the claim set records no party leaders.
  const head = (title.words[title.head] as WordToken).folded;
  const headHeld = contentWords([head]).every((word) => person.heldWords.has(word));
  const wrongHead = index.roleHeads.has(head) && !headHeld;
  if (!wrongHead && swapped.length === 0) return undefined;
  const others = [
    ...new Set(
      swapped.flatMap((reading) => otherHolders(reading, person, date, index)).map((h) => h.person.entity),
    ),
  ];
  const titles = current.map((indexed) => indexed.role.title).join(' and ');
  const subject = date
    ? `${name}'s title at the article's date is`
    : `${name}'s recorded title${current.length > 1 ? 's are' : ' is'}`;
  const holderText =
    others.length > 0 ? ` (the title of ${others.map((entity) => entity.name).join(' and ')})` : '';
  return {
    message: `${subject} ${titles}, not ${writtenText(block, whole.words)}${holderText}`,
    words: whole.words,
    others,
  };
}

/** The `entity-mismatch` finding for a person's title, if it is wrong for the article's date. */
export function titleFinding(
  block: ProseBlock,
  mention: TitleMention,
  date: Period | undefined,
  index: EntityIndex,
): Finding | undefined {
  const verdicts: { person: IndexedPerson; verdict: Verdict }[] = [];
  for (const person of mention.people) {
    const verdict = judge(block, person, mention.title, date, index);
    // A name shared by several people is wrong only if it is wrong for each of them.
    if (!verdict) return undefined;
    verdicts.push({ person, verdict });
  }
  const first = verdicts[0];
  if (!first) return undefined;
  const { person, verdict } = first;
  return {
    rule: 'entity-mismatch',
    message: verdict.message,
    ...documentRange(block, verdict.words),
    related: [
      relatedEntity(person.entity, `${person.entity.name} in the claim set`),
      ...verdict.others.map((entity) => relatedEntity(entity, `${entity.name} in the claim set`)),
    ],
  };
}
