import type { GoldSpanRef } from './goldModel';

/** Document offsets of a gold span, as the engine's findings and figures give theirs. */
export interface ResolvedSpan {
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
}

/** Finds gold spans in one article and turns offsets into line numbers for the report. */
export interface SpanLocator {
  /** The span, or an explanation of why the reference does not point at the text. */
  resolve(ref: GoldSpanRef): ResolvedSpan | string;
  lineOf(offset: number): number;
}

export function createSpanLocator(text: string): SpanLocator {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);

  function lineOf(offset: number): number {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  function resolve(ref: GoldSpanRef): ResolvedSpan | string {
    const pattern = whitespaceTolerant(ref.text);
    if (pattern === undefined) return 'empty text';
    const from = ref.line === undefined ? 0 : lineStarts[ref.line - 1];
    if (from === undefined) return `line ${ref.line} is past the end of the article`;
    const to = ref.line === undefined ? text.length : (lineStarts[ref.line] ?? text.length + 1) - 1;
    const wanted = ref.occurrence ?? 1;
    let seen = 0;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const end = match.index + match[0].length;
      if (end > to) break;
      seen += 1;
      if (seen === wanted) return { start: match.index, end, line: lineOf(match.index) };
      pattern.lastIndex = match.index + 1;
    }
    const where = ref.line === undefined ? 'in the article' : `on line ${ref.line}`;
    return `"${ref.text}" occurs ${seen} time(s) ${where}, not ${wanted}`;
  }

  return { resolve, lineOf };
}

/**
 * The gold text as a search pattern in which any whitespace matches any run of whitespace: the
 * published articles use non-breaking spaces, and Markdown may wrap a phrase across lines, neither
 * of which an annotator can see or should have to type.
 */
function whitespaceTolerant(text: string): RegExp | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return undefined;
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
}
