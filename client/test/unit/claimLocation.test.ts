import { describe, expect, it } from 'vitest';
import { claimIdOffset, claimIdOfHover } from '../../src/claimLocation';

describe('claimIdOfHover', () => {
  it('reads the claim id from the hover', () => {
    expect(claimIdOfHover('Period: 2024 · Claim: `ocg-fentanyl-canada-memo`')).toBe(
      'ocg-fentanyl-canada-memo',
    );
  });

  it('finds nothing in a hover without a claim', () => {
    expect(claimIdOfHover('**claimlint** · Unmatched: `42`')).toBeUndefined();
  });
});

describe('claimIdOffset', () => {
  it('finds the id in YAML, plain or quoted', () => {
    const text = 'claims:\n  - id: a-b\n    value: 1\n  - id: "a"\n';
    expect(claimIdOffset(text, 'a-b')).toBe(text.indexOf('a-b'));
    expect(claimIdOffset(text, 'a')).toBe(text.indexOf('"a"') + 1);
  });

  it('finds the id in JSON', () => {
    const text = '{"claims": [{"id": "x.y", "value": 1}]}';
    expect(claimIdOffset(text, 'x.y')).toBe(text.indexOf('x.y'));
  });

  it('does not take a longer id for the one asked for', () => {
    expect(claimIdOffset('claims:\n  - id: abc\n', 'ab')).toBeUndefined();
  });
});
