import { describe, expect, it } from 'vitest';
import { RestartPolicy } from '../../src/restartPolicy';
import { editsOnlyDocument } from '../../src/trustedEdits';

describe('RestartPolicy', () => {
  it('restarts a crashed server, but not one that keeps crashing within the window', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 60_000, () => now);
    expect([policy.shouldRestart(), policy.shouldRestart(), policy.shouldRestart()]).toEqual([
      true,
      true,
      true,
    ]);
    now = 1_000;
    expect(policy.shouldRestart()).toBe(false);
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(1, 60_000, () => now);
    expect(policy.shouldRestart()).toBe(true);
    now = 60_000;
    expect(policy.shouldRestart()).toBe(true);
    now = 60_001;
    expect(policy.shouldRestart()).toBe(false);
  });
});

describe('editsOnlyDocument', () => {
  const uri = (value: string): { toString(): string } => ({ toString: () => value });
  const editing = (...uris: string[]) => ({
    edit: { entries: () => uris.map((u): [{ toString(): string }, unknown] => [uri(u), []]) },
  });

  it('keeps actions that edit nothing or only the document', () => {
    expect(editsOnlyDocument({}, 'file:///a.md')).toBe(true);
    expect(editsOnlyDocument(editing('file:///a.md'), 'file:///a.md')).toBe(true);
  });

  it('drops actions that write another file (add to the claim set)', () => {
    expect(editsOnlyDocument(editing('file:///c.claims.yaml'), 'file:///a.md')).toBe(false);
    expect(editsOnlyDocument(editing('file:///a.md', 'file:///c.claims.yaml'), 'file:///a.md')).toBe(false);
  });
});
