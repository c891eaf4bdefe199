import {
  commands,
  Position,
  Range,
  Selection,
  window,
  workspace,
  type Hover,
  type Location,
  type LocationLink,
  type TextEditor,
  type Uri,
} from 'vscode';
import { claimIdOffset, claimIdOfHover } from './claimLocation';

const CLAIM_FILES = '**/*.claims.{yaml,yml,json}';

/**
 * "Open the Claim for the Figure Under the Cursor": the definition the language server gives when
 * it offers one, else the claim the hover names, looked up in the workspace's claim files.
 */
export async function openClaimUnderCursor(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const target = (await definitionOf(editor)) ?? (await claimOfHover(editor));
  if (!target) {
    // A status bar message, not a popup: nothing went wrong, there is just no claim here.
    window.setStatusBarMessage('claimlint: no claim for the figure under the cursor', 5000);
    return;
  }
  const shown = await window.showTextDocument(target.uri);
  shown.selection = new Selection(target.range.start, target.range.end);
  shown.revealRange(target.range);
}

async function definitionOf(editor: TextEditor): Promise<Location | undefined> {
  const found = await commands.executeCommand<(Location | LocationLink)[] | undefined>(
    'vscode.executeDefinitionProvider',
    editor.document.uri,
    editor.selection.active,
  );
  for (const item of found ?? []) {
    const location = 'targetUri' in item ? { uri: item.targetUri, range: item.targetRange } : item;
    if (/\.claims\.(ya?ml|json)$/.test(location.uri.path)) return location;
  }
  return undefined;
}

async function claimOfHover(editor: TextEditor): Promise<Location | undefined> {
  const hovers = await commands.executeCommand<Hover[] | undefined>(
    'vscode.executeHoverProvider',
    editor.document.uri,
    editor.selection.active,
  );
  const id = (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => claimIdOfHover(typeof content === 'string' ? content : content.value))
    .find((claimId) => claimId !== undefined);
  return id === undefined ? undefined : findClaim(id);
}

async function findClaim(id: string): Promise<Location | undefined> {
  for (const uri of await workspace.findFiles(CLAIM_FILES, '**/node_modules/**')) {
    const document = await workspace.openTextDocument(uri);
    const offset = claimIdOffset(document.getText(), id);
    if (offset !== undefined) return locationIn(uri, document.positionAt(offset), id.length);
  }
  return undefined;
}

function locationIn(uri: Uri, start: Position, length: number): Location {
  return { uri, range: new Range(start, start.translate(0, length)) };
}
