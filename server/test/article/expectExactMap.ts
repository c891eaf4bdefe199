import { expect } from 'vitest';
import { NON_PROSE_PLACEHOLDER, type ParsedArticle } from '../../src/article/articleModel';

/**
 * Asserts that every prose character maps onto the document character it came from. Characters that
 * stand for something longer are checked for what they stand for: a placeholder (any non-prose
 * content), a joined line break (a line break), an escape (`\*`) or a character reference (`&amp;`).
 */
export function expectExactMap(article: ParsedArticle): number {
  const { text } = article;
  let checked = 0;
  for (const block of article.blocks) {
    for (let i = 0; i < block.text.length; i++) {
      const char = block.text.charAt(i);
      const start = block.map.toDocument(i);
      const end = block.map.toDocumentEnd(i + 1);
      const source = text.slice(start, end);
      expect(end, `end after start at ${i} of "${block.text}"`).toBeGreaterThan(start);
      if (i > 0) expect(start).toBeGreaterThanOrEqual(block.map.toDocumentEnd(i));
      if (source === char) {
        checked++;
      } else if (char === NON_PROSE_PLACEHOLDER) {
        expect(source.length).toBeGreaterThan(0);
      } else if (char === ' ' && /^\r?\n|^\r/.test(source)) {
        expect(source.trim()).toBe('');
      } else if (source.startsWith('\\')) {
        expect(source).toBe(`\\${char}`);
      } else {
        expect(source, `prose ${JSON.stringify(char)} at ${i} of "${block.text}"`).toMatch(
          /^&#?[0-9A-Za-z]+;$/,
        );
      }
    }
  }
  return checked;
}

/** The text of every sentence of every block. */
export function sentenceTexts(article: ParsedArticle): string[] {
  return article.blocks.flatMap((block) => block.sentences.map((s) => block.text.slice(s.start, s.end)));
}

export function quotationTexts(article: ParsedArticle): string[] {
  return article.blocks.flatMap((block) => block.quotations.map((q) => block.text.slice(q.start, q.end)));
}

/** All prose of the article, blocks separated by a blank line. */
export function allProse(article: ParsedArticle): string {
  return article.blocks.map((block) => block.text).join('\n\n');
}
