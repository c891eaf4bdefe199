import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseMarkdownArticle } from '../../src/article/markdownArticle';
import { MarkdownTreeCache } from '../../src/article/markdownTrees';
import { expectSameArticle, wholeDocumentArticle } from '../article/sameArticle';
import { applyRandomEdit, articleText, randomEdit } from './articleArbitraries';
import { PROPERTY_RUNS, PROPERTY_TEST_TIMEOUT_MS } from './propertyRuns';

/** Lines that open, continue or close the blocks that matter at a chunk's edges. */
const LINES = [
  'The RCMP seized 12 kg of fentanyl in 2024, the report said.',
  'Deaths rose 16.5% from 2,843 to 3,313 [^1] and [the memo][pco].',
  'See [pco] and [^note] and [undefined] and [Pco].',
  '[^1]: Health Canada, 2024.',
  '[^note]: A note\n    with a second paragraph line.',
  '[pco]: https://example.org/pco',
  '> A quote with 350 groups.',
  '> ```',
  '- A list item with 60 per cent',
  '  continued in the item',
  '1. First',
  '2) Second',
  '    indented code 99',
  '```',
  '```js',
  '~~~',
  '````',
  '<!--',
  '-->',
  '<!-- claimlint-disable-next-line -->',
  '<script>',
  '</script>',
  '<div>',
  '</div>',
  '<?php',
  '?>',
  '# Heading with 2,843',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '---',
  '***',
  'Setext',
  '===',
  '\tTabbed 5 kg',
  '  - nested item',
  '“Curly” quote of 30 per cent.',
];

const block = fc
  .array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'));
const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n \n');

/** A Markdown document of many blocks, so that it is cut into several chunks. */
const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '---\ndate: 2024-11-23\n---\n\n', '---\ntitle: a\n\nb: c\n---\n', '---\n\n'),
    fc.array(fc.tuple(block, separator), { minLength: 20, maxLength: 120 }),
  )
  .map(([frontMatter, blocks]) => frontMatter + blocks.map(([text, gap]) => text + gap).join(''));

describe('parsing Markdown in chunks', { timeout: PROPERTY_TEST_TIMEOUT_MS }, () => {
  it('gives the article that remark gives for the whole document', () => {
    fc.assert(
      fc.property(fc.oneof(markdownDocument, articleText), (text) => {
        expectSameArticle(parseMarkdownArticle(text), wholeDocumentArticle(text));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('gives the same article from its cached trees after any edits', () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(randomEdit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const cache = new MarkdownTreeCache();
        let text = start;
        parseMarkdownArticle(text, cache);
        for (const edit of edits) {
          text = applyRandomEdit(text, edit);
          expectSameArticle(parseMarkdownArticle(text, cache), wholeDocumentArticle(text));
        }
      }),
      { numRuns: PROPERTY_RUNS / 3 },
    );
  });
});
