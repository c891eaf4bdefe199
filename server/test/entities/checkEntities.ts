import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFormat } from '../../src/article/articleModel';
import { parseArticle } from '../../src/article/parseArticle';
import type { ClaimSet } from '../../src/claims/claimModel';
import type { Finding } from '../../src/engine/findingModel';
import { entityFindings } from '../../src/entities/entityFindings';
import { claimIndexFor } from '../../src/matching/claimIndex';
import { parseDate } from '../../src/time/period';
import { FIXTURES, exampleContext } from '../engine/exampleClaimSet';

export interface EntityResult {
  readonly findings: readonly Finding[];
  /** Each finding as "written text → message", for readable assertions. */
  readonly found: readonly string[];
  readonly texts: readonly string[];
}

/**
 * Runs the entity rule alone over an article against the example claim set (or `claimSet`), with
 * the article's own date, else `date` (YYYY-MM-DD) as the configured fallback.
 */
export function checkEntities(
  text: string,
  options: { format?: ArticleFormat; date?: string; claimSet?: ClaimSet } = {},
): EntityResult {
  const claimSet = options.claimSet ?? exampleContext().claimSet;
  const article = parseArticle(text, options.format ?? 'markdown');
  const articleDate = article.date ?? (options.date ? parseDate(options.date) : undefined);
  const findings = entityFindings({
    article,
    claimSet,
    index: claimIndexFor(claimSet),
    figures: [],
    ...(articleDate ? { articleDate } : {}),
  });
  const texts = findings.map((finding) => text.slice(finding.start, finding.end));
  return {
    findings,
    texts,
    found: findings.map((finding, at) => `${texts[at] ?? ''} → ${finding.message}`),
  };
}

export function checkEntityFixture(relativePath: string): EntityResult & { readonly text: string } {
  const text = readFileSync(join(FIXTURES, relativePath), 'utf8');
  const format: ArticleFormat = relativePath.endsWith('.md') ? 'markdown' : 'text';
  return { ...checkEntities(text, { format }), text };
}
