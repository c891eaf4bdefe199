import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ClaimSet } from '../../server/src/claims/claimModel';
import { loadClaimFile } from '../../server/src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../server/src/claims/mergeClaimFiles';
import type { ResolvedSettings } from '../../server/src/config/resolvedSettings';
import { resolveSettings } from '../../server/src/config/resolveSettings';

/** The bench scripts run from the repository root (bench/run.mjs sets the working directory). */
export const REPO_ROOT = resolve(process.cwd());
export const FIXTURES = join(REPO_ROOT, 'test-fixtures');
export const EXAMPLE_CLAIMS = join(FIXTURES, 'examples/claims/fentanyl-canada.claims.yaml');

export function exampleClaimSet(): ClaimSet {
  return mergeClaimFiles([loadClaimFile(EXAMPLE_CLAIMS, readFileSync(EXAMPLE_CLAIMS, 'utf8'))]);
}

export function defaultSettings(): ResolvedSettings {
  return resolveSettings(REPO_ROOT, undefined, undefined);
}

/** The floor: remark-parse with the same plugins the engine uses, and nothing else. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function remarkParseOnly(text: string): unknown {
  return processor.parse(text);
}

/** Prints one scenario's figures for bench/run.mjs, which reads the last line of stdout. */
export function emit(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
