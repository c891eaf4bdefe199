import { window } from 'vscode';

/** The server's fix-all command (server/src/lsp/fixCommands.ts); it needs the article and its version. */
const INSERT_ALL_CITATIONS = 'claimlint.insertAllCitations';

/**
 * Run from the command palette, a server command gets no arguments; the fix-all command is given the
 * active editor's document and version, so the server can refuse it if the text has moved on.
 */
export function withActiveArticle(command: string, args: unknown[]): unknown[] {
  if (command !== INSERT_ALL_CITATIONS || args.length > 0) return args;
  const document = window.activeTextEditor?.document;
  return document ? [document.uri.toString(), document.version] : args;
}
