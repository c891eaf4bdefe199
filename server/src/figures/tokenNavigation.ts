import type { Token } from './tokenize';

/** The next token that is not a space, and whether a space came before it. */
export interface Neighbour {
  readonly index: number;
  readonly token: Token;
  readonly spaced: boolean;
}

export function nextToken(tokens: readonly Token[], index: number): Neighbour | undefined {
  let next = index + 1;
  let spaced = false;
  if (tokens[next]?.kind === 'space') {
    spaced = true;
    next++;
  }
  const token = tokens[next];
  return token ? { index: next, token, spaced } : undefined;
}

export function previousToken(tokens: readonly Token[], index: number): Neighbour | undefined {
  let previous = index - 1;
  let spaced = false;
  if (tokens[previous]?.kind === 'space') {
    spaced = true;
    previous--;
  }
  const token = tokens[previous];
  return token ? { index: previous, token, spaced } : undefined;
}

/** The lower-cased text of a word token, or undefined when the token is not a word. */
export function wordText(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? token.lower : undefined;
}

/** Whether `neighbour` is a word, separated by at most one space, whose lower-cased text is in `words`. */
export function isWordIn(neighbour: Neighbour | undefined, words: ReadonlySet<string>): boolean {
  const text = wordText(neighbour?.token);
  return text !== undefined && words.has(text);
}

/** Whether `neighbour` is the punctuation mark `mark`, directly adjacent. */
export function isAdjacentPunct(neighbour: Neighbour | undefined, mark: string): boolean {
  return (
    neighbour !== undefined &&
    !neighbour.spaced &&
    neighbour.token.kind === 'punct' &&
    neighbour.token.text === mark
  );
}
