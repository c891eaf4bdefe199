import { describe, expect, it } from 'vitest';
import { attributionTokens } from '../../src/quotes/attribution';

describe('attributionTokens', () => {
  it('keeps compounds whole and an honorific’s period with it', () => {
    const text = '“We act,” said Dr. Bonnie Henry. Vice-President Ya’ara Saks agreed.';
    const tokens = attributionTokens(text);
    expect(tokens.filter((token) => token.kind === 'word').map((token) => token.text)).toEqual([
      'We',
      'act',
      'said',
      'Dr.',
      'Bonnie',
      'Henry',
      'Vice-President',
      'Ya’ara',
      'Saks',
      'agreed',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const bonnie = tokens.find((token) => token.text === 'Bonnie');
    expect(bonnie?.breakBefore).toBe(false);
  });
});
