import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/statusText';

describe('statusText', () => {
  it('reads as the status bar shows it', () => {
    expect(statusText({ uri: 'file:///a.md', figures: 12, conflicts: 2, unsourced: 3 })).toBe(
      '12 figures · 2 conflicts · 3 unsourced',
    );
  });

  it('uses the singular for one', () => {
    expect(statusText({ uri: 'file:///a.md', figures: 1, conflicts: 1, unsourced: 1 })).toBe(
      '1 figure · 1 conflict · 1 unsourced',
    );
  });
});
