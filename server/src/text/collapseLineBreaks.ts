/**
 * `text` on one line: each line break, with the white space around it, becomes a single space
 * ("a \n\n  b" → "a b"). Messages and hovers quote claim files and articles, whose line breaks
 * must not break a table row or start a Markdown block.
 *
 * Written as a split, not as `replace(/\s*[\r\n]+\s*\/g, ' ')`: that pattern is quadratic in V8 on
 * a long run of spaces with no line break (each start position rescans the run).
 */
export function collapseLineBreaks(text: string): string {
  const lines = text.split(/[\r\n]/);
  if (lines.length === 1) return text;
  const last = lines.length - 1;
  let result = (lines[0] ?? '').trimEnd();
  for (let index = 1; index <= last; index++) {
    const line = lines[index] ?? '';
    const trimmed = index === last ? line.trimStart() : line.trim();
    // A blank line inside a run of breaks belongs to the run: it adds no space of its own.
    if (trimmed === '' && index < last) continue;
    result += ` ${trimmed}`;
  }
  return result;
}
