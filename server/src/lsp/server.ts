import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SETTINGS_SECTION } from '../../../shared/src/settings';
import { STATUS_NOTIFICATION } from '../../../shared/src/statusProtocol';
import { validateEditorSettings } from '../config/resolveSettings';
import type { EditorSettings } from '../config/validateEditorSettings';
import { ArticleChecker, type CheckedDocument } from './articleChecker';
import { articleStatus, wantsStatusNotifications } from './articleStatus';
import { CheckGate } from './checkGate';
import { CheckScheduler } from './checkScheduler';
import { ClaimsetPublisher } from './claimsetPublisher';
import { clientFeatures, serverCapabilities, type ClientFeatures } from './clientFeatures';
import { documentKind } from './documentKind';
import { editingCapabilities, registerEditingFeatures } from './editingFeatures';
import { hoverAt } from './hover';
import type { RootContext } from './rootContext';
import { RootRegistry } from './rootRegistry';
import { checkedDiagnostics } from './toDiagnostics';
import { pathOfUri, uriOfPath } from './uris';
import { WorkspaceCheck } from './workspaceCheck';
import { workspaceFolderPaths } from './workspaceFolderPaths';

/**
 * Typing faster than this apart is coalesced into one check after the pause; slower typing gets a
 * check per keystroke, which costs ~10–20 ms on a 50 KB article now that edits re-check only what
 * they touched (npm run bench).
 */
const DEBOUNCE_MS = 75;

/** Files whose changes on disk can change a claim set (SPEC: claim files and the config). */
const WATCHED_FILES = ['**/*.claims.{yaml,yml,json}', '**/.claimlint.yaml'];

