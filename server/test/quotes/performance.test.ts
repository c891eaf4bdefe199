import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { claimIndexFor } from '../../src/matching/claimIndex';
import { quoteFindings } from '../../src/quotes/quoteFindings';
import { exampleContext } from '../engine/exampleClaimSet';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';

const { claimSet } = exampleContext();

function findingsOf(text: string) {
  return quoteFindings({
    article: parseArticle(text, 'text'),
    claimSet,
    index: claimIndexFor(claimSet),
    figures: [],
  });
}

describe('quote rules on large input', () => {
  it('checks 2,000 quoted paragraphs without pathological slowdown', () => {
    const paragraph =
      '“Decriminalization is now the cause of the overdose deaths we are seeing,” said Saks. “It is the illegal toxic drug supply.”';
    const text = Array.from({ length: 2000 }, () => paragraph).join('\n\n');
    const elapsed = millisecondsFor(() => {
      const findings = findingsOf(text);
      expect(findings).toHaveLength(2000);
    });
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });

  it('does not align an enormous quote word by word', () => {
    const text = `“${'Decriminalization is not the cause of anything at all. '.repeat(5000)}” said Saks.`;
    const elapsed = millisecondsFor(() => {
      expect(findingsOf(text)).toEqual([]);
    });
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });
});
