import type { OffsetMap, ParsedArticle, Sentence } from '../article/articleModel';
import type { Figure } from '../figures/figureModel';
import { contentWords } from './contentWords';
import { foldForNames } from './namesInText';

/**
 * The words around a figure that say what it is about, each with how much it counts: words of the
 * figure's own clause count fully, the rest of its sentence a little less, and the sentence before
 * it in the same block (which often names the subject a follow-up figure refers to) much less.
 */
export interface FigureContext {
  readonly weights: ReadonlyMap<string, number>;
  /** The figure's sentence, folded for name look-ups (attributions, sources). */
  readonly foldedSentence: string;
  /** The figure's sentence and the one before it, folded: where a source may be credited. */
  readonly foldedNeighbourhood: string;
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

/** The prose offset (within the sentence) whose document offset is `documentOffset`: the map is monotonic. */
function proseOffsetOf(map: OffsetMap, sentence: Sentence, documentOffset: number): number {
  let low = sentence.start;
  let high = sentence.end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (map.toDocument(middle) < documentOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function raise(weights: Map<string, number>, stem: string, weight: number): void {
  if ((weights.get(stem) ?? 0) < weight) weights.set(stem, weight);
}

export function figureContext(article: ParsedArticle, figure: Figure): FigureContext {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return { weights: new Map(), foldedSentence: '', foldedNeighbourhood: '' };
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
  const foldedSentence = foldForNames(sentenceText);
  return {
    weights,
    foldedSentence,
    foldedNeighbourhood: `${foldForNames(previousText)} ${foldedSentence}`,
  };
}
