import type { ArticleFormat, ParsedArticle } from './articleModel';
import { parseMarkdownArticle } from './markdownArticle';
import type { MarkdownTreeCache } from './markdownTrees';
import { parsePlainTextArticle } from './plainTextArticle';

export { formatForPath } from './articleFormat';

/**
 * Parses an article into prose blocks with exact offset maps. Never throws: should the Markdown
 * parser fail (remark recurses, so pathological nesting can exhaust the stack), the text is read
 * as plain text instead, and should that fail too the article has no prose. `trees` keeps an open
 * Markdown document's trees between edits (see MarkdownTreeCache); the result is the same without.
 */
export function parseArticle(text: string, format: ArticleFormat, trees?: MarkdownTreeCache): ParsedArticle {
  try {
    if (format === 'markdown') return parseMarkdownArticle(text, trees);
  } catch {
    // Fall through to plain text: a degraded reading beats no checking at all.
  }
  try {
    return { ...parsePlainTextArticle(text), format };
  } catch {
    return { format, text, blocks: [], directives: [], footnoteDefinitions: new Map() };
  }
}
