/**
 * Runs per property: enough to find the usual edge cases on every CI run, few enough that the suite
 * stays within its time. To search deeper locally:
 * `CLAIMLINT_PROPERTY_RUNS=2000 npx vitest run --testTimeout=0 server/test/property`.
 * On a failure fast-check reports the seed, the path and the shrunk counterexample; passing
 * `{ seed, path }` to `fc.assert` replays exactly that case.
 */
export const PROPERTY_RUNS = Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 150);

/**
 * Time a property test may take: its work is bounded by `PROPERTY_RUNS`, not by a clock, and a
 * busy 2-core CI machine may need several times the usual half minute for 150 runs.
 */
export const PROPERTY_TEST_TIMEOUT_MS = 180_000;
