import { resolve } from 'node:path';
import { evaluateCorpus } from './evaluateCorpus';
import { formatReport } from './formatReport';
import { loadCorpus } from './loadCorpus';

/** The default corpus, relative to the repository root the runner starts in. */
const DEFAULT_MANIFEST = 'test-fixtures/eval/corpus.yaml';

/**
 * `npm run eval`: checks the development corpus and prints precision, recall and linking accuracy.
 * Always exits 0 once the report is printed: it is a measurement, not a gate (the thresholds live in
 * the tests). A corpus that cannot be loaded is a broken fixture and exits 2.
 */
function main(): void {
  const root = process.cwd();
  const manifest = resolve(root, process.argv[2] ?? DEFAULT_MANIFEST);
  try {
    const corpus = loadCorpus(manifest);
    const problems = corpus.claimSet.problems.map((problem) => `${problem.file}: ${problem.message}`);
    if (problems.length > 0) process.stderr.write(`claim-set problems:\n${problems.join('\n')}\n`);
    process.stdout.write(formatReport(corpus, evaluateCorpus(corpus), root));
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

main();
