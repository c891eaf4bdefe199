import type { Sentence } from './articleModel';

/*
 * Quotation spans of one block, in one left-to-right scan. Hand-written: whether a mark opens, closes
 * or is an apostrophe depends on its neighbours, which no Markdown or NLP library here decides.
 *
 * - Double quotes (“…” and "…") are the primary marks. An unclosed double quote runs to the end of
 *   the block: in journalism a quotation that continues into the next paragraph leaves its paragraph
 *   open (the next paragraph re-opens with “), so the rest of the block is still the quoted words.
 * - Single quotes (‘…’ and '…') count only outside a double quotation (inside one they are a quote
 *   within the quote, already covered) and only when closed in the same block: an unclosed single
 *   mark is far more often an apostrophe (’s, Ya’ara, ’90s, rock 'n' roll) than a quotation.
 */

const LETTER = /^\p{L}$/u;
const WORD = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

function isLetter(c: string): boolean {
  return c !== '' && LETTER.test(c);
}
function isWord(c: string): boolean {
  return c !== '' && WORD.test(c);
}
/** Before an opening mark: start of text, whitespace, or opening punctuation. */
function opensAfter(c: string): boolean {
  return c === '' || SPACE.test(c) || '([{—–-/“‘'.includes(c);
}

export function findQuotations(text: string): Sentence[] {
  const spans: Sentence[] = [];
  let doubleOpen = -1; // prose offset just after the open double mark, or -1
  let singleOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    if (c === '“' || c === '”' || c === '"') {
      if (doubleOpen >= 0) {
        // Any double mark while open closes; a second “ means the last quotation was left open.
        push(spans, doubleOpen, i);
        doubleOpen = c === '“' ? i + 1 : -1;
      } else if (c === '“' || (c === '"' && opensAfter(prev) && next !== '' && !SPACE.test(next))) {
        doubleOpen = i + 1;
      }
      singleOpen = -1;
      continue;
    }
    if (doubleOpen >= 0) continue;
    if ((c === '‘' || c === "'") && singleOpen < 0) {
      // An opening single mark starts a word, and not a decade ('90s, ‘90s).
      if (opensAfter(prev) && isLetter(next)) singleOpen = i + 1;
    } else if ((c === '’' || c === "'") && singleOpen >= 0 && !isWord(next)) {
      // One letter between marks is an elision (rock 'n' roll), not a quotation.
      if (i - singleOpen > 1) push(spans, singleOpen, i);
      singleOpen = -1;
    }
  }
  if (doubleOpen >= 0) push(spans, doubleOpen, text.length);
  return spans;
}

function push(spans: Sentence[], start: number, end: number): void {
  if (end > start) spans.push({ start, end });
}
