import type { Entity } from '../claims/claimModel';
import { alignQuoteWords, type AlignmentStep, type WordAlignment } from './alignQuote';
import type { CreditedSpeaker } from './attribution';
import type { QuotedPart, QuotedStatement } from './quotedStatements';
import { joinQuoteParts, type QuoteWord } from './quoteWords';
import { candidateQuotes, isContentWord, type RecordedQuote, type RecordedQuotes } from './recordedQuotes';
import { speakersAgree } from './speakersAgree';

/** What is wrong with one quoted part, against the recorded quote it matches. */
export type QuoteVerdict =
  | {
      readonly kind: 'misquote';
      readonly part: QuotedPart;
      readonly recorded: RecordedQuote;
      /** The alignment steps of this part's words (indices into `words`). */
      readonly steps: readonly AlignmentStep[];
      /** The words of the whole statement the part was aligned in. */
      readonly words: readonly QuoteWord[];
    }
  | {
      readonly kind: 'misattribution';
      readonly part: QuotedPart;
      readonly recorded: RecordedQuote;
      readonly credited: Entity;
    };

/** At least this share of a quote's words must match a recorded quote, in order, for the two to be one. */
const NEAR_SIMILARITY = 0.6;
/** Shorter quotes ("czar", “a grave threat”) are too short to call misquoted or misattributed. */
const MIN_QUOTE_WORDS = 5;
/** A quote put in another mouth must match this closely: similar words may be another's own statement. */
const ATTRIBUTION_SIMILARITY = 0.8;

interface PartMatch {
  readonly recorded: RecordedQuote;
  readonly alignment: WordAlignment;
}

/**
 * Near enough to be the same quote: most words matched in order, and at least half of the words
 * that carry meaning among them, so "it is the … that is" alone never makes two quotes one.
 */
function isNear(alignment: WordAlignment, words: readonly QuoteWord[]): boolean {
  if (alignment.similarity < NEAR_SIMILARITY) return false;
  let content = 0;
  let matchedContent = 0;
  for (const step of alignment.steps) {
    const word = 'article' in step ? words[step.article] : undefined;
    if (!word || !isContentWord(word)) continue;
    content++;
    if (step.kind === 'equal') matchedContent++;
  }
  return matchedContent > 0 && matchedContent * 2 >= content;
}

function agrees(speaker: CreditedSpeaker | undefined, recorded: RecordedQuote): boolean {
  return (
    speaker?.entity !== undefined &&
    recorded.speaker !== undefined &&
    speakersAgree(speaker.entity, recorded.speaker)
  );
}

/**
 * The recorded quote a part is: an exact match first (word for word, it is that quote, whoever is
 * credited), then the credited speaker's own quotes, then the most similar.
 */
function bestMatch(
  words: readonly QuoteWord[],
  index: RecordedQuotes,
  speaker: CreditedSpeaker | undefined,
): PartMatch | undefined {
  let best: (PartMatch & { readonly agrees: boolean }) | undefined;
  for (const recorded of candidateQuotes(index, words)) {
    const alignment = alignQuoteWords(words, recorded.words);
    if (!alignment || !isNear(alignment, words)) continue;
    const candidate = { recorded, alignment, agrees: agrees(speaker, recorded) };
    if (!best || rank(candidate) > rank(best)) best = candidate;
  }
  return best;
}

function rank(match: PartMatch & { readonly agrees: boolean }): number {
  return (match.alignment.exact ? 8 : 0) + (match.agrees ? 4 : 0) + match.alignment.similarity * 2;
}

/**
 * The findings of one quoted statement. Each part is matched alone first, so a part that is a
 * recorded quote word for word is verified whatever surrounds it, and a part that matches nothing
 * recorded ("We think this will go a long way…") is left alone. Consecutive parts matching the same
 * recorded quote are then aligned together, the break between them a free gap, so a short part
 * ("Decriminalization is the cause,” said Saks. “…") is judged with its statement.
 */
export function judgeStatement(statement: QuotedStatement, index: RecordedQuotes): QuoteVerdict[] {
  const { parts, speaker } = statement;
  const matches = parts.map((part) => bestMatch(part.words, index, speaker));
  const verdicts: QuoteVerdict[] = [];
  let runStart = 0;
  for (let end = 1; end <= parts.length; end++) {
    const recorded = matches[runStart]?.recorded;
    if (end < parts.length && recorded && matches[end]?.recorded === recorded) continue;
    if (recorded) {
      verdicts.push(...judgeRun(parts.slice(runStart, end), matches.slice(runStart, end), recorded, speaker));
    }
    runStart = end;
  }
  // A statement put in the wrong mouth is one wrong credit, however many recorded quotes it strings
  // together: it is reported once, at its first.
  const firstMisattribution = verdicts.find((verdict) => verdict.kind === 'misattribution');
  return verdicts.filter((verdict) => verdict.kind !== 'misattribution' || verdict === firstMisattribution);
}

function judgeRun(
  parts: readonly QuotedPart[],
  matches: readonly (PartMatch | undefined)[],
  recorded: RecordedQuote,
  speaker: CreditedSpeaker | undefined,
): QuoteVerdict[] {
  const words = joinQuoteParts(parts.map((part) => part.words));
  const joined = alignQuoteWords(words, recorded.words);
  if (!joined || joined.compared < MIN_QUOTE_WORDS || !isNear(joined, words)) return [];
  const verdicts: QuoteVerdict[] = [];
  const credited = speaker?.entity;
  const first = parts[0];
  if (credited && recorded.speaker && !speakersAgree(credited, recorded.speaker)) {
    if (joined.similarity < ATTRIBUTION_SIMILARITY || !first) return [];
    verdicts.push({ kind: 'misattribution', part: first, recorded, credited });
  }
  if (joined.exact) return verdicts;
  let offset = 0;
  parts.forEach((part, index) => {
    const from = offset;
    offset += part.words.length;
    if (matches[index]?.alignment.exact) return;
    const steps = stepsOfWords(joined.steps, from, offset);
    if (steps.some((step) => step.kind !== 'equal' && step.kind !== 'skip')) {
      verdicts.push({ kind: 'misquote', part, recorded, steps, words });
    }
  });
  return verdicts;
}

/** The steps from the first to the last of article words `[from, to)`. */
function stepsOfWords(steps: readonly AlignmentStep[], from: number, to: number): AlignmentStep[] {
  const inPart = (step: AlignmentStep): boolean =>
    'article' in step && step.article >= from && step.article < to;
  const first = steps.findIndex(inPart);
  const last = steps.findLastIndex(inPart);
  return first < 0 ? [] : steps.slice(first, last + 1);
}
