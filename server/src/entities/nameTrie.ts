import type { WordToken } from '../article/wordTokens';

interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  readonly values: T[];
}

/**
 * Names as sequences of folded tokens, so that every name of a claim set with thousands of people
 * is found in one left-to-right pass over an article: at each token, one walk down the trie, no
 * longer than the longest name.
 */
export class NameTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: [] };

  add(tokens: readonly WordToken[], value: T): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.children.get(token.folded);
      if (!child) {
        child = { children: new Map(), values: [] };
        node.children.set(token.folded, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest name starting at `tokens[start]`: the index just after it and what it names. */
  longestAt(
    tokens: readonly WordToken[],
    start: number,
  ): { readonly end: number; readonly values: readonly T[] } | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let found: { end: number; values: readonly T[] } | undefined;
    for (let at = start; at < tokens.length; at++) {
      const token = tokens[at];
      node = token ? node.children.get(token.folded) : undefined;
      if (!node) break;
      if (node.values.length > 0) found = { end: at + 1, values: node.values };
    }
    return found;
  }
}
