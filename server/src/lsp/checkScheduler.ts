/**
 * Debounces work per key (a document URI) and lets a run know when it has been superseded.
 * Typing schedules a run per keystroke; only the last one in a quiet period starts, and a run
 * still waiting for the claim set when a newer one is scheduled must not publish.
 */
export class CheckScheduler {
  readonly #delayMs: number;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #generations = new Map<string, number>();

  constructor(delayMs: number) {
    this.#delayMs = delayMs;
  }

  /** Runs `task` after the quiet period, unless `schedule` or `cancel` is called for `key` again first. */
  schedule(key: string, task: (isCurrent: () => boolean) => Promise<void>): void {
    const generation = (this.#generations.get(key) ?? 0) + 1;
    this.#generations.set(key, generation);
    clearTimeout(this.#timers.get(key));
    const timer = setTimeout(() => {
      this.#timers.delete(key);
      void task(() => this.#generations.get(key) === generation);
    }, this.#delayMs);
    this.#timers.set(key, timer);
  }

  /** Drops pending work for `key` and marks any running work as stale. */
  cancel(key: string): void {
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    // A running task compares against the current generation; with none left it is stale.
    this.#generations.delete(key);
  }
}
