import type { WordToken } from '../article/wordTokens';

/**
 * Words that join the parts of a name or title ("Minister of Health", "Mental Health and
 * Addictions") without naming anything themselves.
 */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  '&',
  'for',
  'to',
  'in',
  'on',
  'at',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
]);

/** Connectors that open a title's complement: "Commissioner *of* the RCMP", "Minister *for* …". */
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'in', 'at']);

/** The folded words of the word tokens, an ampersand read as "and", hyphens and other marks dropped. */
export function tokenWords(tokens: readonly WordToken[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'word') words.push(token.folded);
    else if (token.text === '&') words.push('and');
  }
  return words;
}

/** A comparison key for a name or title: folded words, a leading "the" dropped, one space apart. */
export function phraseKey(words: readonly string[]): string {
  return (words[0] === 'the' ? words.slice(1) : words).join(' ');
}

/** A looser key: the words without connectors ("service of canada" → "service canada"). */
export function looseKey(words: readonly string[]): string {
  return words.filter((word) => !CONNECTORS.has(word)).join(' ');
}
