import { execFileSync } from 'node:child_process';

/**
 * The path of a program an editor test drives. A missing one fails the test with the command that
 * installs it: these tests are never skipped silently (CI installs everything in .ci/run).
 */
export function requireProgram(name: string, install: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${name} is not installed; install it with: ${install} (CI does this in .ci/run)`);
  }
}
