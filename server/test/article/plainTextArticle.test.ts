import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { dayPeriod } from '../../src/time/period';
import { allProse, expectExactMap, quotationTexts, sentenceTexts } from './expectExactMap';

function example(name: string): string {
  return readFileSync(new URL(`../../../test-fixtures/examples/articles/${name}`, import.meta.url), 'utf8');
}

describe('plain text: example articles', () => {
  const memo = parseArticle(example('memo-exporter-2024.txt'), 'text');
  const rcmp = parseArticle(example('rcmp-china-mou-2016.txt'), 'text');
  const czar = parseArticle(example('fentanyl-czar-china.txt'), 'text');

  it('reads the leading date line, and only there', () => {
    expect(memo.date).toEqual(dayPeriod(2024, 11, 23));
    expect(rcmp.date).toBeUndefined();
    expect(czar.date).toBeUndefined();
  });

  it('starts the prose after the date on the same line', () => {
    const first = memo.blocks[0];
    expect(first?.text.startsWith('Canada has become a significant producer')).toBe(true);
    expect(allProse(memo)).not.toContain('2024-11-23');
  });

  it('maps every prose character exactly', () => {
    for (const article of [memo, rcmp, czar]) {
      expect(expectExactMap(article)).toBeGreaterThan(1000);
    }
  });

  it('finds a sane number of blocks', () => {
    expect(memo.blocks).toHaveLength(1);
    // 19 blank-line separated paragraphs, none of them split further.
    expect(rcmp.blocks).toHaveLength(19);
    expect(rcmp.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Chinese government to work with Canada on stopping flow of fentanyl',
      'Coordinated law enforcement will target supply of fentanyl and synthetic opioids',
      'Illicit drug deaths on the rise',
      'B.C. asking feds to do more',
    ]);
    // One line per paragraph: every line is a block; 7 list items, 10 table cells.
    expect(czar.blocks.filter((b) => b.kind === 'listItem')).toHaveLength(7);
    expect(czar.blocks.filter((b) => b.kind === 'tableCell')).toHaveLength(10);
    expect(czar.blocks).toHaveLength(27);
  });

  it('keeps list markers and table pipes out of prose', () => {
    const items = czar.blocks.filter((b) => b.kind === 'listItem');
    expect(items[0]?.text.startsWith('Information Sharing:')).toBe(true);
    const cells = czar.blocks.filter((b) => b.kind === 'tableCell').map((b) => b.text);
    expect(cells.slice(0, 3)).toEqual(['Action Item', 'Expected Outcome', 'Establish Joint Task Forces']);
    expect(allProse(czar)).not.toMatch(/\||---/);
  });

  it('splits the run-on paragraph at glued sentence boundaries', () => {
    const sentences = sentenceTexts(memo);
    expect(sentences).toContain(
      'Officials noted that Canada is now exporting fentanyl to markets in the United States and Australia, with production exceeding domestic demand.',
    );
    expect(sentences).toContain(
      'Overdose deaths in the province rose 16.5% during the 15-month trial period, from 2,843 to 3,313.',
    );
    expect(sentences).toContain(
      'The memo also detailed how Chinese-sourced precursor chemicals fuel Canada’s illegal fentanyl market.',
    );
    expect(sentences).toContain('“It is the illegal toxic drug supply that is killing people.”');
    expect(sentences.some((s) => s.startsWith('“Synthetic drugs are increasingly'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('A June memo from the Department'))).toBe(true);
    expect(sentences.some((s) => s.startsWith("British Columbia's pilot decriminalization"))).toBe(true);
    expect(sentences).toHaveLength(17);
  });

  it('does not split at B.C.', () => {
    const sentences = sentenceTexts(rcmp);
    expect(sentences).toContain(
      'People are free to make it, sell it and distribute it," said B.C. Health minister Terry Lake.',
    );
    expect(sentences).toContain(
      'The B.C. government has been concerned about China because of the lack of regulations around fentanyl.',
    );
  });

  it('finds quotations', () => {
    const quotes = quotationTexts(rcmp);
    expect(quotes).toContain(
      'Fentanyl\u00A0and other\u00A0opioids\u00A0pose a grave threat to the safety of Canadian communities,',
    );
    // The quote spans two sentences of its block.
    expect(quotes.some((q) => q.startsWith('In China,') && q.endsWith('sell it and distribute it,'))).toBe(
      true,
    );
    const memoQuotes = quotationTexts(memo);
    expect(memoQuotes).toContain('It is the illegal toxic drug supply that is killing people.');
    expect(memoQuotes).toHaveLength(6);
  });
});

