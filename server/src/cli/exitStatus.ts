import type { CheckReport } from './cliReport';
import { USAGE_ERROR } from './parseArguments';

/**
 * SPEC "Exit status": 2 when an input could not be checked; 1 for any error, or for warnings beyond
 * `--max-warnings` (any warning at all without it); else 0.
 */
export function exitStatus(
  report: CheckReport,
  inputErrors: number,
  maxWarnings: number | undefined,
): number {
  if (inputErrors > 0) return USAGE_ERROR;
  const severities = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => diagnostic.severity),
  );
  if (severities.includes('error')) return 1;
  const warnings = severities.filter((severity) => severity === 'warning').length;
  return warnings > (maxWarnings ?? 0) ? 1 : 0;
}
