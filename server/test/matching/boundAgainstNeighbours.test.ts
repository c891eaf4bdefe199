import { describe, expect, it } from 'vitest';
import { matchesAgainst } from './inlineClaims';

const TRADE = `
sources:
  customs-2025:
    title: China's trade in 2024
    author: General Administration of Customs
    date: 2025-01
claims:
  - id: surplus-2024
    subject: China's merchandise trade surplus in US dollars
    value: 992100000000
    unit: USD
    period: 2024
    place: China
    source: customs-2025
  - id: imports-2024
    subject: value of China's merchandise imports in US dollars
    value: 2590000000000
    unit: USD
    period: 2024
    place: China
    source: customs-2025
`;

const matches = (text: string): string[] => matchesAgainst(TRADE, `date: 2025-01-13\n\n${text}`);

describe('a one-sided bound among neighbouring claims', () => {
  it('fails the claim it is about though a larger neighbour would satisfy it', () => {
    expect(matches("China's merchandise trade surplus in 2024 was more than US$1 trillion.")).toEqual([
      'US$1 trillion:conflict:surplus-2024',
    ]);
  });

  it('is verified by the claim it is about when it holds', () => {
    expect(matches("China's merchandise trade surplus in 2024 was more than US$900 billion.")).toEqual([
      'US$900 billion:verified:surplus-2024',
    ]);
  });

  it('is still verified by another claim when the best one lies far from it', () => {
    // 992.1 billion is nowhere near 2 trillion: the bound is not about the surplus.
    expect(
      matches("China's merchandise trade surplus and imports in 2024 came to more than US$2 trillion."),
    ).not.toContain('US$2 trillion:conflict:surplus-2024');
  });
});
