/**
 * Hedge words directly before a figure (SPEC "When a figure agrees with a claim"). Only words
 * immediately before the number count, so "over" in "over the past year" or "some" in "some of
 * the 350" is not a hedge.
 */
import type { Hedge } from './figureModel';
import type { Token } from './tokenize';

interface HedgePhrase {
  readonly words: readonly string[];
  readonly hedge: Hedge;
}

/** Longest phrases first, so "just under" wins over "under". */
const HEDGE_PHRASES: readonly HedgePhrase[] = (
  [
    [['in', 'excess', 'of'], 'atLeast'],
    [['fell', 'short', 'of'], 'atMost'],
    [['falls', 'short', 'of'], 'atMost'],
    // SPEC: verbs that say "more than" ("topped 100,000") or "less than" ("below 5 %").
    [['topped'], 'atLeast'],
    [['tops'], 'atLeast'],
    [['surpassed'], 'atLeast'],
    [['surpasses'], 'atLeast'],
    [['exceeded'], 'atLeast'],
    [['exceeds'], 'atLeast'],
    [['passed'], 'atLeast'],
    [['below'], 'atMost'],
    [['more', 'than'], 'atLeast'],
    [['at', 'least'], 'atLeast'],
    [['less', 'than'], 'atMost'],
    [['fewer', 'than'], 'atMost'],
    [['at', 'most'], 'atMost'],
    [['up', 'to'], 'upTo'],
    [['just', 'under'], 'nearly'],
    [['close', 'to'], 'approximately'],
    [['an', 'estimated'], 'approximately'],
    [['about'], 'approximately'],
    [['around'], 'approximately'],
    [['roughly'], 'approximately'],
    [['some'], 'approximately'],
    [['approximately'], 'approximately'],
    [['nearly'], 'nearly'],
    [['almost'], 'nearly'],
    [['over'], 'atLeast'],
    [['under'], 'atMost'],
  ] as const
).map(([words, hedge]) => ({ words, hedge }));

export interface FoundHedge {
  readonly hedge: Hedge;
  readonly start: number;
  readonly end: number;
  /** Index of the hedge's first token. */
  readonly firstToken: number;
}

/** Indices of up to `count` words before token `index`, nearest last, each separated by a space. */
function wordsBefore(tokens: readonly Token[], index: number, count: number): number[] {
  const words: number[] = [];
  let cursor = index - 1;
  while (words.length < count && tokens[cursor]?.kind === 'space' && tokens[cursor - 1]?.kind === 'word') {
    words.unshift(cursor - 1);
    cursor -= 2;
  }
  return words;
}

/** The hedge that ends right before token `index` (the figure's first token), if any. */
export function hedgeBefore(tokens: readonly Token[], index: number): FoundHedge | undefined {
  const previous = tokens[index - 1];
  if (previous?.kind === 'punct' && previous.text === '~') {
    return { hedge: 'approximately', start: previous.start, end: previous.end, firstToken: index - 1 };
  }
  // "approx. 350": the abbreviation's full stop sits between the word and the space.
  if (
    tokens[index - 1]?.kind === 'space' &&
    tokens[index - 2]?.text === '.' &&
    tokens[index - 3]?.lower === 'approx'
  ) {
    const word = tokens[index - 3];
    const stop = tokens[index - 2];
    if (word && stop)
      return { hedge: 'approximately', start: word.start, end: stop.end, firstToken: index - 3 };
  }
  const words = wordsBefore(tokens, index, 3);
  const lower = words.map((word) => tokens[word]?.lower);
  for (const phrase of HEDGE_PHRASES) {
    const offset = lower.length - phrase.words.length;
    if (offset < 0) continue;
    if (phrase.words.every((word, position) => lower[offset + position] === word)) {
      const firstToken = words[offset] ?? index;
      const first = tokens[firstToken];
      const last = tokens[words[words.length - 1] ?? index];
      if (first && last) return { hedge: phrase.hedge, start: first.start, end: last.end, firstToken };
    }
  }
  return undefined;
}
