/**
 * The words of a quotation as the quote rules compare them: case folded, curly apostrophes
 * straightened, punctuation, dashes and every kind of space dropped, so typography never makes a
 * quote "differ".
 */
export interface QuoteWord {
  /** As written, for messages. */
  readonly text: string;
  /** As compared: lower case, straight apostrophes. */
  readonly folded: string;
  /** Where the word is in the text it was read from (UTF-16 offsets, `end` exclusive). */
  readonly start: number;
  readonly end: number;
  /**
   * The writer marked an omission just before this word: an ellipsis, a bracketed editorial
   * insertion ("[the drug]"), or the break between two parts of a quote split around its
   * attribution. Recorded words skipped there are not a difference.
   */
  readonly gapBefore: boolean;
  /** The word starts a sentence of the quote (a full stop, "?" or "!" comes before it). */
  readonly sentenceStart: boolean;
}

/*
 * One linear scan with four disjoint alternatives: a bracketed insertion (no brackets inside, so each
 * `[` scans only to the next one: "[[[[…" with no `]` stays linear), an
 * ellipsis, a sentence end (followed by a space), or a word (letters and digits, joined by inner
 * apostrophes). Hyphens and dashes are separators, so "Canada-sourced" and "Canada sourced" read
 * the same. No alternative can re-match what another consumed, so the pattern cannot backtrack
 * catastrophically.
 */
const QUOTE_TOKEN = /(\[[^[\]]*\])|(…|\.\.\.)|([.!?](?=\s))|([\p{L}\p{N}]+(?:['’‘][\p{L}\p{N}]+)*)/gu;
const CURLY_APOSTROPHES = /[’‘]/gu;

function foldQuoteWord(word: string): string {
  return word.toLowerCase().replace(CURLY_APOSTROPHES, "'");
}

/** The words of `text`. An omission before the first word is no gap: the window start is free anyway. */
export function quoteWords(text: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  let gap = false;
  let sentenceEnd = false;
  for (const match of text.matchAll(QUOTE_TOKEN)) {
    const word = match[4];
    if (word === undefined) {
      if (match[3] === undefined) gap = true;
      else sentenceEnd = true;
      continue;
    }
    const start = match.index;
    words.push({
      text: word,
      folded: foldQuoteWord(word),
      start,
      end: start + word.length,
      gapBefore: gap && words.length > 0,
      sentenceStart: sentenceEnd,
    });
    gap = false;
    sentenceEnd = false;
  }
  return words;
}

/** The words of a quote split into parts, read as one: each later part starts after a gap. */
export function joinQuoteParts(parts: readonly (readonly QuoteWord[])[]): QuoteWord[] {
  return parts.flatMap((words, part) =>
    words.map((word, index) => (part > 0 && index === 0 ? { ...word, gapBefore: true } : word)),
  );
}
