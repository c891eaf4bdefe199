import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/resolveSettings';
import { checkArticle, type CheckResult } from '../../src/engine/checkArticle';
import { loadCorpus } from '../../src/eval/loadCorpus';
import { unrelatedClaims, withClaims } from './unrelatedClaims';

const MANIFEST = resolve(__dirname, '../../../test-fixtures/eval/corpus.yaml');
const UNRELATED = 10_000;

/** What a writer sees of a check: each finding and each figure's status and claim. */
function seen(result: CheckResult): string[] {
  return [
    ...result.findings.map(
      (finding) => `${finding.rule} ${finding.start}-${finding.end} ${finding.claimId ?? ''}`,
    ),
    ...result.figures.map((checked) => `${checked.figure.start} ${checked.status} ${checked.claimId ?? ''}`),
  ];
}

describe('invariance of findings', () => {
  const corpus = loadCorpus(MANIFEST);

  for (const subject of corpus.subjects) {
    it(`adding ${UNRELATED} unrelated claims to the ${subject.name} claim set changes no finding`, () => {
      const corpusText = [
        ...subject.articles.map((article) => article.text),
        ...subject.claimSet.claims.map(
          (claim) => `${claim.subject} ${claim.place ?? ''} ${claim.keywords.join(' ')}`,
        ),
      ].join('\n');
      const larger = withClaims(subject.claimSet, unrelatedClaims(UNRELATED, corpusText));
      const changed: string[] = [];
      for (const article of subject.articles) {
        const settings = resolveSettings(dirname(article.path), undefined, undefined);
        const input = { text: article.text, format: article.format };
        const before = seen(checkArticle(input, { claimSet: subject.claimSet, settings }));
        const after = seen(checkArticle(input, { claimSet: larger, settings }));
        const lost = before.filter((line) => !after.includes(line));
        const gained = after.filter((line) => !before.includes(line));
        if (lost.length + gained.length > 0)
          changed.push(`${article.name}: -[${lost.join('; ')}] +[${gained.join('; ')}]`);
      }
      expect(changed).toEqual([]);
    });
  }
});
