import { configDefaults, defineConfig } from 'vitest/config';

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
      {
        extends: true,
        test: {
          name: 'editors',
          include: EDITOR_TESTS,
          globalSetup: ['server/test/globalSetup.ts'],
        },
      },
      {
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
      },
    ],
  },
});
