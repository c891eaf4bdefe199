// esbuild options shared by every CommonJS bundle for Node: the shipped dist/ bundles, and the
// temporary bundles `npm run eval` and `npm run bench` run their TypeScript harnesses from.

// ESM-only dependencies (fdir, under tinyglobby) read `import.meta.url`, which a CommonJS bundle
// lacks; every bundle defines it from its own file name.
export const IMPORT_META_URL_BANNER =
  "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: IMPORT_META_URL_BANNER },
};
