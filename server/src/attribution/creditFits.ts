import type { SourceNameTable } from './sourceNames';

/**
 * Whether crediting `creditedIds` is right for a claim from `claimSourceIds`: one source is the
 * same, or one has the same author, or one relays the claim's author. An author speaks for all it
 * wrote, so "the coroners service" (an alias of one BC Coroners Service report) is a fair credit
 * for a figure from another of its reports; a statement whose title names the FBI's report fairly
 * repeats the FBI's figures.
 */
export function creditFits(
  creditedIds: ReadonlySet<string>,
  claimSourceIds: readonly string[],
  table: SourceNameTable,
): boolean {
  const credited = new Set(creditedIds);
  for (const id of creditedIds)
    for (const relayed of table.relayedSources.get(id) ?? []) credited.add(relayed);
  const creditedAuthors = new Set<string>();
  for (const id of credited) {
    const author = table.authorKeys.get(id);
    if (author !== undefined) creditedAuthors.add(author);
  }
  return claimSourceIds.some((id) => {
    const author = table.authorKeys.get(id);
    return credited.has(id) || (author !== undefined && creditedAuthors.has(author));
  });
}
