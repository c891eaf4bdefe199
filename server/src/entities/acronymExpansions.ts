import { CONNECTORS } from './phraseWords';
import type { WordToken } from '../article/wordTokens';

/** Where an article spells out an acronym: "Name (ACR)", "ACR (Name)" or "the Name, or ACR,". */
export interface ExpansionSite {
  readonly acronym: WordToken;
  /** The written expansion: capitalised words and the connectors between them. */
  readonly expansion: readonly WordToken[];
  /**
   * The words just before the place the expansion ends, whatever their case, as many as the
   * longest entity name: a name with a lower-case word ("Office of the chief coroner") may reach
   * further left than the capitalised run does.
   */
  readonly context: readonly WordToken[];
  /**
   * Capitalised words right after "(ACR)" that go on with the name: "Uniform Crime Reporting (UCR)
   * Program" spells out the Uniform Crime Reporting Program.
   */
  readonly continuation: readonly WordToken[];
}

/** Beyond this a capitalised run is a headline or a list, not one name. */
const MAX_EXPANSION_WORDS = 16;
const CLAUSE_ENDS = new Set([',', '.', ';', ':', ')', '!', '?']);

/** A word or mark that may stand inside a written organisation name. */
function isNamePart(token: WordToken): boolean {
  if (token.kind === 'joiner' || token.text === '&') return true;
  if (token.kind !== 'word') return false;
  return token.capitalised || CONNECTORS.has(token.folded);
}

function isNameWord(token: WordToken): boolean {
  return token.kind === 'word' && !CONNECTORS.has(token.folded);
}

/** Drops connectors and marks from both ends: "the Royal Canadian Mounted Police" → its name. */
function trimmed(tokens: readonly WordToken[]): WordToken[] {
  let first = 0;
  let last = tokens.length;
  while (first < last && !isNameWord(tokens[first] as WordToken)) first++;
  while (last > first && !isNameWord(tokens[last - 1] as WordToken)) last--;
  return tokens.slice(first, last);
}

/**
 * A run spells a name out only if it has a capitalised word that is not itself an acronym and does
 * not end in one: "Vancouver Island RCMP (CBSA)" names a detachment, it expands nothing.
 */
export function looksLikeName(tokens: readonly WordToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.acronym) return false;
  return tokens.some((token) => token.kind === 'word' && token.capitalised && !token.acronym);
}

/** The capitalised run that ends just before `end`, stopping at a possessive ("Canada’s …"). */
function runBefore(tokens: readonly WordToken[], end: number): WordToken[] {
  let start = end;
  while (start > 0 && end - start < MAX_EXPANSION_WORDS) {
    const token = tokens[start - 1] as WordToken;
    if (!isNamePart(token) || token.possessive) break;
    start--;
  }
  return trimmed(tokens.slice(start, end));
}

/** The capitalised words right after `start`, up to the first other word or mark. */
function capitalisedAfter(tokens: readonly WordToken[], start: number): WordToken[] {
  let end = start;
  while (end < tokens.length && end - start < MAX_EXPANSION_WORDS) {
    const token = tokens[end] as WordToken;
    if (token.kind !== 'word' || !token.capitalised || token.acronym) break;
    end++;
    if (token.possessive) break;
  }
  return tokens.slice(start, end);
}

/** Up to `count` word tokens just before `end`, across joiners and ampersands only. */
function wordsBefore(tokens: readonly WordToken[], end: number, count: number): WordToken[] {
  let start = end;
  let words = 0;
  while (start > 0 && words < count) {
    const token = tokens[start - 1] as WordToken;
    if (token.kind === 'word') words++;
    else if (token.kind !== 'joiner' && token.text !== '&') break;
    start--;
  }
  return tokens.slice(start, end);
}

function isAcronymAt(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.kind === 'word' && token.acronym && !token.possessive;
}

function isPunct(tokens: readonly WordToken[], index: number, text: string): boolean {
  const token = tokens[index];
  return token !== undefined && token.kind === 'punct' && token.text === text;
}

function nameFirst(
  tokens: readonly WordToken[],
  open: number,
  maxNameWords: number,
): ExpansionSite | undefined {
  if (!isAcronymAt(tokens, open + 1) || !isPunct(tokens, open + 2, ')')) return undefined;
  const expansion = runBefore(tokens, open);
  if (!looksLikeName(expansion)) return undefined;
  return {
    acronym: tokens[open + 1] as WordToken,
    expansion,
    context: wordsBefore(tokens, open, maxNameWords),
    continuation: capitalisedAfter(tokens, open + 3),
  };
}

function acronymFirst(tokens: readonly WordToken[], open: number): ExpansionSite | undefined {
  if (!isAcronymAt(tokens, open - 1)) return undefined;
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_EXPANSION_WORDS) {
    const token = tokens[close] as WordToken;
    if (token.kind === 'punct' && token.text === ')') break;
    if (!isNamePart(token) || token.possessive) return undefined;
    close++;
  }
  if (!isPunct(tokens, close, ')')) return undefined;
  const expansion = trimmed(tokens.slice(open + 1, close));
  if (!looksLikeName(expansion) || !(expansion[0] as WordToken).capitalised) return undefined;
  return { acronym: tokens[open - 1] as WordToken, expansion, context: expansion, continuation: [] };
}

/** "the Royal Canadian Mounted Police, or RCMP," — the comma at `comma`. */
function orAcronym(
  tokens: readonly WordToken[],
  comma: number,
  maxNameWords: number,
): ExpansionSite | undefined {
  if (tokens[comma + 1]?.folded !== 'or' || !isAcronymAt(tokens, comma + 2)) return undefined;
  const after = tokens[comma + 3];
  if (after !== undefined && !(after.kind === 'punct' && CLAUSE_ENDS.has(after.text))) return undefined;
  const expansion = runBefore(tokens, comma);
  if (!looksLikeName(expansion)) return undefined;
  return {
    acronym: tokens[comma + 2] as WordToken,
    expansion,
    context: wordsBefore(tokens, comma, maxNameWords),
    continuation: [],
  };
}

/** Every place in a block's tokens where an acronym is spelt out. */
export function findExpansionSites(tokens: readonly WordToken[], maxNameWords: number): ExpansionSite[] {
  const sites: ExpansionSite[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as WordToken;
    if (token.kind !== 'punct') continue;
    const site =
      token.text === '('
        ? (nameFirst(tokens, index, maxNameWords) ?? acronymFirst(tokens, index))
        : token.text === ','
          ? orAcronym(tokens, index, maxNameWords)
          : undefined;
    if (site) sites.push(site);
  }
  return sites;
}
