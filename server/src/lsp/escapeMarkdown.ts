import { collapseLineBreaks } from '../text/collapseLineBreaks';

/**
 * Every character that can start Markdown syntax: links and images, HTML and entities, emphasis,
 * code, headings, lists, tables, math, and (`.` and `:`) the bare-URL and e-mail autolinks.
 */
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~&:$]/g;

/**
 * Makes untrusted text (claim files, articles) render literally in Markdown: each syntax character
 * is backslash-escaped (CommonMark allows it for all ASCII punctuation), and line breaks become
 * spaces so the text cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return collapseLineBreaks(text).replace(MARKDOWN_SYNTAX, (char) => `\\${char}`);
}

/**
 * A Markdown link to an http(s) URL, with the URL escaped as its own text; undefined for any other
 * scheme (`command:`, `javascript:`, `file:`), which must never become clickable.
 */
export function markdownLink(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // URL.href already percent-encodes spaces and angle brackets; parentheses would end the target.
  const target = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeMarkdown(url)}](${target})`;
}
