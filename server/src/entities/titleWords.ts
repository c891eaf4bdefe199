import { COMPLEMENT_OPENERS, CONNECTORS } from './phraseWords';

/**
 * Nouns that make a phrase a title ("minister", "commissioner"), beyond the head words of the
 * claim set's own roles. Folded (lower case). Only these decide that a phrase before a name or in
 * an appositive is a title at all, so that "Canadian Bob Paulson" or "Liberal Justin Trudeau" are
 * never read as titles.
 */
const COMMON_TITLE_WORDS = [
  'administrator',
  'admiral',
  'ambassador',
  'attorney',
  'auditor',
  'captain',
  'chair',
  'chairman',
  'chairperson',
  'chairwoman',
  'chancellor',
  'chief',
  'colonel',
  'commander',
  'commissioner',
  'constable',
  'coroner',
  'councillor',
  'councilor',
  'critic',
  'czar',
  'deputy',
  'director',
  'general',
  'governor',
  'inspector',
  'judge',
  'justice',
  'leader',
  'lieutenant',
  'manager',
  'mayor',
  'minister',
  'officer',
  'ombudsman',
  'ombudsperson',
  'premier',
  'president',
  'prosecutor',
  'registrar',
  'secretary',
  'senator',
  'sergeant',
  'sheriff',
  'solicitor',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'superintendent',
  'treasurer',
];

/** Title abbreviations, read as the words they stand for so that "CEO" matches "Chief Executive Officer". */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ceo', ['chief', 'executive', 'officer']],
  ['cfo', ['chief', 'financial', 'officer']],
  ['coo', ['chief', 'operating', 'officer']],
  ['cto', ['chief', 'technology', 'officer']],
  ['mp', ['member', 'parliament']],
  ['mla', ['member', 'legislative', 'assembly']],
  ['mpp', ['member', 'provincial', 'parliament']],
  ['pm', ['prime', 'minister']],
]);

export const BUILTIN_TITLE_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_TITLE_WORDS,
  ...TITLE_ABBREVIATIONS.keys(),
]);

/**
 * Words that put a title in another time than the article's: "former Premier Christy Clark",
 * "then-premier", "Premier-elect", "the late …". Such a title is not checked against the date.
 */
export const TIME_SHIFTING_MODIFIERS: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'then',
  'late',
  'past',
  'onetime',
  'erstwhile',
  'retired',
  'future',
  'incoming',
  'elect',
  'designate',
  'previous',
]);

/**
 * Words that make a title another, lesser or not-yet office: a deputy governor is not the
 * governor, a president-elect not the president. A written title that leaves one out names the
 * full office. ("Acting" and "interim" are left out: a newsroom calls an acting chief the chief.)
 */
export const RANK_QUALIFIERS: ReadonlySet<string> = new Set([
  'elect',
  'designate',
  'deputy',
  'vice',
  'assistant',
  'associate',
]);

/** The words a title's words stand for: abbreviations spelt out, connectors dropped. */
export function contentWords(words: readonly string[]): string[] {
  const content: string[] = [];
  for (const word of words) {
    if (CONNECTORS.has(word)) continue;
    const expansion = TITLE_ABBREVIATIONS.get(word);
    if (expansion) content.push(...expansion);
    else content.push(word);
  }
  return content;
}

/**
 * The head noun of a title as the claim set writes it: the word before its complement
 * ("Commissioner of the RCMP" → commissioner), else its last word ("RCMP Commissioner").
 */
export function headWordOf(words: readonly string[]): string | undefined {
  const opener = words.findIndex((word, index) => index > 0 && COMPLEMENT_OPENERS.has(word));
  return opener > 0 ? words[opener - 1] : words[words.length - 1];
}
