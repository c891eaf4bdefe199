/**
 * A small lexicon of the words statistics are reported in that a suffix stemmer cannot join: the
 * irregular forms ("rose" / "rise") and the synonyms of measured things and of changes that
 * reporters and researchers use for one another ("fatalities" / "deaths", "illnesses" / "cases",
 * "climbed" / "growth"). Each word maps to one lemma, which is then stemmed like any word.
 *
 * Hand-kept rather than drawn from WordNet: WordNet's synsets join "case" with "lawsuit" and
 * "container" and never "illness", and "killed" with "shoot down"; what matters here is the
 * narrow sense in which a figure counts something.
 */
import { CHANGE_NOUNS, CHANGE_VERBS } from '../arithmetic/changeWords';
import { words } from '../arithmetic/wordList';

function family(lemma: string, ...forms: string[]): [string, string][] {
  return words(...forms).map((form): [string, string] => [form, lemma]);
}

/**
 * The change verbs and nouns by direction: "climbed 14.6 %" is evidence for a claim about a
 * "growth", "fell 9.4 %" for one about a "decrease". "up" and "down" are left out: they are too
 * common in other senses ("set up", "step down") to stand for a change on their own.
 */
function changeFamilies(): [string, string][] {
  const entries: [string, string][] = [];
  for (const table of [CHANGE_VERBS, CHANGE_NOUNS]) {
    for (const [word, direction] of table) {
      if (word !== 'up' && word !== 'down') entries.push([word, direction > 0 ? 'increase' : 'decrease']);
    }
  }
  return entries;
}

/**
 * Things counted that exclude one another: a figure said to have "died" is not a count of people
 * "sickened", whatever else its sentence shares with a claim about illnesses.
 */
const MEASURED_FAMILIES: readonly (readonly [lemma: string, forms: string])[] = [
  ['death', 'died die dies dying dead deaths fatal fatalities fatality killed kill kills killing'],
  ['illness', 'ill illness illnesses sick sickened sickening infected infection infections case cases'],
  ['injury', 'injured injuries injury wounded'],
  ['hospitalization', 'hospitalized hospitalised hospitalizations hospitalisations hospitalisation'],
  ['seizure', 'seized seize seizes seizures'],
  ['passenger', 'passengers travellers travelers traveller traveler'],
];

/** The lemmas of MEASURED_FAMILIES. */
export const MEASURED_LEMMAS: readonly string[] = MEASURED_FAMILIES.map(([lemma]) => lemma);

export const WORD_LEMMAS: ReadonlyMap<string, string> = new Map([
  ...changeFamilies(),
  ...family('decrease', 'reduced reduction reductions'),
  ...MEASURED_FAMILIES.flatMap(([lemma, forms]) => family(lemma, forms)),
]);
