import type { ArticleFormat } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { ResolvedSettings } from '../config/resolvedSettings';
import type { DocumentCache } from '../engine/documentCache';
import { checkArticle, type CheckResult } from '../engine/checkArticle';

/**
 * The one place the CLI and the language server call the engine, so that a change to how it is
 * called (a cache, a time budget) is made once. `documentCache` holds the previous check of the same
 * document (the server keeps one per open document); the result is the same with or without it.
 */
export function checkText(
  text: string,
  format: ArticleFormat,
  claimSet: ClaimSet,
  settings: ResolvedSettings,
  documentCache?: DocumentCache,
): CheckResult {
  return checkArticle({ text, format }, { claimSet, settings, ...(documentCache ? { documentCache } : {}) });
}
