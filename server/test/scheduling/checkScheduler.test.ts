import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckScheduler } from '../../src/lsp/checkScheduler';

const DELAY = 200;

describe('CheckScheduler', () => {
  let clock = 0;
  beforeEach(() => {
    clock = 1_000;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  /** Advances the fake timers and the injected clock together. */
  async function wait(ms: number): Promise<void> {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  }

  function recorder(): {
    runs: string[];
    task: (name: string) => (isCurrent: () => boolean) => Promise<void>;
  } {
    const runs: string[] = [];
    return {
      runs,
      task: (name) => (isCurrent) => {
        runs.push(`${name}:${isCurrent() ? 'current' : 'stale'}`);
        return Promise.resolve();
      },
    };
  }

  it('starts the first run after a quiet period at once', async () => {
    const scheduler = new CheckScheduler(DELAY, () => clock);
    const { runs, task } = recorder();
    scheduler.schedule('a', task('first'));
    await wait(0);
    expect(runs).toEqual(['first:current']);
  });

  it('coalesces the requests that follow closely into one run after the quiet period', async () => {
    const scheduler = new CheckScheduler(DELAY, () => clock);
    const { runs, task } = recorder();
    scheduler.schedule('a', task('first'));
    await wait(10);
    scheduler.schedule('a', task('second'));
    await wait(50);
    scheduler.schedule('a', task('third'));
    await wait(DELAY - 1);
    expect(runs).toEqual(['first:current']);
    await wait(1);
    expect(runs).toEqual(['first:current', 'third:current']);
    await wait(DELAY);
    scheduler.schedule('a', task('after a pause'));
    await wait(0);
    expect(runs.at(-1)).toBe('after a pause:current');
  });

  it('tells a run that waited past a newer request that it is stale', async () => {
    const scheduler = new CheckScheduler(DELAY, () => clock);
    const seen: boolean[] = [];
    let release = (): void => undefined;
    scheduler.schedule('a', async (isCurrent) => {
      await new Promise<void>((resolve) => (release = resolve));
      seen.push(isCurrent());
    });
    await wait(0);
    scheduler.schedule('a', () => Promise.resolve());
    release();
    await wait(0);
    expect(seen).toEqual([false]);
  });

  it('runs nothing for a cancelled key, and keeps keys apart', async () => {
    const scheduler = new CheckScheduler(DELAY, () => clock);
    const { runs, task } = recorder();
    scheduler.schedule('a', task('a'));
    scheduler.schedule('b', task('b'));
    scheduler.cancel('a');
    await wait(DELAY);
    expect(runs).toEqual(['b:current']);
  });
});
