/**
 * The words attributions are read by. Small hand-kept lists: they are the closed classes of
 * English (determiners, prepositions, auxiliaries) and the reporting verbs and document nouns of
 * news writing, which no general word list marks as such.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** Open a noun phrase and end it when read backwards ("the coroners service said"). */
export const DETERMINERS = words('the a an this that these those its their his her our my your');

/** Stand for a name the sentence does not give: an attribution to them credits nobody we can know. */
export const PRONOUNS = words('it he she they we i you one');

/** Join the words of a capitalised name ("Ministry of Public Security", "Memorandum for the Prime Minister"). */
export const NAME_CONNECTORS = words('of for de du des la le del der von van y');

/** Function words: a noun phrase never runs across them (except connectors inside a name). */
export const FUNCTION_WORDS = words(
  'in on at by from to with about after before during since until into onto over under between among ' +
    'across through against than as per via for of and or but nor so yet because although though while ' +
    'whereas if when where that which who whom whose how what whether not no there here ' +
    'is are was were be been being has have had do does did will would can could may might shall ' +
    'should must also however too then now',
);

/** A phrase right after one of these is its object ("provided by the RCMP"), never a speaker. */
export const PREPOSITIONS = words(
  'in on at by from to with about after before during since until into onto over under between among ' +
    'across through against than as per via for of',
);

/** Auxiliaries and verb forms that follow a subject: a phrase before one is a clause, not a speaker. */
export const VERB_WORDS = words(
  'is are was were be been has have had do does did will would can could may might shall should must',
);

/**
 * What may stand between a speaker and the reporting verb ("the CBSA has reported",
 * "the memo also said"); adverbs ending in -ly are accepted too.
 */
export const VERB_PREFIXES = words(
  'has have had also recently previously earlier now once again further later',
);

/**
 * Reporting verbs read after their speaker ("the coroners service reported", "X told reporters").
 * Past and third-person forms only, plus "say": base forms like "report" or "find" are far more
 * often nouns.
 */
export const REPORTING_VERBS = words(
  'said says say reported reports estimated estimates found finds noted notes stated states wrote ' +
    'writes told tells added adds concluded concludes showed shows indicated indicates revealed reveals ' +
    'confirmed confirms warned warns counted counts recorded records calculated calculates projected ' +
    'projects documented documents claimed claims announced announces disclosed discloses acknowledged ' +
    'explained explains argued argues expects forecasts predicts predicted',
);

/** Reporting verbs that may come before their speaker after a quotation or comma ("…,” said Lake). */
export const INVERTED_REPORTING_VERBS = words(
  'said says stated states reads wrote writes noted notes added adds reported reports explained ' +
    'explains warned warns concluded concludes',
);

/** Reporting verbs that name their source after "by" ("as reported by the CBSA"). */
export const PASSIVE_REPORTING_VERBS = words(
  'reported estimated stated compiled published calculated counted recorded documented released issued ' +
    'collected gathered prepared produced conducted',
);

/** What a figure is published in: "a report by X", "data from X", "X's annual report". */
export const DOCUMENT_NOUNS = words(
  'report reports memo memos memorandum study studies survey surveys analysis data figures statistics ' +
    'estimate estimates review audit assessment statement release bulletin paper briefing count tally ' +
    'records research findings factsheet document brief update dashboard numbers',
);

/** "by" and "from" after a document noun name its author. */
export const AUTHOR_PREPOSITIONS = words('by from');

/** A word ending in -ly is an adverb often enough to be skipped between speaker and verb. */
export function isAdverb(folded: string): boolean {
  return folded.length > 4 && folded.endsWith('ly');
}
