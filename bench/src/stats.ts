/** The value below which `share` (0..1) of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/**
 * Times `work` `runs` times after one warm-up run and returns the median in milliseconds. The machine
 * is shared and noisy, so a median of several runs is reported, never a single run.
 */
export function medianMs(runs: number, work: () => unknown): number {
  work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Peak resident memory of this process so far, in megabytes. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
