import type { CheckResult } from '../engine/checkArticle';
import type { CheckedFigure } from '../engine/findingModel';
import type { FileReport, ReportDiagnostic, ReportFigure } from './cliReport';
import { positionsOf, reportRange } from './reportRange';

/** An article's findings and figures in the CLI report's shape. */
export function reportArticle(path: string, text: string, result: CheckResult): FileReport {
  const document = positionsOf(text);
  const diagnostics = result.findings.map((finding): ReportDiagnostic => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    ...reportRange(document, finding.start, finding.end),
    text: text.slice(finding.start, finding.end),
    ...(finding.claimId === undefined ? {} : { claim: finding.claimId }),
    ...(finding.sourceId === undefined ? {} : { source: finding.sourceId }),
    ...(finding.expected === undefined ? {} : { expected: finding.expected }),
  }));
  const figures = result.figures.map((checked): ReportFigure => ({
    text: checked.figure.text,
    ...reportRange(document, checked.figure.start, checked.figure.end),
    value: checked.figure.value,
    unit: unitOf(checked),
    claim: checked.claimId ?? null,
    status: checked.status,
  }));
  return { path, diagnostics, figures };
}

/**
 * A measured unit by its canonical code ("kg", "%"); a count by its noun as written ("groups", as
 * SPEC's example shows, where the count's unit code would be the singular); else null.
 */
function unitOf(checked: CheckedFigure): string | null {
  const { unit, countNoun } = checked.figure;
  if (unit && unit.dimension !== 'count') return unit.code;
  return countNoun ?? unit?.code ?? null;
}
