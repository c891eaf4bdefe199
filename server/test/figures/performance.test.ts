import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSentenceFigures } from '../../src/figures/extractSentenceFigures';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';

const MEGABYTE = 1_000_000;

function repeatedTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length));
}

describe('performance', () => {
  it('reads 1 MB of real article text, as one run-on sentence, without pathological slowdown', () => {
    const names = ['memo-exporter-2024.txt', 'rcmp-china-mou-2016.txt', 'fentanyl-czar-china.txt'];
    const articles = names
      .map((name) =>
        readFileSync(
          fileURLToPath(new URL(`../../../test-fixtures/examples/articles/${name}`, import.meta.url)),
          'utf8',
        ),
      )
      .join(' ');
    const text = repeatedTo(articles, MEGABYTE);
    expect(millisecondsFor(() => extractSentenceFigures(text, {}))).toBeLessThan(
      PATHOLOGICAL_INPUT_BUDGET_MS,
    );
  });

  it('has no quadratic slowdown on 4 MB dense with figures, dates and identifiers', () => {
    const piece =
      'From January 1 to the end of October 2016, more than 350 organized crime groups, about 60\u00A0per\u00A0cent, ' +
      'between 50 and 100 times, $1.2bn, 604-555-1234, COVID-19 and 2,843 to 3,313 deaths; ';
    // 4 MB holds about 110,000 figures: an extractor quadratic in them, let alone in the length, would take minutes.
    const text = repeatedTo(piece, 4 * MEGABYTE);
    expect(millisecondsFor(() => extractSentenceFigures(text, {}))).toBeLessThan(
      PATHOLOGICAL_INPUT_BUDGET_MS,
    );
  });

  it('reads 1 MB of spelled numbers joined by "to" and change verbs in linear time', () => {
    const text = repeatedTo('rose from one to two to three, up eight from three to nine ', MEGABYTE);
    expect(millisecondsFor(() => extractSentenceFigures(text, {}))).toBeLessThan(
      PATHOLOGICAL_INPUT_BUDGET_MS,
    );
  });

  it.each([
    ['separators', '1,'],
    ['digits', '9'],
    ['spaces', ' '],
    ['hyphen chains', '-1'],
    ['articles', 'a '],
    ['years', '2016 '],
  ])('does not slow down pathologically on 250 KB of repeated %s', (_kind, piece) => {
    const text = repeatedTo(piece, MEGABYTE / 4);
    expect(millisecondsFor(() => extractSentenceFigures(text, {}))).toBeLessThan(
      PATHOLOGICAL_INPUT_BUDGET_MS,
    );
  });
});
