import type { ParsedArticle, ProseBlock, Sentence } from '../article/articleModel';
import type { Figure } from '../figures/figureModel';
import { tokenize, type Token } from '../figures/tokenize';
import { proseOffsetOf } from '../matching/proseOffset';

/** A figure placed among its sentence's tokens. */
export interface PlacedFigure {
  readonly figure: Figure;
  /** Index of the figure's first token: its hedge when it has one, else its number. */
  readonly first: number;
  /** Index just after the figure's last token (the end of its unit or scale word). */
  readonly after: number;
  /** The figure as the sentence writes it, without its hedge, spaces folded ("2,843", "30 per cent"). */
  readonly label: string;
}

/**
 * One sentence as the arithmetic patterns read it: its tokens (the same tokenizer figure extraction
 * uses, so figure boundaries fall on token boundaries) and its figures in order.
 */
export interface SentenceView {
  readonly block: ProseBlock;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly figures: readonly PlacedFigure[];
}

/** The index of the first token starting at or after `offset` (binary search: tokens are in order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle]?.start ?? Number.POSITIVE_INFINITY) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function foldSpaces(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.kind === 'space' ? ' ' : token.text)).join('');
}

/** Places a figure among the tokens, or undefined when its edges do not fall on token edges. */
function place(
  figure: Figure,
  block: ProseBlock,
  sentence: Sentence,
  tokens: readonly Token[],
): PlacedFigure | undefined {
  const start = proseOffsetOf(block.map, sentence, figure.hedgeStart ?? figure.start) - sentence.start;
  const numberStart = proseOffsetOf(block.map, sentence, figure.start) - sentence.start;
  const end = proseOffsetOf(block.map, sentence, figure.end) - sentence.start;
  const first = tokenAt(tokens, start);
  const after = tokenAt(tokens, end);
  if (tokens[first]?.start !== start || after <= first || tokens[after - 1]?.end !== end) return undefined;
  const label = foldSpaces(tokens.slice(tokenAt(tokens, numberStart), after));
  return { figure, first, after, label };
}

/**
 * Every sentence that holds at least one figure, with its figures placed among its tokens.
 * A sentence where a figure cannot be placed is left out: a rule that cannot see every number of
 * a sentence cannot tell whether the roles in it are unambiguous, so it must say nothing there.
 */
export function sentenceViews(article: ParsedArticle, figures: readonly Figure[]): SentenceView[] {
  const bySentence = new Map<string, Figure[]>();
  for (const figure of figures) {
    const key = `${figure.blockIndex}:${figure.sentenceIndex}`;
    const group = bySentence.get(key);
    if (group) group.push(figure);
    else bySentence.set(key, [figure]);
  }
  const views: SentenceView[] = [];
  for (const group of bySentence.values()) {
    const { blockIndex, sentenceIndex } = group[0] as Figure;
    const block = article.blocks[blockIndex];
    const sentence = block?.sentences[sentenceIndex];
    if (!block || !sentence) continue;
    const tokens = tokenize(block.text.slice(sentence.start, sentence.end));
    const placed = group.map((figure) => place(figure, block, sentence, tokens));
    if (placed.every((item): item is PlacedFigure => item !== undefined)) {
      views.push({ block, sentence, tokens, figures: placed });
    }
  }
  return views;
}

/** Document offsets of the tokens [first, after) of a sentence. */
export function documentSpan(
  view: SentenceView,
  first: number,
  after: number,
): { start: number; end: number } {
  const startToken = view.tokens[first];
  const endToken = view.tokens[after - 1];
  const base = view.sentence.start;
  return {
    start: view.block.map.toDocument(base + (startToken?.start ?? 0)),
    end: view.block.map.toDocumentEnd(base + (endToken?.end ?? 0)),
  };
}

/** The sentence text of the tokens [first, after), whitespace folded to single spaces (NBSP included). */
export function tokenText(view: SentenceView, first: number, after: number): string {
  return foldSpaces(view.tokens.slice(first, after));
}

/** Indices of the tokens in [from, to) that are not spaces. */
export function significantTokens(tokens: readonly Token[], from: number, to: number): number[] {
  const indices: number[] = [];
  for (let index = Math.max(0, from); index < Math.min(to, tokens.length); index++) {
    if (tokens[index]?.kind !== 'space') indices.push(index);
  }
  return indices;
}

/** The index of the nearest non-space token before `index`, or -1. */
export function previousSignificant(tokens: readonly Token[], index: number): number {
  let cursor = index - 1;
  while (cursor >= 0 && tokens[cursor]?.kind === 'space') cursor--;
  return cursor;
}

/** The index of the nearest non-space token at or after `index`, or `tokens.length`. */
export function nextSignificant(tokens: readonly Token[], index: number): number {
  let cursor = index;
  while (cursor < tokens.length && tokens[cursor]?.kind === 'space') cursor++;
  return cursor;
}

/** The lower-cased word at `index`, or undefined when that token is not a word. */
export function wordAt(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index];
  return token?.kind === 'word' ? token.lower : undefined;
}

/** A mark inside a word, with no space either side: the hyphen of "2023-24", the slash of "2023/24". */
export function isInsideWord(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    tokens[index]?.kind === 'punct' &&
    before !== undefined &&
    after !== undefined &&
    before.kind !== 'space' &&
    after.kind !== 'space'
  );
}
