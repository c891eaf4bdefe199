import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import { resolveSettings } from '../../src/config/resolveSettings';
import { checkArticle } from '../../src/engine/checkArticle';

/** Each figure of a plain-text article as "text:status", checked against a claim set written inline. */
export function statusesAgainst(claimFileText: string, article: string): string[] {
  const claimSet = mergeClaimFiles([loadClaimFile('/tmp/inline.claims.yaml', claimFileText)]);
  const result = checkArticle(
    { text: article, format: 'text' },
    { claimSet, settings: resolveSettings('/tmp', undefined, undefined) },
  );
  return result.figures.map((checked) => `${checked.figure.text}:${checked.status}`);
}
