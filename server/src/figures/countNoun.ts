/**
 * The noun a bare count is of: the head of the noun phrase after the number ("350 organized crime
 * groups involved in…" → "groups"; "622 British Columbians died…" → "Columbians").
 *
 * Hand-written word-class rules rather than a part-of-speech tagger: tagging every sentence on
 * every keystroke is too slow for typing-speed checks, and the phrase after a number is short and
 * regular enough that stop words plus a plural test find its head.
 */
import type { Token } from './tokenize';
import { FUNCTION_WORDS } from './functionWords';
import { singular } from './singular';

/**
 * Besides function words, units and time words also end the phrase ("350 a year", "5 per cent",
 * "1,314 aircraft last year").
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...'times percent per cent year years month months week weeks day days'.split(' '),
  ...'last this next past previous ago'.split(' '),
]);

/** Irregular plurals that the "-s" test would miss. */
const IRREGULAR_PLURALS = new Set([
  'people',
  'children',
  'men',
  'women',
  'police',
  'staff',
  'personnel',
  'cattle',
]);

const MAX_PHRASE_WORDS = 4;

/** Words between a number and its noun that count further things ("six more people", "two other vehicles"). */
const FURTHER = new Set(['more', 'fewer', 'less', 'additional', 'further', 'extra', 'other']);

function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && singular(lower) !== lower;
}

/** Irregular past tenses, which the "-ed" test misses: "six provinces saw reductions". */
const IRREGULAR_PAST = new Set(
  'saw took made got became gave went came won lost paid kept held met ran began brought sold spent sent built led'.split(
    ' ',
  ),
);

/** A participle, gerund or past tense that, after the first word, starts a verb phrase ("groups involved in"). */
function looksLikeVerbForm(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_PAST.has(lower) || (lower.length > 4 && (lower.endsWith('ed') || lower.endsWith('ing')));
}

export interface CountNoun {
  readonly token: Token;
}

/**
 * The head noun of the phrase that starts after a space at token `index`, or undefined when the
 * number is followed by no noun ("from 2,843 to 3,313").
 */
export function countNounAt(tokens: readonly Token[], index: number): CountNoun | undefined {
  if (tokens[index]?.kind !== 'space') return undefined;
  const words: Token[] = [];
  let cursor = index + 1;
  // "Six more people have died": a count of further things is still a count of them.
  if (FURTHER.has(tokens[cursor]?.lower ?? '') && tokens[cursor + 1]?.kind === 'space') cursor += 2;
  let hyphenated = false;
  while (words.length < MAX_PHRASE_WORDS) {
    const token = tokens[cursor];
    if (token?.kind !== 'word') break;
    const lower = token.lower;
    if (STOP_WORDS.has(lower)) break;
    // "drug-related" is a modifier; a participle after a space starts a verb phrase.
    if (words.length > 0 && !hyphenated && looksLikeVerbForm(lower)) break;
    words.push(token);
    // Words of one phrase are separated by one space or joined by a hyphen ("drug-related deaths").
    const gap = tokens[cursor + 1];
    hyphenated = gap?.kind === 'punct' && (gap.text === '-' || gap.text === '\u2011');
    if (gap?.kind !== 'space' && !hyphenated) break;
    cursor += 2;
  }
  if (words.length === 0) return undefined;
  let head: Token | undefined;
  for (const word of words) if (looksPlural(word.text)) head = word;
  head ??= words.length === 1 ? words[0] : words[words.length - 1];
  return head ? { token: head } : undefined;
}
