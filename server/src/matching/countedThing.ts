import type { Figure } from '../figures/figureModel';
import type { ContentWord } from './contentWords';
import { stemWord } from './contentWords';
import { countsPeople } from './personNouns';
import { MEASURED_LEMMAS } from './wordLemmas';

/** Stems of the things counted that exclude one another (deaths, illnesses, injuries…). */
export const COUNTED_STEMS: ReadonlySet<string> = new Set(MEASURED_LEMMAS.map(stemWord));

/**
 * How many content words from a figure the verb or noun saying what it counts may stand: "65
 * people have been sickened" (auxiliaries are no content words), "killing at least 10".
 */
const COUNTED_REACH = 2;
/** A conjunction between a figure and a word puts the word in another conjunct: "killed 12 people and sickened 59". */
const CONJUNCTION = /\b(?:and|or|but|while)\b/iu;

/**
 * What a count of people (or a bare count) counts, when the words beside it say so: "65 people have
 * been sickened" counts illnesses, "killing 10" deaths. The nearest such word in the figure's clause
 * wins, after the figure on a tie ("10 died and 43 were injured"). Undefined for a figure that names
 * its own thing ("19 states") or whose neighbours name none.
 */
export function countedThing(
  { unit, countNoun }: Pick<Figure, 'unit' | 'countNoun'>,
  words: readonly ContentWord[],
  figure: {
    readonly start: number;
    readonly end: number;
    readonly lastBefore: number;
    readonly firstAfter: number;
  },
  clause: { readonly start: number; readonly end: number },
  textBetween: (start: number, end: number) => string,
): string | undefined {
  // "60 per cent of the deaths" is a share of deaths, not a count of them.
  if (unit && unit.dimension !== 'count') return undefined;
  if (countNoun !== undefined && !countsPeople(countNoun)) return undefined;
  const nounStem = countNoun === undefined ? undefined : stemWord(countNoun);
  let after: string | undefined;
  let afterDistance = Infinity;
  let reach = 0;
  for (let at = figure.firstAfter; at < words.length && reach < COUNTED_REACH; at++) {
    const word = words[at] as ContentWord;
    if (word.end > clause.end) break;
    if (word.stem === nounStem) continue;
    reach++;
    if (CONJUNCTION.test(textBetween(figure.end, word.start))) break;
    if (COUNTED_STEMS.has(word.stem)) {
      after = word.stem;
      afterDistance = reach;
      break;
    }
  }
  reach = 0;
  for (let at = figure.lastBefore; at >= 0 && reach < COUNTED_REACH; at--) {
    const word = words[at] as ContentWord;
    if (word.start < clause.start) break;
    reach++;
    if (CONJUNCTION.test(textBetween(word.end, figure.start))) break;
    if (COUNTED_STEMS.has(word.stem) && reach < afterDistance) return word.stem;
  }
  return after;
}
