import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSpanLocator } from './spanLocator';
import { evaluateCorpus } from './evaluateCorpus';
import { loadExtractionSet } from './extractionSet';
import { formatReport, goldProblemLines } from './formatReport';
import { loadCorpus } from './loadCorpus';
import { paraphraseRetention } from './paraphraseRetention';
import { scoreExtraction } from './scoreExtraction';

/** The default corpus, relative to the repository root the runner starts in. */
const DEFAULT_MANIFEST = 'test-fixtures/eval/corpus.yaml';
const GOLD_ONLY = '--gold-only';

/**
 * `npm run eval [--gold-only] [corpus.yaml | subject folder]`: checks the development corpus and
 * prints precision, recall and linking accuracy per split, and the extraction set's scores. Always
 * exits 0 once the report is printed: it is a measurement, not a gate (the thresholds live in the
 * tests). `--gold-only` prints only claim-set and gold problems, for annotating without looking at
 * what the engine says. A corpus that cannot be loaded is a broken fixture and exits 2.
 */
function main(): void {
  const root = process.cwd();
  const args = process.argv.slice(2);
  const goldOnly = args.includes(GOLD_ONLY);
  const manifest = resolve(root, args.find((arg) => arg !== GOLD_ONLY) ?? DEFAULT_MANIFEST);
  try {
    const corpus = loadCorpus(manifest);
    const problems = corpus.subjects.flatMap((subject) =>
      subject.claimSet.problems.map((problem) => {
        const line = createSpanLocator(readFileSync(problem.file, 'utf8')).lineOf(problem.span.start);
        return `${problem.file}:${line}: ${problem.message}`;
      }),
    );
    if (problems.length > 0) process.stderr.write(`claim-set problems:\n${problems.join('\n')}\n`);
    const evaluations = evaluateCorpus(corpus);
    const extraction = corpus.extractionFolder
      ? scoreExtraction(loadExtractionSet(corpus.extractionFolder))
      : undefined;
    process.stdout.write(
      goldOnly
        ? goldProblemLines(evaluations, extraction, root).join('\n') + '\n'
        : formatReport(
            corpus,
            evaluations,
            extraction,
            root,
            new Map(corpus.subjects.map((subject) => [subject.name, paraphraseRetention(subject)])),
          ),
    );
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

main();
