import type { Severity } from '../../../shared/src/rules';
import type { ClaimFileProblem } from '../claims/claimModel';
import type { FileReport, ReportDiagnostic } from './cliReport';
import { positionsOf, reportRange } from './reportRange';

/**
 * Claim-set and config problems as `claimset` diagnostics, one report entry per file.
 * `textOf` gives the text a file was parsed from; a file that could not be read has none
 * and its problems sit at 1:1.
 */
export function reportClaimProblems(
  problems: readonly ClaimFileProblem[],
  severity: Severity,
  textOf: (file: string) => string | undefined,
  pathOf: (file: string) => string,
): FileReport[] {
  const byFile = new Map<string, ClaimFileProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile].map(([file, fileProblems]) => {
    const text = textOf(file) ?? '';
    const document = positionsOf(text);
    const diagnostics = fileProblems.map((problem): ReportDiagnostic => ({
      rule: 'claimset',
      severity,
      message: problem.message,
      ...reportRange(document, problem.span.start, problem.span.end),
      text: text.slice(problem.span.start, problem.span.end),
    }));
    return { path: pathOf(file), diagnostics, figures: [] };
  });
}
