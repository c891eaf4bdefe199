import { configDefaults, defineConfig } from 'vitest/config';

/** The integration tests drive the bundled dist/ files, as users and editors run them. */
const INTEGRATION_TESTS = ['server/test/lsp/**/*.test.ts', 'server/test/cli/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...INTEGRATION_TESTS],
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
    ],
  },
});
