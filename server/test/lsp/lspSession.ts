import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type FileChangeType,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './fixtureCopy';

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * A minimal LSP client around the bundled server (`node dist/server.js --stdio`), speaking to
 * it as an editor does and recording every publishDiagnostics it receives.
 */
export class LspSession {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: string[] = [];
  /** Every `claimlint/status` notification, in order. */
  readonly statuses: unknown[] = [];
  readonly #child: ChildProcess;
  readonly #connection: ProtocolConnection;
  readonly #listeners = new Set<() => void>();
  readonly #versions = new Map<string, number>();

  constructor() {
    this.#child = spawn(process.execPath, [join(REPO_ROOT, 'dist/server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    if (!this.#child.stdout || !this.#child.stdin) throw new Error('the server has no stdio pipes');
    this.#connection = createProtocolConnection(
      new StreamMessageReader(this.#child.stdout),
      new StreamMessageWriter(this.#child.stdin),
    );
    this.#connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const listener of this.#listeners) listener();
    });
    this.#connection.onNotification('claimlint/status', (params: unknown) => {
      this.statuses.push(params);
    });
    this.#connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations.map((registration) => registration.method));
    });
    this.#connection.listen();
  }

  initialize(
    folder: string,
    capabilities: ClientCapabilities = {},
    initializationOptions?: unknown,
  ): Promise<InitializeResult> {
    return this.#connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(folder),
      workspaceFolders: [{ uri: fileUri(folder), name: 'fixture' }],
      capabilities,
      initializationOptions,
    });
  }

  async start(
    folder: string,
    capabilities: ClientCapabilities = {},
    initializationOptions?: unknown,
  ): Promise<InitializeResult> {
    const result = await this.initialize(folder, capabilities, initializationOptions);
    await this.#connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(path: string, languageId: string, text: string): Promise<string> {
    const uri = fileUri(path);
    this.#versions.set(uri, 1);
    await this.#connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return uri;
  }

  /** Replaces the whole text; resolves to the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.#versions.get(uri) ?? 0) + 1;
    this.#versions.set(uri, version);
    await this.#connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  save(uri: string): Promise<void> {
    return this.#connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Pushes settings, as clients without `workspace/configuration` do. */
  changeConfiguration(settings: unknown): Promise<void> {
    return this.#connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  close(uri: string): Promise<void> {
    return this.#connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri },
    });
  }

  filesChanged(uri: string, type: FileChangeType): Promise<void> {
    return this.#connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri, type }],
    });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.#connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character },
    });
  }

  /** Any request, for features without a helper of their own (code actions, completion, references…). */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.#connection.sendRequest<R>(method, params);
  }

  /** Answers the server's requests of one type (`workspace/applyEdit`, `window/showDocument`). */
  answer(method: string, handler: (params: unknown) => unknown): void {
    this.#connection.onRequest(method, handler);
  }

  /** Receives the server's notifications of one type (`$/progress`). */
  onNotification(method: string, handler: (params: unknown) => void): void {
    this.#connection.onNotification(method, handler);
  }

  pullDiagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.#connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
      previousResultId,
    });
  }

  /** Resolves with the first publish for `uri` after index `since` that satisfies `accept`. */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    since = 0,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolvePublish, reject) => {
      const check = (): boolean => {
        const found = this.published.slice(since).find((params) => params.uri === uri && accept(params));
        if (!found) return false;
        this.#listeners.delete(listener);
        clearTimeout(timer);
        resolvePublish(found);
        return true;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#listeners.add(listener);
      check();
    });
  }

  /** Kills the server process outright, as a crash would; resolves once it has exited. */
  kill(): Promise<void> {
    return new Promise((resolveExit) => {
      this.#child.once('exit', () => resolveExit());
      this.#child.kill('SIGKILL');
    });
  }

  async dispose(): Promise<void> {
    try {
      await this.#connection.sendRequest(ShutdownRequest.type);
      await this.#connection.sendNotification(ExitNotification.type);
    } finally {
      this.#connection.dispose();
      this.#child.kill();
    }
  }
}

/** A pause long enough for the server's debounce and a check, to assert that nothing arrives. */
export function settle(ms = 800): Promise<void> {
  return new Promise((resolveSettle) => setTimeout(resolveSettle, ms));
}
