/*
 * Pandoc citations (`[@key]`, `[@key, p. 3]`, `[-@key]`, `[see @a; @b]`) and footnote references
 * with no definition (`[^x]`) are plain text to remark. Hand-written scan (remark has no Pandoc
 * citation plugin in our stack): a bracket that holds nothing but a footnote label, or that names at
 * least one citekey, is a citation mark and not prose.
 */

import { trimTrailingChars } from '../text/trimChars';

/** A citekey inside a bracket: `@` at the start of an item, after a space or `-`, then key characters. */
const CITEKEY = /(?:^|[\s;-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
/** Punctuation a key may hold inside but not end with ("@doe99." is key doe99). */
export const CITEKEY_END_PUNCTUATION = /[:.#$%&+?<>~/-]/;
const FOOTNOTE_LABEL = /^\^([^\s\]]+)$/;
/** Longest bracket content considered; citations are short and the cap keeps the scan linear. */
const MAX_BRACKET = 300;

export interface InlineCitation {
  /** Offsets of the whole bracket in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'footnote' | 'pandoc';
  readonly targets: readonly string[];
}

export function findInlineCitations(text: string): InlineCitation[] {
  const found: InlineCitation[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('[', from);
    if (open < 0) return found;
    const limit = Math.min(text.length, open + MAX_BRACKET);
    let close = -1;
    for (let i = open + 1; i < limit; i++) {
      const c = text.charAt(i);
      if (c === ']') {
        close = i;
        break;
      }
      if (c === '[' || c === '\n') break;
    }
    if (close < 0) {
      from = open + 1;
      continue;
    }
    const inner = text.slice(open + 1, close);
    const footnote = FOOTNOTE_LABEL.exec(inner);
    // Pandoc keys may hold inner punctuation but do not end with it ("@doe99." is key doe99).
    const keys = footnote
      ? []
      : [...inner.matchAll(CITEKEY)].map((match) =>
          trimTrailingChars(match[1] ?? '', CITEKEY_END_PUNCTUATION),
        );
    if (footnote?.[1]) {
      found.push({ start: open, end: close + 1, kind: 'footnote', targets: [footnote[1]] });
    } else if (keys.length > 0) {
      found.push({ start: open, end: close + 1, kind: 'pandoc', targets: keys });
    }
    from = close + 1;
  }
}
