import type { Claim, ClaimValue, Source } from './claimModel';

/** Formats a number as an editor reads it: thousands separators, no float noise ("2,843", "16.5"). */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function formatValue(value: ClaimValue): string {
  return value.min === value.max
    ? formatNumber(value.min)
    : `${formatNumber(value.min)}–${formatNumber(value.max)}`;
}

/** The reference value with its unit, as messages state it: "99 groups", "16.5%", "2.5 g", "50 times". */
export function describeClaimValue(claim: Claim): string {
  const value = formatValue(claim.value);
  if (!claim.unit) return value;
  return claim.unit === '%' ? `${value}%` : `${value} ${claim.unit}`;
}

/** The year (or full date) a source was published, for short citations. */
function sourceYear(source: Source): string | undefined {
  return source.date?.slice(0, 4);
}

/**
 * The citation as messages give it: author, title and year, each only when known
 * ("Criminal Intelligence Service Canada, 2024 Public Report on Organized Crime, 2024").
 */
export function describeSource(source: Source): string {
  const parts = [source.author, source.title, sourceYear(source)].filter(
    (part): part is string => part !== undefined && part.trim() !== '',
  );
  return parts.length > 0 ? parts.join(', ') : source.id;
}

/** The citation of all of a claim's sources, joined with "; ". */
export function describeClaimSources(claim: Claim, sources: ReadonlyMap<string, Source>): string {
  return claim.sources
    .map((id) => sources.get(id))
    .filter((source): source is Source => source !== undefined)
    .map(describeSource)
    .join('; ');
}
