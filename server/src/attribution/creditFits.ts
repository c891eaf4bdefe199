import type { SourceNameTable } from './sourceNames';

/**
 * Whether crediting `creditedIds` is right for a claim from `claimSourceIds`: one source is the
 * same, or one has the same author. An author speaks for all it wrote, so "the coroners service"
 * (an alias of one BC Coroners Service report) is a fair credit for a figure from another of its
 * reports.
 */
export function creditFits(
  creditedIds: ReadonlySet<string>,
  claimSourceIds: readonly string[],
  table: SourceNameTable,
): boolean {
  const creditedAuthors = new Set<string>();
  for (const id of creditedIds) {
    const author = table.authorKeys.get(id);
    if (author !== undefined) creditedAuthors.add(author);
  }
  return claimSourceIds.some((id) => {
    const author = table.authorKeys.get(id);
    return creditedIds.has(id) || (author !== undefined && creditedAuthors.has(author));
  });
}
