import { describe, expect, it } from 'vitest';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { fixturePath, loadFixture, problemLines, readFixture } from './claimFixtures';

describe('merging claim files', () => {
  const first = 'claimsets/merge-a.claims.yaml';
  const second = 'claimsets/merge-b.claims.yaml';
  const set = mergeClaimFiles([loadFixture(first), loadFixture(second)]);
  const textOf = (file: string): string => readFixture(file === fixturePath(first) ? first : second);

  it('reports duplicates on the later file, naming the first, and unknown source ids at their line', () => {
    const located = set.problems.map(
      (problem) =>
        `${problem.file === fixturePath(first) ? 'a' : 'b'}:${problemLines([problem], textOf)[0] ?? ''}`,
    );
    expect(located).toEqual([
      `b:2: source "shared-source" is already defined in ${fixturePath(first)}; this one is ignored`,
      `a:12: claim "only-a": source "missing-source" is not defined in any claim file`,
      `b:9: claim "shared-id": id is already used in ${fixturePath(first)}; this claim is ignored`,
      `b:15: quote by Someone: source "nowhere" is not defined in any claim file`,
    ]);
  });

  it('points an unknown source id at the id itself', () => {
    const problem = set.problems.find((candidate) => candidate.message.includes('missing-source'));
    expect(problem && readFixture(first).slice(problem.span.start, problem.span.end)).toBe('missing-source');
  });

  it('keeps the first definitions and the claims with unknown sources, citing known sources only', () => {
    expect(set.claims.map((claim) => claim.id)).toEqual(['shared-id', 'only-a', 'only-b']);
    expect(set.claims.find((claim) => claim.id === 'shared-id')?.subject).toBe('defined in a');
    expect(set.claims.find((claim) => claim.id === 'only-a')?.sources).toEqual(['shared-source']);
    expect(set.sources.get('shared-source')?.title).toBe('Shared');
    expect(set.quotes.map((quote) => quote.source)).toEqual([undefined]);
  });

  it('includes every per-file problem', () => {
    const broken = loadFixture('claimsets/broken-claims.claims.yaml');
    const merged = mergeClaimFiles([broken]);
    expect(merged.problems.slice(0, broken.problems.length)).toEqual(broken.problems);
    expect(merged.problems.slice(broken.problems.length).map((problem) => problem.message)).toEqual([
      'claim "valid-last": source "src-bad-date" is not defined in any claim file',
    ]);
  });

  it('merges the example claim set without problems', () => {
    const example = mergeClaimFiles([loadFixture('examples/claims/fentanyl-canada.claims.yaml')]);
    expect(example.problems).toEqual([]);
    expect(example.sources.size).toBe(9);
    expect(example.claims).toHaveLength(13);
  });
});
