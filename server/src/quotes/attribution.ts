import type { Entity } from '../claims/claimModel';
import type { Period } from '../time/period';
import { tokenizeWords, type WordToken } from '../article/wordTokens';
import { nameKey, resolveSpeaker, type SpeakerDirectory } from './speakerDirectory';

/** The speaker an article credits with a quote: the words it uses, and the entity they name. */
export interface CreditedSpeaker {
  readonly text: string;
  readonly entity?: Entity;
}

export interface Attribution {
  readonly speaker: CreditedSpeaker;
  /** The token index just past the attribution. */
  readonly end: number;
}

/** What reading a speaker's name needs: the claim set's names, and the date titles are read at. */
export interface SpeakerReader {
  readonly directory: SpeakerDirectory;
  readonly date?: Period;
}

/*
 * Hand-written patterns over tokens rather than a parser: attribution in news copy is a handful of
 * fixed shapes ("…,” said X" / "…,” X said" / "X said: “…" / "according to X"), and no NLP library
 * in this project tags speech verbs or names.
 */

const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say stated states added adds wrote writes told tells explained explains noted notes ' +
    'declared insisted argued warned continued replied asked remarked recalled acknowledged conceded ' +
    'announced'
  ).split(' '),
);
/** Lower-case words that join the parts of a name ("Minister of Health", "Department of Foreign Affairs"). */
const CONNECTORS: ReadonlySet<string> = new Set(
  'of and for the de du des la le van von der da di'.split(' '),
);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** What may stand between a speech verb and the quote it introduces ("told reporters: “…"). */
const LEAD_IN_WORDS: ReadonlySet<string> = new Set(
  'reporters journalists media us me him her them in on at during via'.split(' '),
);
const QUOTE_MARKS = '“”"‘’\'';
/** Words at most between a quote and the verb of "“…,” the B.C. health minister said". */
const MAX_SPEAKER_WORDS = 6;
/** Words at most between a speech verb and the quote of "X said in a statement: “…". */
const MAX_LEAD_IN_WORDS = 4;
const CAPITAL = /^\p{Lu}/u;

/** Honorifics whose period belongs to the name ("Dr. Bonnie Henry"), not to the sentence. */
const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt cpl insp supt const hon rev st'.split(' '),
);

/**
 * The tokens of a block's prose text that attributions are read from: compounds whole ("Ya’ara",
 * "Vice-President", see `tokenizeWords`), and an honorific's period kept with it ("Dr.").
 */
export function attributionTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let afterHonorific = false;
  for (const token of tokenizeWords(text, { compounds: true })) {
    const previous = tokens[tokens.length - 1];
    if (token.text === '.' && previous?.end === token.start && HONORIFICS.has(previous.folded)) {
      tokens[tokens.length - 1] = { ...previous, text: `${previous.text}.`, end: token.end };
      afterHonorific = true;
      continue;
    }
    tokens.push(afterHonorific ? { ...token, breakBefore: false } : token);
    afterHonorific = false;
  }
  return tokens;
}

function lower(token: WordToken | undefined): string {
  return token?.text.toLowerCase() ?? '';
}

function isQuoteMark(token: WordToken | undefined): boolean {
  return token !== undefined && QUOTE_MARKS.includes(token.text);
}

function isVerb(token: WordToken | undefined): boolean {
  return SPEECH_VERBS.has(lower(token));
}

function isNameWord(token: WordToken | undefined, reader: SpeakerReader): boolean {
  if (token?.kind !== 'word') return false;
  if (CAPITAL.test(token.text)) return true;
  const key = nameKey(token.text);
  return !CONNECTORS.has(key) && reader.directory.titleWords.has(key);
}

function isConnector(token: WordToken | undefined): boolean {
  return CONNECTORS.has(lower(token));
}

/** The end (exclusive) of the name phrase that starts at `start`. */
function namePhraseFrom(
  tokens: readonly WordToken[],
  start: number,
  limit: number,
  reader: SpeakerReader,
): number {
  let end = start;
  for (let k = start; k < limit; k++) {
    if (isNameWord(tokens[k], reader)) end = k + 1;
    else if (!(end > start && isConnector(tokens[k]) && k + 1 < limit && isNameWord(tokens[k + 1], reader)))
      break;
  }
  return end;
}

/** The start of the name phrase that ends just before `end`. */
function namePhraseUntil(
  tokens: readonly WordToken[],
  end: number,
  limit: number,
  reader: SpeakerReader,
): number {
  let start = end;
  for (let k = end - 1; k >= limit; k--) {
    if (isNameWord(tokens[k], reader)) start = k;
    else if (!(start < end && isConnector(tokens[k]) && k - 1 >= limit && isNameWord(tokens[k - 1], reader)))
      break;
  }
  return start;
}

