import type { ParsedArticle } from '../article/articleModel';
import { figureCredits, type FigureCredits } from '../attribution/figureCredits';
import type { Figure } from '../figures/figureModel';
import type { ClaimIndex } from './claimIndex';
import { countedThing } from './countedThing';
import { figureMeasure, type MeasureKind } from './measureFrame';
import { proseOffsetOf } from './proseOffset';
import { PREVIOUS_SENTENCE_WEIGHT, sentenceWords } from './sentenceWords';
import { stemWord } from './contentWords';
import { lowerBound } from '../text/lowerBound';

/**
 * The words around a figure that say what it is about, each with how much it counts: words of the
 * figure's own clause count fully, the rest of its sentence a little less, and the sentence before
 * it in the same block (which often names the subject a follow-up figure refers to) much less.
 */
export interface FigureContext {
  /** How much a stem counts as evidence for this figure: 1 in its clause, less further away, else 0. */
  weight(stem: string): number;
  /**
   * Whether the figure's sentence uses the stem as a common word, not inside a name ("murders", not
   * "the Murder Accountability Project"): what a figure measures is named by common nouns.
   */
  namesCommon(stem: string): boolean;
  /** The claims that share a word with the figure's sentence or the one before. */
  candidates(index: ClaimIndex): readonly number[];
  /** The claim set's places the figure's sentence names. */
  places(index: ClaimIndex): ReadonlySet<string>;
  /** Who the figure's sentence, and the one before, credit it to (resolved against sources when scored). */
  readonly credits: FigureCredits;
  /** Whether the figure states a change or a rate, read from the words right around it. */
  readonly measure: MeasureKind;
  /** What the words beside a count of people say it counts (see countedThing), as a stem. */
  readonly counted?: string;
}

export const CLAUSE_WEIGHT = 1;
/** A unit written over a time with a slash is a rate: "12.3 million b/d", "5 km/h". */
const PER_TIME_UNIT = /\/(?:d|h|day|yr|year)$/iu;
/**
 * The words of the sentence before, for a figure in the first clause of a sentence that opens with
 * a pronoun: what the pronoun stands for is the figure's own subject, as strong as its sentence's
 * words (above OWN_SENTENCE_MINIMUM, so they count as local evidence for a conflict).
 */
const REFERRED_WEIGHT = 0.7;
/**
 * A clause is cut at punctuation, and at this many content words either side of the figure: in a
 * long run-on clause the words next to a figure still speak of it, the far ones rarely do, and the
 * bound keeps the cost per figure constant.
 */
const CLAUSE_REACH = 12;

const RATE_STEM = stemWord('rate');

const EMPTY: FigureContext = {
  weight: () => 0,
  namesCommon: () => false,
  candidates: () => [],
  places: () => new Set(),
  credits: { own: [], previous: [] },
  measure: { change: false, rate: false },
};

export function figureContext(article: ParsedArticle, figure: Figure): FigureContext {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return EMPTY;
  const shared = sentenceWords(block, figure.sentenceIndex);
  const at = proseOffsetOf(block.map, sentence, figure.numberStart);
  const end = at + (figure.numberEnd - figure.numberStart);

  const breakBefore = lowerBound(shared.clauseBreaks, at) - 1;
  const clauseStart = shared.clauseBreaks[breakBefore] ?? -1;
  const clauseEnd = shared.clauseBreaks[lowerBound(shared.clauseBreaks, end)] ?? Number.POSITIVE_INFINITY;
  const referred = shared.opensWithPronoun && breakBefore < 0;
  const { words } = shared;
  const first = lowerBound(shared.wordStarts, at);
  const clauseStems = new Set<string>();
  for (let i = first - 1; i >= 0 && i >= first - CLAUSE_REACH; i--) {
    const word = words[i];
    if (!word || word.start < clauseStart) break;
    clauseStems.add(word.stem);
  }
  for (let i = first; i < words.length && i < first + CLAUSE_REACH; i++) {
    const word = words[i];
    if (!word || word.end > clauseEnd) break;
    clauseStems.add(word.stem);
  }
  const figureEnd = proseOffsetOf(block.map, sentence, figure.end);
  const counted = countedThing(
    figure,
    words,
    {
      start: at,
      end: figureEnd,
      lastBefore: first - 1,
      firstAfter: lowerBound(shared.wordStarts, figureEnd),
    },
    { start: clauseStart, end: clauseEnd },
    (from, to) => block.text.slice(from, to),
  );
  const measure = figureMeasure(
    block.text.slice(sentence.start, at),
    block.text.slice(figureEnd, sentence.end),
    // "the rate … has gone up from 1.1 in 2022 to 1.6": a rate named earlier in the sentence
    // governs the figures after it that count nothing of their own ("as 43 people died" is a count).
    clauseStems.has(RATE_STEM) ||
      PER_TIME_UNIT.test(figure.text) ||
      (figure.countNoun === undefined && (shared.firstUse.get(RATE_STEM) ?? Infinity) < first),
  );
  return {
    measure,
    ...(counted === undefined ? {} : { counted }),
    namesCommon: (stem) => shared.commonStems.has(stem),
    weight: (stem) => {
      if (clauseStems.has(stem)) return CLAUSE_WEIGHT;
      const weight = shared.weights.get(stem) ?? 0;
      return referred && weight === PREVIOUS_SENTENCE_WEIGHT ? REFERRED_WEIGHT : weight;
    },
    candidates: (index) => shared.candidatesFor(index),
    places: (index) => shared.placesFor(index),
    credits: figureCredits(article, figure),
  };
}
