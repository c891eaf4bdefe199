import type { ParsedArticle } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { CheckResult } from '../engine/checkArticle';
import type { CitationStyle } from '../../../shared/src/settings';
import { missingCitationRequests } from './citableFigures';
import { planCitations, type PlannedCitations } from './insertCitations';

/**
 * `source.fixAll.claimlint` and `claimlint.insertAllCitations`: every missing citation of the document
 * in one edit, numbered and defined as one batch.
 */
export function fixAllCitations(
  article: ParsedArticle,
  result: CheckResult,
  claimSet: ClaimSet,
  style: CitationStyle,
): PlannedCitations {
  return planCitations(article, claimSet, style, missingCitationRequests(result, claimSet));
}
