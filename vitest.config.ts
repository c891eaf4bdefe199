import { execFileSync } from 'node:child_process';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM } from './client/test/e2e/chromium';

/** The integration tests drive the bundled dist/ files, as users and editors run them. */
const INTEGRATION_TESTS = [
  'server/test/lsp/**/*.test.ts',
  'server/test/cli/**/*.test.ts',
  'server/test/hostile/**/*.test.ts',
];
/** Real editors (Neovim) driving the bundled server. */
const EDITOR_TESTS = ['server/test/editors/**/*.test.ts'];
/** A real VS Code (code-server) in Chromium, with the packaged .vsix installed. */
const E2E_TESTS = ['client/test/e2e/**/*.test.ts'];

/**
 * The editor suites need programs a machine with Node only lacks (Neovim; Chromium for
 * code-server). There they are left out with a notice naming the command that installs them, so
 * `npm test` passes on a fresh clone; `.ci/run` installs them and sets CLAIMLINT_EDITOR_TESTS=required,
 * and then a missing program fails the tests instead (see server/test/editors/requireProgram.ts).
 */
const EDITOR_TESTS_REQUIRED = process.env['CLAIMLINT_EDITOR_TESTS'] === 'required';

/** Whether `program` (a name on the PATH, or a path) can be run. */
function installed(program: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The project, or none with a notice when its program is missing and the editor suites are optional. */
function whenInstalled(
  program: string,
  project: TestProjectInlineConfiguration,
): TestProjectInlineConfiguration[] {
  if (EDITOR_TESTS_REQUIRED || installed(program)) return [project];
  process.stderr.write(
    `claimlint: the ${String(project.test?.name)} tests are left out: ${program} is not installed (bash .ci/run installs it and makes them required)\n`,
  );
  return [];
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/test/**/*.test.ts', 'client/test/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...INTEGRATION_TESTS, ...EDITOR_TESTS],
        },
      },
      {
        // A project of its own so that only runs which include these tests pay for the build.
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION_TESTS,
          globalSetup: ['server/test/globalSetup.ts'],
        },
      },
      ...whenInstalled('nvim', {
        extends: true,
        test: {
          name: 'editors',
          include: EDITOR_TESTS,
          globalSetup: ['server/test/globalSetup.ts'],
        },
      }),
      ...whenInstalled(CHROMIUM, {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E_TESTS,
          // Builds and packages the .vsix, and installs code-server into its cache when missing.
          globalSetup: ['client/test/e2e/setup/globalSetup.ts'],
          // One code-server and one browser serve every step of a test file, in order.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      }),
    ],
  },
});
