import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FIXTURES } from '../engine/exampleClaimSet';

/** Lines of the example articles (published and with planted errors): the realistic half of the mix. */
const EXAMPLE_LINES = [
  'examples/articles/memo-exporter-2024.txt',
  'examples/articles/rcmp-china-mou-2016.txt',
  'examples/articles/fentanyl-czar-china.txt',
  'edited/memo-figures-changed.md',
]
  .flatMap((path) => readFileSync(join(FIXTURES, path), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '');

/** Characters that stress offsets and tokenizers: every plane, surrogate pairs, marks, RTL, odd spaces and breaks. */
const AWKWARD_CHARACTERS = [
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u200b',
  '\ufeff',
  '\u2028',
  '😀',
  '👩‍👩‍👧',
  '🇨🇦',
  '\u{1d7d8}',
  '\u{20000}',
  '\ud800',
  '\udc00',
  'e\u0301',
  '\u0301',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u200f',
  'Ⅻ',
  '٣',
  '߂',
  '\u0000',
  '\u0007',
  '\uffff',
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '"',
  '“',
  '”',
  '‘',
  '’',
];

/** Markdown syntax, citations and directives, so the parser's offset map is exercised everywhere. */
const MARKDOWN_FRAGMENTS = [
  '# ',
  '## ',
  '> ',
  '> > ',
  '- ',
  '1. ',
  '   ',
  '    ',
  '```\n',
  '~~~\n',
  '---\n',
  '***',
  '**',
  '_',
  '`',
  '[^memo]',
  '[^1]: ',
  '[@pco2024]',
  '[link](https://example.org)',
  '<https://example.org>',
  '![i](x.png)',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '<!-- claimlint-disable-next-line -->\n',
  '<div>',
  '</div>',
  '&amp;',
  '&#x1F600;',
  '\\*',
  '<!-- claimlint-disable -->',
  'title: x\n',
  '[x](command:workbench.action.terminal.new)',
];

/** Numbers in every form and position: separators, scales, ranges, hedges, units, currencies. */
const NUMBER_FRAGMENTS = [
  '350',
  '530',
  '4,000',
  '4 000',
  '4\u202f000',
  '1.5',
  '.5',
  '1,5',
  '99.99%',
  '60 per cent',
  '$1.2 billion',
  'US$30',
  '€ 5',
  '12 kg',
  '2.5 grams',
  'more than 350',
  'nearly 80,000',
  'up to 10',
  '90–110',
  '90-110',
  '2016',
  'in 2024',
  'last year',
  '1e309',
  '9'.repeat(40),
  '0.' + '0'.repeat(30) + '1',
  '-7',
  '−7',
  '½',
  'three hundred',
  'a million',
  '1,2,3,4,5,6',
  '1..2',
  '12 345 678',
  '10x',
  '3 times',
  'one in five',
];

const fromList = (list: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...list);

/** One piece of an article: mostly realistic text, with syntax, numbers and noise mixed in. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fromList(EXAMPLE_LINES) },
  { weight: 3, arbitrary: fromList(NUMBER_FRAGMENTS) },
  { weight: 3, arbitrary: fromList(MARKDOWN_FRAGMENTS) },
  { weight: 3, arbitrary: fromList(AWKWARD_CHARACTERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '. ', ', ') },
);

/** An article: fragments joined, sometimes a line very long or a nesting very deep. */
export const articleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fromList(['> ', '- ', '  - ', '[', '(', '**', '"']), fc.integer({ min: 50, max: 400 }), fragment)
      .map(([prefix, depth, tail]) => prefix.repeat(depth) + tail),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fragment, fc.integer({ min: 200, max: 2000 }))
      .map(([part, times]) => `${part} `.repeat(times)),
  },
);

export const articleFormat: fc.Arbitrary<'markdown' | 'text'> = fc.constantFrom('markdown', 'text');

/** An edit a writer (or a paste) makes: insert, delete or replace at a relative position. */
export interface RandomEdit {
  readonly at: number;
  readonly deleteCount: number;
  readonly insert: string;
}

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteCount: fc.nat({ max: 30 }),
  insert: fc.oneof(fragment, fc.constant('')),
});

/** Applies `edit` to `text`, its position scaled to the text's length. */
export function applyRandomEdit(text: string, edit: RandomEdit): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.deleteCount);
}
