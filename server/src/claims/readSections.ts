import { isMap, isScalar, isSeq } from 'yaml';
import type { Entity, TextSpan } from './claimModel';
import type { FileClaim, FileQuote, FileSource, SourceRef } from './claimFileResult';
import { validateClaim, validateEntity, validateId, validateQuote, validateSource } from './claimSchema';
import { claimIssues, entityIssues, quoteIssues, sourceIssues } from './itemRules';
import { claimSourceIds, toClaim, toEntity, toQuote, toSource } from './itemModels';
import { readItem } from './readItem';
import type { ItemContext } from './readItem';
import { schemaIssues } from './schemaIssues';
import { keyText, nodeAtPath, spanOfNode } from './yamlNodePaths';

/*
 * Readers for the four sections of a claim file. Each reads its items one by one: an item with any
 * problem is dropped and its siblings are kept, so one typo costs one claim, not the whole file.
 */

/** `sources`: a map from source id to source. A repeated id keeps the first source. */
export function readSources(context: ItemContext, section: unknown, into: FileSource[]): void {
  if (!isMap(section))
    return reportSectionType(context, section, '"sources" must be a map from source id to source');
  const firstIdAt = new Map<string, number>();
  for (const pair of section.items) {
    const idSpan = spanOfNode(pair.key) ?? spanOfNode(section) ?? { start: 0, end: 0 };
    const itemSpan = { start: idSpan.start, end: spanOfNode(pair.value)?.end ?? idSpan.end };
    const id = keyText(pair.key);
    if (id === undefined || !validateId(id)) {
      const issues = schemaIssues(validateId.errors ?? [], 'source id');
      const message = issues[0]?.message ?? 'source id must be text';
      context.problems.push({ file: context.file, span: idSpan, message });
      continue;
    }
    const firstAt = firstIdAt.get(id);
    if (firstAt !== undefined) {
      const message = `source "${id}" is defined twice (first at line ${context.lineOf(firstAt)}); this one is ignored`;
      context.problems.push({ file: context.file, span: idSpan, message });
      continue;
    }
    firstIdAt.set(id, idSpan.start);
    const raw = readItem(context, pair.value, `source "${id}"`, validateSource, sourceIssues, itemSpan);
    if (raw) into.push({ source: toSource(id, raw, { file: context.file, span: itemSpan }), idSpan });
  }
}

export function readEntities(context: ItemContext, section: unknown, into: Entity[]): void {
  forEachListItem(context, section, 'entities', (node, index, itemSpan) => {
    const label = labelOf(node, 'name', 'entity', index);
    const raw = readItem(context, node, label, validateEntity, entityIssues, itemSpan);
    if (raw) into.push(toEntity(raw, { file: context.file, span: itemSpan }));
  });
}

/** `claims`: a list of claims. A claim id used twice in the file keeps the first claim. */
export function readClaims(context: ItemContext, section: unknown, into: FileClaim[]): void {
  const firstIdAt = new Map<string, number>();
  forEachListItem(context, section, 'claims', (node, index, itemSpan) => {
    const label = labelOf(node, 'id', 'claim', index);
    const raw = readItem(context, node, label, validateClaim, claimIssues, itemSpan);
    if (!raw) return;
    const idSpan = spanOfNode(nodeAtPath(node, ['id']).node) ?? itemSpan;
    const firstAt = firstIdAt.get(raw.id);
    if (firstAt !== undefined) {
      const message = `${label}: id is used twice in this file (first at line ${context.lineOf(firstAt)}); this claim is ignored`;
      context.problems.push({ file: context.file, span: idSpan, message });
      return;
    }
    firstIdAt.set(raw.id, idSpan.start);
    const sourceRefs = sourceRefsOf(node, claimSourceIds(raw), itemSpan);
    into.push({ claim: toClaim(raw, { file: context.file, span: itemSpan }), idSpan, sourceRefs });
  });
}

export function readQuotes(context: ItemContext, section: unknown, into: FileQuote[]): void {
  forEachListItem(context, section, 'quotes', (node, index, itemSpan) => {
    const raw = readItem(context, node, `quote #${index + 1}`, validateQuote, quoteIssues, itemSpan);
    if (!raw) return;
    const quote = toQuote(raw, { file: context.file, span: itemSpan });
    const sourceRef = raw.source === undefined ? undefined : sourceRefsOf(node, [raw.source], itemSpan)[0];
    into.push({ quote, sourceRef });
  });
}

function forEachListItem(
  context: ItemContext,
  section: unknown,
  name: string,
  read: (node: unknown, index: number, itemSpan: TextSpan) => void,
): void {
  if (!isSeq(section)) return reportSectionType(context, section, `"${name}" must be a list`);
  const sectionSpan = spanOfNode(section) ?? { start: 0, end: 0 };
  section.items.forEach((node, index) => read(node, index, spanOfNode(node) ?? sectionSpan));
}

function reportSectionType(context: ItemContext, section: unknown, message: string): void {
  // An empty section (`claims:` with nothing under it) is simply empty.
  if (section === null || (isScalar(section) && section.value === null)) return;
  context.problems.push({ file: context.file, span: spanOfNode(section) ?? { start: 0, end: 0 }, message });
}

/** How messages name an item: by its id or name when it has a usable one, else by its position. */
function labelOf(node: unknown, nameKey: string, kind: string, index: number): string {
  const name = nodeAtPath(node, [nameKey]);
  const value = name.key !== undefined && isScalar(name.node) ? name.node.value : undefined;
  return typeof value === 'string' && value.trim() !== '' ? `${kind} "${value}"` : `${kind} #${index + 1}`;
}

/** Each source id with the span it was written at (`source: a` or `source: [a, b]`), for merge's reports. */
function sourceRefsOf(itemNode: unknown, ids: readonly string[], itemSpan: TextSpan): SourceRef[] {
  const node = nodeAtPath(itemNode, ['source']).node;
  if (isSeq(node)) return ids.map((id, index) => ({ id, span: spanOfNode(node.items[index]) ?? itemSpan }));
  const span = spanOfNode(node) ?? itemSpan;
  return ids.map((id) => ({ id, span }));
}
