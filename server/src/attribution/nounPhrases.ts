import {
  AUTHOR_PREPOSITIONS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  INVERTED_REPORTING_VERBS,
  NAME_CONNECTORS,
  PASSIVE_REPORTING_VERBS,
  PRONOUNS,
  REPORTING_VERBS,
} from './creditWords';
import type { WordToken } from '../article/wordTokens';

/**
 * Reads the noun phrase a speaker or source is named by, from the words of one sentence. A
 * phrase is a run of words without punctuation between them that stops at function words; a
 * capitalised name may span connectors ("Ministry of Public Security", "Memorandum for the Prime
 * Minister"); a lower-case phrase ends (read backwards) at its determiner ("a confidential federal
 * memo"). Hand-written because what matters is the phrase's exact span and where it stops, which a
 * part-of-speech tagger would only approximate at far greater cost.
 */

/** Token indices, inclusive. */
export interface PhraseSpan {
  readonly first: number;
  readonly last: number;
}

const STARTS_WITH_DIGIT = /^\p{N}/u;

/** Starts with a capital letter or a digit: part of a name or title in running prose ("Budget 2024"). */
export function startsName(token: WordToken): boolean {
  return token.capitalised || STARTS_WITH_DIGIT.test(token.text);
}

/** Longer runs are sentences, not names. */
const MAX_PHRASE_WORDS = 9;

function isRunWord(token: WordToken): boolean {
  return NAME_CONNECTORS.has(token.folded) || token.folded === 'the' || token.folded === 'and';
}

/**
 * Whether connector words `from..to` join two capitalised parts of one name: they must hold a
 * true connector ("of", "for"), or be a lone "and" ("Mental Health and Addictions"); a bare
 * "the" or "and the" starts a new phrase instead.
 */
function joinsName(tokens: readonly WordToken[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to + 1];
  if (!before || !after || !startsName(before) || !startsName(after) || after.breakBefore) return false;
  if (FUNCTION_WORDS.has(before.folded) || FUNCTION_WORDS.has(after.folded)) return false;
  let hasConnector = false;
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (!token || token.breakBefore) return false;
    if (NAME_CONNECTORS.has(token.folded)) hasConnector = true;
  }
  return hasConnector || (from === to && tokens[from]?.folded === 'and');
}

/** Whether a word may stand inside a phrase (not a function word, determiner or pronoun). */
function isPhraseWord(token: WordToken): boolean {
  return !FUNCTION_WORDS.has(token.folded) && !DETERMINERS.has(token.folded) && !PRONOUNS.has(token.folded);
}

/** The phrase that ends at word `last`, read backwards; a lone pronoun is a phrase too ("it said"). */
export function phraseEndingAt(tokens: readonly WordToken[], last: number): PhraseSpan | undefined {
  const head = tokens[last];
  if (!head) return undefined;
  if (PRONOUNS.has(head.folded)) return { first: last, last };
  if (!isPhraseWord(head)) return undefined;
  let first = last;
  while (first > 0 && !tokens[first]?.breakBefore && last - first + 1 < MAX_PHRASE_WORDS) {
    const previous = tokens[first - 1];
    if (!previous) break;
    if (isRunWord(previous)) {
      let runStart = first - 1;
      while (runStart > 0 && tokens[runStart - 1] && isRunWord(tokens[runStart - 1] as WordToken)) runStart--;
      if (joinsName(tokens, runStart, first - 1)) {
        first = runStart - 1;
        continue;
      }
    }
    if (DETERMINERS.has(previous.folded)) return { first: first - 1, last };
    if (!isPhraseWord(previous)) break;
    first--;
  }
  return { first, last };
}

/**
 * Whether a word read forwards is the verb of the next clause, not part of the phrase: "a report
 * by the CBSA found …", "a memo from the Department of Foreign Affairs corroborated …". A lower-case
 * "-ed" word right after a name is a verb; before a noun it is an adjective ("organized crime").
 */
function endsPhrase(token: WordToken, previous: WordToken | undefined): boolean {
  if (startsName(token)) return false;
  const word = token.folded;
  if (REPORTING_VERBS.has(word) || INVERTED_REPORTING_VERBS.has(word) || PASSIVE_REPORTING_VERBS.has(word)) {
    return true;
  }
  return previous !== undefined && startsName(previous) && word.endsWith('ed');
}

