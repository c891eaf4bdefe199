import { extractSentenceFigures } from '../../src/figures/extractSentenceFigures';
import type { SentenceFigure } from '../../src/figures/extractSentenceFigures';
import { formatPeriod, parseDate } from '../../src/time/period';

/** The figures of one sentence, read against an optional article date (YYYY-MM-DD). */
export function figuresIn(sentence: string, date?: string): SentenceFigure[] {
  return extractSentenceFigures(sentence, { articleDate: date === undefined ? undefined : parseDate(date) });
}

/** The texts of the figures found in a sentence. */
export function textsIn(sentence: string, date?: string): string[] {
  return figuresIn(sentence, date).map((figure) => figure.text);
}

/** The only figure of a sentence; fails the test when there is not exactly one. */
export function onlyFigure(sentence: string, date?: string): SentenceFigure {
  const figures = figuresIn(sentence, date);
  if (figures.length !== 1 || !figures[0]) {
    throw new Error(
      `expected one figure in ${JSON.stringify(sentence)}, got ${JSON.stringify(figures.map((f) => f.text))}`,
    );
  }
  return figures[0];
}

/** The time of the figure whose text is `text`, formatted ("2015-01..2015-10"), or "none". */
export function timeOf(sentence: string, text: string, date?: string): string {
  const figure = figuresIn(sentence, date).find((found) => found.text === text);
  if (!figure) throw new Error(`no figure ${JSON.stringify(text)} in ${JSON.stringify(sentence)}`);
  return figure.time ? formatPeriod(figure.time) : 'none';
}
