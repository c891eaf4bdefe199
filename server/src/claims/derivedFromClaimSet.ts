import type { ClaimSet } from './claimModel';

/**
 * Memoises a table derived from a claim set (an index, a name table): built on first use and kept
 * exactly as long as the set lives. A claim set is immutable and replaced whole when a claim file
 * changes, so the set itself is the cache key and no invalidation is needed.
 */
export function derivedFromClaimSet<T>(build: (claimSet: ClaimSet) => T): (claimSet: ClaimSet) => T {
  const cache = new WeakMap<ClaimSet, T>();
  return (claimSet) => {
    let derived = cache.get(claimSet);
    if (derived === undefined) {
      derived = build(claimSet);
      cache.set(claimSet, derived);
    }
    return derived;
  };
}
