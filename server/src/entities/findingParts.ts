import type { ProseBlock } from '../article/articleModel';
import type { Entity } from '../claims/claimModel';
import type { RelatedPlace } from '../engine/findingModel';
import type { WordToken } from '../article/wordTokens';

/** The entity's place in its claim file, for a finding's `related`. */
export function relatedEntity(entity: Entity, message: string): RelatedPlace {
  return { file: entity.origin.file, start: entity.origin.span.start, end: entity.origin.span.end, message };
}

/** The words as the article writes them, any run of spaces (NBSP, line breaks) as one space. */
export function writtenText(block: ProseBlock, words: readonly WordToken[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? block.text.slice(first.start, last.end).replace(/\s+/gu, ' ') : '';
}

/** The document range of the words (UTF-16 offsets, end exclusive). */
export function documentRange(
  block: ProseBlock,
  words: readonly WordToken[],
): { readonly start: number; readonly end: number } {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) throw new RangeError('a finding needs at least one word');
  return { start: block.map.toDocument(first.start), end: block.map.toDocumentEnd(last.end) };
}
