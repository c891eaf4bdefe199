import type { Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Origin } from '../claims/claimModel';
import { uriOfPath } from '../lsp/uris';

/** Finds the current text of a claim file (an open buffer or the last load). */
export type ClaimFileText = (file: string) => string | undefined;

/** Where a claim-set item is written, as an LSP location; undefined when the file's text is unknown. */
export function originLocation(origin: Origin, textOf: ClaimFileText): Location | undefined {
  const text = textOf(origin.file);
  if (text === undefined) return undefined;
  const document = TextDocument.create(uriOfPath(origin.file), 'yaml', 0, text);
  return {
    uri: document.uri,
    range: { start: document.positionAt(origin.span.start), end: document.positionAt(origin.span.end) },
  };
}
