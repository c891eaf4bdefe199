import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { LineIndex } from './lineIndex';

/**
 * Link and footnote labels, for parsing a Markdown document in chunks: `[text][label]`, `[label]`
 * and `[^label]` are links or footnote references only when the label is defined somewhere in the
 * document, so a chunk that mentions a label defined in another chunk is parsed with a stand-in
 * definition appended (see markdownTrees). Keys are CommonMark's normalised labels, with `^` in
 * front for footnotes, the way mdast's `identifier` is compared.
 */

/** Normalised label key → the label as written, for writing a stand-in definition. */
export type LabelTable = ReadonlyMap<string, string>;

export function labelKey(label: string, footnote: boolean): string {
  return `${footnote ? '^' : ''}${normalizeIdentifier(label)}`;
}

/** The definition a chunk needs appended to resolve `key`, written as `[label]: x` or `[^label]: x`. */
export function standInDefinition(key: string, label: string): string {
  return key.startsWith('^') ? `[^${label}]: x` : `[${label}]: x`;
}

const BACKSLASH = 92;
const OPEN = 91;
const CLOSE = 93;

/** The longest label CommonMark allows, in characters. */
const MAX_LABEL_LENGTH = 999;

/**
 * Every innermost `[…]` in the text, as a label key: a superset of the labels the text refers to
 * (a label holds no unescaped brackets, and a full reference's label is its second bracket pair).
 * A footnote mention `[^x]` gives the key `^X`, which is also what a footnote definition's key is.
 */
export function mentionedLabels(text: string, start: number, end: number): Set<string> {
  const keys = new Set<string>();
  let open = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === OPEN) open = i;
    else if (code === CLOSE && open >= 0) {
      if (i - open - 1 <= MAX_LABEL_LENGTH) keys.add(normalizeIdentifier(text.slice(open + 1, i)));
      open = -1;
    }
  }
  return keys;
}

const SPACE = 32;
const TAB = 9;
const QUOTE_MARK = 62; // '>'

/**
 * The labels defined in the text between `start` and `end`, guessed line by line: a line that starts
 * (after block quote marks, a list marker and spaces) with `[label]:` or `[^label]:`. A guess, not
 * a parse (a paragraph's second line cannot be a definition); markdownTrees checks it against the
 * trees and parses again where it was wrong, so a guess that is right in ordinary documents spares
 * parsing every chunk twice. Written by hand: a line scanner is linear where one regex with
 * optional containers, markers and spaces would backtrack.
 */
export function guessedDefinitions(lines: LineIndex, start: number, end: number): Map<string, string> {
  const { text } = lines;
  const labels = new Map<string, string>();
  for (let n = lines.lineAt(start); n < lines.lineCount && lines.lineStart(n) < end; n++) {
    const lineEnd = Math.min(lines.lineEnd(n), end);
    const definition = definitionAt(text, skipContainerMarks(text, lines.lineStart(n), lineEnd), lineEnd);
    if (definition && !labels.has(definition.key)) labels.set(definition.key, definition.label);
  }
  return labels;
}

/** Past spaces, `>` marks and one list marker (`-`, `*`, `+`, `1.`, `1)`) at a line's start. */
function skipContainerMarks(text: string, from: number, lineEnd: number): number {
  let i = from;
  while (i < lineEnd && [SPACE, TAB, QUOTE_MARK].includes(text.charCodeAt(i))) i++;
  const marker = text.charAt(i);
  let afterMarker = i;
  if (marker === '-' || marker === '*' || marker === '+') afterMarker = i + 1;
  else {
    while (afterMarker < lineEnd && afterMarker - i < 9 && /\d/u.test(text.charAt(afterMarker)))
      afterMarker++;
    const delimiter = text.charAt(afterMarker);
    afterMarker = afterMarker > i && (delimiter === '.' || delimiter === ')') ? afterMarker + 1 : i;
  }
  if (afterMarker === i || ![SPACE, TAB].includes(text.charCodeAt(afterMarker))) return i;
  while (afterMarker < lineEnd && [SPACE, TAB].includes(text.charCodeAt(afterMarker))) afterMarker++;
  return afterMarker;
}

function definitionAt(text: string, i: number, lineEnd: number): { key: string; label: string } | undefined {
  if (text.charCodeAt(i) !== OPEN) return undefined;
  const footnote = text.charAt(i + 1) === '^';
  const labelStart = footnote ? i + 2 : i + 1;
  for (let j = labelStart; j < lineEnd && j - labelStart <= MAX_LABEL_LENGTH; j++) {
    const code = text.charCodeAt(j);
    if (code === BACKSLASH) j++;
    else if (code === OPEN) return undefined;
    else if (code === CLOSE) {
      if (text.charAt(j + 1) !== ':' || j === labelStart) return undefined;
      const label = text.slice(labelStart, j);
      return { key: labelKey(label, footnote), label };
    }
  }
  return undefined;
}
