import type { CheckReport } from './cliReport';

/** SPEC "--format json": the report model is already the documented shape. */
export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
