import { relative } from 'node:path';
import type { ArticleEvaluation } from './evaluateCorpus';
import { EVALUATED_RULES } from './evaluatedRules';
import { SPLITS } from './loadCorpus';
import type { Corpus } from './loadCorpus';
import type { ExtractionScore } from './scoreExtraction';
import type { Retention } from './paraphraseRetention';
import { precision, recall, tallyScores } from './tallyScores';
import type { Tally } from './tallyScores';

/**
 * The report a developer acts on: a score table for the tuning part, the validation part and the
 * extraction set, then every miss, false alarm, wrong link and unlisted figure at file:line with
 * its text. `displayRoot` is what paths are shown relative to.
 */
export function formatReport(
  corpus: Corpus,
  evaluations: readonly ArticleEvaluation[],
  extraction: ExtractionScore | undefined,
  displayRoot: string,
  retention?: ReadonlyMap<string, Retention>,
): string {
  const lines: string[] = [];
  for (const split of SPLITS) {
    const subjects = corpus.subjects.filter((subject) => subject.split === split);
    if (subjects.length === 0) continue;
    const part = evaluations.filter((evaluation) => evaluation.subject.split === split);
    lines.push(
      ...scoreTable(
        `${split} part`,
        subjects.map((subject) => subject.name),
        part,
      ),
    );
    if (retention) {
      const kept = subjects.reduce((sum, subject) => sum + (retention.get(subject.name)?.kept ?? 0), 0);
      const links = subjects.reduce((sum, subject) => sum + (retention.get(subject.name)?.links ?? 0), 0);
      lines.push(`links kept when claim subjects are reworded (5 paraphrases each): ${ratio(kept, links)}`);
    }
    lines.push('');
  }
  if (extraction) lines.push(...extractionTable(extraction), '');

  const at = (evaluation: ArticleEvaluation, offset: number): string =>
    `${relative(displayRoot, evaluation.article.path)}:${evaluation.locator.lineOf(offset)}`;
  const quoted = (evaluation: ArticleEvaluation, range: { start: number; end: number }): string =>
    JSON.stringify(evaluation.article.text.slice(range.start, range.end));

  section(lines, 'Missed (false negatives)', evaluations, (evaluation) =>
    evaluation.findings.falseNegatives.map((missed) => {
      const span = missed.spans[0] ?? { start: 0, end: 0 };
      return `${at(evaluation, span.start)}  ${missed.gold.rule}  ${quoted(evaluation, span)}  (${missed.gold.why})`;
    }),
  );
  section(lines, 'False alarms (false positives)', evaluations, (evaluation) =>
    evaluation.findings.falsePositives.map(
      (finding) =>
        `${at(evaluation, finding.start)}  ${finding.rule}  ${quoted(evaluation, finding)}  ${finding.message}`,
    ),
  );
  section(lines, 'Duplicate reports of a found problem (not scored)', evaluations, (evaluation) =>
    evaluation.findings.duplicates.map(
      (finding) =>
        `${at(evaluation, finding.start)}  ${finding.rule}  ${quoted(evaluation, finding)}  ${finding.message}`,
    ),
  );
  section(lines, 'Wrong links', evaluations, (evaluation) =>
    evaluation.links.outcomes
      .filter((outcome) => !outcome.correct)
      .map(
        (outcome) =>
          `${at(evaluation, outcome.span.start)}  ${quoted(evaluation, outcome.span)}  expected ${outcome.gold.claim}, ` +
          `got ${outcome.actual ?? 'no figure'}`,
      ),
  );
  section(lines, 'Figures the gold does not list', evaluations, (evaluation) =>
    evaluation.links.unlisted.map(
      (checked) =>
        `${at(evaluation, checked.figure.start)}  ${quoted(evaluation, checked.figure)}  ${checked.status}` +
        (checked.claimId ? ` ${checked.claimId}` : ''),
    ),
  );
  lines.push(...goldProblemLines(evaluations, extraction, displayRoot));
  if (extraction) {
    const sentenceAt = (file: string): string => relative(displayRoot, file);
    list(
      lines,
      'Extraction misses',
      extraction.missed.map(
        (miss) =>
          `${sentenceAt(miss.sentence.file)}  ${JSON.stringify(miss.text)} ${miss.detail}  in ${JSON.stringify(miss.sentence.text)}`,
      ),
    );
    list(
      lines,
      'Extraction false alarms',
      extraction.falseAlarms.map(
        (miss) =>
          `${sentenceAt(miss.sentence.file)}  ${JSON.stringify(miss.text)} read as ${miss.detail}  in ${JSON.stringify(miss.sentence.text)}`,
      ),
    );
  }
  return lines.join('\n') + '\n';
}

