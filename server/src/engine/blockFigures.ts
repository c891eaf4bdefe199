import type { ParsedArticle } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import { extractBlockFigures } from '../figures/extractFigures';
import { claimIndexFor } from '../matching/claimIndex';
import { figureContext } from '../matching/figureContext';
import { matchFigure, type FigureMatch } from '../matching/matchFigure';
import { exclusiveInSentence } from '../matching/sentenceExclusivity';
import { scoreClaims } from '../matching/scoreClaims';
import { figureConflictFinding } from '../rules/figureConflict';
import { missingCitationFinding } from '../rules/missingCitation';
import { unverifiedFigureFinding } from '../rules/unverifiedFigure';
import type { Period } from '../time/period';
import type { CheckedFigure, Finding } from './findingModel';

const UNMATCHED: FigureMatch = { kind: 'unmatched' };

/** What the figure rules found in one block: its figures, matched, and their findings, unfiltered. */
export interface BlockFigures {
  readonly findings: readonly Finding[];
  readonly figures: readonly CheckedFigure[];
}

/**
 * Runs the figure rules over one block: every figure matched against the claim set. A figure's
 * match reads only its own block (its sentence, the sentence before, the block's citation marks),
 * which is what lets an incremental check reuse the result of an unchanged block.
 */
export function checkBlockFigures(
  article: ParsedArticle,
  blockIndex: number,
  claimSet: ClaimSet,
  articleDate: Period | undefined,
): BlockFigures {
  const index = claimIndexFor(claimSet);
  const findings: Finding[] = [];
  const figures: CheckedFigure[] = [];
  const matched = extractBlockFigures(article, blockIndex, articleDate).map((figure) => ({
    figure,
    // A duration that says when the other figures are is about no claim.
    match: figure.saysWhen
      ? UNMATCHED
      : matchFigure(figure, scoreClaims(figure, figureContext(article, figure), index, articleDate)),
  }));
  const matches = exclusiveInSentence(matched);
  matched.forEach(({ figure }, at) => {
    const match = matches[at] ?? UNMATCHED;
    if (match.kind === 'unmatched') {
      figures.push({ figure, status: 'unmatched' });
      if (!figure.saysWhen) findings.push(unverifiedFigureFinding(figure));
      return;
    }
    const { candidate } = match;
    figures.push({ figure, status: match.kind, claimId: candidate.indexed.claim.id });
    if (match.kind === 'conflict') {
      findings.push(figureConflictFinding(figure, candidate, claimSet));
    } else {
      const missing = missingCitationFinding(article, figure, candidate, claimSet);
      if (missing) findings.push(missing);
    }
  });
  return { findings, figures };
}
