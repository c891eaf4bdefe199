import { join } from 'node:path';
import { parseArticle } from '../../src/article/parseArticle';
import { findCreditPhrases } from '../../src/attribution/creditPhrases';
import { checkArticle } from '../../src/engine/checkArticle';
import type { ClaimSet } from '../../src/claims/claimModel';
import { exampleContext, FIXTURES, loadClaimSet } from '../engine/exampleClaimSet';

export const RIVAL_CLAIMS = join(FIXTURES, 'attribution/rival-sources.claims.yaml');

/** The credit phrases of every sentence of a one-paragraph text; a speaker's phrase is marked "(quote)". */
export function creditPhrasesOf(text: string): string[] {
  const block = parseArticle(text, 'text').blocks[0];
  if (!block) return [];
  return block.sentences.flatMap((sentence) =>
    findCreditPhrases(block.text, sentence, block.quotations).map(
      (phrase) => `${phrase.text}${phrase.quotation ? ' (quote)' : ''}`,
    ),
  );
}

/** Checks Markdown text against the example claim set, or the claim set given. */
export function check(text: string, claimSet?: ClaimSet) {
  const context = exampleContext();
  const result = checkArticle({ text, format: 'markdown' }, claimSet ? { ...context, claimSet } : context);
  const of = (rule: string) => result.findings.filter((finding) => finding.rule === rule);
  const statuses = result.figures.map(
    (checked) => `${checked.figure.text}:${checked.status}:${checked.claimId ?? '-'}`,
  );
  return { ...result, of, statuses };
}

export function rivalClaims(): ClaimSet {
  return loadClaimSet(RIVAL_CLAIMS);
}
