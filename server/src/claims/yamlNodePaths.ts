import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { TextSpan } from './claimModel';

/**
 * The span of a node's value in the text, or undefined for a node made up by the parser. A block map or
 * list ends where its last value ends: the parser's own range runs on over the line break after it,
 * which would make a diagnostic reach into the next line.
 */
export function spanOfNode(node: unknown): TextSpan | undefined {
  if (!isNodeWithRange(node)) return undefined;
  const [start, valueEnd] = node.range;
  let end = valueEnd;
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last: unknown = node.items[node.items.length - 1];
    const lastSpan = isPair(last) ? (spanOfNode(last.value) ?? spanOfNode(last.key)) : spanOfNode(last);
    if (lastSpan) end = lastSpan.end;
  }
  return { start, end: Math.max(start, end) };
}

/** A node's whole extent, trailing comments included: what "inside this item" means for a syntax error. */
export function extentOfNode(node: Node): TextSpan | undefined {
  if (!node.range) return undefined;
  const [start, , nodeEnd] = node.range;
  return { start, end: Math.max(start, nodeEnd) };
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) && node.range != null;
}

/** A map key as text: plain keys are scalars; a number key `2024:` reads as "2024". Complex keys have none. */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The node a path leads to, and the key of the last map entry on the way (for "unknown key" reports). */
export interface PathTarget {
  readonly node: unknown;
  readonly key: unknown;
}

/**
 * Follows a path of map keys and list indexes from `root`, as ajv's `instancePath` names them. Walking
 * stops at an alias (the problem is reported where the alias is used, not at its distant anchor) and at
 * the deepest node that exists. The last entry with a key wins, as it does when the yaml library makes
 * plain values from a map with a repeated key.
 */
export function nodeAtPath(root: unknown, path: readonly string[]): PathTarget {
  let node: unknown = root;
  let key: unknown = undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = findLastPair(node.items, segment);
      if (!pair) break;
      key = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else {
      break;
    }
  }
  return { node, key };
}

function findLastPair(
  pairs: readonly Pair<unknown, unknown>[],
  name: string,
): Pair<unknown, unknown> | undefined {
  for (let index = pairs.length - 1; index >= 0; index--) {
    const pair = pairs[index];
    if (pair && keyText(pair.key) === name) return pair;
  }
  return undefined;
}

/** The span of a map's first key, where "this item lacks X" is best shown; the whole node otherwise. */
export function firstKeySpan(node: unknown): TextSpan | undefined {
  if (isMap(node)) {
    const first = node.items[0];
    const span = first && spanOfNode(first.key);
    if (span) return span;
  }
  return spanOfNode(node);
}

/** Splits an ajv `instancePath` ("/claims/3/value", "/a~1b") into its keys. */
export function splitInstancePath(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
