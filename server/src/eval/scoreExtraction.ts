import { parseArticle } from '../article/parseArticle';
import { extractFigures } from '../figures/extractFigures';
import type { Figure } from '../figures/figureModel';
import { singular } from '../figures/singular';
import type { GoldSentence, GoldSentenceFigure } from './extractionSet';
import { createSpanLocator } from './spanLocator';
import { overlaps } from './spanOverlap';

export interface ExtractionMiss {
  readonly sentence: GoldSentence;
  readonly text: string;
  readonly detail: string;
}

export interface ExtractionScore {
  readonly sentences: number;
  readonly goldFigures: number;
  readonly engineFigures: number;
  /** Gold figures an engine figure overlaps with the same value. */
  readonly found: number;
  /** Engine figures that overlap a gold figure with the same value. */
  readonly correct: number;
  /** Of the found figures with a gold unit, those the engine gave the same unit or counted noun. */
  readonly unitsCompared: number;
  readonly unitsAgreeing: number;
  readonly missed: readonly ExtractionMiss[];
  readonly falseAlarms: readonly ExtractionMiss[];
  /** Gold figures whose text is not in their sentence; left out of the scores. */
  readonly goldProblems: readonly string[];
}

/**
 * A value agrees within half a per cent: gold writes "one in six" as 16.67 and "a third" as 33.33,
 * the engine computes them exactly.
 */
function sameValue(figure: Figure, gold: GoldSentenceFigure): boolean {
  const expected = (gold.min + gold.max) / 2;
  const actual = gold.min === gold.max ? figure.value : (figure.low + figure.high) / 2;
  const tolerance = Math.max(Math.abs(expected) * 0.005, 0.005);
  return (
    Math.abs(actual - expected) <= tolerance ||
    (gold.min !== gold.max && Math.abs(figure.value - expected) <= tolerance)
  );
}

function sameUnit(figure: Figure, gold: string): boolean {
  const wanted = gold.toLowerCase();
  const codes = [figure.unit?.code, figure.countNoun].filter((code): code is string => code !== undefined);
  return codes.some(
    (code) => code.toLowerCase() === wanted || singular(code.toLowerCase()) === singular(wanted),
  );
}

/** Runs the figure extractor over each sentence (as a one-line plain-text article) and scores it. */
export function scoreExtraction(sentences: readonly GoldSentence[]): ExtractionScore {
  let goldFigures = 0;
  let engineFigures = 0;
  let found = 0;
  let correct = 0;
  let unitsCompared = 0;
  let unitsAgreeing = 0;
  const missed: ExtractionMiss[] = [];
  const falseAlarms: ExtractionMiss[] = [];
  const goldProblems: string[] = [];
  for (const sentence of sentences) {
    const figures = extractFigures(parseArticle(sentence.text, 'text'));
    const locator = createSpanLocator(sentence.text);
    const golds = sentence.figures.flatMap((gold) => {
      const span = locator.resolve(gold);
      if (typeof span !== 'string') return [{ gold, span }];
      goldProblems.push(`${sentence.file}: ${span} in ${JSON.stringify(sentence.text.slice(0, 60))}`);
      return [];
    });
    goldFigures += golds.length;
    engineFigures += figures.length;
    for (const { gold, span } of golds) {
      const match = figures.find((figure) => overlaps(figure, span) && sameValue(figure, gold));
      if (!match) {
        const near = figures.find((figure) => overlaps(figure, span));
        missed.push({
          sentence,
          text: gold.text,
          detail: near ? `read as ${near.value}${near.unit ? ' ' + near.unit.code : ''}` : 'not found',
        });
        continue;
      }
      found += 1;
      if (gold.unit !== undefined) {
        unitsCompared += 1;
        if (sameUnit(match, gold.unit)) unitsAgreeing += 1;
      }
    }
    for (const figure of figures) {
      if (golds.some(({ gold, span }) => overlaps(figure, span) && sameValue(figure, gold))) correct += 1;
      else
        falseAlarms.push({
          sentence,
          text: figure.text,
          detail: `${figure.value}${figure.unit ? ' ' + figure.unit.code : ''}`,
        });
    }
  }
  return {
    sentences: sentences.length,
    goldFigures,
    engineFigures,
    found,
    correct,
    unitsCompared,
    unitsAgreeing,
    missed,
    falseAlarms,
    goldProblems,
  };
}
