import { describe, expect, it } from 'vitest';
import { foldWord, isWord, tokenizeWords } from '../../src/article/wordTokens';

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

  it('takes in the apostrophe of a plural possessive, not a closing quote after another word', () => {
    const tokens = tokenizeWords('the coroners’ report and the CBSA’s');
    expect(tokens[1]).toMatchObject({ text: 'coroners’', folded: 'coroners', possessive: true });
    expect(tokens[5]).toMatchObject({ text: 'CBSA’s', folded: 'cbsa', possessive: true, acronym: true });
    expect(words('‘a report’ said')).toEqual(['‘', 'a', 'report', '’', 'said']);
  });

  it('marks a break where no word stands right before', () => {
    const tokens = tokenizeWords('Lake, the minister said');
    expect(tokens.map((token) => token.breakBefore)).toEqual([true, false, true, false, false]);
  });
});

describe('tokenizeWords with compounds', () => {
  it('keeps hyphenated words and words joined by a period whole, but splits a glued sentence', () => {
    const tokens = tokenizeWords('Jean-Yves read 16.5 on canada.ca and people.The memo', { compounds: true });
    expect(tokens.map((token) => token.text)).toEqual([
      'Jean-Yves',
      'read',
      '16.5',
      'on',
      'canada.ca',
      'and',
      'people',
      '.',
      'The',
      'memo',
    ]);
    expect(tokens.map((token) => token.folded).slice(0, 5)).toEqual([
      'jean-yves',
      'read',
      '16.5',
      'on',
      'canada.ca',
    ]);
    expect(tokens[8]?.breakBefore).toBe(true);
  });

  it('still reads an acronym with periods, and a dash as a mark', () => {
    expect(
      tokenizeWords('the U.S.-based firm — B.C.', { compounds: true }).map((token) => token.text),
    ).toEqual(['the', 'U.S.', '-', 'based', 'firm', '—', 'B.C.']);
  });
});

describe('tokenizeWords over a range', () => {
  it('reads only the range, with offsets in the whole text, the first word after a break', () => {
    const text = 'First sentence. The CBSA’s report said so.';
    const from = text.indexOf('The');
    const tokens = tokenizeWords(text, { from, to: text.length - 1 }).filter(isWord);
    expect(tokens.map((token) => token.text)).toEqual(['The', 'CBSA’s', 'report', 'said', 'so']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((token) => token.breakBefore)).toEqual([true, false, false, false, false]);
  });

  it('ends a word at the end of the range', () => {
    const text = 'the coroners’ report';
    expect(tokenizeWords(text, { to: text.indexOf('’') }).map((token) => token.text)).toEqual([
      'the',
      'coroners',
    ]);
  });
});

describe('foldWord', () => {
  it('folds case, accents, apostrophes, possessives and the periods of an initialism', () => {
    expect(foldWord('B.C.')).toBe('bc');
    expect(foldWord('Ya’ara')).toBe("ya'ara");
    expect(foldWord('Canada’s')).toBe('canada');
    expect(foldWord("CBSA'S")).toBe('cbsa');
    expect(foldWord('coroners’')).toBe('coroners');
    expect(foldWord('Québec')).toBe('quebec');
    expect(foldWord('16.5')).toBe('16.5');
  });
});
