/**
 * Author-date citations written in words, as plain text cites: "(BC Coroners Service, 2024)",
 * "(Doe, 2019; Roe, n.d.)". Each item is a name, a comma and a year (or "n.d."); the bracket
 * is short, so a parenthetical aside with a date in it ("(in June, 2016 figures)") does not count.
 */
const AUTHOR_DATE =
  /\((?:[^()\n;]{2,150}?,\s+(?:\d{4}[a-z]?|n\.d\.))(?:;\s+[^()\n;]{2,150}?,\s+(?:\d{4}[a-z]?|n\.d\.))*\)/u;

/** Whether `text` holds an author-date citation between `start` and `end`. */
export function hasAuthorDateCitation(text: string, start: number, end: number): boolean {
  return AUTHOR_DATE.test(text.slice(start, end));
}
