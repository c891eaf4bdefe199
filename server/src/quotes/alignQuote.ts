import type { QuoteWord } from './quoteWords';

/** One step of a word alignment between an article quote and a recorded quote. */
export type AlignmentStep =
  | { readonly kind: 'equal'; readonly article: number; readonly recorded: number }
  /** A recorded word the article changed into another. */
  | { readonly kind: 'replace'; readonly article: number; readonly recorded: number }
  /** An article word the recorded quote does not have. */
  | { readonly kind: 'insert'; readonly article: number }
  /** A recorded word the article dropped. */
  | { readonly kind: 'delete'; readonly recorded: number }
  /** Recorded words skipped where the article marks an omission: not a difference. */
  | { readonly kind: 'skip'; readonly recorded: number; readonly count: number };

export interface WordAlignment {
  readonly steps: readonly AlignmentStep[];
  /** Article words equal to the recorded word they are aligned with. */
  readonly matched: number;
  /** Article words compared: all of them, but for whole sentences beyond the recorded quote. */
  readonly compared: number;
  /** `matched` as a share of `compared`: how much of the quote the record confirms. */
  readonly similarity: number;
  /** Every article word matched in order, nothing changed, added or dropped inside the window. */
  readonly exact: boolean;
  /** The recorded words the article quote covers: `[windowStart, windowEnd)`. */
  readonly windowStart: number;
  readonly windowEnd: number;
}

/**
 * Beyond this many cells (article words × recorded words) two quotes are not aligned: real quotes
 * are far shorter, and the cap keeps a pasted-in document from costing quadratic time.
 */
const MAX_ALIGNMENT_CELLS = 250_000;

const MATCH = 1;
const MISMATCH = -1;
const GAP = -1;

const FROM_START = 0; // the alignment starts here: the words before it are beyond the record
const FROM_DIAGONAL = 1;
const FROM_ARTICLE_GAP = 2; // article word unmatched (insert)
const FROM_RECORDED_GAP = 3; // recorded word dropped (delete)
const FROM_SKIP = 4; // recorded words skipped at an omission mark

/*
 * A fitting alignment (the whole article quote against the best window of the recorded one),
 * written here because word-diff libraries such as `diff` align two texts end to end: a quoted
 * fragment of a longer statement would show the rest of the statement as deleted, and common words
 * ("the", "is") far outside the fragment would be pulled into the match. Dynamic programming over
 * article words × recorded words (both short); the window's start and end are free, and so are
 * recorded words skipped where the article marks an omission, and whole sentences at either end of
 * the article quote that the record does not cover: a recorded sentence quoted together with the
 * next one the speaker said ("… distribute it. We think this will go a long way …") is not a
 * misquote, only more than the record holds.
 */
export function alignQuoteWords(
  article: readonly QuoteWord[],
  recorded: readonly QuoteWord[],
): WordAlignment | undefined {
  const n = article.length;
  const m = recorded.length;
  if (n === 0 || m === 0 || n * m > MAX_ALIGNMENT_CELLS) return undefined;
  const width = m + 1;
  const score = new Int32Array((n + 1) * width);
  const from = new Uint8Array((n + 1) * width);
  /** For a row after which the article marks an omission: the cell each skip comes from. */
  const skipFrom = new Map<number, Int32Array>();
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const above = row - width;
    score[row] = -i;
    from[row] = FROM_ARTICLE_GAP;
    const word = article[i - 1]?.folded;
    for (let j = 1; j <= m; j++) {
      const equal = recorded[j - 1]?.folded === word;
      const diagonal = (score[above + j - 1] ?? 0) + (equal ? MATCH : MISMATCH);
      const up = (score[above + j] ?? 0) + GAP;
      const left = (score[row + j - 1] ?? 0) + GAP;
      let best = diagonal;
      let step = FROM_DIAGONAL;
      // On a tie an unmatched article word beats a changed one, so words beyond the recorded
      // quote stay outside its window instead of "replacing" recorded words they have nothing to do with.
      if (up > best || (up === best && !equal)) [best, step] = [up, FROM_ARTICLE_GAP];
      if (left > best) [best, step] = [left, FROM_RECORDED_GAP];
      score[row + j] = best;
      from[row + j] = step;
    }
    if (i < n && article[i]?.sentenceStart) startAfresh(score, from, row, m);
    if (i < n && article[i]?.gapBefore) skipFrom.set(i, allowSkips(score, from, row, m));
  }
  return traceBack(article, recorded, score, from, skipFrom, width);
}

/** Lets the alignment start at the next sentence, leaving the sentences so far out of it. */
function startAfresh(score: Int32Array, from: Uint8Array, row: number, m: number): void {
  for (let j = 0; j <= m; j++) {
    if ((score[row + j] ?? 0) >= 0) continue;
    score[row + j] = 0;
    from[row + j] = FROM_START;
  }
}

/** Lets the next article word follow any earlier recorded word at no cost (a running maximum). */
function allowSkips(score: Int32Array, from: Uint8Array, row: number, m: number): Int32Array {
  const sources = new Int32Array(m + 1);
  let bestColumn = 0;
  for (let j = 0; j <= m; j++) {
    sources[j] = j;
    // Ties keep the cell's own step: a skip is taken only when it is strictly better.
    if ((score[row + j] ?? 0) >= (score[row + bestColumn] ?? 0)) bestColumn = j;
    else {
      score[row + j] = score[row + bestColumn] ?? 0;
      from[row + j] = FROM_SKIP;
      sources[j] = bestColumn;
    }
  }
  return sources;
}

function traceBack(
  article: readonly QuoteWord[],
  recorded: readonly QuoteWord[],
  score: Int32Array,
  from: Uint8Array,
  skipFrom: ReadonlyMap<number, Int32Array>,
  width: number,
): WordAlignment {
  const n = article.length;
  // The alignment ends at the best cell of the last row, or of a row a sentence ends on (the
  // sentences after it are beyond the record); ties keep the most words.
  let endRow = n;
  let end = 0;
  for (let i = n; i >= 1; i--) {
    if (i < n && !article[i]?.sentenceStart) continue;
    for (let j = 0; j < width; j++) {
      if ((score[i * width + j] ?? 0) > (score[endRow * width + end] ?? 0)) [endRow, end] = [i, j];
    }
  }
  const steps: AlignmentStep[] = [];
  let i = endRow;
  let j = end;
  while (i > 0) {
    const step = from[i * width + j];
    if (step === FROM_START) break;
    if (step === FROM_DIAGONAL) {
      i--;
      j--;
      const equal = article[i]?.folded === recorded[j]?.folded;
      steps.push({ kind: equal ? 'equal' : 'replace', article: i, recorded: j });
    } else if (step === FROM_ARTICLE_GAP) {
      i--;
      steps.push({ kind: 'insert', article: i });
    } else if (step === FROM_RECORDED_GAP) {
      j--;
      steps.push({ kind: 'delete', recorded: j });
    } else {
      const source = skipFrom.get(i)?.[j] ?? j;
      steps.push({ kind: 'skip', recorded: source, count: j - source });
      j = source;
    }
  }
  steps.reverse();
  const matched = steps.filter((step) => step.kind === 'equal').length;
  const compared = endRow - i;
  return {
    steps,
    matched,
    compared,
    similarity: compared > 0 ? matched / compared : 0,
    exact: compared > 0 && steps.every((step) => step.kind === 'equal' || step.kind === 'skip'),
    windowStart: j,
    windowEnd: end,
  };
}
