import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimSet } from '../claims/claimModel';
import type { CheckResult } from '../engine/checkArticle';
import { hoverText } from './hoverText';

/** The hover at `position`: the checked figure whose range holds it, or nothing. */
export function hoverAt(
  document: TextDocument,
  position: Position,
  result: CheckResult,
  claimSet: ClaimSet,
): Hover | null {
  const offset = document.offsetAt(position);
  const checked = result.figures.find(({ figure }) => figure.start <= offset && offset < figure.end);
  if (!checked) return null;
  return {
    // Plain Markdown, never `isTrusted`: the text quotes claim files and articles, which are untrusted.
    contents: { kind: MarkupKind.Markdown, value: hoverText(checked, claimSet) },
    range: { start: document.positionAt(checked.figure.start), end: document.positionAt(checked.figure.end) },
  };
}
