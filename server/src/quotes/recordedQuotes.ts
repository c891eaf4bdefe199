import type { ClaimSet, Entity, Quote } from '../claims/claimModel';
import { FUNCTION_WORDS } from '../figures/functionWords';
import { entityNamed, speakerDirectoryFor } from './speakerDirectory';
import { quoteWords, type QuoteWord } from './quoteWords';
import { derivedFromClaimSet } from '../claims/derivedFromClaimSet';

/** A quote of the claim set, read once: its words and the entity its speaker names. */
export interface RecordedQuote {
  readonly quote: Quote;
  readonly words: readonly QuoteWord[];
  readonly speaker?: Entity;
}

/**
 * The claim set's quotes with an inverted index from content words to quotes, so an article quote
 * is aligned only with the recorded quotes it shares words with.
 */
export interface RecordedQuotes {
  readonly quotes: readonly RecordedQuote[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

/** How many recorded quotes one article quote is aligned with, at most (the most word-sharing first). */
const MAX_CANDIDATES = 8;

/** A word that carries meaning: not a function word, not a single letter. */
export function isContentWord(word: QuoteWord): boolean {
  return word.folded.length > 1 && !FUNCTION_WORDS.has(word.folded);
}

function buildRecordedQuotes(claimSet: ClaimSet): RecordedQuotes {
  const directory = speakerDirectoryFor(claimSet);
  const postings = new Map<string, number[]>();
  const quotes = claimSet.quotes.map((quote, index): RecordedQuote => {
    const words = quoteWords(quote.text);
    for (const word of new Set(words.filter(isContentWord).map((w) => w.folded))) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
    const speaker = entityNamed(directory, quote.speaker);
    return speaker ? { quote, words, speaker } : { quote, words };
  });
  const index = { quotes, postings };
  return index;
}

/** The recordedQuotes of a claim set, built on first use and kept as long as the set lives. */
export const recordedQuotesFor = derivedFromClaimSet(buildRecordedQuotes);

/** The recorded quotes that share a content word with `words`, those sharing the most first. */
export function candidateQuotes(index: RecordedQuotes, words: readonly QuoteWord[]): RecordedQuote[] {
  const shared = new Map<number, number>();
  for (const word of new Set(words.filter(isContentWord).map((w) => w.folded))) {
    for (const quote of index.postings.get(word) ?? []) shared.set(quote, (shared.get(quote) ?? 0) + 1);
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([quote]) => index.quotes[quote])
    .filter((quote): quote is RecordedQuote => quote !== undefined);
}
