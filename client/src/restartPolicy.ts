/**
 * When the language server dies, whether to start it again. A crash is restarted (the client then
 * re-opens every document, so open articles are checked again), but a server that keeps crashing
 * — on an input it cannot survive — is left stopped after `maxRestarts` crashes within `windowMs`,
 * with one line in the log, instead of a restart loop that eats the machine.
 */
export class RestartPolicy {
  readonly #maxRestarts: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #crashes: number[] = [];

  constructor(maxRestarts = 5, windowMs = 3 * 60_000, now: () => number = () => Date.now()) {
    this.#maxRestarts = maxRestarts;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Records a crash; true when the server should be restarted. */
  shouldRestart(): boolean {
    const now = this.#now();
    this.#crashes = [...this.#crashes.filter((at) => now - at < this.#windowMs), now];
    return this.#crashes.length <= this.#maxRestarts;
  }
}
