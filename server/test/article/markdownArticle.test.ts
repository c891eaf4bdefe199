import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NON_PROSE_PLACEHOLDER } from '../../src/article/articleModel';
import { parseArticle } from '../../src/article/parseArticle';
import { dayPeriod } from '../../src/time/period';
import { allProse, expectExactMap, quotationTexts, sentenceTexts } from './expectExactMap';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../test-fixtures/articles/${name}`, import.meta.url), 'utf8');
}

const memoSource = fixture('memo-exporter-2024.md');
const rcmpSource = fixture('rcmp-china-mou-2016.md');
const czarSource = fixture('fentanyl-czar-china.md');

describe('markdown: converted example articles', () => {
  const memo = parseArticle(memoSource, 'markdown');
  const rcmp = parseArticle(rcmpSource, 'markdown');
  const czar = parseArticle(czarSource, 'markdown');

  it('reads front matter date (the day of a datetime) and bibliography', () => {
    expect(memo.date).toEqual(dayPeriod(2024, 11, 23));
    expect(memo.bibliography).toBe('fentanyl.bib');
    expect(rcmp.date).toEqual(dayPeriod(2016, 11, 18));
    expect(czar.date).toBeUndefined();
  });

  it('maps every prose character exactly', () => {
    for (const article of [memo, rcmp, czar]) expect(expectExactMap(article)).toBeGreaterThan(500);
  });

  it('keeps code, URLs, HTML, images and front matter out of prose', () => {
    const prose = [memo, rcmp, czar].map(allProse).join('\n');
    for (const absent of [
      'limit_grams',
      'deaths_2023',
      '2843\n',
      'https://',
      'data.example.org',
      'Global Affairs',
      'bibliography',
      'fentanyl.bib',
      'claimlint',
      'Editor',
      'span',
      'Printer ink',
      'photo-2016',
      '@cisc',
      '[^',
      '---',
    ]) {
      expect(prose, absent).not.toContain(absent);
    }
  });

  it('replaces inline non-prose content by one placeholder so words do not merge', () => {
    const pilot = memo.blocks.find((b) => b.text.startsWith('The pilot allowed'));
    expect(pilot?.text).toBe(
      `The pilot allowed possession of up to 2.5 grams, recorded in the data as ${NON_PROSE_PLACEHOLDER}; see ${NON_PROSE_PLACEHOLDER} for the series.`,
    );
    const codeAt = pilot?.text.indexOf(NON_PROSE_PLACEHOLDER) ?? -1;
    expect(memoSource.slice(pilot?.map.toDocument(codeAt), pilot?.map.toDocumentEnd(codeAt + 1))).toBe(
      '`limit_grams = 2.5`',
    );
  });

  it('builds blocks for headings, paragraphs, quotes, list items, table cells and footnotes', () => {
    expect(memo.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'blockquote',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'tableCell',
      'tableCell',
      'tableCell',
      'tableCell',
      'tableCell',
      'tableCell',
      'paragraph',
    ]);
    expect(memo.blocks[0]?.text).toBe('Canada now a fentanyl exporter, federal memo warns');
    expect(czar.blocks.filter((b) => b.kind === 'listItem').map((b) => b.text)).toEqual([
      'Information Sharing: Establishing platforms for intelligence exchange between countries.',
      'Legislative Collaboration: Harmonizing regulations around the production and export of precursor chemicals.',
      'Joint Enforcement Initiatives: Conducting simultaneous crackdowns on manufacturers.',
    ]);
    expect(rcmp.blocks[0]).toMatchObject({
      kind: 'heading',
      text: 'Chinese government to work with Canada on stopping flow of fentanyl',
    });
  });

  it('finds citation marks', () => {
    const marks = (article: typeof memo) =>
      article.blocks.flatMap((b) => b.citations.map((c) => ({ ...c, at: b.text.slice(c.proseOffset) })));
    const memoMarks = marks(memo);
    expect(memoMarks.map(({ kind, target }) => [kind, target])).toEqual([
      ['footnote', 'memo'],
      ['link', 'https://www.international.gc.ca/'],
      ['pandoc', 'cisc-2024'],
      ['link', 'https://data.example.org/bc-pilot'],
    ]);
    expect(memoMarks[1]?.at.startsWith('Department of Foreign Affairs')).toBe(true);
    expect(memoMarks[0]?.at.startsWith(NON_PROSE_PLACEHOLDER)).toBe(true);
    expect(marks(czar).map(({ kind, target }) => [kind, target])).toEqual([
      ['pandoc', 'czar-2025'],
      ['pandoc', 'rcmp-2016'],
    ]);
    expect(marks(rcmp).map(({ kind, target }) => [kind, target])).toEqual([
      ['footnote', 'bccs'],
      ['link', 'https://www.rcmp-grc.gc.ca/en/news/2016/fentanyl'],
      ['link', 'https://www2.gov.bc.ca/coroners'],
    ]);
  });

  it('records footnote definitions and keeps their paragraphs as prose', () => {
    expect(memo.footnoteDefinitions.get('memo')).toBe(
      "Memorandum For The Prime Minister, obtained by Blacklock's Reporter, 2024.",
    );
    expect(rcmp.footnoteDefinitions.get('bccs')).toContain('https://www2.gov.bc.ca/coroners');
    expect(memo.blocks.at(-1)?.text).toContain('2024');
  });

  it('finds directives with their lines', () => {
    const line = (source: string, words: string) => source.split('\n').findIndex((l) => l.includes(words));
    expect(memo.directives).toEqual([
      {
        kind: 'disable-next-line',
        rules: ['arithmetic'],
        line: line(memoSource, 'claimlint-disable-next-line'),
        targetLine: line(memoSource, 'Overdose deaths'),
      },
    ]);
    expect(rcmp.directives).toEqual([
      { kind: 'disable', rules: ['unverified-figure'], line: line(rcmpSource, 'claimlint-disable') },
      { kind: 'enable', rules: [], line: line(rcmpSource, 'claimlint-enable') },
    ]);
  });

  it('splits sentences and finds quotations in Markdown blocks', () => {
    const sentences = sentenceTexts(memo);
    expect(sentences).toContain(
      'Overdose deaths in the province rose 16.5% during the 15-month trial period, from 2,843 to 3,313.',
    );
    expect(sentences).toContain(
      'A June memo from the Department of Foreign Affairs corroborated the findings.',
    );
    expect(quotationTexts(rcmp)).toContain(
      'Fentanyl and other opioids pose a grave threat to the safety of Canadian communities,',
    );
  });

  it('maps escapes and entities to their source', () => {
    const last = czar.blocks.at(-1);
    expect(
      last?.text.startsWith(
        'In conclusion, Canada’s efforts *continue* to combat the escalating fentanyl crisis & its 3',
      ),
    ).toBe(true);
    const star = last?.text.indexOf('*') ?? -1;
    expect(czarSource.slice(last?.map.toDocument(star), last?.map.toDocumentEnd(star + 1))).toBe('\\*');
    const amp = last?.text.indexOf('&') ?? -1;
    expect(czarSource.slice(last?.map.toDocument(amp), last?.map.toDocumentEnd(amp + 1))).toBe('&amp;');
  });
});

describe('markdown: variants keep the map exact', () => {
  it('CRLF line endings', () => {
    for (const source of [memoSource, rcmpSource, czarSource]) {
      const crlf = source.replace(/\n/g, '\r\n');
      const article = parseArticle(crlf, 'markdown');
      expect(article.blocks.length).toBe(parseArticle(source, 'markdown').blocks.length);
      expectExactMap(article);
      expect(article.directives.map((d) => d.line)).toEqual(
        parseArticle(source, 'markdown').directives.map((d) => d.line),
      );
    }
  });

  it('emoji, tabs, NBSP and blockquote or list continuation lines', () => {
    const source =
      '# Deaths 😀 up\n\n> 🚨\tOverdose deaths rose 16.5%,\n> from 2,843 to\u00A03,313.\n\n- 😀 one\n  two *three* 4\n\t\tfive\n';
    const article = parseArticle(source, 'markdown');
    expect(article.blocks.map((b) => b.text)).toEqual([
      'Deaths 😀 up',
      '🚨\tOverdose deaths rose 16.5%,\nfrom 2,843 to\u00A03,313.',
      '😀 one\ntwo three 4\nfive',
    ]);
    expectExactMap(article);
  });

  it('a leading date line in Markdown is the date and not prose', () => {
    const article = parseArticle('date 2024-11-23 Canada has *become* a producer.\n', 'markdown');
    expect(article.date).toEqual(dayPeriod(2024, 11, 23));
    expect(article.blocks.map((b) => b.text)).toEqual(['Canada has become a producer.']);
    expectExactMap(article);
  });

  it('footnote references without a definition are still marks', () => {
    const article = parseArticle('Deaths rose 16.5%.[^later] Then fell.\n', 'markdown');
    expect(article.blocks[0]?.citations).toEqual([{ kind: 'footnote', target: 'later', proseOffset: 18 }]);
    expect(article.blocks[0]?.text).toBe(`Deaths rose 16.5%.${NON_PROSE_PLACEHOLDER} Then fell.`);
  });
});
