import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAuthorDateCitation } from '../../src/article/authorDateCitations';
import { escapeMarkdown } from '../../src/lsp/escapeMarkdown';
import { collapseLineBreaks } from '../../src/text/collapseLineBreaks';
import { trimLeadingChars, trimTrailingChars } from '../../src/text/trimChars';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';
import { PROPERTY_RUNS, PROPERTY_TEST_TIMEOUT_MS } from './propertyRuns';

/*
 * The regular expressions these functions replaced backtrack super-linearly (recheck found them);
 * they stay here as the specification the linear rewrites must agree with, on inputs short enough
 * for the old patterns to be fast.
 */
const OLD_COLLAPSE = /\s*[\r\n]+\s*/g;
const OLD_AUTHOR_DATE =
  /\((?:[^()\n;]{2,150}?,\s+(?:\d{4}[a-z]?|n\.d\.))(?:;\s+[^()\n;]{2,150}?,\s+(?:\d{4}[a-z]?|n\.d\.))*\)/u;

const pieces = (...parts: string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((chosen) => chosen.join(''));

describe(
  'linear rewrites agree with the patterns they replaced',
  { timeout: PROPERTY_TEST_TIMEOUT_MS },
  () => {
    it('collapseLineBreaks', () => {
      fc.assert(
        fc.property(pieces('a', 'b', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', 'é'), (text) => {
          expect(collapseLineBreaks(text)).toBe(text.replace(OLD_COLLAPSE, ' '));
        }),
        { numRuns: PROPERTY_RUNS },
      );
    });

    it('hasAuthorDateCitation', () => {
      const name = fc.constantFrom(
        'Doe',
        'BC Coroners Service',
        'x',
        'ab',
        'a'.repeat(149),
        'a'.repeat(151),
        ' ',
        '',
      );
      const item = fc
        .tuple(
          name,
          fc.constantFrom(',', ', ', ',  ', ' ,'),
          fc.constantFrom('2019', '2019a', 'n.d.', '19', 'x'),
        )
        .map((parts) => parts.join(''));
      const citation = fc
        .tuple(fc.array(item, { minLength: 1, maxLength: 4 }), fc.constantFrom('; ', ';', ';  ', ' ; '))
        .map(([items, separator]) => `(${items.join(separator)})`);
      const text = fc
        .array(fc.oneof(citation, pieces('(', ')', ';', ' ', ',', '\n', 'a', '2019', 'n.d.')), {
          maxLength: 5,
        })
        .map((parts) => parts.join(' '));
      fc.assert(
        fc.property(text, (sample) => {
          expect(hasAuthorDateCitation(sample, 0, sample.length)).toBe(OLD_AUTHOR_DATE.test(sample));
        }),
        { numRuns: PROPERTY_RUNS * 3 },
      );
    });

    it('trimLeadingChars and trimTrailingChars', () => {
      fc.assert(
        fc.property(pieces('.', '-', 'a', ' ', '😀', '\u0301', '"'), (text) => {
          expect(trimTrailingChars(text, /[.\- ]/)).toBe(text.replace(/[.\- ]+$/, ''));
          expect(trimLeadingChars(text, /[.\- ]/)).toBe(text.replace(/^[.\- ]+/, ''));
          expect(trimTrailingChars(text, /\p{L}|\p{Extended_Pictographic}/u)).toBe(
            text.replace(/(?:\p{L}|\p{Extended_Pictographic})+$/u, ''),
          );
        }),
        { numRuns: PROPERTY_RUNS },
      );
    });
  },
);

describe(
  'the inputs that made the old patterns slow are fast now',
  { timeout: PROPERTY_TEST_TIMEOUT_MS },
  () => {
    const size = 200_000;
    it.each([
      [
        'a run of spaces with no line break (escapeMarkdown)',
        () => escapeMarkdown(`${'\t'.repeat(size)}\u0000\n`),
      ],
      [
        'a long bracket of spaces and commas (author-date)',
        () => {
          const text = `(\t\t,\tn.d.;${'\t'.repeat(size)}`;
          return hasAuthorDateCitation(text, 0, text.length);
        },
      ],
      ['a run of key punctuation (citekeys)', () => trimTrailingChars(`${'#'.repeat(size)}\u0000#`, /[#]/)],
    ])('%s', (_, work) => {
      expect(millisecondsFor(work)).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
    });
  },
);
