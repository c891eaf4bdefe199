import type { ParsedArticle, ProseBlock, Sentence } from '../article/articleModel';
import {
  attributionAfter,
  attributionBefore,
  attributionTokens,
  type Attribution,
  type CreditedSpeaker,
  type SpeakerReader,
} from './attribution';
import type { WordToken } from '../article/wordTokens';
import { quoteWords, type QuoteWord } from './quoteWords';
import { textMemo } from '../text/textMemo';

/** One quotation of the article: its words and the document range of the quoted words (marks excluded). */
export interface QuotedPart {
  readonly words: readonly QuoteWord[];
  readonly start: number;
  readonly end: number;
}

/**
 * A statement the article quotes: one quotation, or several read as one because only their
 * attribution stands between them ("“A,” said X. “B.”") or because a paragraph continues the
 * quote of the paragraph before.
 */
export interface QuotedStatement {
  readonly parts: readonly QuotedPart[];
  readonly speaker?: CreditedSpeaker;
}

/** Words at most between an attribution and the next quote of the same statement ("… in May."). */
const MAX_WORDS_AFTER_ATTRIBUTION = 6;
const NOT_SPACE = /\S/u;

interface MutableStatement {
  readonly parts: QuotedPart[];
  speaker?: CreditedSpeaker;
}

interface BlockStatements {
  readonly statements: MutableStatement[];
  /** The block opens with a quotation (a candidate continuing quote). */
  readonly opensWithQuote: boolean;
  /** The block's last quotation is left open: the quote goes on in the next paragraph. */
  readonly endsOpen: boolean;
}

/** Every quoted statement of the article with the speaker credited to it, in document order. */
export function quotedStatements(article: ParsedArticle, reader: SpeakerReader): QuotedStatement[] {
  const blocks: BlockStatements[] = [];
  for (const block of article.blocks) {
    const current = blockStatements(block, reader);
    const previous = blocks[blocks.length - 1];
    const unattributed = current.statements.every((statement) => !statement.speaker);
    const carried = previous && current.opensWithQuote && unattributed ? carriedSpeaker(previous) : undefined;
    if (previous && carried) continueQuote(previous, current, carried);
    blocks.push(current);
  }
  return blocks.flatMap((block) => block.statements);
}

/**
 * The one resolved speaker of a block's quotes: its last quote's, when no other speaker is named.
 * Anything less is ambiguous, and a continuing quote is then left without a speaker.
 */
function carriedSpeaker(block: BlockStatements): CreditedSpeaker | undefined {
  const last = block.statements[block.statements.length - 1]?.speaker;
  if (!last?.entity) return undefined;
  return block.statements.every(({ speaker }) => !speaker || speaker.entity === last.entity)
    ? last
    : undefined;
}

/**
 * Journalism's continuing quote: a paragraph that opens with quoted words and credits no one goes
 * on quoting the speaker of the paragraph before. When that paragraph left its last quote open (the
 * convention for a quote running on), the two paragraphs are one statement.
 */
function continueQuote(previous: BlockStatements, current: BlockStatements, speaker: CreditedSpeaker): void {
  for (const statement of current.statements) statement.speaker = speaker;
  const first = current.statements[0];
  if (!previous.endsOpen || !first) return;
  const last = previous.statements.pop();
  if (last) first.parts.unshift(...last.parts);
}

/** A block's statements with their parts at prose offsets: what depends on its text alone. */
interface ProseStatements {
  readonly statements: readonly ProseStatement[];
  readonly opensWithQuote: boolean;
  readonly endsOpen: boolean;
}

interface ProseStatement {
  readonly parts: ProsePart[];
  readonly speaker?: CreditedSpeaker;
}

interface ProsePart {
  readonly words: readonly QuoteWord[];
  /** Prose offsets of the quoted words, first to last (`end` exclusive). */
  readonly start: number;
  readonly end: number;
}

/** Per speaker directory, a block's statements by article date and text (see textMemo). */
const statementsByText = textMemo<SpeakerReader['directory'], ProseStatements>();

