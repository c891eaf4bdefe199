import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimSet } from '../claims/claimModel';
import type { CheckResult } from '../engine/checkArticle';
import { CITEKEY_END_PUNCTUATION } from '../article/citekeys';
import { trimTrailingChars } from '../text/trimChars';
import { originLocation, type ClaimFileText } from './claimLocation';

/** A citation mark at the cursor: `[@key`, `@key` inside brackets, or `[^label`. */
const CITATION_KEY = /(?:@|\[\^)([\p{L}\p{N}_:.#$%&+?<>~/-]+)/gu;

/**
 * Go to definition in an article: from a checked figure to its claim in the claim file, and from a
 * citekey or footnote label that is a source id to that source.
 */
export function definitionAt(
  document: TextDocument,
  position: Position,
  result: CheckResult,
  claimSet: ClaimSet,
  textOf: ClaimFileText,
): Location | undefined {
  const offset = document.offsetAt(position);
  const checked = result.figures.find(({ figure }) => figure.start <= offset && offset < figure.end);
  const claim =
    checked?.claimId === undefined ? undefined : claimSet.claims.find(({ id }) => id === checked.claimId);
  if (claim) return originLocation(claim.origin, textOf);
  const line = document.getText({
    start: { line: position.line, character: 0 },
    end: { line: position.line + 1, character: 0 },
  });
  for (const match of line.matchAll(CITATION_KEY)) {
    const key = trimTrailingChars(match[1] ?? '', CITEKEY_END_PUNCTUATION);
    const start = match.index;
    if (position.character < start || position.character > start + match[0].length) continue;
    const source = claimSet.sources.get(key);
    if (source) return originLocation(source.origin, textOf);
  }
  return undefined;
}
