import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentStems, contentWords, forEachWord } from '../../src/matching/contentWords';
import { PROPERTY_RUNS } from '../property/propertyRuns';

/** The words as the Unicode pattern alone finds them: what the ASCII shortcut must reproduce. */
function unicodeWords(text: string): [string, number, number][] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((match) => [
    match[0],
    match.index,
    match.index + match[0].length,
  ]);
}

function wordsOf(text: string): [string, number, number][] {
  const words: [string, number, number][] = [];
  forEachWord(text, (word, start, end) => words.push([word, start, end]));
  return words;
}

describe('content words', () => {
  it('finds the same words in ASCII text as the Unicode pattern does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(wordsOf(text)).toEqual(unicodeWords(text));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('finds the same words in any text as the Unicode pattern does', () => {
    const pieces = fc.constantFrom(
      'rose',
      "Canada's",
      'l’été',
      'Ça',
      '2,843',
      '٣',
      'x',
      ' ',
      "'",
      '’',
      '-',
      'é',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(wordsOf(text)).toEqual(unicodeWords(text));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('leaves out stop words and joins irregular forms, in ASCII and other text alike', () => {
    expect(contentWords('Deaths rose in the province').map((word) => word.stem)).toEqual([
      'death',
      'increas',
      'provinc',
    ]);
    expect(contentWords('Deaths rose in Québec').map((word) => word.stem)).toEqual([
      'death',
      'increas',
      'québec',
    ]);
    expect([...contentStems('seizures seized in the seizure data')]).toEqual(['seizur', 'data']);
  });

  it('joins the words reporters and researchers use for one measured thing or one change', () => {
    const stems = (text: string): string[] => [...contentStems(text)];
    expect(stems('fatalities killed died deaths')).toEqual(['death']);
    expect(stems('illnesses cases sickened infected')).toEqual(['ill']);
    expect(stems('climbed grew growth increase')).toEqual(['increas']);
    expect(stems('fell declined reduction decrease')).toEqual(['decreas']);
  });

  it('leaves "up" and "down" alone: they are too common in other senses to stand for a change', () => {
    expect([...contentStems('set up, step down')]).toEqual(['set', 'up', 'step', 'down']);
  });
});
