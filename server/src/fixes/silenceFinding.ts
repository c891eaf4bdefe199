import type { ArticleFormat } from '../article/articleModel';
import type { RuleId } from '../../../shared/src/rules';
import { lineEndingOf, type OffsetEdit } from './offsetEdit';

/**
 * Inserts SPEC's silencing directive for one rule on a line of its own above the finding's line, in
 * that line's indentation: `<!-- claimlint-disable-next-line RULE -->` in Markdown,
 * `%% claimlint-disable-next-line RULE` in plain text.
 */
export function silenceEdit(text: string, format: ArticleFormat, rule: RuleId, offset: number): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const directive = `claimlint-disable-next-line ${rule}`;
  const comment = format === 'markdown' ? `<!-- ${directive} -->` : `%% ${directive}`;
  return { start: lineStart, end: lineStart, newText: `${indent}${comment}${lineEndingOf(text)}` };
}
