import { describe, expect, it } from 'vitest';
import { loadReferenceFile } from '../../src/bibliography/loadReferenceFile';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';

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
