/** The part of a VS Code code action (or command) this check reads: the files its edit changes. */
export interface EditingAction {
  readonly edit?: { entries(): [{ toString(): string }, unknown][] };
}

/**
 * Whether an untrusted workspace may offer `action`: it edits nothing, or only the document it was
 * asked for. "Add to the claim set" writes a claim file, a file the writer did not ask to change;
 * in a workspace not yet trusted the extension only reads (package.json: untrustedWorkspaces).
 */
export function editsOnlyDocument(action: EditingAction, documentUri: string): boolean {
  return action.edit === undefined || action.edit.entries().every(([uri]) => uri.toString() === documentUri);
}
