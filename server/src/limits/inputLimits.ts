/*
 * The sizes claimlint reads and checks. The server runs in the writer's editor on every keystroke,
 * so each limit keeps one check or one load within seconds and a few hundred megabytes; inputs past
 * them get one clear message instead. Measured on the project's 2-core CI machine: checking a 1 MB
 * article takes about 3 s (Markdown) and 300 MB; parsing a 4 MB claim file about 5 s and 350 MB.
 */

const MEGABYTE = 1024 * 1024;

/** The longest article checked, in UTF-16 code units: news articles are tens of kilobytes. */
export const MAX_ARTICLE_LENGTH = 1 * MEGABYTE;

/**
 * The longest claim file, config or bibliography read, in UTF-16 code units. The yaml library
 * keeps a syntax tree many times the text's size; a larger claim set can be split across files.
 */
export const MAX_CLAIM_FILE_LENGTH = 4 * MEGABYTE;

/**
 * The largest file read from disk at all, in bytes: UTF-8 takes at most 3 bytes per UTF-16 code
 * unit, so no file within the limits above is refused here, and nothing much larger is ever held.
 */
export const MAX_FILE_BYTES = 3 * Math.max(MAX_ARTICLE_LENGTH, MAX_CLAIM_FILE_LENGTH);

/**
 * The most articles of one workspace folder that the server reads from disk (references, the
 * workspace check): enough for any newsroom folder, and no request ever reads a whole disk.
 */
export const MAX_WORKSPACE_ARTICLES = 2000;

/** How many leading characters are searched for a NUL, the usual sign of a binary file. */
export const BINARY_SNIFF_LENGTH = 8000;

/** A size in megabytes as messages state it ("20 MB", "4.1 MB"), rounded up so a size over a limit never reads as the limit. */
export function megabytes(size: number): string {
  return `${Math.ceil((size / MEGABYTE) * 10) / 10} MB`;
}

/** Why a claim file, config or bibliography is not read (too large), or undefined when it is read. */
export function tooLargeToRead(text: string): string | undefined {
  if (text.length <= MAX_CLAIM_FILE_LENGTH) return undefined;
  return `file is too large to read (${megabytes(text.length)} > ${megabytes(MAX_CLAIM_FILE_LENGTH)}): split it into several files`;
}

/** Why an article's text is not checked (too large, or binary), or undefined when it is checked. */
export function uncheckableArticle(text: string): string | undefined {
  if (text.length > MAX_ARTICLE_LENGTH) {
    return `too large to check (${megabytes(text.length)} > ${megabytes(MAX_ARTICLE_LENGTH)})`;
  }
  if (text.slice(0, BINARY_SNIFF_LENGTH).includes('\u0000')) return 'a binary file, not checked';
  return undefined;
}
