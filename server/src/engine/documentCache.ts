import { MarkdownTreeCache } from '../article/markdownTrees';
import { BlockResultCache } from './blockResultCache';

/**
 * What is kept of an open document's previous check, so that an edit redoes only what it touched:
 * the Markdown trees of its unchanged chunks and the figure results of its unchanged blocks. A
 * check with the cache gives exactly what a check without it gives.
 */
export class DocumentCache {
  readonly trees = new MarkdownTreeCache();
  readonly blocks = new BlockResultCache();
}
