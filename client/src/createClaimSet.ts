import { FileType, Uri, window, workspace } from 'vscode';
import { STARTER_CLAIM_SET, starterFileName } from './starterClaimSet';

/** "Create a Claim Set": writes a starter claim file at the root of the first folder and opens it. */
export async function createClaimSet(): Promise<void> {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder) {
    // Not routine: the command cannot do anything, and the user asked for it.
    void window.showErrorMessage('claimlint: open a folder to create a claim set in.');
    return;
  }
  const entries = await workspace.fs.readDirectory(folder.uri);
  const taken = new Set(entries.filter(([, type]) => type === FileType.File).map(([name]) => name));
  const file = Uri.joinPath(folder.uri, starterFileName(taken));
  await workspace.fs.writeFile(file, new TextEncoder().encode(STARTER_CLAIM_SET));
  await window.showTextDocument(file);
}
