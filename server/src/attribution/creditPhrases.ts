import type { Sentence } from '../article/articleModel';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  INVERTED_REPORTING_VERBS,
  PASSIVE_REPORTING_VERBS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING_VERBS,
  VERB_PREFIXES,
  VERB_WORDS,
  isAdverb,
} from './creditWords';
import {
  conjunctsAfter,
  conjunctsBefore,
  phraseEndingAt,
  phraseStartingAt,
  startsName,
  withAuthorAfter,
  withDocumentBefore,
  type PhraseSpan,
} from './nounPhrases';
import { isWord, tokenizeWords, type WordToken } from '../article/wordTokens';

/** A phrase of a sentence that credits what the sentence says to someone: who, and where it is written. */
export interface CreditPhrase {
  /** Prose offsets in the block's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * When the phrase names the speaker of a quotation right beside it ("“…,” said Lake"), that
   * quotation: the phrase credits its words only, not the rest of the sentence.
   */
  readonly quotation?: Sentence;
}

/** How many words a possessive may stand before its document noun ("the CBSA's latest annual report"). */
const POSSESSIVE_REACH = 3;
/** Between a quotation's words and its speaker: only closing marks, commas and dashes. */
const AFTER_QUOTATION = /^[\s\u00a0\u202f,.!?…”"’'»—–-]*$/u;
/** Between a speaker and the quotation they introduce: a comma or colon, then the opening mark. */
const BEFORE_QUOTATION = /^[\s\u00a0\u202f,:—–-]*[“"‘'«]$/u;
/** An inverted reporting verb comes after a quotation or a clause: a comma, dash or closing mark. */
const INVERSION_BREAK = /[,”"’»—–]/u;

function next(tokens: readonly WordToken[], index: number, word: string): boolean {
  const token = tokens[index + 1];
  return token !== undefined && !token.breakBefore && token.folded === word;
}

function isPrepositionBefore(tokens: readonly WordToken[], first: number): boolean {
  const previous = tokens[first - 1];
  return previous !== undefined && !tokens[first]?.breakBefore && PREPOSITIONS.has(previous.folded);
}

/** The speaker before a reporting verb at `verb` ("the coroners service has reported"). */
function subjectBefore(tokens: readonly WordToken[], verb: number): PhraseSpan | undefined {
  let last = verb - 1;
  while (last >= 0 && !tokens[last + 1]?.breakBefore) {
    const token = tokens[last] as WordToken;
    if (!VERB_PREFIXES.has(token.folded) && !isAdverb(token.folded)) break;
    last--;
  }
  const head = tokens[last];
  if (!head || tokens[last + 1]?.breakBefore) return undefined;
  // "the reports", "its findings": after a determiner the word is a noun, not a reporting verb.
  if (last === verb - 1 && DETERMINERS.has(head.folded)) return undefined;
  const phrase = phraseEndingAt(tokens, last);
  if (!phrase) return undefined;
  const withDocument = withDocumentBefore(tokens, phrase);
  // "a photo provided by the RCMP shows": a phrase after a preposition is its object, not the speaker.
  if (withDocument === phrase && !PRONOUNS.has(head.folded) && isPrepositionBefore(tokens, phrase.first)) {
    return undefined;
  }
  return withDocument;
}

/** The speaker after an inverted reporting verb ("…,” stated the Memorandum For The Prime Minister). */
function subjectAfter(text: string, tokens: readonly WordToken[], verb: number): PhraseSpan | undefined {
  const verbToken = tokens[verb] as WordToken;
  const previous = tokens[verb - 1];
  const gap = text.slice(previous ? previous.end : 0, verbToken.start);
  if (verb > 0 && !INVERSION_BREAK.test(gap)) return undefined;
  const first = tokens[verb + 1];
  if (!first || first.breakBefore || !(startsName(first) || DETERMINERS.has(first.folded))) return undefined;
  if (/^\p{N}/u.test(first.text)) return undefined;
  const phrase = phraseStartingAt(tokens, verb + 1);
  if (!phrase) return undefined;
  // "…, said Canada has 350 groups": a phrase followed by a verb is a clause's subject, not a speaker.
  const after = tokens[phrase.last + 1];
  if (after && !after.breakBefore && VERB_WORDS.has(after.folded)) return undefined;
  return phrase;
}

/** Whether a possessive at `index` stands before a document noun ("the CBSA's annual report"). */
function ownsDocument(tokens: readonly WordToken[], index: number): boolean {
  for (let offset = 1; offset <= POSSESSIVE_REACH; offset++) {
    const token = tokens[index + offset];
    if (!token || token.breakBefore || FUNCTION_WORDS.has(token.folded)) return false;
    if (DOCUMENT_NOUNS.has(token.folded)) return true;
  }
  return false;
}

/** How far punctuation between a quotation and its speaker may reach (”, — and spaces). */
const QUOTATION_GAP = 8;

/** The quotation a speaker phrase stands right beside, if any. */
function besideQuotation(
  text: string,
  quotations: readonly Sentence[],
  clauseStart: number,
  clauseEnd: number,
): Sentence | undefined {
  const near = (from: number, to: number): boolean => from <= to && to - from <= QUOTATION_GAP;
  return quotations.find(
    (quotation) =>
      (near(quotation.end, clauseStart) && AFTER_QUOTATION.test(text.slice(quotation.end, clauseStart))) ||
      (near(clauseEnd, quotation.start) && BEFORE_QUOTATION.test(text.slice(clauseEnd, quotation.start))),
  );
}

interface Found {
  readonly span: PhraseSpan;
  /** Where the attributing clause starts and ends (phrase and verb), for finding its quotation. */
  readonly clause?: { readonly start: number; readonly end: number };
}

/** The phrase (and the phrases joined to it) that a cue ending at word `cueEnd` names after it. */
function phrasesAfterCue(tokens: readonly WordToken[], cueEnd: number): PhraseSpan[] {
  if (tokens[cueEnd + 1]?.breakBefore !== false) return [];
  const phrase = phraseStartingAt(tokens, cueEnd + 1);
  if (!phrase) return [];
  const credited = withAuthorAfter(tokens, phrase);
  return [credited, ...conjunctsAfter(tokens, credited)];
}

/** Every attribution cue of the sentence, each with the phrase it credits. */
function findPhrases(text: string, tokens: readonly WordToken[]): Found[] {
  const found: Found[] = [];
  tokens.forEach((token, index) => {
    const word = token.folded;
    const afterCue =
      (word === 'according' && next(tokens, index, 'to')) ||
      ((PASSIVE_REPORTING_VERBS.has(word) || DOCUMENT_NOUNS.has(word)) && next(tokens, index, 'by')) ||
      (DOCUMENT_NOUNS.has(word) && next(tokens, index, 'from'));
    if (afterCue) for (const span of phrasesAfterCue(tokens, index + 1)) found.push({ span });
    if (token.possessive && ownsDocument(tokens, index)) {
      const phrase = phraseEndingAt(tokens, index);
      if (phrase) found.push({ span: phrase });
    }
    // A capitalised "States" or "Reports" is part of a name, not a verb.
    if (startsName(token)) return;
    if (REPORTING_VERBS.has(word) && !token.breakBefore) {
      const phrase = subjectBefore(tokens, index);
      const first = phrase && (tokens[phrase.first] as WordToken);
      if (phrase && first) {
        const clause = { start: first.start, end: token.end };
        for (const span of [phrase, ...conjunctsBefore(tokens, phrase)]) found.push({ span, clause });
      }
    }
    if (INVERTED_REPORTING_VERBS.has(word) || word === 'reads') {
      if (!token.breakBefore && index > 0) return;
      const phrase = subjectAfter(text, tokens, index);
      const last = phrase && (tokens[phrase.last] as WordToken);
      if (phrase && last) found.push({ span: phrase, clause: { start: token.start, end: last.end } });
    }
  });
  return found;
}

function hasLetter(tokens: readonly WordToken[], span: PhraseSpan): boolean {
  for (let index = span.first; index <= span.last; index++) {
    const token = tokens[index] as WordToken;
    if (!DETERMINERS.has(token.folded) && /\p{L}/u.test(token.text)) return true;
  }
  return false;
}

/**
 * The attributions of one sentence of a block: "according to X", "X said/reported/estimated…",
 * "…,” said X", "a report by X", "X's report", each as the phrase that names X. Overlapping
 * phrases (the same credit reached by two cues) are kept once, the longest.
 */
export function findCreditPhrases(
  text: string,
  sentence: Sentence,
  quotations: readonly Sentence[],
): CreditPhrase[] {
  const tokens = tokenizeWords(text, { from: sentence.start, to: sentence.end, compounds: true }).filter(
    isWord,
  );
  const phrases: CreditPhrase[] = [];
  const found = findPhrases(text, tokens)
    .filter(({ span }) => hasLetter(tokens, span))
    .sort((a, b) => b.span.last - b.span.first - (a.span.last - a.span.first));
  for (const { span, clause } of found) {
    const start = (tokens[span.first] as WordToken).start;
    const end = (tokens[span.last] as WordToken).end;
    if (phrases.some((phrase) => phrase.start < end && start < phrase.end)) continue;
    const quotation = clause && besideQuotation(text, quotations, clause.start, clause.end);
    phrases.push({ start, end, text: text.slice(start, end), ...(quotation ? { quotation } : {}) });
  }
  return phrases.sort((a, b) => a.start - b.start);
}
