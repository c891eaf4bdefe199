/**
 * A problem found in one claim-file item, located by a path inside the item (map keys and list
 * indexes) so that the loader can turn it into a span of the item's YAML nodes.
 */
export interface ItemIssue {
  readonly path: readonly string[];
  /** Which span to show: the value at `path`, the key of its last entry, or the first key of the map there. */
  readonly at: 'value' | 'key' | 'first-key';
  readonly message: string;
}

/** How a path inside an item reads in a message: `value min`, `roles #2 from` (list positions count from 1). */
export function describePath(path: readonly string[]): string {
  return path.map((segment) => (/^\d+$/.test(segment) ? `#${Number(segment) + 1}` : segment)).join(' ');
}

/** A value as a message quotes it: short texts and numbers verbatim; lists and maps are not repeated. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return '(empty)';
  return '';
}

/** Joins the parts of a message about one field, leaving out the empty ones. */
export function fieldMessage(label: string, path: readonly string[], value: unknown, reason: string): string {
  const field = [describePath(path), quoteValue(value)].filter((part) => part !== '').join(' ');
  return field === '' ? `${label} ${reason}` : `${label}: ${field} ${reason}`;
}
