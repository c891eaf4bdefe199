import { describe, expect, it } from 'vitest';
import { boundedMemo, textMemo } from '../../src/text/textMemo';

describe('textMemo', () => {
  it('computes once per context and key', () => {
    const memo = textMemo<object, number>();
    const first = {};
    const second = {};
    let computed = 0;
    const compute = (): number => ++computed;
    expect(memo(first, 'a', compute)).toBe(1);
    expect(memo(first, 'a', compute)).toBe(1);
    expect(memo(first, 'b', compute)).toBe(2);
    expect(memo(second, 'a', compute)).toBe(3);
    expect(computed).toBe(3);
  });

  it('keeps an undefined result', () => {
    const memo = textMemo<object, undefined>();
    const context = {};
    let computed = 0;
    memo(context, 'a', () => void computed++);
    memo(context, 'a', () => void computed++);
    expect(computed).toBe(1);
  });

  it('starts over rather than grow without bound', () => {
    const memo = textMemo<object, number>();
    const context = {};
    let computed = 0;
    for (let i = 0; i < 50_000; i++) memo(context, String(i), () => ++computed);
    memo(context, '0', () => ++computed);
    expect(computed).toBe(50_001);
  });
});

describe('boundedMemo', () => {
  it('keeps results up to its limit, then starts over', () => {
    const memo = boundedMemo<number>(2);
    let computed = 0;
    const compute = (): number => ++computed;
    memo('a', compute);
    memo('b', compute);
    expect(memo('a', compute)).toBe(1);
    memo('c', compute);
    expect(memo('a', compute)).toBe(4);
  });
});
