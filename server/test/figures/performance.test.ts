import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from '../../src/figures/extractSentenceFigures';

const MEGABYTE = 1_000_000;

function repeatedTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length));
}

function millisecondsFor(text: string): number {
  const started = performance.now();
  extractSentenceFigures(text, {});
  return performance.now() - started;
}

describe('performance', () => {
  it('reads 1 MB of real article text, as one run-on sentence, in well under a second', () => {
    const names = ['memo-exporter-2024.txt', 'rcmp-china-mou-2016.txt', 'fentanyl-czar-china.txt'];
    const articles = names
      .map((name) =>
        readFileSync(
          fileURLToPath(new URL(`../../../test-fixtures/examples/articles/${name}`, import.meta.url)),
          'utf8',
        ),
      )
      .join(' ');
    expect(millisecondsFor(repeatedTo(articles, MEGABYTE))).toBeLessThan(1000);
  });

  it('stays linear on 1 MB dense with figures, dates and identifiers', () => {
    const piece =
      'From January 1 to the end of October 2016, more than 350 organized crime groups, about 60\u00A0per\u00A0cent, ' +
      'between 50 and 100 times, $1.2bn, 604-555-1234, COVID-19 and 2,843 to 3,313 deaths; ';
    // Warm the compiler on a tenth of the size, as a long-running language server is.
    millisecondsFor(repeatedTo(piece, MEGABYTE / 10));
    const small = millisecondsFor(repeatedTo(piece, MEGABYTE / 4));
    const large = millisecondsFor(repeatedTo(piece, MEGABYTE));
    expect(large).toBeLessThan(1000);
    expect(large).toBeLessThan(Math.max(8 * small, 100));
  });

  it.each([
    ['separators', '1,'],
    ['digits', '9'],
    ['spaces', ' '],
    ['hyphen chains', '-1'],
    ['articles', 'a '],
    ['years', '2016 '],
  ])('does not slow down on 250 KB of repeated %s', (_kind, piece) => {
    expect(millisecondsFor(repeatedTo(piece, MEGABYTE / 4))).toBeLessThan(1000);
  });
});
