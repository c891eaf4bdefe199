import type { EntityIndex, IndexedPerson } from './entityIndex';
import { COMPLEMENT_OPENERS, CONNECTORS } from './phraseWords';
import { TIME_SHIFTING_MODIFIERS } from './titleWords';
import type { WordToken } from '../article/wordTokens';

/**
 * A title written next to a person's name, as word tokens: "B.C. Health minister" before
 * "Terry Lake", or "commissioner of the RCMP" in ", commissioner of the RCMP," after a name.
 */
export interface TitlePhrase {
  readonly words: readonly WordToken[];
  /** The index in `words` of the title's head noun (the word before its complement, if any). */
  readonly head: number;
}

export interface TitleMention {
  /** Everyone the name may be (usually one person). */
  readonly people: readonly IndexedPerson[];
  readonly title: TitlePhrase;
}

/** Longer than this, a phrase before a name is a headline, not a title. */
const MAX_TITLE_WORDS = 10;
/** How far before a title to look for "former", "then" and the like ("former federal health minister"). */
const MODIFIER_REACH = 3;
const ARTICLES = new Set(['the', 'a', 'an']);
const APPOSITIVE_ENDS = new Set([',', '.', ';', ':', ')', '!', '?', '—', '–', '”', '"']);
/** Courtesy titles skipped between a title and a name: "Health Minister Dr. Jane Doe". */
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'hon', 'prof']);

function isWord(token: WordToken | undefined): token is WordToken {
  return token?.kind === 'word';
}

/**
 * The title, if any, in `words`: the head is the last title word before the first complement
 * opener ("Premier *of* British Columbia"); a phrase with no title word there is no title.
 */
function titlePhrase(words: readonly WordToken[], index: EntityIndex): TitlePhrase | undefined {
  const opener = words.findIndex((word, at) => at > 0 && COMPLEMENT_OPENERS.has(word.folded));
  const preEnd = opener > 0 ? opener : words.length;
  for (let head = preEnd - 1; head >= 0; head--) {
    if (index.titleWords.has((words[head] as WordToken).folded)) return { words, head };
  }
  return undefined;
}

/** Whether a word shortly before `index` (in the same clause) moves the title in time. */
function timeShiftedBefore(tokens: readonly WordToken[], index: number): boolean {
  for (let at = index - 1, seen = 0; at >= 0 && seen < MODIFIER_REACH; at--) {
    const token = tokens[at] as WordToken;
    if (token.kind === 'joiner') continue;
    if (token.kind !== 'word') return false;
    if (TIME_SHIFTING_MODIFIERS.has(token.folded)) return true;
    seen++;
  }
  return false;
}

/** The index of the token a title before the name at `nameStart` would end at, past a courtesy title. */
function titleEndBefore(tokens: readonly WordToken[], nameStart: number): number {
  let end = nameStart;
  if (tokens[end - 1]?.text === '.' && HONORIFICS.has(tokens[end - 2]?.folded ?? '')) end -= 2;
  else if (isWord(tokens[end - 1]) && HONORIFICS.has(tokens[end - 1]?.folded ?? '')) end -= 1;
  return end;
}

/**
 * The title written right before a name: a run of title-vocabulary words ("RCMP Commissioner",
 * "B.C. Health minister", "Premier of British Columbia") ending at the name. A possessive ends it
 * ("Canada’s Prime Minister"), so that "the Premier's Office" is never read as a title.
 */
function titleBefore(
  tokens: readonly WordToken[],
  nameStart: number,
  index: EntityIndex,
): TitlePhrase | undefined {
  return titleRunBefore(tokens, nameStart, index)?.title;
}

