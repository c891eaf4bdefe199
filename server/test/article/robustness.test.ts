import { describe, expect, it } from 'vitest';
import { formatForPath, parseArticle } from '../../src/article/parseArticle';
import { ProseBuilder } from '../../src/article/proseBuilder';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';
import { expectExactMap } from './expectExactMap';

describe('parseArticle never throws', () => {
  // Nesting sizes stay moderate: remark's own time grows faster than linearly with nesting depth.
  const inputs: [string, string][] = [
    ['empty', ''],
    ['binary junk', Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['lone surrogates', 'Rose \uD800 by 5 \uDC00 per cent.\n\n\uD83D'],
    ['lone CR line endings', 'Title\rThe toll rose 5.\r\rSecond paragraph.\r- item 3\r'],
    ['NUL characters', 'Deaths\u0000 rose 5.\n\nA \u0000 b.'],
    ['deep blockquotes', '>'.repeat(2_000) + ' deep 5'],
    ['deep lists', Array.from({ length: 100 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')],
    ['deep emphasis', '*'.repeat(2_000) + 'x' + '*'.repeat(2_000)],
    ['unclosed comments', '<!--'.repeat(10_000)],
    ['brackets', '[@'.repeat(2_000) + ']'.repeat(2_000)],
  ];
  for (const [name, input] of inputs) {
    it(name, () => {
      for (const format of ['markdown', 'text'] as const) {
        const article = parseArticle(input, format);
        expect(article.format).toBe(format);
        for (const block of article.blocks) {
          expect(block.map.toDocument(0)).toBeGreaterThanOrEqual(0);
          expect(block.map.toDocumentEnd(block.text.length)).toBeLessThanOrEqual(input.length);
        }
      }
    });
  }

  it('keeps the map exact on lone CR line endings', () => {
    expectExactMap(parseArticle('Title here\rThe toll rose 5\rfrom 3.\r\r- item 3\r', 'text'));
    expectExactMap(parseArticle('# Title\r\rThe toll *rose* 5\rfrom 3.\r', 'markdown'));
  });
});

describe('performance', () => {
  const paragraph =
    'Overdose deaths in the province rose 16.5% during the 15-month trial period, from 2,843 to 3,313.The memo said “it *rose*” [@key] and [a link](https://x.org) `code 5` &amp; 😀 more.\n\n';
  const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));

  it('parses 1 MB of plain text without pathological slowdown', () => {
    const elapsed = millisecondsFor(() => {
      const article = parseArticle(big, 'text');
      expect(article.blocks.length).toBeGreaterThan(4000);
    });
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });

  it('parses 1 MB of Markdown without pathological slowdown', () => {
    const elapsed = millisecondsFor(() => {
      const article = parseArticle(big, 'markdown');
      expect(article.blocks.length).toBeGreaterThan(4000);
    });
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});

describe('ProseBuilder', () => {
  it('maps runs and atoms, and trims surrounding whitespace', () => {
    const builder = new ProseBuilder();
    builder.appendRun('  ab', 10);
    builder.appendAtom('&', 20, 25);
    builder.appendRun('cd ', 25);
    const { text, map, leading } = builder.finish();
    expect(text).toBe('ab&cd');
    expect(leading).toBe(2);
    expect([0, 1, 2, 3, 4].map((i) => map.toDocument(i))).toEqual([12, 13, 20, 25, 26]);
    expect([1, 2, 3, 4, 5].map((i) => map.toDocumentEnd(i))).toEqual([13, 14, 25, 26, 27]);
    expect(map.toDocumentEnd(0)).toBe(12);
  });
});

describe('formatForPath', () => {
  it('chooses the parser from the language id, else the extension', () => {
    expect(formatForPath('a/b.md')).toBe('markdown');
    expect(formatForPath('a/B.MARKDOWN')).toBe('markdown');
    expect(formatForPath('notes.txt')).toBe('text');
    expect(formatForPath('untitled:1', 'markdown')).toBe('markdown');
    expect(formatForPath('untitled:1', 'plaintext')).toBe('text');
    expect(formatForPath('claims.yaml')).toBeUndefined();
    expect(formatForPath('x.ts', 'typescript')).toBeUndefined();
  });
});
