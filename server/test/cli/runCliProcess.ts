import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../lsp/fixtureCopy';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI (`node dist/cli.js …`) in `cwd`, as `npx claimlint` would. */
export function runCli(cwd: string, args: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The SPEC "--format json" report, typed as loosely as the tests read it. */
export interface JsonReport {
  files: {
    path: string;
    diagnostics: Record<string, unknown>[];
    figures: Record<string, unknown>[];
  }[];
}

export function parseJson(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}