/** Wires the claimlint language server to a connection; the connection is listening when this returns. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const scheduler = new CheckScheduler(DEBOUNCE_MS);
  let features: ClientFeatures = clientFeatures({});
  const registry = new RootRegistry(
    editorSettings,
    (context) => void reload(context),
    // `log` is declared below; the registry only logs once the server runs.
    (message) => log(message),
  );
  const checker = new ArticleChecker(registry);
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked for them. */
  let pushedSettings: unknown;
  let sendsStatus = false;
  const gate = new CheckGate((uri) =>
    features.configuration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: `${SETTINGS_SECTION}.run` })
      : Promise.resolve(runOf(pushedSettings)),
  );

  const log = (message: string): void => connection.console.error(`claimlint: ${message}`);
  const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
  /** Messages to the client are fire-and-forget, but a failed one (the client went away) is logged, never thrown. */
  const inBackground = (work: Promise<unknown>, what: string): void => {
    work.catch((error: unknown) => log(`${what} failed: ${describe(error)}`));
  };

  /** An open document's own URI wins, so the client matches the diagnostics to its buffer. */
  const uriOf = (file: string): string =>
    documents.all().find((document) => pathOfUri(document.uri) === file)?.uri ?? uriOfPath(file);
  const claimset = new ClaimsetPublisher((uri, diagnostics) => {
    inBackground(connection.sendDiagnostics({ uri, diagnostics }), `publishing diagnostics for ${uri}`);
  }, uriOf);

  const workspaceCheck = new WorkspaceCheck({
    registry,
    isOpen: (file) => documents.all().some((document) => pathOfUri(document.uri) === file),
    publish: (uri, diagnostics) => {
      inBackground(connection.sendDiagnostics({ uri, diagnostics }), `publishing diagnostics for ${uri}`);
    },
    startProgress: () => connection.window.createWorkDoneProgress(),
    log,
  });

  /** Tells a client that asked for it the counts of the check it is about to show. */
  function sendStatus(uri: string, checked: CheckedDocument): void {
    if (!sendsStatus) return;
    inBackground(
      connection.sendNotification(STATUS_NOTIFICATION, articleStatus(uri, checked.result)),
      `sending the status of ${uri}`,
    );
  }

  async function editorSettings(root: string | undefined): Promise<EditorSettings | undefined> {
    const raw: unknown = features.configuration
      ? await connection.workspace.getConfiguration({
          ...(root === undefined ? {} : { scopeUri: uriOfPath(root) }),
          section: SETTINGS_SECTION,
        })
      : pushedSettings;
    return raw === undefined || raw === null ? undefined : validateEditorSettings(raw);
  }

  /** Reloads a root; when its settings or claim set changed, re-publishes and re-checks what depends on it. */
  async function reload(context: RootContext): Promise<void> {
    try {
      if (!(await context.reload())) return;
      claimset.publish(context);
      recheckArticles(context);
    } catch (error) {
      log(`loading the claim set of ${context.root ?? 'the untitled documents'} failed: ${describe(error)}`);
    }
  }

  function recheckArticles(context: RootContext): void {
    const articles = documents
      .all()
      .filter((document) => checker.isArticle(document) && registry.contextFor(document.uri) === context);
    if (articles.length === 0) return;
    if (!features.pullDiagnostics) {
      for (const article of articles) schedulePush(article.uri);
    } else if (features.diagnosticRefresh) {
      inBackground(connection.languages.diagnostics.refresh(), 'asking the client to pull diagnostics again');
    }
  }

  function schedulePush(uri: string): void {
    scheduler.schedule(uri, async (isCurrent) => {
      const document = documents.get(uri);
      if (!document) return;
      try {
        if (!(await gate.allows(document))) return;
        const checked = await checker.check(document);
        // A newer edit or a close while the claim set loaded: that run (or none) publishes instead.
        if (!checked || !isCurrent()) return;
        const diagnostics = checkedDiagnostics(document, checked, (file) => checked.context.textOf(file));
        inBackground(
          connection.sendDiagnostics({ uri, version: checked.version, diagnostics }),
          `publishing diagnostics for ${uri}`,
        );
        sendStatus(uri, checked);
      } catch (error) {
        log(`checking ${uri} failed: ${describe(error)}`);
      }
    });
  }

  /** Unsaved claim files and config buffers overlay the disk; their root reloads after a quiet period. */
  function overlay(document: TextDocument, text: string | undefined): void {
    const path = pathOfUri(document.uri);
    const kind = documentKind(document.uri, document.languageId).kind;
    if (path === undefined || (kind !== 'claims' && kind !== 'config')) return;
    const context = registry.contextFor(document.uri);
    if (kind === 'config') {
      if (context.configFile !== path) return;
      context.setConfigOverlay(text);
    } else if (text === undefined) {
      context.store.deleteOverlay(path);
    } else {
      context.store.setOverlay(path, text);
    }
    scheduler.schedule(document.uri, () => reload(context));
  }

  connection.onInitialize((params: InitializeParams) => {
    features = clientFeatures(params.capabilities);
    sendsStatus = wantsStatusNotifications(params.initializationOptions);
    registry.setFolders(workspaceFolderPaths(params));
    return {
      capabilities: { ...serverCapabilities(), ...editingCapabilities() },
      serverInfo: { name: 'claimlint' },
    };
  });

  connection.onInitialized(() => {
    if (features.dynamicWatchedFiles) {
      inBackground(
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })),
        }),
        'watching claim files',
      );
    }
    if (features.dynamicConfigurationChange) {
      inBackground(
        connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }),
        'watching settings',
      );
    }
    registry.openFolders();
  });

  documents.onDidOpen(({ document }) => {
    gate.markSaved(document);
    if (checker.isArticle(document)) workspaceCheck.opened(document.uri, !features.pullDiagnostics);
  });

  documents.onDidSave(({ document }) => {
    gate.markSaved(document);
    if (!checker.isArticle(document)) return;
    if (!features.pullDiagnostics) schedulePush(document.uri);
    else if (features.diagnosticRefresh) {
      inBackground(connection.languages.diagnostics.refresh(), 'asking the client to pull diagnostics again');
    }
  });

  documents.onDidChangeContent(({ document }) => {
    if (checker.isArticle(document)) {
      if (!features.pullDiagnostics) schedulePush(document.uri);
    } else {
      overlay(document, document.getText());
    }
  });

  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    checker.forget(document.uri);
    gate.forget(document.uri);
    if (checker.isArticle(document)) {
      if (!features.pullDiagnostics) {
        inBackground(
          connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }),
          'clearing diagnostics',
        );
      }
    } else {
      overlay(document, undefined);
    }
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const contexts = new Set<RootContext>();
    for (const change of changes) {
      const path = pathOfUri(change.uri);
      if (path === undefined) continue;
      for (const context of registry.contextsContaining(path)) contexts.add(context);
    }
    for (const context of contexts) void reload(context);
  });

  connection.onDidChangeConfiguration((change) => {
    const settings: unknown = change.settings;
    pushedSettings =
      typeof settings === 'object' && settings !== null && SETTINGS_SECTION in settings
        ? (settings as Record<string, unknown>)[SETTINGS_SECTION]
        : undefined;
    gate.settingsChanged();
    for (const context of registry.all()) void reload(context);
  });

  registerEditingFeatures({
    connection,
    documents,
    checker,
    registry,
    canReveal: () => features.showDocument,
    checkWorkspace: (token) => workspaceCheck.run(token),
    log,
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    try {
      const checked = await checker.check(document);
      return checked ? hoverAt(document, position, checked.result, checked.context.claimSet) : null;
    } catch (error) {
      log(`hover in ${textDocument.uri} failed: ${describe(error)}`);
      return null;
    }
  });

  connection.languages.diagnostics.on(async ({ textDocument, previousResultId }) => {
    const document = documents.get(textDocument.uri);
    let items: Diagnostic[] = [];
    let resultId: string | undefined;
    try {
      // With `run: onSave`, unsaved edits keep the findings the client already has.
      if (document && previousResultId !== undefined && !(await gate.allows(document))) {
        return { kind: 'unchanged', resultId: previousResultId };
      }
      const checked = document ? await checker.check(document) : undefined;
      if (document && checked) {
        items = checkedDiagnostics(document, checked, (file) => checked.context.textOf(file));
        resultId = `${checked.context.version}:${checked.version}`;
        sendStatus(textDocument.uri, checked);
      }
    } catch (error) {
      log(`checking ${textDocument.uri} failed: ${describe(error)}`);
    }
    // Claim files and the config answer empty: their problems are pushed (see ClaimsetPublisher).
    return resultId === undefined ? { kind: 'full', items } : { kind: 'full', resultId, items };
  });

  documents.listen(connection);
  connection.listen();
}

/** `run` from settings pushed under `claimlint`, for clients without `workspace/configuration`. */
function runOf(settings: unknown): unknown {
  return typeof settings === 'object' && settings !== null && 'run' in settings ? settings.run : undefined;
}
