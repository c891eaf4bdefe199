import { visit } from 'yaml';
import type { Node } from 'yaml';
import { keyText } from './yamlNodePaths';

/** A key repeated in one map: the later occurrence, and the first. */
export interface DuplicateKey {
  readonly name: string;
  readonly key: unknown;
  readonly first: unknown;
}

/**
 * Every repeated key in the maps of a subtree. YAML forbids them, but parsers silently keep one of the
 * values; the yaml library's own check is turned off so that this report can name the item and the key.
 */
export function findDuplicateKeys(root: Node): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  visit(root, {
    Map(_key, map) {
      const firstByName = new Map<string, unknown>();
      for (const pair of map.items) {
        const name = keyText(pair.key);
        if (name === undefined) continue;
        const first = firstByName.get(name);
        if (first === undefined) firstByName.set(name, pair.key);
        else duplicates.push({ name, key: pair.key, first });
      }
    },
  });
  return duplicates;
}
