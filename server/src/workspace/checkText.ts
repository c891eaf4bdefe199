import type { ArticleFormat } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { ResolvedSettings } from '../config/resolvedSettings';
import { checkArticle, type CheckResult } from '../engine/checkArticle';

/**
 * The one place the CLI and the language server call the engine, so that a change to how it is
 * called (a cache, a time budget) is made once.
 */
export function checkText(
  text: string,
  format: ArticleFormat,
  claimSet: ClaimSet,
  settings: ResolvedSettings,
): CheckResult {
  return checkArticle({ text, format }, { claimSet, settings });
}