/** The title ending right before `nameStart`, and whether "the" stands right before it. */
function titleRunBefore(
  tokens: readonly WordToken[],
  nameStart: number,
  index: EntityIndex,
): { readonly title: TitlePhrase; readonly afterThe: boolean } | undefined {
  const end = titleEndBefore(tokens, nameStart);
  const words: WordToken[] = [];
  let at = end - 1;
  for (; at >= 0 && words.length < MAX_TITLE_WORDS; at--) {
    const token = tokens[at] as WordToken;
    if (token.kind === 'joiner') continue;
    if (token.kind !== 'word' || token.possessive) break;
    if (!index.titleVocabulary.has(token.folded) && !CONNECTORS.has(token.folded)) break;
    words.push(token);
  }
  words.reverse();
  // "the premier and Terry Lake": a title joined to the name by a connector is not its title.
  if (words.length === 0 || CONNECTORS.has((words[words.length - 1] as WordToken).folded)) return undefined;
  let leading: WordToken | undefined;
  while (words.length > 0 && CONNECTORS.has((words[0] as WordToken).folded)) leading = words.shift();
  if (timeShiftedBefore(tokens, at + 1)) return undefined;
  const title = titlePhrase(words, index);
  const previous = leading ?? tokens[at];
  return title && { title, afterThe: previous?.kind === 'word' && previous.folded === 'the' };
}

/**
 * A title set off before the name by commas: "the Minister of Tourism, Vassilis Kikilias,
 * pointed out". Only after "the" and with the name closed by a mark, so that a list ("the
 * premier, Terry Lake and Jane Doe") is not read as one.
 */
function titleSetOffBefore(
  tokens: readonly WordToken[],
  name: { readonly start: number; readonly end: number },
  index: EntityIndex,
): TitlePhrase | undefined {
  if (tokens[name.start - 1]?.text !== ',') return undefined;
  const closing = tokens[name.end];
  if (closing !== undefined && !APPOSITIVE_ENDS.has(closing.text)) return undefined;
  const run = titleRunBefore(tokens, name.start - 1, index);
  return run?.afterThe ? run.title : undefined;
}

/**
 * The appositive title after a name: ", the health minister," or ", commissioner of the RCMP,".
 * Before the complement only title-vocabulary words may stand and the last of them must be a title
 * word, so that a list ("Christy Clark, Health Minister Jane Doe, and …") is not read as one.
 */
function titleAfter(
  tokens: readonly WordToken[],
  nameEnd: number,
  index: EntityIndex,
): TitlePhrase | undefined {
  if (tokens[nameEnd]?.text !== ',') return undefined;
  let at = nameEnd + 1;
  if (ARTICLES.has(tokens[at]?.folded ?? '')) at++;
  // "Canada’s prime minister": the possessive says whose title it is, not which.
  if (tokens[at]?.possessive) at++;
  const words: WordToken[] = [];
  let inComplement = false;
  for (; at < tokens.length; at++) {
    const token = tokens[at] as WordToken;
    if (token.kind === 'joiner') continue;
    if (token.kind === 'punct') break;
    if (words.length >= MAX_TITLE_WORDS || token.possessive) return undefined;
    if (TIME_SHIFTING_MODIFIERS.has(token.folded)) return undefined;
    if (words.length > 0 && COMPLEMENT_OPENERS.has(token.folded)) inComplement = true;
    const known = index.titleVocabulary.has(token.folded) || CONNECTORS.has(token.folded);
    if (!known && !(inComplement && token.capitalised)) return undefined;
    words.push(token);
  }
  const end = tokens[at];
  if (end !== undefined && !APPOSITIVE_ENDS.has(end.text)) return undefined;
  const title = titlePhrase(words, index);
  if (!title) return undefined;
  const opener = words.findIndex((word, position) => position > 0 && COMPLEMENT_OPENERS.has(word.folded));
  // The head must close the part before the complement: "Health Minister Jane Doe" has no such head.
  return title.head === (opener > 0 ? opener : words.length) - 1 ? title : undefined;
}

/** Every person of the claim set named in a block's tokens with a title next to the name. */
export function findTitleMentions(tokens: readonly WordToken[], index: EntityIndex): TitleMention[] {
  const mentions: TitleMention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as WordToken;
    // Names are capitalised; a lower-case word that happens to equal an alias is not a mention.
    if (token.kind !== 'word' || !token.capitalised) continue;
    const name = index.people.longestAt(tokens, at);
    if (!name) continue;
    const titles = [
      titleBefore(tokens, at, index) ?? titleSetOffBefore(tokens, { start: at, end: name.end }, index),
      titleAfter(tokens, name.end, index),
    ];
    for (const title of titles) {
      if (title) mentions.push({ people: name.values, title });
    }
    at = name.end - 1;
  }
  return mentions;
}
