// Placeholder signature while the engine is written; replaced by the real pipeline.
import type { ArticleFormat } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { ResolvedSettings } from '../config/resolvedSettings';
import type { Severity } from '../../../shared/src/rules';
import type { CheckedFigure, Finding } from './findingModel';

export interface ArticleInput {
  readonly text: string;
  readonly format: ArticleFormat;
}

export interface ReportedFinding extends Finding {
  readonly severity: Severity;
}

export interface CheckResult {
  /** Findings with their configured severity; rules turned off and silenced findings left out. */
  readonly findings: readonly ReportedFinding[];
  readonly figures: readonly CheckedFigure[];
}

export interface CheckContext {
  readonly claimSet: ClaimSet;
  readonly settings: ResolvedSettings;
}

export function checkArticle(input: ArticleInput, context: CheckContext): CheckResult {
  void input;
  void context;
  return { findings: [], figures: [] };
}
