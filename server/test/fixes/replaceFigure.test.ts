import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionsAt, claimSetIn, FIXTURES } from './fixHarness';

const { claimSet, files: claimFiles } = claimSetIn(join(FIXTURES, 'examples/claims'));

function replaceTitlesAt(text: string, figure: string): string[] {
  const article = { uri: 'file:///work/article.md', text, format: 'markdown' as const, claimSet, claimFiles };
  return actionsAt(article, text.lastIndexOf(figure))
    .map((action) => action.title)
    .filter((title) => title.startsWith('Replace with'));
}

describe('replacing a conflicting figure', () => {
  const sentence = 'There were {} illicit drug deaths in the first 10 months of 2015.';

  it('is offered for a figure that stands alone', () => {
    expect(replaceTitlesAt(sentence.replace('{}', '379'), '379')).toEqual([
      'Replace with "397" (bc-illicit-deaths-2015-jan-oct)',
    ]);
  });

  it('is not offered inside a run of numbers, where the new one would join its neighbour', () => {
    // "1,2,3" with 3 replaced by 397 reads "2,397": the fix would write another figure.
    expect(replaceTitlesAt(`${sentence.replace('{}', '397')}1,2,3,4`, '3,4')).toEqual([]);
  });
});
