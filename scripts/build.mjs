// Bundles the VS Code client, the language server and the command line with esbuild.
// Bundling is what lets the CommonJS outputs use unified/remark, which are ESM-only,
// and keeps the .vsix free of node_modules.
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

// ESM-only dependencies (fdir, under tinyglobby) read `import.meta.url`, which a CommonJS bundle
// lacks; every bundle defines it from its own file name.
const importMetaUrl = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minify: false,
  logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaUrl },
};

// `#!` lets `npx claimlint` and `npx claimlint-ls` run the bundles directly (package.json `bin`).
const executable = { banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } };

const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, ...executable, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { ...common, ...executable, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

await Promise.all(bundles.map((options) => build(options)));
await Promise.all(['dist/server.js', 'dist/cli.js'].map((file) => chmod(file, 0o755)));
