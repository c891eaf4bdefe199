// Prints the results of bench/run.mjs as Markdown tables, with each target of issue #6 checked.
import process from 'node:process';

const ms = (value) =>
  Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms` : '—';
const mb = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '—');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const kb = (bytes) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`;

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function failed(result) {
  return result?.error ? `failed: ${result.error}` : undefined;
}

/** Each target of the issue: what it asks, the measured figure, and whether it is met. */
export function targets(results) {
  const oneMb = results.articles.at(-1);
  const hundredK = results.claimScale.find((row) => row.claims >= 99_000 && row.claims < 1e6);
  const million = results.claimScale.find((row) => row.claims >= 1e6);
  const millionLoad = results.claimLoad.find((row) => row.claims >= 1e6 && row.format === 'json');
  const claimlint = results.peers['claimlint check'];
  const textlint = results.peers['textlint (sentence-length)'];
  return [
    ['full check ≤ 1.5× remark-parse, 1 MB', ratio(oneMb?.ratio), oneMb?.ratio <= 1.5],
    ['check with 100k claims ≤ 1.5× example set, 50 KB', ratio(hundredK?.ratio), hundredK?.ratio <= 1.5],
    ['keystroke → diagnostics p50 ≤ 30 ms, 50 KB', ms(results.lsp.p50Ms), results.lsp.p50Ms <= 30],
    ['keystroke → diagnostics p95 ≤ 100 ms, 50 KB', ms(results.lsp.p95Ms), results.lsp.p95Ms <= 100],
    [
      '1M claims load ≤ 5 s and ≤ 1 GB (JSON)',
      millionLoad
        ? `${ms(millionLoad.loadMs)}, peak ${mb(millionLoad.peakRssMb)}`
        : `— (index alone, in memory: ${ms(million?.rebuildMs)}, peak ${mb(million?.peakRssMb)})`,
      millionLoad?.loadMs <= 5000 && millionLoad?.peakRssMb <= 1024,
    ],
    [
      'claimlint faster than textlint, 1 MB',
      `${ms(claimlint?.wallMs)} vs ${ms(textlint?.wallMs)}`,
      claimlint?.wallMs < textlint?.wallMs,
    ],
  ];
}

export function printReport(results) {
  const out = [];
  out.push(
    `claimlint bench — ${results.date}, Node ${results.node}, ${results.cpus} CPUs, ${results.totalSeconds.toFixed(0)} s`,
  );
  out.push(
    '\nArticle size: remark-parse alone (the floor) against a full check, example claim set (medians)\n',
  );
  out.push(
    table(
      ['article', 'remark-parse', 'full check', 'check / parse', 'figures', 'peak RSS'],
      results.articles.map((row) =>
        failed(row)
          ? [failed(row), '', '', '', '', '']
          : [
              kb(row.bytes),
              ms(row.parseMs),
              ms(row.checkMs),
              ratio(row.ratio),
              row.figures,
              mb(row.peakRssMb),
            ],
      ),
    ),
  );
  out.push('\nClaim-set size: index build, one figure’s lookup, full check of a 50 KB article (medians)\n');
  out.push(
    table(
      [
        'claims',
        'index build',
        'lookup / figure',
        'candidates / figure',
        'check',
        'check, example set',
        'ratio',
        'index heap',
        'peak RSS',
      ],
      results.claimScale.map((row) =>
        failed(row)
          ? [failed(row), '', '', '', '', '', '', '', '']
          : [
              row.claims.toLocaleString('en'),
              ms(row.rebuildMs),
              `${row.lookupUs.toFixed(0)} µs`,
              row.candidatesPerFigure.toFixed(1),
              ms(row.checkMs),
              ms(row.exampleCheckMs),
              ratio(row.ratio),
              mb(row.indexHeapMb),
              mb(row.peakRssMb),
            ],
      ),
    ),
  );
  out.push(
    '\nLoading claim files (10k claims a file; JSON by the fast path, YAML parsed with positions; validated, merged, indexed)\n',
  );
  out.push(
    table(
      ['claims', 'format', 'files', 'parse + validate', 'index', 'load', 'peak RSS'],
      results.claimLoad.map((row) =>
        failed(row)
          ? [failed(row), '', '', '', '', '', '']
          : [
              row.claims.toLocaleString('en'),
              // Results from before JSON rows were added are all YAML.
              row.format ?? 'yaml',
              `${row.fileMb.toFixed(1)} MB in ${row.files}`,
              ms(row.parseMs),
              ms(row.indexMs),
              ms(row.loadMs),
              mb(row.peakRssMb),
            ],
      ),
    ),
  );
  const lsp = results.lsp;
  out.push('\nKeystroke → publishDiagnostics through `node dist/server.js --stdio`, 50 KB article\n');
  out.push(
    failed(lsp) ??
      table(
        ['open → diagnostics', 'single edits p50', 'p95', 'bursts (last key) p50', 'p95', 'server peak RSS'],
        [
          [
            ms(lsp.openMs),
            ms(lsp.p50Ms),
            ms(lsp.p95Ms),
            ms(lsp.burstP50Ms),
            ms(lsp.burstP95Ms),
            mb(lsp.serverPeakRssMb),
          ],
        ],
      ),
  );
  out.push('\nAdversarial inputs (growth: time at 2× size / time at 1× size; 2 is linear, 4 quadratic)\n');
  out.push(
    failed(results.adversarial) ??
      table(
        ['input', 'size', 'remark-parse', 'growth', 'full check', 'growth'],
        results.adversarial.results.map((row) => [
          row.name,
          kb(row.bytes),
          ms(row.parseMs),
          ratio(row.parseGrowth),
          ms(row.checkMs),
          ratio(row.checkGrowth),
        ]),
      ),
  );
  out.push('\nPeers on the same 1 MB Markdown file: whole process, median of the runs\n');
  out.push(
    table(
      ['tool', 'wall time', 'runs', 'peak RSS', 'exit status'],
      Object.entries(results.peers).map(([name, row]) => [
        name,
        ms(row.wallMs),
        row.runs,
        mb(row.peakRssMb),
        row.exitStatus,
      ]),
    ),
  );
  out.push('\nTargets\n');
  out.push(
    table(
      ['target', 'measured', 'met'],
      targets(results).map(([name, value, met]) => [name, value, met ? 'yes' : 'no']),
    ),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}
