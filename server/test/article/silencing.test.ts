import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { isSilenced } from '../../src/article/silencing';

describe('isSilenced', () => {
  const markdown = [
    'Line zero 350.', // 0
    '<!-- claimlint-disable-next-line figure-conflict -->', // 1
    '', // 2
    'Silenced for figure-conflict 350.', // 3
    'Not silenced 350.', // 4
    '<!-- claimlint-disable -->', // 5
    'All silenced 350.', // 6
    '<!-- claimlint-enable arithmetic -->', // 7
    'Arithmetic back on.', // 8
    '<!-- claimlint-enable -->', // 9
    'All back on.', // 10
  ].join('\n');
  const { directives } = parseArticle(markdown, 'markdown');

  it('disable-next-line covers the next non-blank line for the named rules only', () => {
    expect(isSilenced(directives, 'figure-conflict', 3)).toBe(true);
    expect(isSilenced(directives, 'arithmetic', 3)).toBe(false);
    expect(isSilenced(directives, 'figure-conflict', 2)).toBe(false);
    expect(isSilenced(directives, 'figure-conflict', 4)).toBe(false);
    expect(isSilenced(directives, 'figure-conflict', 0)).toBe(false);
  });

  it('disable … enable ranges, with and without rules', () => {
    expect(isSilenced(directives, 'figure-conflict', 6)).toBe(true);
    expect(isSilenced(directives, 'arithmetic', 6)).toBe(true);
    expect(isSilenced(directives, 'arithmetic', 8)).toBe(false);
    expect(isSilenced(directives, 'figure-conflict', 8)).toBe(true);
    expect(isSilenced(directives, 'figure-conflict', 10)).toBe(false);
  });

  it('works the same for plain-text %% directives', () => {
    const text = 'One 350.\n%% claimlint-disable-next-line misquote\nTwo 350.\nThree.';
    const plain = parseArticle(text, 'text').directives;
    expect(isSilenced(plain, 'misquote', 2)).toBe(true);
    expect(isSilenced(plain, 'misquote', 3)).toBe(false);
  });

  it('ignores comments that are not directives', () => {
    const { directives: none } = parseArticle(
      '<!-- claimlint-disabled x -->\n<!-- note -->\nText.',
      'markdown',
    );
    expect(none).toEqual([]);
  });
});
