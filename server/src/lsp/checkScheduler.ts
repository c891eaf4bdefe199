/**
 * Runs work per key (a document URI) as typing goes on, and lets a run know when it has been
 * superseded. The first request after a quiet period starts at once, so a single edit is checked
 * without waiting; requests that follow it closely are coalesced into one run after the quiet
 * period (a trailing debounce), so a burst of typing costs one check. A run still waiting (for the
 * claim set, say) when a newer one is scheduled must not publish.
 */
export class CheckScheduler {
  readonly #delayMs: number;
  readonly #now: () => number;
  /** Cancels the run waiting to start for a key; present exactly while one waits. */
  readonly #pending = new Map<string, () => void>();
  readonly #generations = new Map<string, number>();
  /** When a key last had a request or a run ended: the quiet period is counted from there. */
  readonly #lastActivity = new Map<string, number>();
  /** Runs started and not yet settled, per key (a trailing run may start while an earlier one awaits). */
  readonly #running = new Map<string, number>();

  constructor(delayMs: number, now: () => number = () => performance.now()) {
    this.#delayMs = delayMs;
    this.#now = now;
  }

  /** Runs `task` now if `key` has been quiet, else after the quiet period unless called again first. */
  schedule(key: string, task: (isCurrent: () => boolean) => Promise<void>): void {
    const generation = (this.#generations.get(key) ?? 0) + 1;
    this.#generations.set(key, generation);
    const quiet =
      !this.#pending.has(key) &&
      !this.#running.get(key) &&
      this.#now() - (this.#lastActivity.get(key) ?? Number.NEGATIVE_INFINITY) >= this.#delayMs;
    this.#lastActivity.set(key, this.#now());
    this.#pending.get(key)?.();
    const run = (): void => {
      this.#pending.delete(key);
      this.#running.set(key, (this.#running.get(key) ?? 0) + 1);
      void task(() => this.#generations.get(key) === generation).finally(() => {
        this.#running.set(key, (this.#running.get(key) ?? 1) - 1);
        this.#lastActivity.set(key, this.#now());
      });
    };
    // setImmediate, not a direct call: the caller (a change handler) finishes first, and the
    // pending entry marks the key busy until the run starts.
    if (quiet) {
      const immediate = setImmediate(run);
      this.#pending.set(key, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, this.#delayMs);
      this.#pending.set(key, () => clearTimeout(timer));
    }
  }

  /** Drops pending work for `key` and marks any running work as stale. */
  cancel(key: string): void {
    this.#pending.get(key)?.();
    this.#pending.delete(key);
    // A running task compares against the current generation; with none left it is stale.
    this.#generations.delete(key);
    this.#lastActivity.delete(key);
  }
}
