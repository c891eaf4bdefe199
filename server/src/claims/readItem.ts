import { isNode } from 'yaml';
import type { Document } from 'yaml';
import type { ValidateFunction } from 'ajv';
import type { ClaimFileProblem, TextSpan } from './claimModel';
import { findDuplicateKeys } from './duplicateKeys';
import type { ItemIssue } from './itemIssue';
import { MAX_ALIAS_COUNT } from './parseYamlText';
import { schemaIssues } from './schemaIssues';
import { extentOfNode, firstKeySpan, nodeAtPath, spanOfNode } from './yamlNodePaths';

/** What reading the items of one claim file shares. */
export interface ItemContext {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  /** Starts of the file's YAML syntax problems, ascending. */
  readonly syntaxProblemStarts: readonly number[];
  readonly lineOf: (offset: number) => number;
  /** Problems found so far in the file; reading an item appends its own. */
  readonly problems: ClaimFileProblem[];
}

/**
 * Reads one item (a source, entity, claim or quote) and returns its plain value when it is valid, or
 * undefined when it has any problem: repeated keys, a YAML syntax error inside it, too many aliases,
 * a schema error, or a failed item rule. Every problem is reported at the narrowest node it concerns.
 */
export function readItem<T>(
  context: ItemContext,
  node: unknown,
  label: string,
  validate: ValidateFunction<T>,
  rules: (raw: T, label: string) => ItemIssue[],
  itemSpan: TextSpan,
): T | undefined {
  const problemsBefore = context.problems.length;
  const report = (span: TextSpan | undefined, message: string): void => {
    context.problems.push({ file: context.file, span: span ?? itemSpan, message });
  };
  if (!isNode(node)) {
    report(itemSpan, `${label} is empty`);
    return undefined;
  }
  for (const duplicate of findDuplicateKeys(node)) {
    const first = spanOfNode(duplicate.first);
    const where = first ? ` (first at line ${context.lineOf(first.start)})` : '';
    report(spanOfNode(duplicate.key), `${label}: key "${duplicate.name}" appears twice${where}`);
  }
  // The parser's guess at a broken item cannot be trusted, and checking it would only add noise to the
  // syntax error already reported.
  if (
    containsAnyStart(context.syntaxProblemStarts, fromLineStart(context.text, extentOfNode(node) ?? itemSpan))
  ) {
    return undefined;
  }
  let value: unknown;
  try {
    value = node.toJS(context.doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(itemSpan, `${label} could not be read: ${reason}`);
    return undefined;
  }
  if (!validate(value)) {
    for (const issue of schemaIssues(validate.errors ?? [], label))
      report(issueSpan(node, issue), issue.message);
    return undefined;
  }
  for (const issue of rules(value, label)) report(issueSpan(node, issue), issue.message);
  return context.problems.length > problemsBefore ? undefined : value;
}

function issueSpan(itemNode: unknown, issue: ItemIssue): TextSpan | undefined {
  const target = nodeAtPath(itemNode, issue.path);
  if (issue.at === 'first-key') return firstKeySpan(target.node);
  if (issue.at === 'key') return spanOfNode(target.key) ?? spanOfNode(target.node);
  const valueSpan = spanOfNode(target.node);
  // An empty value (`unit:`) has a zero-width node; its key shows the problem better.
  return valueSpan && valueSpan.end > valueSpan.start ? valueSpan : (spanOfNode(target.key) ?? valueSpan);
}

/**
 * The span widened back to the start of its line: the parser reports a misplaced line (bad indentation,
 * a missing `-`) at the line's start, before the node it then makes of the line's text.
 */
function fromLineStart(text: string, span: TextSpan): TextSpan {
  return { start: text.lastIndexOf('\n', span.start - 1) + 1, end: span.end };
}

/** Whether any of the ascending offsets falls inside the span (binary search: files may hold many problems). */
function containsAnyStart(starts: readonly number[], span: TextSpan): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) < span.start) low = middle + 1;
    else high = middle;
  }
  const first = starts[low];
  return first !== undefined && first < span.end;
}
