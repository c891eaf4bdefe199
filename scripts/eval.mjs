// `npm run eval`: measures the engine on the development corpus in test-fixtures/eval.
// The harness is TypeScript and the engine uses ESM-only dependencies, so it is bundled with
// esbuild into a temporary CommonJS file (as scripts/build.mjs does for dist/) and run from there;
// nothing in dist/ is touched, so it works from a fresh clone after `npm ci`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from './nodeBundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = mkdtempSync(join(tmpdir(), 'claimlint-eval-'));
const outfile = join(folder, 'eval.cjs');
try {
  await build({
    entryPoints: [join(root, 'server/src/eval/main.ts')],
    outfile,
    ...NODE_BUNDLE_OPTIONS,
  });
  const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.error) throw result.error;
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
