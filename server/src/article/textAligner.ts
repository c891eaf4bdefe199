import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { ProseBuilder } from './proseBuilder';

/*
 * remark gives each text node its decoded `value` and the source range it came from, but not where
 * each character of the value is: escapes (`\*`) and character references (`&amp;`, `&#8212;`) are
 * decoded, and container prefixes (`> ` of blockquotes, list indentation) sit between the lines.
 * The aligner walks value and source together, once, to map every value character exactly.
 * `decode-named-character-reference` is the table micromark itself decodes with, so a reference the
 * aligner accepts is exactly one remark decoded.
 */

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const NUMERIC_REFERENCE = /^&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/;
const NAMED_REFERENCE = /^&([A-Za-z][A-Za-z0-9]{0,31});/;
/** Characters container syntax puts inside a text node's source range: indentation and `>` markers. */
const CONTAINER_PREFIX = new Set([' ', '\t', '>']);

export class TextAligner {
  /** The next unaligned source offset. */
  private position: number;

  constructor(
    private readonly source: string,
    start: number,
    private readonly end: number,
    /** Source before this offset is read but not emitted (a leading `date` line is not prose). */
    private readonly hiddenBefore = 0,
  ) {
    this.position = start;
  }

  /** The next unaligned source offset (just after what was taken so far). */
  get offset(): number {
    return this.position;
  }

  /**
   * Aligns the next `value` characters with the source, appending them to `builder` (or only
   * skipping them when there is none), and returns the source offset of the first one.
   */
  take(value: string, builder?: ProseBuilder): number {
    let first = -1;
    let runValueStart = 0;
    let runDocStart = -1;
    let runLength = 0;
    const flush = (): void => {
      if (runLength > 0 && builder)
        builder.appendRun(value.slice(runValueStart, runValueStart + runLength), runDocStart);
      runLength = 0;
    };
    let i = 0;
    while (i < value.length) {
      const { docStart, docEnd, units } = this.alignNext(value, i);
      if (first < 0) first = docStart;
      const visible = docStart >= this.hiddenBefore;
      if (units === 1 && docEnd === docStart + 1 && this.source.charAt(docStart) === value.charAt(i)) {
        if (runLength > 0 && runDocStart + runLength === docStart && visible) {
          runLength++;
        } else {
          flush();
          if (visible) {
            runValueStart = i;
            runDocStart = docStart;
            runLength = 1;
          }
        }
      } else {
        flush();
        if (visible && builder) builder.appendAtom(value.slice(i, i + units), docStart, docEnd);
      }
      i += units;
    }
    flush();
    return first < 0 ? this.position : first;
  }

  /** Finds the source of value[i…]: a literal, an escape or a character reference. */
  private alignNext(value: string, i: number): { docStart: number; docEnd: number; units: number } {
    const wanted = value.charAt(i);
    while (this.position < this.end) {
      const at = this.position;
      const c = this.source.charAt(at);
      if (c === '\\' && this.source.charAt(at + 1) === wanted && ASCII_PUNCTUATION.test(wanted)) {
        this.position += 2;
        return { docStart: at, docEnd: at + 2, units: 1 };
      }
      if (c === '&') {
        const reference = this.reference(at);
        if (reference && value.startsWith(reference.decoded, i)) {
          this.position = reference.end;
          return { docStart: at, docEnd: reference.end, units: reference.decoded.length };
        }
      }
      if (c === wanted) {
        this.position++;
        return { docStart: at, docEnd: at + 1, units: 1 };
      }
      if (!CONTAINER_PREFIX.has(c)) break;
      this.position++;
    }
    // Unexpected (remark replaced a character, e.g. NUL by U+FFFD): map it to the current source
    // character and move on by one, which resynchronises on the common one-for-one substitution.
    const at = Math.min(this.position, this.end);
    if (this.position < this.end) this.position++;
    return { docStart: at, docEnd: Math.min(at + 1, this.end), units: 1 };
  }

  private reference(at: number): { decoded: string; end: number } | undefined {
    const head = this.source.slice(at, Math.min(at + 40, this.end));
    const numeric = NUMERIC_REFERENCE.exec(head);
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return { decoded: valid ? String.fromCodePoint(code) : '\uFFFD', end: at + numeric[0].length };
    }
    const named = NAMED_REFERENCE.exec(head);
    if (named?.[1]) {
      const decoded = decodeNamedCharacterReference(named[1]);
      if (decoded !== false) return { decoded, end: at + named[0].length };
    }
    return undefined;
  }
}
