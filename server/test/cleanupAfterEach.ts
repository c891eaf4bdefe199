import { afterEach } from 'vitest';

/** What a test registers to undo after itself: a server to stop, a temp folder to remove. */
export interface Cleanups {
  push(...cleanups: (() => Promise<void> | void)[]): void;
}

/**
 * Clean-ups run after each test of the calling `describe` block, in the order they were pushed,
 * so every test of the integration suites leaves no server process or temp folder behind.
 */
export function cleanupAfterEach(): Cleanups {
  const pending: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of pending.splice(0)) await cleanup();
  });
  return { push: (...cleanups) => void pending.push(...cleanups) };
}
