import type { RuleId, Severity } from '../../../shared/src/rules';
import type { FigureStatus } from '../engine/findingModel';

/** A place in a file as the CLI reports it: 1-based lines and columns, UTF-16 columns, `endColumn` exclusive. */
export interface ReportRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** One diagnostic in SPEC "--format json" shape; `claim`, `source`, `expected` only where they apply. */
export interface ReportDiagnostic extends ReportRange {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly text: string;
  readonly claim?: string;
  readonly source?: string;
  readonly expected?: string;
}

export interface ReportFigure extends ReportRange {
  readonly text: string;
  readonly value: number;
  readonly unit: string | null;
  readonly claim: string | null;
  readonly status: FigureStatus;
}

export interface FileReport {
  /** Relative to the working directory, with forward slashes. */
  readonly path: string;
  readonly diagnostics: readonly ReportDiagnostic[];
  readonly figures: readonly ReportFigure[];
}

/** The whole run: what every formatter prints. */
export interface CheckReport {
  readonly files: readonly FileReport[];
}
