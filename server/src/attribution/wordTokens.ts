/**
 * Splits prose into words with their UTF-16 offsets, for reading attributions and for comparing
 * names. Hand-written rather than a tokenizer library because it must keep exact offsets, keep
 * "B.C." and "U.S." whole (a period there does not end anything), keep "Ya’ara" and
 * "Blacklock's" as one word, and tell a possessive ("the coroners' report") from a closing quote.
 */

/**
 * An initialism ("B.C.", "U.S.") or a word whose inner apostrophes, hyphens and periods join its
 * parts ("Ya’ara", "15-month", "16.5"). Every repetition of the group starts with a separator,
 * so the pattern cannot backtrack catastrophically.
 */
const WORD_PATTERN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = new Set(["'", '’']);
const LETTER = /\p{L}/u;
const SPACE_ONLY = /^[\s\u00a0\u202f]*$/u;

export interface WordToken {
  /** The word as written. */
  readonly text: string;
  /** Folded: lower case, curly apostrophe straightened, initialism periods and possessive dropped. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter or a digit: part of a name or title in running prose. */
  readonly capitalised: boolean;
  /** Ends in a possessive ("CBSA's", "coroners'"). */
  readonly possessive: boolean;
  /** Something other than white space stands between this word and the one before (or none is before). */
  readonly breakBefore: boolean;
}

/** A word folded for comparison; possessive "'s" dropped so "CBSA's" compares as "cbsa". */
export function foldWord(word: string): { folded: string; possessive: boolean } {
  const lower = word.toLowerCase().replace(/’/gu, "'");
  const possessive = lower.endsWith("'s");
  const bare = possessive ? lower.slice(0, -2) : lower;
  return { folded: /^(?:\p{L}\.){2,}$/u.test(bare) ? bare.replace(/\./gu, '') : bare, possessive };
}

/** The words of `text` between `from` and `to`, with offsets in `text`. */
export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  const pattern = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  pattern.lastIndex = from;
  let previousEnd = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    let end = Math.min(match.index + match[0].length, to);
    const written = text.slice(match.index, end);
    const { folded } = foldWord(written);
    let { possessive } = foldWord(written);
    // "coroners' report": an apostrophe right after a plural, not followed by a letter, is a possessive.
    const next = text[end];
    if (
      !possessive &&
      next !== undefined &&
      APOSTROPHES.has(next) &&
      end + 1 <= to &&
      folded.endsWith('s') &&
      !LETTER.test(text[end + 1] ?? '')
    ) {
      possessive = true;
      end += 1;
      pattern.lastIndex = end;
    }
    tokens.push({
      text: text.slice(match.index, end),
      folded,
      start: match.index,
      end,
      capitalised: /^[\p{Lu}\p{N}]/u.test(written),
      possessive,
      breakBefore: tokens.length === 0 || !SPACE_ONLY.test(text.slice(previousEnd, match.index)),
    });
    previousEnd = end;
  }
  return tokens;
}
