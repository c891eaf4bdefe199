import type { ParsedArticle } from '../article/articleModel';
import { figureCredits, type FigureCredits } from '../attribution/figureCredits';
import type { Figure } from '../figures/figureModel';
import { contentWords } from './contentWords';
import { proseOffsetOf } from './proseOffset';

/**
 * The words around a figure that say what it is about, each with how much it counts: words of the
 * figure's own clause count fully, the rest of its sentence a little less, and the sentence before
 * it in the same block (which often names the subject a follow-up figure refers to) much less.
 */
export interface FigureContext {
  readonly weights: ReadonlyMap<string, number>;
  /** Who the figure's sentence, and the one before, credit it to (resolved against sources when scored). */
  readonly credits: FigureCredits;
}

const CLAUSE_WEIGHT = 1;
const SENTENCE_WEIGHT = 0.8;
const PREVIOUS_SENTENCE_WEIGHT = 0.4;

/** Characters that end a clause: the words of the figure's clause are the strongest evidence. */
const CLAUSE_BREAK = /[,;:()—–]/u;

function clauseBounds(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to] ?? '')) to++;
  return { start: from, end: to };
}

function raise(weights: Map<string, number>, stem: string, weight: number): void {
  if ((weights.get(stem) ?? 0) < weight) weights.set(stem, weight);
}

export function figureContext(article: ParsedArticle, figure: Figure): FigureContext {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return { weights: new Map(), credits: { own: [], previous: [] } };
  const sentenceText = block.text.slice(sentence.start, sentence.end);
  const local = proseOffsetOf(block.map, sentence, figure.numberStart) - sentence.start;
  const clause = clauseBounds(sentenceText, local, local + (figure.numberEnd - figure.numberStart));

  const weights = new Map<string, number>();
  const previous = block.sentences[figure.sentenceIndex - 1];
  const previousText = previous ? block.text.slice(previous.start, previous.end) : '';
  for (const word of contentWords(previousText)) raise(weights, word.stem, PREVIOUS_SENTENCE_WEIGHT);
  for (const word of contentWords(sentenceText)) {
    const inClause = word.start >= clause.start && word.end <= clause.end;
    raise(weights, word.stem, inClause ? CLAUSE_WEIGHT : SENTENCE_WEIGHT);
  }
  return { weights, credits: figureCredits(article, figure) };
}
