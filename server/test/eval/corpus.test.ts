import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/eval/evaluateCorpus';
import { EVALUATED_RULES } from '../../src/eval/evaluatedRules';
import { loadExtractionSet } from '../../src/eval/extractionSet';
import { formatReport } from '../../src/eval/formatReport';
import { UNMATCHED } from '../../src/eval/goldModel';
import { loadCorpus } from '../../src/eval/loadCorpus';
import { scoreExtraction } from '../../src/eval/scoreExtraction';
import { createSpanLocator } from '../../src/eval/spanLocator';

const FIXTURES = resolve(__dirname, '../../../test-fixtures');
const MANIFEST = join(FIXTURES, 'eval/corpus.yaml');
const EXAMPLES = join(FIXTURES, 'examples/articles');

describe('the development corpus', () => {
  const corpus = loadCorpus(MANIFEST);
  const articles = corpus.subjects.flatMap((subject) => subject.articles);

  it('loads every subject with a claim set free of problems', () => {
    expect(corpus.subjects.flatMap((subject) => subject.claimSet.problems)).toEqual([]);
    for (const subject of corpus.subjects) expect(subject.articles.length, subject.name).toBeGreaterThan(0);
  });

  it('keeps at least a third of its subjects for validation', () => {
    const validation = corpus.subjects.filter((subject) => subject.split === 'validation');
    expect(validation.length * 3).toBeGreaterThanOrEqual(corpus.subjects.length);
  });

  it('has gold that points at text in its article', () => {
    const unresolved = articles.flatMap((article) => {
      const locator = createSpanLocator(article.text);
      const refs = [
        ...article.gold.findings.flatMap((finding) => [finding, ...finding.related]),
        ...article.gold.links,
      ];
      return refs
        .map((ref) => locator.resolve(ref))
        .filter((span): span is string => typeof span === 'string')
        .map((problem) => `${article.name}: ${problem}`);
    });
    expect(unresolved).toEqual([]);
  });

  it('links figures only to claims of their subject', () => {
    const unknown = corpus.subjects.flatMap((subject) => {
      const known = new Set([UNMATCHED, ...subject.claimSet.claims.map((claim) => claim.id)]);
      return subject.articles.flatMap((article) =>
        article.gold.links
          .filter((link) => !known.has(link.claim))
          .map((link) => `${subject.name}/${article.name}: ${link.claim}`),
      );
    });
    expect(unknown).toEqual([]);
  });

  it('plants at least two cases of every warning-level rule in each split', () => {
    for (const split of ['tuning', 'validation'] as const) {
      const planted = corpus.subjects
        .filter((subject) => subject.split === split)
        .flatMap((subject) => subject.articles)
        .filter((article) => article.gold.kind === 'planted');
      if (planted.length === 0) continue;
      for (const rule of EVALUATED_RULES) {
        const cases = planted.flatMap((article) =>
          article.gold.findings.filter((finding) => finding.rule === rule),
        );
        expect(cases.length, `${split}: ${rule}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('expects no findings in its controls', () => {
    const controls = articles.filter((article) => article.gold.kind === 'control');
    expect(controls.flatMap((article) => article.gold.findings)).toEqual([]);
    expect(controls.filter((article) => article.format === 'markdown').length).toBeGreaterThanOrEqual(3);
  });

  it('holds a verbatim copy of every published example article', () => {
    const copies = articles.filter((article) => article.gold.copyOf !== undefined);
    for (const name of readdirSync(EXAMPLES)) {
      const copy = copies.find(
        (article) => resolve(dirname(article.goldPath), article.gold.copyOf ?? '') === join(EXAMPLES, name),
      );
      expect(copy, name).toBeDefined();
      expect(copy?.text, name).toBe(readFileSync(join(EXAMPLES, name), 'utf8'));
    }
  });

  it('runs the engine over every article and reports every rule, both splits and the extraction set', () => {
    const evaluations = evaluateCorpus(corpus);
    expect(evaluations.map((evaluation) => evaluation.goldProblems).flat()).toEqual([]);
    const extraction = scoreExtraction(loadExtractionSet(corpus.extractionFolder ?? ''));
    expect(extraction.goldProblems).toEqual([]);
    const report = formatReport(corpus, evaluations, extraction, FIXTURES);
    for (const rule of EVALUATED_RULES) expect(report).toContain(rule);
    expect(report).toContain('tuning part');
    expect(report).toContain('figure→claim linking');
    expect(report).toContain('extraction set');
  });
});
