import type { ParsedArticle } from '../article/articleModel';
import type { CitationStyle } from '../../../shared/src/settings';

/** A citation style the fixes can write; `auto` has been decided. */
export type InsertStyle = Exclude<CitationStyle, 'auto'>;

/**
 * The style citations are inserted in. An explicit `citationStyle` wins. `auto` follows the document:
 * plain text gets plain-text citations (it has no markup); Markdown gets the kind of mark it uses most
 * (Pandoc keys first on a tie, then footnotes, then links); a Markdown document without marks gets
 * Pandoc keys when its front matter names a `bibliography`, else GFM footnotes.
 */
export function documentCitationStyle(article: ParsedArticle, setting: CitationStyle): InsertStyle {
  if (setting !== 'auto') return setting;
  if (article.format === 'text') return 'text';
  const counts = { pandoc: 0, footnote: 0, link: 0 };
  for (const block of article.blocks) for (const mark of block.citations) counts[mark.kind] += 1;
  const most = Math.max(counts.pandoc, counts.footnote, counts.link);
  if (most === 0) return article.bibliography !== undefined ? 'pandoc' : 'footnote';
  if (counts.pandoc === most) return 'pandoc';
  return counts.footnote === most ? 'footnote' : 'link';
}

/**
 * Where a style cannot be written for a source: a link needs an http(s) URL. The fallback is the
 * document's own non-link style: footnotes in Markdown, plain text in a text file.
 */
export function fallbackStyle(article: ParsedArticle): InsertStyle {
  return article.format === 'text' ? 'text' : 'footnote';
}
