/**
 * A word list written as space-separated words, one family of forms per argument: long lists of
 * closed-class words stay readable on a few lines instead of one word per line.
 */
export function words(...families: string[]): string[] {
  return families.flatMap((family) => family.split(' '));
}
