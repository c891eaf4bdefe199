import { dirname } from 'node:path';
import type { ClaimSet } from '../claims/claimModel';
import { resolveSettings } from '../config/resolveSettings';
import { checkArticle, type CheckResult } from '../engine/checkArticle';
import type { CorpusSubject } from './loadCorpus';

/** How many of the engine's figure→claim links survive rewording the claims' subjects. */
export interface Retention {
  readonly kept: number;
  readonly links: number;
}

function checkAll(subject: CorpusSubject, claimSet: ClaimSet): CheckResult[] {
  return subject.articles.map((article) =>
    checkArticle(
      { text: article.text, format: article.format },
      { claimSet, settings: resolveSettings(dirname(article.path), undefined, undefined) },
    ),
  );
}

/**
 * Invariance under paraphrase (issue #11): the claim set is checked once as written and once per
 * rewording (every claim's subject replaced by its k-th paraphrase); a link is kept when the
 * figure has the same claim and status. Claims without paraphrases keep their subject.
 */
export function paraphraseRetention(subject: CorpusSubject): Retention {
  const rounds = Math.max(0, ...[...subject.paraphrases.values()].map((subjects) => subjects.length));
  const original = checkAll(subject, subject.claimSet);
  let kept = 0;
  let links = 0;
  for (let round = 0; round < rounds; round++) {
    const claimSet: ClaimSet = {
      ...subject.claimSet,
      claims: subject.claimSet.claims.map((claim) => ({
        ...claim,
        subject: subject.paraphrases.get(claim.id)?.[round] ?? claim.subject,
      })),
    };
    checkAll(subject, claimSet).forEach((result, articleIndex) => {
      original[articleIndex]?.figures.forEach((before, figureIndex) => {
        if (before.status === 'unmatched') return;
        links++;
        const after = result.figures[figureIndex];
        if (after?.status === before.status && after.claimId === before.claimId) kept++;
      });
    });
  }
  return { kept, links };
}
