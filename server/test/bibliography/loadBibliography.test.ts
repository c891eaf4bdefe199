import { describe, expect, it } from 'vitest';
import { loadReferenceFile } from '../../src/bibliography/loadReferenceFile';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { MAX_CLAIM_FILE_LENGTH } from '../../src/limits/inputLimits';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';

const BIBTEX = `@report{cisc-2024,
  title = {2024 Public Report on {Organized} Crime},
  author = {{Criminal Intelligence Service Canada}},
  date = {2024-03},
  url = {https://example.org/report},
}
@article{doe99, title = "Counting labs", author = "Doe, Jane and Roe, Richard", year = 1999}
`;

const CSL_JSON = JSON.stringify([
  {
    id: 'who-2023',
    title: 'Drug report',
    author: [{ literal: 'World Health Organization' }],
    issued: { 'date-parts': [[2023, 6, 2]] },
    URL: 'https://who.example/r',
  },
]);

describe('bibliographies through citation-js', () => {
  it('reads BibTeX entries as sources keyed by citekey, at the key', () => {
    const result = loadReferenceFile('/ws/refs.bib', BIBTEX);
    expect(result.problems).toEqual([]);
    const [cisc, doe] = result.sources.map(({ source }) => source);
    expect(cisc).toMatchObject({
      id: 'cisc-2024',
      title: '2024 Public Report on Organized Crime',
      author: 'Criminal Intelligence Service Canada',
      date: '2024-03',
      url: 'https://example.org/report',
    });
    expect(BIBTEX.slice(cisc?.origin.span.start, cisc?.origin.span.end)).toBe('cisc-2024');
    expect(doe).toMatchObject({ id: 'doe99', author: 'Jane Doe and Richard Roe', date: '1999' });
  });

  it('reads CSL JSON, and lets claims cite its keys', () => {
    const claims = loadClaimFile(
      '/ws/a.claims.yaml',
      'claims:\n  - id: x\n    subject: labs\n    value: 3\n    source: who-2023\n',
    );
    const set = mergeClaimFiles([claims, loadReferenceFile('/ws/refs.json', CSL_JSON)]);
    expect(set.problems).toEqual([]);
    expect(set.sources.get('who-2023')).toMatchObject({
      author: 'World Health Organization',
      date: '2023-06-02',
    });
    expect(set.claims[0]?.sources).toEqual(['who-2023']);
  });

  it('reports a bibliography it cannot read, without throwing', () => {
    expect(loadReferenceFile('/ws/refs.json', '{ not json').problems[0]?.message).toMatch(
      /^bibliography could not be read/,
    );
  });
});

describe('bibliography limits', () => {
  it('loads tens of thousands of entries in one pass, each at its key', () => {
    // About 2 MB: a search of the whole text per entry took over 15 s at this size; one pass takes 1-2 s.
    const count = 30_000;
    const keys = Array.from({ length: count }, (_, index) => `key-${index}`);
    const bibtex = keys
      .map((key) => `@misc{${key},\n  title = {Entry ${key}},\n  year = 2020,\n}\n`)
      .join('');
    const csl = JSON.stringify(
      keys.map((key) => ({ id: key, title: `Entry ${key}` })),
      null,
      1,
    );
    for (const [file, text] of [
      ['/ws/many.bib', bibtex],
      ['/ws/many.json', csl],
    ] as const) {
      let result: ReturnType<typeof loadReferenceFile> | undefined;
      expect(millisecondsFor(() => (result = loadReferenceFile(file, text)))).toBeLessThan(
        PATHOLOGICAL_INPUT_BUDGET_MS,
      );
      expect(result?.problems).toEqual([]);
      expect(result?.sources).toHaveLength(count);
      for (const { source } of result?.sources ?? []) {
        expect(text.slice(source.origin.span.start, source.origin.span.end)).toBe(source.id);
      }
    }
  });

  it('refuses a bibliography over the claim-file size limit, without parsing it', () => {
    const text = `@misc{big, note = {${'x'.repeat(MAX_CLAIM_FILE_LENGTH)}}}\n`;
    const result = loadReferenceFile('/ws/big.bib', text);
    expect(result.sources).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: '/ws/big.bib',
        span: { start: 0, end: 0 },
        message: 'file is too large to read (4.1 MB > 4 MB): split it into several files',
      },
    ]);
  });
});
