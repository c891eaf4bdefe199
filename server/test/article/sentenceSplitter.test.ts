import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/article/sentenceSplitter';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';

function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at spaced terminators and trims whitespace', () => {
    expect(split('  One rose. Two fell!  Three? ')).toEqual(['One rose.', 'Two fell!', 'Three?']);
  });

  it('keeps abbreviations, initials and decimals inside the sentence', () => {
    for (const sentence of [
      'Dr. Smith and Mrs. Jones met Sen. Brown in St. John’s on Jan. 5 at 10 a.m. with the U.S. envoy.',
      'J. R. Smith said it cost 2.5 million, e.g. for Acme Inc. and Foo Ltd. in Sept. of that year.',
      'The B.C. Health minister cited case No. 5 vs. case No. 6.',
    ]) {
      expect(split(sentence)).toEqual([sentence]);
    }
  });

  it('splits where an ordinary word ends a sentence before a capital', () => {
    expect(split('He said no. Then he left.')).toEqual(['He said no.', 'Then he left.']);
    expect(split('So did I. Then it ended.')).toEqual(['So did I.', 'Then it ended.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('“It rose.” He left. "It fell." She stayed. ‘Why?’ they asked.')).toEqual([
      '“It rose.”',
      'He left.',
      '"It fell."',
      'She stayed.',
      '‘Why?’ they asked.',
    ]);
  });

  it('handles ellipses', () => {
    expect(split('It rose… and rose. Then… Nothing.')).toEqual(['It rose… and rose.', 'Then…', 'Nothing.']);
    expect(split('Wait... what? Yes.')).toEqual(['Wait... what?', 'Yes.']);
  });

  it('splits sentences glued without a space', () => {
    expect(split('exceeding demand.A June memo followed.')).toEqual([
      'exceeding demand.',
      'A June memo followed.',
    ]);
    expect(split('from 2,843 to 3,313.The memo said.')).toEqual(['from 2,843 to 3,313.', 'The memo said.']);
    expect(split('sourced from China.“Synthetic drugs,” it said.')).toEqual([
      'sourced from China.',
      '“Synthetic drugs,” it said.',
    ]);
    expect(split('killing people.”British Columbia acted.')).toEqual([
      'killing people.”',
      'British Columbia acted.',
    ]);
    expect(split('sourced from China."Synthetic drugs."')).toEqual([
      'sourced from China.',
      '"Synthetic drugs."',
    ]);
  });

  it('does not split glued abbreviations, decimals or addresses', () => {
    for (const sentence of [
      'The U.S.A. and B.C. agreed.',
      'See www.CBC.ca for more.',
      'Visit example.Com/page today.',
      'Mail tips@news.Org now.',
      'It rose 2.5% in Mr.Smith’s town.',
    ]) {
      expect(split(sentence)).toEqual([sentence]);
    }
  });

  it('keeps a citation placeholder with the sentence before it', () => {
    expect(split('It rose.\uFFFC Then fell.')).toEqual(['It rose.\uFFFC', 'Then fell.']);
  });

  it('has no quadratic slowdown on long input without spaces', () => {
    // 1.4 MB: a splitter quadratic in the length would take hours.
    const long = 'a.B'.repeat(200_000) + 'x.'.repeat(200_000) + 'U.S.'.repeat(100_000);
    expect(millisecondsFor(() => splitSentences(long))).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});
