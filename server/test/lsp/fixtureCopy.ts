import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A private, writable copy of a fixture folder, so tests can rewrite files and run in parallel.
 * The real path is returned: URIs and paths reported by the tools are compared with it.
 */
export function copyFixture(name: string): { dir: string; remove: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'claimlint-test-')));
  cpSync(join(REPO_ROOT, 'test-fixtures', name), dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
