import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { resolveSettings } from '../../src/config/resolveSettings';
import { checkArticle } from '../../src/engine/checkArticle';

function checkAgainst(claimFileText: string, article: string) {
  const claimSet = mergeClaimFiles([loadClaimFile('/tmp/inline.claims.yaml', claimFileText)]);
  return checkArticle(
    { text: article, format: 'text' },
    { claimSet, settings: resolveSettings('/tmp', undefined, undefined) },
  );
}

/** Each figure of a plain-text article as "text:status", checked against a claim set written inline. */
export function statusesAgainst(claimFileText: string, article: string): string[] {
  return checkAgainst(claimFileText, article).figures.map(
    (checked) => `${checked.figure.text}:${checked.status}`,
  );
}

/** Each figure as "text:status:claim id" ("-" when unmatched). */
export function matchesAgainst(claimFileText: string, article: string): string[] {
  return checkAgainst(claimFileText, article).figures.map(
    (checked) => `${checked.figure.text}:${checked.status}:${checked.claimId ?? '-'}`,
  );
}
