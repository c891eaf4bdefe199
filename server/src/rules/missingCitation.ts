import type { ParsedArticle } from '../article/articleModel';
import { hasAuthorDateCitation } from '../article/authorDateCitations';
import { describeClaimSources } from '../claims/describeClaims';
import type { ClaimSet } from '../claims/claimModel';
import type { Finding } from '../engine/findingModel';
import type { Figure } from '../figures/figureModel';
import type { Candidate } from '../matching/scoreClaims';

/**
 * Whether a citation mark (footnote, citekey or link) or an author-date citation in words ("(BC
 * Coroners Service, 2024)", how plain text cites) stands in the figure's sentence or right after it,
 * before the next sentence starts ("…350 groups.[^1]"). Exported for the citation quick fix, which is
 * offered only where this is false.
 */
export function hasCitationMark(article: ParsedArticle, figure: Figure): boolean {
  const block = article.blocks[figure.blockIndex];
  const sentence = block?.sentences[figure.sentenceIndex];
  if (!block || !sentence) return false;
  const next = block.sentences[figure.sentenceIndex + 1];
  const end = next ? next.start : block.text.length;
  return (
    block.citations.some((mark) => mark.proseOffset >= sentence.start && mark.proseOffset < end) ||
    hasAuthorDateCitation(block.text, sentence.start, end)
  );
}

/**
 * SPEC `missing-citation`: a checked figure with no citation near it. A figure counts as cited
 * when its sentence carries a citation mark, or when it or the sentence before credits one of
 * the claim's sources or their author ("according to a confidential federal memo", "the BC
 * Coroners Service reported"), as the attribution finder reads it (`Candidate.sourceCredited`):
 * in-text attribution is how news writing cites. A name that merely appears ("seized by the
 * CBSA") is not a citation.
 */
export function missingCitationFinding(
  article: ParsedArticle,
  figure: Figure,
  candidate: Candidate,
  claimSet: ClaimSet,
): Finding | undefined {
  if (candidate.sourceCredited || hasCitationMark(article, figure)) return undefined;
  const { claim } = candidate.indexed;
  const citation = describeClaimSources(claim, claimSet.sources);
  return {
    rule: 'missing-citation',
    message: `${figure.text} has no citation${citation ? `: cite ${citation}` : ''}`,
    start: figure.start,
    end: figure.end,
    claimId: claim.id,
    ...(claim.sources[0] ? { sourceId: claim.sources[0] } : {}),
  };
}
