import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportRange } from './cliReport';

/** Converts UTF-16 offsets to the CLI's 1-based lines and columns, as the editor counts them. */
export function reportRange(document: TextDocument, start: number, end: number): ReportRange {
  const from = document.positionAt(start);
  const to = document.positionAt(end);
  return {
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
  };
}

/** A document for position conversion only; the URI and language are never read. */
export function positionsOf(text: string): TextDocument {
  return TextDocument.create('claimlint:cli', 'plaintext', 0, text);
}
