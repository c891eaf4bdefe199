import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { sentenceWords } from '../../src/matching/sentenceWords';

function wordsOf(text: string, sentenceIndex: number): ReturnType<typeof sentenceWords> {
  const block = parseArticle(text, 'text').blocks[0];
  if (!block) throw new Error('no block');
  return sentenceWords(block, sentenceIndex);
}

function stemsOf(text: string, sentenceIndex: number): string[] {
  return wordsOf(text, sentenceIndex).words.map((word) => word.stem);
}

describe('sentenceWords', () => {
  it('leaves the words of an author-date citation out of what a figure is matched by', () => {
    // An inserted "(BC Coroners Service, 2024)" once made a kilogram in the next sentence match a
    // Canada Border Services Agency claim, so inserting all citations offered new ones.
    const cited = 'Deaths rose to 3,313 (BC Coroners Service, 2024). Police seized a kilogram.';
    const stems = stemsOf(cited, 0);
    expect(stems).not.toContain('servic');
    expect(stems).not.toContain('coron');
    expect(stems).toContain('death');
    expect(wordsOf(cited, 1).weights.has('servic')).toBe(false);
  });

  it('keeps the words of a parenthetical that is not a citation', () => {
    expect(stemsOf('Deaths rose to 3,313 (in Service areas, 2024 figures).', 0)).toContain('servic');
  });
});
