import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/engine/checkArticle';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';
import { exampleContext } from './exampleClaimSet';

describe('long input', () => {
  it('checks one sentence holding thousands of figures in time linear in its length', () => {
    const context = exampleContext();
    const sentence = (count: number): string =>
      `${Array.from({ length: count }, (_, i) => `deaths rose 20% from ${100 + i} to ${120 + i}`).join(' and ')}.`;
    let figures = 0;
    const elapsed = millisecondsFor(() => {
      figures = checkArticle({ text: sentence(4000), format: 'text' }, context).figures.length;
    });
    expect(figures).toBeGreaterThan(8000);
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });

  it('checks a line of 40,000 bare figures ("1,1,1,…") without a quadratic pass per figure', () => {
    const context = exampleContext();
    let figures = 0;
    const elapsed = millisecondsFor(() => {
      figures = checkArticle({ text: '1,'.repeat(40_000), format: 'markdown' }, context).figures.length;
    });
    expect(figures).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});
