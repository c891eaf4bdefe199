import type { InitializeParams } from 'vscode-languageserver';
import { pathOfUri } from './uris';

/** The workspace roots on disk: `workspaceFolders`, else the older `rootUri`, else `rootPath`. */
export function workspaceFolderPaths(params: InitializeParams): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) {
    return params.workspaceFolders
      .map((folder) => pathOfUri(folder.uri))
      .filter((path): path is string => path !== undefined);
  }
  const fromUri = params.rootUri ? pathOfUri(params.rootUri) : undefined;
  if (fromUri !== undefined) return [fromUri];
  // rootPath is deprecated but still the only root some older clients send.
  const rootPath = (params as { rootPath?: string | null }).rootPath;
  return typeof rootPath === 'string' && rootPath !== '' ? [rootPath] : [];
}
