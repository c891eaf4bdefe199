import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ClaimSet } from '../../src/claims/claimModel';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../src/claims/mergeClaimFiles';
import type { ResolvedSettings } from '../../src/config/resolvedSettings';
import { resolveSettings } from '../../src/config/resolveSettings';
import type { ArticleFormat } from '../../src/article/articleModel';
import { checkArticle, type CheckResult } from '../../src/engine/checkArticle';

export const FIXTURES = resolve(__dirname, '../../../test-fixtures');

export function loadClaimSet(...files: string[]): ClaimSet {
  return mergeClaimFiles(files.map((file) => loadClaimFile(file, readFileSync(file, 'utf8'))));
}

export const EXAMPLE_CLAIMS = join(FIXTURES, 'examples/claims/fentanyl-canada.claims.yaml');

export function exampleContext(settings?: Partial<ResolvedSettings>): {
  claimSet: ClaimSet;
  settings: ResolvedSettings;
} {
  return {
    claimSet: loadClaimSet(EXAMPLE_CLAIMS),
    settings: { ...resolveSettings(FIXTURES, undefined, undefined), ...settings },
  };
}

/** Checks a fixture file (path relative to test-fixtures) against the example claim set. */
export function checkFixture(
  relativePath: string,
  settings?: Partial<ResolvedSettings>,
): CheckResult & {
  text: string;
} {
  const text = readFileSync(join(FIXTURES, relativePath), 'utf8');
  const format: ArticleFormat = relativePath.endsWith('.md') ? 'markdown' : 'text';
  return { ...checkArticle({ text, format }, exampleContext(settings)), text };
}
