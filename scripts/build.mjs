// Bundles the VS Code client, the language server and the command line with esbuild.
// Bundling is what lets the CommonJS outputs use unified/remark, which are ESM-only,
// and keeps the .vsix free of node_modules.
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';
import { IMPORT_META_URL_BANNER, NODE_BUNDLE_OPTIONS } from './nodeBundle.mjs';

const common = { ...NODE_BUNDLE_OPTIONS, sourcemap: 'linked', minify: false };

// `#!` lets `npx claimlint` and `npx claimlint-ls` run the bundles directly (package.json `bin`).
const executable = { banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL_BANNER}` } };

const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, ...executable, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { ...common, ...executable, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

await Promise.all(bundles.map((options) => build(options)));
await Promise.all(['dist/server.js', 'dist/cli.js'].map((file) => chmod(file, 0o755)));