function blockStatements(block: ProseBlock, reader: SpeakerReader): BlockStatements {
  const key = `${JSON.stringify(reader.date ?? null)}\u0000${block.text}`;
  const prose = statementsByText(reader.directory, key, () =>
    proseStatements(block.text, block.quotations, reader),
  );
  return {
    ...prose,
    statements: prose.statements.map((statement) => ({
      ...statement,
      parts: statement.parts.map((part) => ({
        words: part.words,
        start: block.map.toDocument(part.start),
        end: block.map.toDocumentEnd(part.end),
      })),
    })),
  };
}

function proseStatements(
  text: string,
  quotations: readonly Sentence[],
  reader: SpeakerReader,
): ProseStatements {
  const tokens = attributionTokens(text);
  const statements: ProseStatement[] = [];
  let after: Attribution | undefined;
  quotations.forEach((quotation, index) => {
    const previous = quotations[index - 1];
    const next = quotations[index + 1];
    const gapStart = previous ? tokenAt(tokens, previous.end) : 0;
    const open = tokenAt(tokens, quotation.start - 1);
    const gapEnd = next ? tokenAt(tokens, next.start - 1) : tokens.length;
    const previousAfter = after;
    const endsSentence = text.slice(quotation.start, quotation.end).trimEnd().endsWith('.');
    after = attributionAfter(tokens, tokenAt(tokens, quotation.end), gapEnd, reader, endsSentence);
    const speaker = after?.speaker ?? attributionBefore(tokens, gapStart, open, reader);
    const parts = sentenceParts(text, quotation);
    const current = statements[statements.length - 1];
    const joined =
      current !== undefined &&
      onlyAttributionBetween(tokens, gapStart, open, previousAfter) &&
      (!speaker || !current.speaker || sameSpeaker(speaker, current.speaker));
    if (current && joined) {
      current.parts.push(...parts);
      if (!current.speaker && speaker) statements[statements.length - 1] = { ...current, speaker };
    } else {
      statements.push(speaker ? { parts, speaker } : { parts });
    }
  });
  const first = quotations[0];
  const last = quotations[quotations.length - 1];
  return {
    statements,
    opensWithQuote: first !== undefined && first.start === text.search(NOT_SPACE) + 1,
    endsOpen: last !== undefined && last.end === text.length,
  };
}

/** Between two quotes: nothing but the first one's attribution and a few words ("in May."). */
function onlyAttributionBetween(
  tokens: readonly WordToken[],
  from: number,
  to: number,
  attribution: Attribution | undefined,
): boolean {
  let words = 0;
  for (let k = attribution ? attribution.end : from; k < to; k++) if (tokens[k]?.kind === 'word') words++;
  return attribution ? words <= MAX_WORDS_AFTER_ATTRIBUTION : words === 0;
}

function sameSpeaker(a: CreditedSpeaker, b: CreditedSpeaker): boolean {
  return a.entity && b.entity ? a.entity === b.entity : a.text.toLowerCase() === b.text.toLowerCase();
}

/**
 * The quotation's sentences, each a part with its words, its range running from its first word to
 * its last (so a trailing comma is left out). A quotation often strings together sentences the
 * record holds as separate quotes, or holds only some of ("The strong recovery continued. December
 * traffic … The recovery in travel is good news."): each sentence is then matched to its own
 * recorded quote, and a finding underlines the sentence that differs, not the whole paragraph.
 */
function sentenceParts(text: string, quotation: Sentence): ProsePart[] {
  const words = quoteWords(text.slice(quotation.start, quotation.end));
  if (words.length === 0) return [{ words, start: quotation.start, end: quotation.end }];
  const parts: ProsePart[] = [];
  let first = 0;
  for (let index = 1; index <= words.length; index++) {
    if (index < words.length && !words[index]?.sentenceStart) continue;
    const sentence = words.slice(first, index);
    parts.push({
      words: sentence,
      start: quotation.start + (sentence[0]?.start ?? 0),
      end: quotation.start + (sentence[sentence.length - 1]?.end ?? 0),
    });
    first = index;
  }
  return parts;
}

/** The index of the first token at or after prose offset `offset` (binary search). */
function tokenAt(tokens: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
