import type { OffsetMap, Sentence } from '../article/articleModel';

/**
 * The prose offset (within the sentence) whose document offset is `documentOffset`: the first
 * prose character at or after it. The map is monotonic, so a binary search finds it.
 */
export function proseOffsetOf(map: OffsetMap, sentence: Sentence, documentOffset: number): number {
  let low = sentence.start;
  let high = sentence.end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (map.toDocument(middle) < documentOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}
