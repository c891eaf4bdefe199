/** A text change in UTF-16 offsets of the text it was computed for: replace [start, end) with `newText`. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * Applies non-overlapping edits to `text`, as an editor applies one workspace edit: all offsets refer
 * to the original text, and inserts at the same offset keep their order.
 */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  let result = '';
  let done = 0;
  for (const { edit } of ordered) {
    if (edit.start < done) throw new Error('overlapping edits');
    result += text.slice(done, edit.start) + edit.newText;
    done = edit.end;
  }
  return result + text.slice(done);
}

/** The line ending a document uses, so inserted lines keep a CRLF document CRLF. */
export function lineEndingOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
