/** The claim id a claimlint hover names (its "Claim: `id`" line), if any. */
export function claimIdOfHover(markdown: string): string | undefined {
  return /Claim: `([^`]+)`/.exec(markdown)?.[1];
}

/** Where a claim's `id` is written in a YAML or JSON claim file, as an offset; undefined when it is not. */
export function claimIdOffset(text: string, id: string): number | undefined {
  const quoted = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`["']?id["']?\\s*:\\s*["']?(${quoted})["']?\\s*(?:[,}#\\n\\r]|$)`).exec(text);
  return match === null ? undefined : match.index + match[0].indexOf(id);
}
