import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../src/entities/wordTokens';

function words(text: string): string[] {
  return tokenizeWords(text).map((token) => token.text);
}

describe('tokenizeWords', () => {
  it('keeps an acronym written with periods as one token, folded without them', () => {
    const tokens = tokenizeWords('B.C. Health minister and the R.C.M.P. met U.S. officials');
    expect(tokens.map((token) => token.text)).toEqual([
      'B.C.',
      'Health',
      'minister',
      'and',
      'the',
      'R.C.M.P.',
      'met',
      'U.S.',
      'officials',
    ]);
    expect(tokens[0]).toMatchObject({ folded: 'bc', acronym: true, capitalised: true });
    expect(tokens[5]).toMatchObject({ folded: 'rcmp', acronym: true });
    expect(tokens[2]).toMatchObject({ acronym: false, capitalised: false });
  });

  it('breaks glued sentences, after an acronym and after a word', () => {
    expect(words('in the U.S.The memo')).toEqual(['in', 'the', 'U.S.', 'The', 'memo']);
    expect(words('killing people.British Columbia')).toEqual([
      'killing',
      'people',
      '.',
      'British',
      'Columbia',
    ]);
  });

  it('keeps curly and straight apostrophes inside a word and folds them alike', () => {
    const [curly] = tokenizeWords('Ya’ara');
    const [straight] = tokenizeWords("Ya'ara");
    expect(curly?.folded).toBe("ya'ara");
    expect(straight?.folded).toBe("ya'ara");
  });

  it('marks a possessive and folds it away', () => {
    const [token] = tokenizeWords('Canada’s');
    expect(token).toMatchObject({ text: 'Canada’s', folded: 'canada', possessive: true, acronym: false });
    expect(tokenizeWords('RCMP’s')[0]).toMatchObject({ folded: 'rcmp', acronym: true, possessive: true });
  });

  it('reads "AT&T" as one acronym and a lone "&" as a mark', () => {
    expect(tokenizeWords('AT&T')[0]).toMatchObject({ text: 'AT&T', acronym: true });
    expect(words('Health & Safety')).toEqual(['Health', '&', 'Safety']);
  });

  it('makes hyphens joiners and dashes punctuation, and drops accents in folding', () => {
    const tokens = tokenizeWords('then-premier — Québec');
    expect(tokens.map((token) => token.kind)).toEqual(['word', 'joiner', 'word', 'punct', 'word']);
    expect(tokens[4]?.folded).toBe('quebec');
  });

  it('gives exact UTF-16 offsets across non-breaking spaces and astral characters', () => {
    const text = '😀\u00a0RCMP\u00a0Commissioner';
    for (const token of tokenizeWords(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokenizeWords(text).map((token) => token.text)).toEqual(['😀', 'RCMP', 'Commissioner']);
  });

  it('does not call a single capital or a word with digits an acronym', () => {
    expect(tokenizeWords('I')[0]?.acronym).toBe(false);
    expect(tokenizeWords('G7')[0]?.acronym).toBe(false);
  });
});
