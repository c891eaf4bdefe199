import { NON_PROSE_PLACEHOLDER, type ParsedArticle, type ProseBlock } from '../article/articleModel';
import type { Figure } from '../figures/figureModel';

/**
 * Where a figure's citation goes, as document offsets. One placement per style, always at the end of
 * the figure's sentence, so a citation never lands inside a word, a link or a quotation:
 *
 * - `inline` (Pandoc keys, links, plain text): before the sentence's final punctuation
 *   ("…350 groups [@pco-memo-2024]."); when the sentence ends with a closing quotation mark or
 *   bracket, after it ("…he said, “350 groups.” [@pco-memo-2024]").
 * - `footnote`: after the final punctuation and any closing quotation mark ("…350 groups.[^1]"),
 *   as GFM footnote references are placed.
 *
 * A sentence without final punctuation (a heading, a list item) takes the citation at its end.
 */
export interface CitationAnchor {
  readonly inline: number;
  readonly footnote: number;
  /** The sentence's document span, for checking what is already cited there. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']']);
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '\u2026']);
/** Emphasis closers and a link's tail, which belong to the prose before them. */
const TRAILING_MARKUP = /^(?:[*_~]+|\]\((?:[^()\n]|\([^()\n]*\))*\)|\]\[[^\]\n]*\])+/;

export function citationAnchor(article: ParsedArticle, figure: Figure): CitationAnchor | undefined {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return undefined;
  const { text } = block;
  let end = sentence.end;
  while (end > sentence.start && isSpaceOrPlaceholder(text.charAt(end - 1))) end--;
  if (end <= sentence.start) return undefined;
  let closersStart = end;
  while (closersStart > sentence.start && CLOSERS.has(text.charAt(closersStart - 1))) closersStart--;
  let punctuationStart = closersStart;
  while (punctuationStart > sentence.start && FINAL_PUNCTUATION.has(text.charAt(punctuationStart - 1))) {
    punctuationStart--;
  }
  const afterSentence = documentEndAfter(article, block, end);
  const inline =
    closersStart === end && punctuationStart < closersStart
      ? block.map.toDocument(punctuationStart)
      : afterSentence;
  return {
    inline,
    footnote: afterSentence,
    sentenceStart: block.map.toDocument(sentence.start),
    sentenceEnd: afterSentence,
  };
}

/**
 * The document offset just after the prose character at `end - 1`, moved past markup that closes
 * there (`*`, `**`, a link's `](url)`), so an insertion there stays outside emphasis and links.
 */
function documentEndAfter(article: ParsedArticle, block: ProseBlock, end: number): number {
  const offset = block.map.toDocumentEnd(end);
  if (article.format === 'text') return offset;
  const next =
    end < block.text.length && /\s/.test(block.text.charAt(end)) ? block.map.toDocument(end) : undefined;
  if (next !== undefined) return next;
  const markup = TRAILING_MARKUP.exec(article.text.slice(offset, offset + 2048));
  return offset + (markup?.[0].length ?? 0);
}

function isSpaceOrPlaceholder(char: string): boolean {
  return char === NON_PROSE_PLACEHOLDER || /\s/.test(char);
}
