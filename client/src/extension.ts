// The VS Code side of claimlint: starts the bundled language server and stays out of the way.
// Everything else (checks, hover, settings) lives in the server, so every editor gets the same.
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  STATUS_NOTIFICATION,
  type ArticleStatus,
  type ClaimlintInitializationOptions,
} from '../../shared/src/statusProtocol';
import { withActiveArticle } from './commandArguments';
import { createClaimSet } from './createClaimSet';
import { openClaimUnderCursor } from './openClaim';
import { RestartPolicy } from './restartPolicy';
import { editsOnlyDocument } from './trustedEdits';
import { ArticleStatusBar, SHOW_PROBLEMS_COMMAND } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = window.createOutputChannel('claimlint', { log: true });
  const restarts = new RestartPolicy();
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', pattern: '**/*.claims.{yaml,yml,json}' },
      { scheme: 'file', pattern: '**/.claimlint.yaml' },
    ],
    synchronize: { configurationSection: 'claimlint' },
    // The client pulls only on open unless told otherwise; claimlint checks as the writer types
    // (the server answers "unchanged" to these pulls under `claimlint.run: onSave`).
    diagnosticPullOptions: { onChange: true, onSave: true },
    initializationOptions: { statusNotifications: true } satisfies ClaimlintInitializationOptions,
    outputChannel,
    middleware: {
      executeCommand: (command, args, next) => next(command, withActiveArticle(command, args)),
      // An untrusted workspace only reads: no fix that writes another file (a claim file).
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        if (workspace.isTrusted || !actions) return actions;
        return actions.filter((action) =>
          editsOnlyDocument('edit' in action ? action : {}, document.uri.toString()),
        );
      },
    },
    // A crashed server is restarted (the client re-opens the documents, so they are checked again),
    // unless it keeps crashing; nothing pops up either way, the log says what happened.
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        if (restarts.shouldRestart()) {
          outputChannel.appendLine('claimlint: the language server stopped; restarting it.');
          return { action: CloseAction.Restart, handled: true };
        }
        outputChannel.appendLine(
          'claimlint: the language server keeps stopping; not restarting it (see the log above).',
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  client = new LanguageClient('claimlint', 'claimlint', serverOptions, clientOptions);
  const statusBar = new ArticleStatusBar();
  context.subscriptions.push(
    statusBar,
    client.onNotification(STATUS_NOTIFICATION, (status: ArticleStatus) => statusBar.update(status)),
    client.onDidChangeState(() => statusBar.clear()),
    commands.registerCommand('claimlint.showLog', () => outputChannel.show(true)),
    commands.registerCommand('claimlint.createClaimSet', createClaimSet),
    commands.registerCommand('claimlint.openClaim', openClaimUnderCursor),
    // The Problems view has no API for its filter; it opens with the active file's findings in view.
    commands.registerCommand(SHOW_PROBLEMS_COMMAND, () =>
      commands.executeCommand('workbench.actions.view.problems'),
    ),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
