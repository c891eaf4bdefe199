import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../chromium';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** The code-server launcher (Node 24 + code-server from the cache). */
    codeServer: string;
    /** The packaged extension, as users install it. */
    vsix: string;
  }
}

/**
 * Packages the extension and makes sure code-server is installed. What is missing fails the run
 * with the command that installs it: the end-to-end tests are never skipped silently.
 */
export default function setup(project: TestProject): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium ` +
        '(or set CLAIMLINT_CHROMIUM); .ci/run installs it in CI.',
    );
  }
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const installer = join(ROOT, 'client/test/e2e/setup/installCodeServer.sh');
  const codeServer = execFileSync('bash', [installer], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  project.provide('codeServer', codeServer);
  project.provide('vsix', join(ROOT, 'claimlint.vsix'));
}