describe('plain text: structure', () => {
  it('joins hard-wrapped lines and maps the join to the line break', () => {
    const text = 'The memo said that 350 groups\nwere involved in production\n  and distribution.\n';
    const article = parseArticle(text, 'text');
    expect(article.blocks.map((b) => b.text)).toEqual([
      'The memo said that 350 groups were involved in production and distribution.',
    ]);
    expectExactMap(article);
  });

  it('keeps a wrapped paragraph wrapped when author-date citations lengthen its lines', () => {
    const wrapped =
      'British Columbia is 30 per cent short of capacity for drug officers\nand the two governments signed a memorandum in 2016 to coordinate policing of fentanyl.\n';
    const cited = wrapped.replace(
      'fentanyl.',
      'fentanyl (Government of British Columbia, 2016; Public Safety Canada, 2016; RCMP, 2016).',
    );
    expect(cited.split('\n')[1]?.length).toBeGreaterThan(160);
    expect(parseArticle(wrapped, 'text').blocks).toHaveLength(1);
    expect(parseArticle(cited, 'text').blocks).toHaveLength(1);
    // Prose that long without citations is one paragraph per line.
    const long = cited.replace(
      '(Government of British Columbia, 2016; Public Safety Canada, 2016; RCMP, 2016)',
      'x'.repeat(80),
    );
    expect(parseArticle(long, 'text').blocks).toHaveLength(2);
  });

  it('splits off a heading line and list items inside a paragraph', () => {
    const text =
      'Deaths on the rise\nThe toll rose.\nIt includes:\n1. Vancouver, 300 deaths\n2) Surrey, 40 deaths\n';
    const article = parseArticle(text, 'text');
    expect(article.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Deaths on the rise'],
      ['paragraph', 'The toll rose. It includes:'],
      ['listItem', 'Vancouver, 300 deaths'],
      ['listItem', 'Surrey, 40 deaths'],
    ]);
  });

  it('does not take wrapped lines for headings', () => {
    // Mid-paragraph: the line before did not end a sentence.
    const middle =
      'Officials said the memo, which was\nprepared for Prime Minister Justin\nTrudeau, was confidential.';
    expect(parseArticle(middle, 'text').blocks).toHaveLength(1);
    // First line: it ends on a function word, which headings do not.
    const first = 'The memo was shown to the\nPrime Minister in January.';
    expect(parseArticle(first, 'text').blocks).toHaveLength(1);
  });

  it('reads %% directive lines and keeps them out of prose', () => {
    const text =
      'First paragraph.\n\n%% claimlint-disable-next-line figure-conflict arithmetic\n\nSecond 350.\n%% claimlint-disable\nThird.\n%% claimlint-enable figure-conflict\n';
    const article = parseArticle(text, 'text');
    expect(article.directives).toEqual([
      { kind: 'disable-next-line', rules: ['figure-conflict', 'arithmetic'], line: 2, targetLine: 4 },
      { kind: 'disable', rules: [], line: 5 },
      { kind: 'enable', rules: ['figure-conflict'], line: 7 },
    ]);
    expect(allProse(article)).not.toContain('claimlint');
    expect(article.blocks.map((b) => b.text)).toEqual(['First paragraph.', 'Second 350.', 'Third.']);
  });

  it('reads a date line of its own, case-insensitively', () => {
    const article = parseArticle('\n  Date 2016-11-18\nThe story.', 'text');
    expect(article.date).toEqual(dayPeriod(2016, 11, 18));
    expect(article.blocks.map((b) => b.text)).toEqual(['The story.']);
    expect(parseArticle('Updated date 2016-11-18.', 'text').date).toBeUndefined();
    expect(parseArticle('date 2016-13-45 is no day', 'text').date).toBeUndefined();
  });
});
