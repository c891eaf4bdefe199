import type { ParsedArticle } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import type { CheckedFigure } from '../engine/findingModel';
import type { ClaimIndex } from '../matching/claimIndex';
import type { Period } from '../time/period';

/** What every document-level rule gets: the parsed article, the claim set, and the matched figures. */
export interface RuleInput {
  readonly article: ParsedArticle;
  readonly claimSet: ClaimSet;
  readonly index: ClaimIndex;
  /** Every figure of the article with its status and claim, in document order. */
  readonly figures: readonly CheckedFigure[];
  /** The article's date (its own, else the configured one), for relative times and dated roles. */
  readonly articleDate?: Period;
}
