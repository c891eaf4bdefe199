/**
 * Folds text for name comparison: lower case, curly apostrophes and quotes straightened, every kind
 * of space (NBSP, narrow NBSP, line breaks) one plain space, so "Ya’ara" = "Ya'ara".
 */
export function foldForNames(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/[\s\u00a0\u202f]+/gu, ' ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `name` (already folded) stands in `folded` as whole words. */
export function containsName(folded: string, name: string): boolean {
  if (name.length === 0) return false;
  let from = 0;
  for (;;) {
    const at = folded.indexOf(name, from);
    if (at < 0) return false;
    const before = folded[at - 1];
    const after = folded[at + name.length];
    if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) return true;
    from = at + 1;
  }
}
