import type { ValidateFunction } from 'ajv';
import { tooLargeToRead } from '../limits/inputLimits';
import type { Origin, TextSpan } from './claimModel';
import type { ClaimFileResult, FileClaim, FileQuote, FileSource, SourceRef } from './claimFileResult';
import {
  isClaimFileSection,
  validateClaim,
  validateEntity,
  validateId,
  validateQuote,
  validateSource,
} from './claimSchema';
import type { ItemIssue } from './itemIssue';
import { claimIssues, entityIssues, quoteIssues, sourceIssues } from './itemRules';
import { claimSourceIds, toClaim, toEntity, toQuote, toSource } from './itemModels';
import { jsonClaimFileSpans } from './jsonItemSpans';
import type { JsonItemSpans } from './jsonItemSpans';

/**
 * The fast path for a JSON claim file without a single problem: `JSON.parse`, the same validators and
 * item rules as the positioned path, and spans from one pass over the text (jsonClaimFileSpans). It
 * gives exactly what loadClaimFile's positioned path gives for such a file, without the syntax tree
 * (which holds many times the text's size): 31 ms against 765 ms for a 2.8 MB file of 10k claims. At the first problem of any kind it
 * gives up and returns undefined: the positioned path then finds every problem with its exact place
 * and message, at the cost that path has always had.
 */
export function readJsonClaimFile(file: string, text: string): ClaimFileResult | undefined {
  if (tooLargeToRead(text)) return undefined;
  let top: unknown;
  try {
    top = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(top) || !Object.keys(top).every(isClaimFileSection)) return undefined;
  const spans = jsonClaimFileSpans(text);
  const sources = readSources(file, top['sources'], spans.sections.get('sources'));
  const entities = readList(top['entities'], spans.sections.get('entities'), (raw: unknown, at) =>
    isValid(raw, validateEntity, entityIssues) ? toEntity(raw, origin(file, at)) : undefined,
  );
  const claims = readClaims(file, top['claims'], spans.sections.get('claims'));
  const quotes = readList(
    top['quotes'],
    spans.sections.get('quotes'),
    (raw: unknown, at): FileQuote | undefined => {
      if (!isValid(raw, validateQuote, quoteIssues)) return undefined;
      const sourceRef = raw.source === undefined ? undefined : sourceRefsOf([raw.source], at)[0];
      return { quote: toQuote(raw, origin(file, at)), sourceRef };
    },
  );
  if (!sources || !entities || !claims || !quotes) return undefined;
  // JSON.parse keeps the last of a repeated key silently; the positioned path reports it. Counted
  // only now that every item has passed the schema, which allows no deep nesting to recurse into.
  if (spans.keyCount !== keyCount(top)) return undefined;
  return { file, sources, entities, claims, quotes, problems: [] };
}

function readSources(
  file: string,
  section: unknown,
  spans: readonly JsonItemSpans[] = [],
): FileSource[] | undefined {
  if (section === null || section === undefined) return [];
  if (!isPlainObject(section)) return undefined;
  const sources: FileSource[] = [];
  // In the file's order, which the parsed object does not keep for ids that look like numbers.
  for (const at of spans) {
    const id = at.key;
    if (id === undefined || at.keySpan === undefined || !validateId(id)) return undefined;
    const raw = section[id];
    if (!isValid(raw, validateSource, sourceIssues)) return undefined;
    sources.push({ source: toSource(id, raw, origin(file, at)), idSpan: at.keySpan });
  }
  return sources;
}

function readClaims(
  file: string,
  section: unknown,
  spans?: readonly JsonItemSpans[],
): FileClaim[] | undefined {
  const ids = new Set<string>();
  return readList(section, spans, (raw: unknown, at): FileClaim | undefined => {
    if (!isValid(raw, validateClaim, claimIssues) || ids.has(raw.id) || at.id === undefined) return undefined;
    ids.add(raw.id);
    const sourceRefs = sourceRefsOf(claimSourceIds(raw), at);
    return { claim: toClaim(raw, origin(file, at)), idSpan: at.id, sourceRefs };
  });
}

/** The items of a list section, or undefined at the first that is not valid. */
function readList<T>(
  section: unknown,
  spans: readonly JsonItemSpans[] = [],
  read: (raw: unknown, at: JsonItemSpans) => T | undefined,
): T[] | undefined {
  if (section === null || section === undefined) return [];
  if (!Array.isArray(section) || section.length !== spans.length) return undefined;
  const items: T[] = [];
  for (let index = 0; index < section.length; index++) {
    const at = spans[index];
    const item = at && read(section[index], at);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

/** Whether an item passes the schema and the item rules (the messages are the positioned path's job). */
function isValid<T>(
  raw: unknown,
  validate: ValidateFunction<T>,
  rules: (raw: T, label: string) => ItemIssue[],
): raw is T {
  return validate(raw) && rules(raw, '').length === 0;
}

function sourceRefsOf(ids: readonly string[], at: JsonItemSpans): SourceRef[] {
  const spans = at.source;
  if (Array.isArray(spans)) return ids.map((id, index) => ({ id, span: spans[index] ?? at.span }));
  const span = (spans as TextSpan | undefined) ?? at.span;
  return ids.map((id) => ({ id, span }));
}

function origin(file: string, at: JsonItemSpans): Origin {
  return { file, span: at.span };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How many keys the objects of a parsed value have, all levels counted. */
function keyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keyCount(item), 0);
  if (!isPlainObject(value)) return 0;
  let count = 0;
  for (const key in value) count += 1 + keyCount(value[key]);
  return count;
}
