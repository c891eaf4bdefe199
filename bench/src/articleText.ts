import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './random';

/**
 * Long articles made of real news text: the example articles (plain text) and the Markdown
 * articles of test-fixtures, cut into paragraphs and repeated until the size is reached. Every
 * copy after the first has its numbers changed (seeded), so that no two paragraphs are the same
 * text — a cache keyed by block text gets no free hits — and some figures become conflicts, as in
 * a draft with mistakes.
 */

/** Paragraphs of real article text, in Markdown (headings, quotes, tables and footnotes kept). */
export function realParagraphs(fixtures: string): string[] {
  const paragraphs: string[] = [];
  const markdownFolder = join(fixtures, 'articles');
  for (const name of readdirSync(markdownFolder)
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(markdownFolder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
    paragraphs.push(...text.split(/\n{2,}/u).filter((block) => block.trim() !== ''));
  }
  const textFolder = join(fixtures, 'examples/articles');
  for (const name of readdirSync(textFolder)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(textFolder, name), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '');
    // The published texts run their paragraphs together; three sentences make a paragraph.
    const sentences = text.match(/[^.!?”]+(?:[.!?]+”?|”)\s*/gu) ?? [text];
    for (let i = 0; i < sentences.length; i += 3)
      paragraphs.push(
        sentences
          .slice(i, i + 3)
          .join('')
          .trim(),
      );
  }
  return paragraphs;
}

function perturbNumbers(paragraph: string, random: () => number): string {
  return paragraph.replace(/\d+/gu, (digits) => {
    // Years and footnote-like small numbers stay; other figures move by up to ±30 %.
    if (/^(19|20)\d\d$/u.test(digits) || random() < 0.5) return digits;
    const value = Number(digits);
    const changed = Math.max(1, Math.round(value * (0.7 + random() * 0.6)));
    return String(changed)
      .padStart(digits.length, '0')
      .slice(-Math.max(digits.length, String(changed).length));
  });
}

/** A Markdown article of about `bytes` bytes (UTF-8) with a date line, built from `paragraphs`. */
export function buildArticle(paragraphs: readonly string[], bytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const parts: string[] = ['---\ntitle: Generated benchmark article\ndate: 2024-11-23\n---\n'];
  let size = Buffer.byteLength(parts[0] ?? '');
  for (let copy = 0; size < bytes; copy++) {
    for (const paragraph of paragraphs) {
      const text = copy === 0 ? paragraph : perturbNumbers(paragraph, random);
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
      if (size >= bytes) break;
    }
  }
  return `${parts.join('\n\n')}\n`;
}
