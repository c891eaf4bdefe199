import type { SilenceDirective } from './articleModel';
import type { LineIndex } from './lineIndex';

const DIRECTIVE = /^claimlint-(disable-next-line|disable|enable)(?=\s|$)(.*)$/s;

/**
 * Reads a directive from the words inside an HTML comment or after `%%` ("claimlint-disable-next-line
 * figure-conflict arithmetic"); undefined when the words are no directive. Rule names may be separated
 * by spaces or commas.
 */
export function parseDirective(
  words: string,
  line: number,
  lastLine: number,
  lines: LineIndex,
): SilenceDirective | undefined {
  const match = DIRECTIVE.exec(words.trim());
  if (!match) return undefined;
  const kind = match[1] as SilenceDirective['kind'];
  const rules = (match[2] ?? '').split(/[\s,]+/).filter((rule) => rule.length > 0);
  if (kind !== 'disable-next-line') return { kind, rules, line };
  return { kind, rules, line, targetLine: nextNonBlankLine(lines, lastLine) };
}

/** The first non-blank line after `line` (the line after the document when there is none). */
function nextNonBlankLine(lines: LineIndex, line: number): number {
  let target = line + 1;
  while (target < lines.lineCount && lines.isBlank(target)) target++;
  return target;
}

/** Every `<!-- … -->` comment in an HTML node's value, with its offset in the value. */
export function* htmlComments(html: string): Generator<{ body: string; offset: number; end: number }> {
  let from = 0;
  // indexOf rather than a lazy regular expression: many unclosed "<!--" would make a regex quadratic.
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    yield { body: html.slice(open + 4, close), offset: open, end: close + 3 };
    from = close + 3;
  }
}
