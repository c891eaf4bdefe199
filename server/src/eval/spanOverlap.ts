/** A half-open range of document offsets. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether two ranges share a character; an empty range counts when it lies inside the other, so a
 * finding reported at a single point still meets the span around it.
 */
export function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** How many characters two ranges share. */
export function overlapLength(a: OffsetRange, b: OffsetRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
