import {
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver';

/** What the client can do, as far as the server's behaviour depends on it. */
export interface ClientFeatures {
  /**
   * The client pulls diagnostics (`textDocument/diagnostic`). Then article diagnostics are only
   * answered, never also pushed: clients such as VS Code keep pushed and pulled diagnostics apart
   * and would show every finding twice.
   */
  readonly pullDiagnostics: boolean;
  /** The client can be asked to pull again (`workspace/diagnostic/refresh`) after the claim set changes. */
  readonly diagnosticRefresh: boolean;
  /** Settings can be asked for (`workspace/configuration`), per root folder. */
  readonly configuration: boolean;
  readonly dynamicConfigurationChange: boolean;
  readonly dynamicWatchedFiles: boolean;
  /** The client can be asked to show a document (`window/showDocument`), e.g. a claim just added. */
  readonly showDocument: boolean;
}

export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    configuration: capabilities.workspace?.configuration === true,
    dynamicConfigurationChange: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchedFiles: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    showDocument: capabilities.window?.showDocument?.support === true,
  };
}

export function serverCapabilities(): ServerCapabilities {
  return {
    // Saves matter with `claimlint.run: onSave`, which checks articles on open and save only.
    textDocumentSync: {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
      save: { includeText: false },
    },
    hoverProvider: true,
    // Offered to every client; those that do not pull ignore it and get pushed diagnostics.
    diagnosticProvider: { identifier: 'claimlint', interFileDependencies: true, workspaceDiagnostics: false },
    workspace: { workspaceFolders: { supported: true } },
  };
}
