// `npm run bench`: measures claimlint against the physical floor (remark-parse) and its peers, and
// prints a table and writes bench/results.json. The harness is TypeScript (bench/src); like
// scripts/eval.mjs it is bundled with esbuild into a temporary folder and run from there. Every
// scenario runs in a process of its own, so that each peak memory figure is that scenario's. The
// machine may be busy: every figure is a median of several runs, and ratios are taken within a run.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from '../scripts/nodeBundle.mjs';
import { printReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = mkdtempSync(join(tmpdir(), 'claimlint-bench-'));
const ENTRIES = [
  'articleBench',
  'claimScaleBench',
  'claimLoadBench',
  'lspBench',
  'adversarialBench',
  'writeArticle',
];

/** Runs one bundled scenario and returns the JSON it printed last. */
function scenario(name, args, nodeOptions = []) {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [...nodeOptions, join(folder, `${name}.cjs`), ...args.map(String)],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    },
  );
  process.stderr.write(
    `  ${name} ${args.join(' ')}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  const lines = (result.stdout ?? '').trim().split('\n');
  if (result.status !== 0) {
    return {
      error: `exit ${result.status ?? result.signal}: ${(result.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`,
    };
  }
  return JSON.parse(lines.at(-1) ?? '{}');
}

/** Whole-process repeats stop once a command has taken this long in all: a slow peer runs fewer times. */
const PEER_TIME_BUDGET_MS = 40_000;

/** Whole-process wall time (median of up to `runs`) and peak memory of a command, via /usr/bin/time. */
function timeProcess(args, runs) {
  const samples = [];
  let peakRssMb = 0;
  let status;
  for (let run = 0; run < runs && samples.reduce((sum, ms) => sum + ms, 0) < PEER_TIME_BUDGET_MS; run++) {
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    samples.push(performance.now() - started);
    status = result.status;
    const rssKb = Number((result.stderr ?? '').trim().split('\n').at(-1));
    if (Number.isFinite(rssKb)) peakRssMb = Math.max(peakRssMb, rssKb / 1024);
  }
  samples.sort((a, b) => a - b);
  return {
    wallMs: samples[Math.floor(samples.length / 2)],
    runs: samples.length,
    peakRssMb,
    exitStatus: status,
  };
}

try {
  const started = performance.now();
  process.stderr.write('building dist/ and the bench harness…\n');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('npm run build failed');
  await build({
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, join(root, 'bench/src', `${name}.ts`)])),
    outdir: folder,
    outExtension: { '.js': '.cjs' },
    ...NODE_BUNDLE_OPTIONS,
  });

  process.stderr.write('running the scenarios…\n');
  const articles = [10_000, 100_000, 1_000_000].map((bytes) =>
    scenario('articleBench', [bytes, bytes >= 1e6 ? 7 : 11]),
  );
  // The 1M set needs more heap than Node's default limit allows; its peak memory is reported.
  const claimScale = [1_000, 10_000, 100_000, 1_000_000].map((claims) =>
    scenario('claimScaleBench', [claims, 5], claims >= 1e6 ? ['--max-old-space-size=6144'] : []),
  );
  // YAML goes through the positioned parser (~0.1 ms a claim), so it stops at 100k; JSON takes the
  // fast path and is measured up to the 1M of the target.
  const claimLoad = [
    ...[1_000, 10_000, 100_000].map((claims) => [claims, 'yaml']),
    ...[1_000, 10_000, 100_000, 1_000_000].map((claims) => [claims, 'json']),
  ].map((args) => scenario('claimLoadBench', args, ['--max-old-space-size=6144']));
  const lsp = scenario('lspBench', [40, 300]);
  const adversarial = scenario('adversarialBench', [20_000, 3]);

  process.stderr.write('running the peers on the 1 MB article…\n');
  const article = join(folder, 'article-1mb.md');
  scenario('writeArticle', [article, 1_000_000]);
  const claims = join(folder, 'example.claims.yaml');
  copyFileSync(join(root, 'test-fixtures/examples/claims/fentanyl-canada.claims.yaml'), claims);
  const node = process.execPath;
  const peers = {
    'claimlint check': timeProcess(
      [node, join(root, 'dist/cli.js'), 'check', '--claims', claims, '--format', 'json', article],
      3,
    ),
    'markdownlint-cli2 (default rules)': timeProcess(
      [node, join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), article],
      3,
    ),
    'textlint (sentence-length)': timeProcess(
      [
        node,
        join(root, 'node_modules/textlint/bin/textlint.js'),
        '--no-textlintrc',
        '--rule',
        'sentence-length',
        article,
      ],
      3,
    ),
  };

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    totalSeconds: 0,
    articles,
    claimScale,
    claimLoad,
    lsp,
    adversarial,
    peers,
  };
  results.totalSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