/** The phrase that starts at word `first` (a determiner may open it), read forwards. */
export function phraseStartingAt(tokens: readonly WordToken[], first: number): PhraseSpan | undefined {
  let index = first;
  if (tokens[index] && DETERMINERS.has((tokens[index] as WordToken).folded)) index++;
  let last = -1;
  while (index < tokens.length && index - first < MAX_PHRASE_WORDS) {
    const token = tokens[index] as WordToken;
    if (index > first && token.breakBefore) break;
    if (last >= 0 && isRunWord(token)) {
      let runEnd = index;
      while (tokens[runEnd + 1] && isRunWord(tokens[runEnd + 1] as WordToken)) runEnd++;
      if (joinsName(tokens, index, runEnd)) {
        last = runEnd + 1;
        index = last + 1;
        continue;
      }
    }
    if (!isPhraseWord(token) || endsPhrase(token, tokens[index - 1])) break;
    last = index;
    index++;
  }
  return last >= 0 ? { first, last } : undefined;
}

/**
 * Where the author's name starts after the document noun at `index`: after "by" or "from" ("a
 * report by"), or after a reporting participle and "by" ("statistics released by").
 */
function authorStart(tokens: readonly WordToken[], index: number): number | undefined {
  const joined = (at: number): WordToken | undefined => {
    const token = tokens[at];
    return token && !token.breakBefore ? token : undefined;
  };
  const next = joined(index + 1);
  if (next && AUTHOR_PREPOSITIONS.has(next.folded)) return index + 2;
  if (next && PASSIVE_REPORTING_VERBS.has(next.folded) && joined(index + 2)?.folded === 'by')
    return index + 3;
  return undefined;
}

/**
 * A phrase ending in a document noun takes in the author named after it: "a report by the CBSA",
 * "a memo from the Privy Council Office", "statistics released by the FBI" credit the author as
 * much as the document.
 */
export function withAuthorAfter(tokens: readonly WordToken[], span: PhraseSpan): PhraseSpan {
  const last = tokens[span.last];
  if (!last || !DOCUMENT_NOUNS.has(last.folded)) return span;
  const start = authorStart(tokens, span.last);
  const author =
    start === undefined || tokens[start]?.breakBefore ? undefined : phraseStartingAt(tokens, start);
  return author ? { first: span.first, last: author.last } : span;
}

/**
 * A phrase right after "by" or "from" that follows a document noun is that document's author:
 * read back to take the document in ("the memo from the PCO" said …).
 */
export function withDocumentBefore(tokens: readonly WordToken[], span: PhraseSpan): PhraseSpan {
  const first = tokens[span.first];
  const preposition = tokens[span.first - 1];
  if (!first || first.breakBefore || !preposition || !AUTHOR_PREPOSITIONS.has(preposition.folded))
    return span;
  if (preposition.breakBefore) return span;
  const documentIndex = span.first - 2;
  const document = tokens[documentIndex];
  if (!document || !DOCUMENT_NOUNS.has(document.folded)) return span;
  const documentPhrase = phraseEndingAt(tokens, documentIndex);
  return documentPhrase ? { first: documentPhrase.first, last: span.last } : span;
}

/** Conjunctions that join several credited names ("according to the CBSA and a think tank"). */
const CONJUNCTIONS = new Set(['and', 'or']);

/** The phrases joined to `span` by "and"/"or", read forwards: each is credited too. */
export function conjunctsAfter(tokens: readonly WordToken[], span: PhraseSpan): PhraseSpan[] {
  const conjuncts: PhraseSpan[] = [];
  let current = span;
  for (;;) {
    const conjunction = tokens[current.last + 1];
    const next = tokens[current.last + 2];
    if (!conjunction || conjunction.breakBefore || !CONJUNCTIONS.has(conjunction.folded)) break;
    if (!next || next.breakBefore) break;
    const phrase = phraseStartingAt(tokens, current.last + 2);
    if (!phrase) break;
    conjuncts.push(phrase);
    current = phrase;
  }
  return conjuncts;
}

/** The phrases joined to `span` by "and"/"or", read backwards ("the CBSA and PHAC said"). */
export function conjunctsBefore(tokens: readonly WordToken[], span: PhraseSpan): PhraseSpan[] {
  const conjuncts: PhraseSpan[] = [];
  let current = span;
  for (;;) {
    const conjunction = tokens[current.first - 1];
    if (!conjunction || tokens[current.first]?.breakBefore || !CONJUNCTIONS.has(conjunction.folded)) break;
    if (conjunction.breakBefore) break;
    const phrase = phraseEndingAt(tokens, current.first - 2);
    if (!phrase) break;
    conjuncts.push(phrase);
    current = phrase;
  }
  return conjuncts;
}
