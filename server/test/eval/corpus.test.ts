import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/eval/evaluateCorpus';
import { EVALUATED_RULES } from '../../src/eval/evaluatedRules';
import { formatReport } from '../../src/eval/formatReport';
import { UNMATCHED } from '../../src/eval/goldModel';
import { loadCorpus } from '../../src/eval/loadCorpus';
import { createSpanLocator } from '../../src/eval/spanLocator';

const FIXTURES = resolve(__dirname, '../../../test-fixtures');
const MANIFEST = join(FIXTURES, 'eval/corpus.yaml');
const EXAMPLES = join(FIXTURES, 'examples/articles');

// Structure only: the score thresholds are added once every rule has landed.
describe('the development corpus', () => {
  const corpus = loadCorpus(MANIFEST);

  it('loads with a claim set free of problems', () => {
    expect(corpus.claimSet.problems).toEqual([]);
    expect(corpus.articles.length).toBeGreaterThanOrEqual(15);
  });

  it('has gold that points at text in its article', () => {
    const unresolved = corpus.articles.flatMap((article) => {
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

  it('links figures only to claims of the claim set', () => {
    const known = new Set([UNMATCHED, ...corpus.claimSet.claims.map((claim) => claim.id)]);
    const unknown = corpus.articles.flatMap((article) =>
      article.gold.links
        .filter((link) => !known.has(link.claim))
        .map((link) => `${article.name}: ${link.claim}`),
    );
    expect(unknown).toEqual([]);
  });

  it('plants at least two cases of every warning-level rule', () => {
    const planted = corpus.articles.filter((article) => article.gold.kind === 'planted');
    for (const rule of EVALUATED_RULES) {
      const cases = planted.flatMap((article) =>
        article.gold.findings.filter((finding) => finding.rule === rule),
      );
      expect(cases.length, rule).toBeGreaterThanOrEqual(2);
    }
  });

  it('expects no findings in its controls', () => {
    const controls = corpus.articles.filter((article) => article.gold.kind === 'control');
    expect(controls.flatMap((article) => article.gold.findings)).toEqual([]);
    expect(controls.filter((article) => article.format === 'markdown').length).toBeGreaterThanOrEqual(3);
  });

  it('holds a verbatim copy of every published example article', () => {
    const copies = corpus.articles.filter((article) => article.gold.copyOf !== undefined);
    for (const name of readdirSync(EXAMPLES)) {
      const copy = copies.find(
        (article) => resolve(dirname(article.goldPath), article.gold.copyOf ?? '') === join(EXAMPLES, name),
      );
      expect(copy, name).toBeDefined();
      expect(copy?.text, name).toBe(readFileSync(join(EXAMPLES, name), 'utf8'));
    }
  });

  it('runs the engine over every article and reports every rule', () => {
    const evaluations = evaluateCorpus(corpus);
    expect(evaluations.map((evaluation) => evaluation.goldProblems).flat()).toEqual([]);
    const report = formatReport(corpus, evaluations, FIXTURES);
    for (const rule of EVALUATED_RULES) expect(report).toContain(rule);
    expect(report).toContain('figure→claim linking');
  });
});
