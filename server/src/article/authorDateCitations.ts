/**
 * Author-date citations written in words, as plain text cites: "(BC Coroners Service, 2024)",
 * "(Doe, 2019; Roe, n.d.)". Each item is a name, a comma and a year (or "n.d."); the bracket
 * is short, so a parenthetical aside with a date in it ("(in June, 2016 figures)") does not count.
 *
 * Read in two linear steps, bracket then items, rather than by one regular expression: the single
 * pattern (`\((?:[^()\n;]{2,150}?,\s+…)(?:;\s+[^()\n;]{2,150}?,\s+…)*\)`) backtracks exponentially
 * on a long bracket of spaces and commas, and sentences are as long as the writer makes them.
 */

/** A bracket with no brackets inside; line breaks only in the white space between parts (see isItem). */
const BRACKET = /\(([^()]*)\)/g;
/** How an item ends: a comma, white space and a year or "n.d." (only the item's last comma can match). */
const ITEM_END = /,\s+(?:\d{4}[a-z]?|n\.d\.)$/u;
const LEADING_SPACE = /^\s*/;
const MIN_NAME = 2;
const MAX_NAME = 150;

/** Whether `text` holds an author-date citation between `start` and `end`. */
export function hasAuthorDateCitation(text: string, start: number, end: number): boolean {
  return authorDateCitationSpans(text, start, end).length > 0;
}

/** The author-date citations between `start` and `end`, brackets included, as offsets in `text`. */
export function authorDateCitationSpans(
  text: string,
  start: number,
  end: number,
): { readonly start: number; readonly end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const bracket of text.slice(start, end).matchAll(BRACKET)) {
    if (isCitationList(bracket[1] ?? '')) {
      spans.push({ start: start + bracket.index, end: start + bracket.index + bracket[0].length });
    }
  }
  return spans;
}

/** "Doe, 2019; Roe, n.d.": items separated by a semicolon and white space. */
function isCitationList(inner: string): boolean {
  const [first = '', ...rest] = inner.split(';');
  return (
    isItem(first, 0, 0) &&
    rest.every((item) => {
      const space = LEADING_SPACE.exec(item)?.[0] ?? '';
      // A soft-wrapped list breaks the line after "; ": the name starts after the last break.
      return space.length > 0 && isItem(item, space.lastIndexOf('\n') + 1 || 1, space.length);
    })
  );
}

/**
 * Whether `item` is a name and a year, when the separator before it takes between `minSpace` and
 * `maxSpace` of its leading spaces: the name (the rest, up to the last comma) must be 2–150 characters.
 */
function isItem(item: string, minSpace: number, maxSpace: number): boolean {
  const ending = ITEM_END.exec(item);
  if (!ending || item.slice(minSpace, ending.index).includes('\n')) return false;
  return ending.index - minSpace >= MIN_NAME && ending.index - maxSpace <= MAX_NAME;
}
