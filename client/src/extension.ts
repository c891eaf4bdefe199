// The VS Code side of claimlint: starts the bundled language server and stays out of the way.
// Everything else (checks, hover, settings) lives in the server, so every editor gets the same.
import { window, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = window.createOutputChannel('claimlint', { log: true });
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
    outputChannel,
  };
  client = new LanguageClient('claimlint', 'claimlint', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
