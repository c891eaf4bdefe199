/**
 * Trimming a run of characters from either end of a string in one linear pass. A regular expression
 * such as `/[.-]+$/` is quadratic in V8: it tries every start position, and from each one scans the
 * run to its end before finding that the string goes on. These loops look at each character once.
 * `chars` tests a single character (one code point); its flags are irrelevant.
 */

/** `text` without the characters at its end that `chars` matches. */
export function trimTrailingChars(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0) {
    const point = text.codePointAt(end - 2);
    // A surrogate pair ends here: test it as one character.
    const width = point !== undefined && point > 0xffff ? 2 : 1;
    if (!chars.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

/** `text` without the characters at its start that `chars` matches. */
export function trimLeadingChars(text: string, chars: RegExp): string {
  let start = 0;
  while (start < text.length) {
    const point = text.codePointAt(start) ?? 0;
    const width = point > 0xffff ? 2 : 1;
    if (!chars.test(text.slice(start, start + width))) break;
    start += width;
  }
  return text.slice(start);
}
