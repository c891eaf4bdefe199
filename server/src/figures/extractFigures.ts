/** Runs sentence figure extraction over a parsed article and places each figure in the document. */
import type { ParsedArticle, ProseBlock } from '../article/articleModel';
import type { Period } from '../time/period';
import { extractSentenceFigures } from './extractSentenceFigures';
import type { Figure } from './figureModel';

function isInQuote(block: ProseBlock, start: number, end: number): boolean {
  return block.quotations.some((quote) => start >= quote.start && end <= quote.end);
}

/**
 * Every figure in the article's prose, in document order, with document offsets. Relative times
 * are read against the article's own date, else `fallbackDate` (the config's `date`).
 */
export function extractFigures(article: ParsedArticle, fallbackDate?: Period): Figure[] {
  const articleDate = article.date ?? fallbackDate;
  return article.blocks.flatMap((_, blockIndex) => extractBlockFigures(article, blockIndex, articleDate));
}

/**
 * The figures of one block, in order, with document offsets; `articleDate` is what relative times
 * are read against. One block at a time, so that an incremental check re-reads only changed blocks.
 */
export function extractBlockFigures(
  article: ParsedArticle,
  blockIndex: number,
  articleDate?: Period,
): Figure[] {
  const block = article.blocks[blockIndex];
  if (!block) return [];
  const figures: Figure[] = [];
  block.sentences.forEach((sentence, sentenceIndex) => {
    const text = block.text.slice(sentence.start, sentence.end);
    for (const found of extractSentenceFigures(text, { articleDate })) {
      const proseStart = sentence.start + found.start;
      const proseEnd = sentence.start + found.end;
      const start = block.map.toDocument(proseStart);
      const end = block.map.toDocumentEnd(proseEnd);
      const hedge =
        found.hedgeStart !== undefined && found.hedgeEnd !== undefined
          ? {
              hedgeStart: block.map.toDocument(sentence.start + found.hedgeStart),
              hedgeEnd: block.map.toDocumentEnd(sentence.start + found.hedgeEnd),
            }
          : {};
      figures.push({
        ...found,
        ...hedge,
        start,
        end,
        numberStart: block.map.toDocument(sentence.start + found.numberStart),
        numberEnd: block.map.toDocumentEnd(sentence.start + found.numberEnd),
        text: article.text.slice(start, end),
        blockIndex,
        sentenceIndex,
        inQuote: isInQuote(block, proseStart, proseEnd),
      });
    }
  });
  return withElidedCurrency(figures);
}

/** A scale word ends the figure's text: "15.5 billion", "219.7bn". */
const SCALED = /(?:million|billion|trillion|bn|mn|crore|lakh)$/iu;

/**
 * "a surplus of 15.5 billion … The smaller surplus of 14.5 billion euros", "226.5 billion euros,
 * compared to 219.7 billion": news writing names the currency once and leaves it off the other
 * amounts of a paragraph. A bare scaled amount (no unit, no noun) takes the paragraph's currency
 * when the paragraph's amounts all share one.
 */
function withElidedCurrency(figures: readonly Figure[]): Figure[] {
  const currencies = new Map<string, NonNullable<Figure['unit']>>();
  for (const { unit } of figures) if (unit?.dimension === 'currency') currencies.set(unit.code, unit);
  const [unit, ...others] = currencies.values();
  if (!unit || others.length > 0) return [...figures];
  return figures.map((figure) =>
    figure.unit === undefined && figure.countNoun === undefined && SCALED.test(figure.text)
      ? { ...figure, unit }
      : figure,
  );
}
