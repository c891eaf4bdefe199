import type { Severity } from '../../../shared/src/rules';
import { collapseLineBreaks } from '../text/collapseLineBreaks';
import type { CheckReport } from './cliReport';

/** Human output in the ESLint "stylish" manner: per file, `line:col  severity  message  rule`, then a summary. */
export function formatStylish(report: CheckReport): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    lines.push(file.path);
    const rows = file.diagnostics.map((d) => [
      `${d.line}:${d.column}`,
      d.severity,
      // Messages quote untrusted article and claim text; a newline in one must not break the table.
      collapseLineBreaks(d.message),
      d.rule,
    ]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    for (const row of rows) {
      lines.push(`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd());
    }
    for (const diagnostic of file.diagnostics) counts[diagnostic.severity] += 1;
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const checked = report.files.length;
  lines.push(
    total === 0
      ? `No problems found (${plural(checked, 'file')} checked).`
      : `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
          `${counts.information} information, ${plural(counts.hint, 'hint')}) in ${plural(checked, 'file')}.`,
  );
  return `${lines.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
