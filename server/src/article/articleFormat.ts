import type { ArticleFormat } from './articleModel';

/** Which parser an editor document or file needs: Markdown, plain text, or none (not an article). */
export function formatForPath(path: string, languageId?: string): ArticleFormat | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'text';
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.txt')) return 'text';
  return undefined;
}
