import { authorDateCitationSpans } from '../article/authorDateCitations';
import type { ProseBlock } from '../article/articleModel';
import { contentWords, type ContentWord } from './contentWords';
import type { ClaimIndex } from './claimIndex';

/** Words of the figure's sentence count a little less than those of its clause (see figureContext). */
export const SENTENCE_WEIGHT = 0.8;
/** The sentence before, in the same block, often names the subject a follow-up figure refers to. */
export const PREVIOUS_SENTENCE_WEIGHT = 0.4;

/**
 * Characters that end a clause: the words of the figure's clause are the strongest evidence. A
 * comma before three digits is a thousands separator ("2,843"), not a break.
 */
const CLAUSE_BREAK = /[;:()—–]|,(?!\d{3})/gu;

/**
 * What every figure of one sentence shares, computed once per sentence so that a sentence with
 * many figures costs time linear in its length: its content words, the weights of the words of
 * the sentence and the one before, where its clauses break, and (per claim index) the claims that
 * share a word with it.
 */
export interface SentenceWords {
  /** Content words of the sentence, offsets in the block's prose, in order. */
  readonly words: readonly ContentWord[];
  /** The words' start offsets, for binary search. */
  readonly wordStarts: readonly number[];
  /** Stem → weight from the sentence and the one before. */
  readonly weights: ReadonlyMap<string, number>;
  /** Stems of the sentence's words that are not capitalised inside it (not part of a name). */
  readonly commonStems: ReadonlySet<string>;
  /** Stem → index in `words` of its first use: "is a rate named before this figure?" in constant time. */
  readonly firstUse: ReadonlyMap<string, number>;
  /**
   * The sentence opens with a pronoun ("They reached 13.4% (3.94 TWh)", "This represents 315.8
   * thousand inhabitants"): its first clause speaks of what the sentence before named.
   */
  readonly opensWithPronoun: boolean;
  /** Prose offsets of the clause-breaking characters of the sentence, ascending. */
  readonly clauseBreaks: readonly number[];
  /** The claims sharing a word with the sentence or the one before, per claim index. */
  candidatesFor(index: ClaimIndex): readonly number[];
  /**
   * The claim set's places the sentence names (see KnownPlaces), or the sentence before names when
   * it names none, per claim index.
   */
  placesFor(index: ClaimIndex): ReadonlySet<string>;
}

/** Pronouns that stand for what the sentence before named, at the start of a sentence. */
const OPENING_PRONOUN = /^[^\p{L}\p{N}]*(?:it|they|this|these|those|together they)\s/iu;
/** How far into a sentence its opening pronoun is looked for. */
const OPENING_REACH = 24;

const CAPITALISED = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const cache = new WeakMap<ProseBlock, Map<number, SentenceWords>>();

/**
 * The sentence's content words, leaving out author-date citations: "(BC Coroners Service, 2024)"
 * names where a figure comes from, not what it counts, and inserting one must not change what the
 * sentence (or the next, which reads this one's words) is matched to.
 */
function wordsOf(block: ProseBlock, sentenceIndex: number): ContentWord[] {
  const sentence = block.sentences[sentenceIndex];
  if (!sentence) return [];
  const citations = authorDateCitationSpans(block.text, sentence.start, sentence.end);
  return contentWords(block.text.slice(sentence.start, sentence.end))
    .map((word) => ({ ...word, start: word.start + sentence.start, end: word.end + sentence.start }))
    .filter((word) => !citations.some((span) => span.start <= word.start && word.end <= span.end));
}

function build(block: ProseBlock, sentenceIndex: number): SentenceWords {
  const words = wordsOf(block, sentenceIndex);
  const previousWords = wordsOf(block, sentenceIndex - 1);
  const weights = new Map<string, number>();
  for (const word of previousWords) weights.set(word.stem, PREVIOUS_SENTENCE_WEIGHT);
  for (const word of words) weights.set(word.stem, SENTENCE_WEIGHT);
  const sentence = block.sentences[sentenceIndex];
  const clauseBreaks: number[] = [];
  if (sentence) {
    for (const match of block.text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
      clauseBreaks.push(sentence.start + match.index);
    }
  }
  const opening = block.sentences[sentenceIndex]?.start ?? 0;
  const commonStems = new Set(
    words
      .filter(
        (word) =>
          !CAPITALISED.test(block.text.slice(word.start, word.start + 1)) ||
          !LETTER_OR_DIGIT.test(block.text.slice(opening, word.start)),
      )
      .map((word) => word.stem),
  );
  const firstUse = new Map<string, number>();
  words.forEach((word, at) => {
    if (!firstUse.has(word.stem)) firstUse.set(word.stem, at);
  });
  const candidates = new WeakMap<ClaimIndex, readonly number[]>();
  const places = new WeakMap<ClaimIndex, ReadonlySet<string>>();
  return {
    words,
    opensWithPronoun: OPENING_PRONOUN.test(block.text.slice(opening, opening + OPENING_REACH)),
    wordStarts: words.map((word) => word.start),
    weights,
    commonStems,
    firstUse,
    clauseBreaks,
    candidatesFor(index) {
      let found = candidates.get(index);
      if (!found) {
        const ids = new Set<number>();
        for (const stem of weights.keys()) for (const id of index.candidatesOf(stem)) ids.add(id);
        found = [...ids];
        candidates.set(index, found);
      }
      return found;
    },
    placesFor(index) {
      let named = places.get(index);
      if (!named) {
        // "China drove the growth … . It accounted for 63% …, while Asia has 237.7 GW": a sentence
        // naming none of the claim set's places speaks of the one the sentence before named, so its
        // figure is no conflict with a worldwide claim.
        named = index.places.namedIn(words);
        if (named.size === 0) named = index.places.namedIn(previousWords);
        places.set(index, named);
      }
      return named;
    },
  };
}

/** The shared words of a block's sentence, built on first use and kept as long as the block is. */
export function sentenceWords(block: ProseBlock, sentenceIndex: number): SentenceWords {
  let bySentence = cache.get(block);
  if (!bySentence) {
    bySentence = new Map();
    cache.set(block, bySentence);
  }
  let words = bySentence.get(sentenceIndex);
  if (!words) {
    words = build(block, sentenceIndex);
    bySentence.set(sentenceIndex, words);
  }
  return words;
}
