import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURES } from '../engine/exampleClaimSet';

const RULES = new Set(['arithmetic', 'internal-conflict']);

function ruleFindings(relativePath: string): string[] {
  const { findings, text } = checkFixture(relativePath);
  return findings
    .filter((finding) => RULES.has(finding.rule))
    .map((finding) => `${finding.rule}:${text.slice(finding.start, finding.end)}:${finding.message}`);
}

describe('arithmetic and internal-conflict on the example articles', () => {
  const published = [
    ...readdirSync(join(FIXTURES, 'examples/articles')).map((file) => `examples/articles/${file}`),
    ...readdirSync(join(FIXTURES, 'articles')).map((file) => `articles/${file}`),
  ];

  it.each(published)('finds nothing in %s as published', (file) => {
    expect(ruleFindings(file)).toEqual([]);
  });

  it('finds the changed percentage in the published memo text (NBSP, glued sentences)', () => {
    expect(ruleFindings('arithmetic/memo-change-wrong.txt')).toEqual([
      'arithmetic:61.5%:61.5% does not follow from 2,843 to 3,313, which is a rise of 16.5%',
    ]);
  });

  it('finds the reversed direction in the published memo text', () => {
    expect(ruleFindings('arithmetic/memo-change-reversed.txt')).toEqual([
      'arithmetic:16.5%:16.5% does not follow from 2,843 to 3,313, which is a rise of 16.5%, not a fall',
    ]);
  });
});
