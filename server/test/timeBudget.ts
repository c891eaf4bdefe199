/**
 * The time a test gives one call on adversarial or very large input. These tests guard against
 * catastrophic behaviour (quadratic loops, backtracking regexes), which turns seconds into minutes;
 * the bound is loose on purpose so a busy CI machine never fails them. How fast claimlint is, is
 * measured and reported by `npm run bench`, not asserted here.
 */
export const PATHOLOGICAL_INPUT_BUDGET_MS = 10_000;

/** Runs `work` and returns how many milliseconds it took. */
export function millisecondsFor(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
