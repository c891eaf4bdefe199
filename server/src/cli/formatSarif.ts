import { RULE_IDS, type Severity } from '../../../shared/src/rules';
import type { CheckReport } from './cliReport';

/** SARIF has three result levels; information and hints are both notes. */
const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * A minimal valid SARIF 2.1.0 log, for code-scanning uploads. Columns are UTF-16 code units,
 * SARIF's default `columnKind`, and paths are relative to the working directory (`%SRCROOT%`).
 */
export function formatSarif(report: CheckReport, version: string): string {
  const results = report.files.flatMap((file) =>
    file.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.rule,
      ruleIndex: RULE_IDS.indexOf(diagnostic.rule),
      level: SARIF_LEVEL[diagnostic.severity],
      message: { text: diagnostic.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: diagnostic.line,
              startColumn: diagnostic.column,
              endLine: diagnostic.endLine,
              endColumn: diagnostic.endColumn,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimlint',
            version,
            rules: RULE_IDS.map((id) => ({ id, name: id })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
