import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { extractFigures } from '../../src/figures/extractFigures';

/** Each figure of a plain-text article as "text:unit code" ("-" without a unit). */
function unitsIn(text: string): string[] {
  return extractFigures(parseArticle(text, 'text')).map(
    (figure) => `${figure.text}:${figure.unit?.code ?? '-'}`,
  );
}

describe('a currency named once in a paragraph', () => {
  it('is the unit of the paragraph’s bare scaled amounts, before and after it', () => {
    expect(
      unitsIn(
        'The surplus came to 15.5 billion, down from 16.4 billion. The smaller surplus of 14.5 billion euros is due to imports.',
      ),
    ).toEqual(['15.5 billion:EUR', '16.4 billion:EUR', '14.5 billion euros:EUR']);
  });

  it('is not lent to a count, a bare small number, another paragraph, or when the paragraph has two currencies', () => {
    expect(unitsIn('Exports reached $3.58 trillion from 2.5 million firms and 40 ports.')).toEqual([
      '$3.58 trillion:$',
      '2.5 million:firm',
      '40:port',
    ]);
    expect(unitsIn('Exports reached $3.58 trillion.\n\nImports were 2.59 trillion.')).toEqual([
      '$3.58 trillion:$',
      '2.59 trillion:-',
    ]);
    expect(unitsIn('Exports reached $3.58 trillion and €2 billion, against 2.59 trillion.')).toEqual([
      '$3.58 trillion:$',
      '€2 billion:EUR',
      '2.59 trillion:-',
    ]);
  });
});
