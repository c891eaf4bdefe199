// Entry point of `claimlint-ls` (dist/server.js). The transport comes from argv
// (--stdio, --node-ipc, --socket=N), as every LSP client passes it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