function credit(
  tokens: readonly WordToken[],
  reader: SpeakerReader,
  nameStart: number,
  nameEnd: number,
  textStart = nameStart,
): CreditedSpeaker {
  const text = tokens
    .slice(textStart, nameEnd)
    .map((token) => token.text)
    .join(' ');
  if (nameEnd <= nameStart) return { text };
  const words = tokens.slice(nameStart, nameEnd).map((token) => token.text);
  const entity = resolveSpeaker(reader.directory, words, reader.date);
  return entity ? { text, entity } : { text };
}

/** "said X", "according to X": the speaker named after `at` (a determiner skipped), else the next word. */
function speakerAfter(
  tokens: readonly WordToken[],
  at: number,
  limit: number,
  reader: SpeakerReader,
): Attribution | undefined {
  const start = DETERMINERS.has(lower(tokens[at])) ? at + 1 : at;
  const end = namePhraseFrom(tokens, start, limit, reader);
  if (end > start) return { speaker: credit(tokens, reader, start, end), end };
  // "said officials", "said one expert": a speaker the claim set cannot name.
  if (start < limit && tokens[start]?.kind === 'word')
    return { speaker: { text: tokens[start]?.text ?? '' }, end: start + 1 };
  return undefined;
}

/**
 * The attribution right after a quote's closing mark, within tokens `[from, limit)`:
 * "…,” said Addictions Minister Ya’ara Saks", "…,” Lake told reporters", "…,” according to the RCMP".
 * After a quote that ends its sentence ("….”), "X said" credits it only when the sentence ends there
 * too ("….” Lake said."): "….” Lake said the province would act." starts a new statement.
 */
export function attributionAfter(
  tokens: readonly WordToken[],
  from: number,
  limit: number,
  reader: SpeakerReader,
  quoteEndsSentence: boolean,
): Attribution | undefined {
  let i = from;
  while (i < limit && (tokens[i]?.text === ',' || isQuoteMark(tokens[i]))) i++;
  if (isVerb(tokens[i])) return speakerAfter(tokens, i + 1, limit, reader);
  if (lower(tokens[i]) === 'according' && lower(tokens[i + 1]) === 'to') {
    return speakerAfter(tokens, i + 2, limit, reader);
  }
  for (let k = i; k < limit && k <= i + MAX_SPEAKER_WORDS; k++) {
    if (tokens[k]?.kind !== 'word') return undefined;
    if (k === i || !isVerb(tokens[k])) continue;
    if (quoteEndsSentence && tokens[k + 1]?.kind === 'word') return undefined;
    return { speaker: credit(tokens, reader, namePhraseUntil(tokens, k, i, reader), k, i), end: k + 1 };
  }
  return undefined;
}

/**
 * The attribution that introduces a quote, in tokens `[from, to)` where `to` is its opening mark:
 * "X said: “…", "X told reporters: “…", "X said in a statement, “…", "According to X, “…".
 */
export function attributionBefore(
  tokens: readonly WordToken[],
  from: number,
  to: number,
  reader: SpeakerReader,
): CreditedSpeaker | undefined {
  const end = tokens[to - 1]?.text === ':' || tokens[to - 1]?.text === ',' ? to - 1 : to;
  const nameStart = namePhraseUntil(tokens, end, from, reader);
  const toWord = DETERMINERS.has(lower(tokens[nameStart - 1])) ? nameStart - 2 : nameStart - 1;
  if (
    nameStart < end &&
    toWord - 1 >= from &&
    lower(tokens[toWord - 1]) === 'according' &&
    lower(tokens[toWord]) === 'to'
  ) {
    return credit(tokens, reader, nameStart, end);
  }
  for (let verb = end - 1; verb >= from && verb >= end - 1 - MAX_LEAD_IN_WORDS; verb--) {
    if (tokens[verb]?.kind !== 'word') return undefined;
    if (!isVerb(tokens[verb])) continue;
    if (verb + 1 < end && !LEAD_IN_WORDS.has(lower(tokens[verb + 1]))) return undefined;
    const start = namePhraseUntil(tokens, verb, from, reader);
    if (start < verb) return credit(tokens, reader, start, verb);
    return tokens[verb - 1]?.kind === 'word' && verb - 1 >= from
      ? { text: tokens[verb - 1]?.text ?? '' }
      : undefined;
  }
  return undefined;
}
