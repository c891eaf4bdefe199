import type { ParsedArticle, ProseBlock } from '../article/articleModel';
import type { Figure } from '../figures/figureModel';
import { proseOffsetOf } from '../matching/proseOffset';
import { findCreditPhrases, type CreditPhrase } from './creditPhrases';
import { resolveCredit, type ResolvedCredit } from './resolveCredit';
import type { SourceNameTable } from './sourceNames';

/** A credit phrase and whom it names, if the claim set knows them. */
export interface Attribution {
  readonly phrase: CreditPhrase;
  /** Offsets in the block's prose text, like the phrase's. */
  readonly credit?: ResolvedCredit;
}

/** Who a figure is credited to: in its own sentence, and in the sentence before it. */
export interface FigureCredits {
  /** The credits of the figure's sentence that cover the figure (a speaker covers only their quotation). */
  readonly own: readonly CreditPhrase[];
  /** Every credit of the sentence before, in the same block. */
  readonly previous: readonly CreditPhrase[];
}

/** Several figures share a sentence, and each reads its neighbour's too: read every sentence once. */
const phrasesByBlock = new WeakMap<ProseBlock, Map<number, readonly CreditPhrase[]>>();

function sentencePhrases(block: ProseBlock, sentenceIndex: number): readonly CreditPhrase[] {
  let bySentence = phrasesByBlock.get(block);
  if (!bySentence) {
    bySentence = new Map();
    phrasesByBlock.set(block, bySentence);
  }
  let phrases = bySentence.get(sentenceIndex);
  if (!phrases) {
    const sentence = block.sentences[sentenceIndex];
    phrases = sentence ? findCreditPhrases(block.text, sentence, block.quotations) : [];
    bySentence.set(sentenceIndex, phrases);
  }
  return phrases;
}

export function figureCredits(article: ParsedArticle, figure: Figure): FigureCredits {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return { own: [], previous: [] };
  const at = proseOffsetOf(block.map, sentence, figure.numberStart);
  const own = sentencePhrases(block, figure.sentenceIndex).filter(
    (phrase) => !phrase.quotation || (phrase.quotation.start <= at && at < phrase.quotation.end),
  );
  return { own, previous: sentencePhrases(block, figure.sentenceIndex - 1) };
}

/** Resolves credit phrases against the claim set's names. */
export function resolveCredits(phrases: readonly CreditPhrase[], table: SourceNameTable): Attribution[] {
  return phrases.map((phrase) => {
    const credit = resolveCredit(phrase.text, 0, phrase.text.length, table);
    return credit
      ? {
          phrase,
          credit: { ...credit, start: phrase.start + credit.start, end: phrase.start + credit.end },
        }
      : { phrase };
  });
}

/** Every source the attributions credit. */
export function creditedSources(attributions: readonly Attribution[]): Set<string> {
  const ids = new Set<string>();
  for (const { credit } of attributions) for (const id of credit?.sourceIds ?? []) ids.add(id);
  return ids;
}