/** Only the gold's own problems: what `--gold-only` prints while a subject is being annotated. */
export function goldProblemLines(
  evaluations: readonly ArticleEvaluation[],
  extraction: ExtractionScore | undefined,
  displayRoot: string,
): string[] {
  const lines: string[] = [];
  section(lines, 'Gold problems (left out of the scores)', evaluations, (evaluation) =>
    evaluation.goldProblems.map(
      (problem) => `${relative(displayRoot, evaluation.article.goldPath)}  ${problem}`,
    ),
  );
  if (extraction) list(lines, 'Extraction gold problems', [...extraction.goldProblems]);
  return lines;
}

function scoreTable(
  title: string,
  subjects: readonly string[],
  evaluations: readonly ArticleEvaluation[],
): string[] {
  const tally = tallyScores(evaluations);
  const controls = evaluations.filter((evaluation) => evaluation.article.gold.kind === 'control');
  return [
    `${title}: ${subjects.length} subjects (${subjects.join(', ')}), ${evaluations.length} articles ` +
      `(${controls.length} controls, ${evaluations.length - controls.length} planted)`,
    row(['rule', 'TP', 'FP', 'FN', 'precision', 'recall']),
    ...EVALUATED_RULES.map((rule) => tallyRow(rule, tally.byRule.get(rule))),
    tallyRow('overall', tally.overall),
    `warnings on controls: ${controls.reduce((sum, evaluation) => sum + evaluation.findings.falsePositives.length, 0)}`,
    `figure→claim linking: ${ratio(tally.correctLinks, tally.goldLinks)} of gold links correct ` +
      `(to a claim: ${ratio(tally.correctClaimLinks, tally.goldClaimLinks)}; ` +
      `unmatched: ${ratio(tally.correctLinks - tally.correctClaimLinks, tally.goldLinks - tally.goldClaimLinks)})`,
  ];
}

function extractionTable(score: ExtractionScore): string[] {
  return [
    `extraction set: ${score.sentences} sentences, ${score.goldFigures} gold figures, ${score.engineFigures} found by the engine`,
    `  precision ${decimal(score.engineFigures === 0 ? undefined : score.correct / score.engineFigures)}` +
      `  recall ${decimal(score.goldFigures === 0 ? undefined : score.found / score.goldFigures)}` +
      `  unit agreement ${ratio(score.unitsAgreeing, score.unitsCompared)}`,
  ];
}

function section(
  lines: string[],
  title: string,
  evaluations: readonly ArticleEvaluation[],
  entries: (evaluation: ArticleEvaluation) => string[],
): void {
  list(lines, title, evaluations.flatMap(entries));
}

function list(lines: string[], title: string, entries: readonly string[]): void {
  lines.push(
    '',
    `${title}: ${entries.length === 0 ? 'none' : entries.length}`,
    ...entries.map((entry) => `  ${entry}`),
  );
}

function tallyRow(label: string, tally: Tally | undefined): string {
  if (!tally) return row([label, '', '', '', '', '']);
  return row([
    label,
    String(tally.truePositives),
    String(tally.falsePositives),
    String(tally.falseNegatives),
    decimal(precision(tally)),
    decimal(recall(tally)),
  ]);
}

const WIDTHS = [22, 5, 5, 5, 11, 8];

function row(cells: readonly string[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i] ?? 0) : cell.padStart(WIDTHS[i] ?? 0)))
    .join('');
}

/** "n/a" when the ratio has no denominator: no evidence is not a score of 0 or 1. */
function decimal(value: number | undefined): string {
  return value === undefined ? 'n/a' : value.toFixed(2);
}

function ratio(part: number, whole: number): string {
  return `${part}/${whole} (${whole === 0 ? 'n/a' : (part / whole).toFixed(2)})`;
}
