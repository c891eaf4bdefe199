/** Person nouns that name people by sex or age: they count people, and only part of a population. */
const SEX_AND_AGE_NOUNS = ['men', 'women', 'children', 'kids', 'adults', 'youths', 'teens', 'teenagers'];

/**
 * Nouns that count people. A count of people fits any claim that counts people, whatever the claim
 * calls them: "662 people died" is a count of deaths, "622 British Columbians died" too. Such a
 * noun is no evidence against a claim about deaths, cases or users, so the matcher treats it as
 * saying nothing about the subject (the sentence's other words decide).
 */
const PERSON_NOUNS = new Set([
  'people',
  'persons',
  'person',
  'individuals',
  'residents',
  'citizens',
  ...SEX_AND_AGE_NOUNS,
  'patients',
  'users',
  'victims',
  'workers',
  'inhabitants',
  'locals',
  'nationals',
]);

/**
 * Nouns that name part of a population by sex or age (SPEC "part is not whole": "among men"):
 * "23 men were killed" counts part of the dead, so it fits only a claim that names them.
 */
const SUBPOPULATION_NOUNS = new Set([
  ...SEX_AND_AGE_NOUNS,
  'boys',
  'girls',
  'minors',
  'infants',
  'babies',
  'seniors',
]);

export function namesSubpopulation(noun: string): boolean {
  return SUBPOPULATION_NOUNS.has(noun.toLowerCase());
}

/** A capitalised plural ("Canadians", "British Columbians", "Albertans") names the people of a place. */
const DEMONYM = /^\p{Lu}\p{L}*(?:ans|ers|ese|is)$/u;

export function countsPeople(noun: string): boolean {
  return PERSON_NOUNS.has(noun.toLowerCase()) || DEMONYM.test(noun);
}
