import type { ErrorObject } from 'ajv';
import { describePath, fieldMessage } from './itemIssue';
import type { ItemIssue } from './itemIssue';
import { splitInstancePath } from './yamlNodePaths';

/**
 * Turns ajv's errors for one item into human messages. Two things need care:
 * - An `anyOf` that fails reports every branch's errors. A branch of the wrong type only says "must be
 *   number"; a branch of the right type says what is actually wrong ("missing max"). So the wrong-type
 *   errors are dropped, and the `anyOf`'s own message is used only when no branch had the right type.
 * - The schema carries the messages writers read (`errorMessage`, `patternErrorMessage`), so the same
 *   words appear in VS Code's schema validation and in our problems.
 */
export function schemaIssues(errors: readonly ErrorObject[], label: string): ItemIssue[] {
  const dropped = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    const inBranches = errors.filter(
      (other) => other !== error && isWithin(other.instancePath, error.instancePath),
    );
    const wrongType = inBranches.filter(
      (other) => other.keyword === 'type' && other.instancePath === error.instancePath,
    );
    for (const other of wrongType) dropped.add(other);
    if (inBranches.length > wrongType.length) dropped.add(error);
  }
  const issues: ItemIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const issue = issueOf(error, label);
    const identity = `${issue.path.join('/')}\u0000${issue.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    issues.push(issue);
  }
  return issues;
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function issueOf(error: ErrorObject, label: string): ItemIssue {
  const path = splitInstancePath(error.instancePath);
  const schema = asRecord(error.parentSchema);
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params['additionalProperty']);
    const known = Object.keys(asRecord(schema['properties']));
    const where = path.length > 0 ? ` in ${describePath(path)}` : '';
    const expected = known.length > 0 ? ` (expected ${known.join(', ')})` : '';
    return { path: [...path, key], at: 'key', message: `${label}: unknown key "${key}"${where}${expected}` };
  }
  if (error.keyword === 'required') {
    const missing = String(error.params['missingProperty']);
    const owner = path.length > 0 ? `${label}: ${describePath(path)}` : label;
    return { path, at: 'first-key', message: `${owner} is missing "${missing}"` };
  }
  if (error.keyword === 'type' && path.length === 0) {
    const message = error.data === null ? `${label} is empty` : `${label} must be a map of keys and values`;
    return { path, at: 'value', message };
  }
  const reason = ownMessage(error.keyword, schema) ?? error.message ?? 'is not valid';
  return { path, at: 'value', message: fieldMessage(label, path, error.data, reason) };
}

function ownMessage(keyword: string, schema: Record<string, unknown>): string | undefined {
  const patternMessage = schema['patternErrorMessage'];
  if (keyword === 'pattern' && typeof patternMessage === 'string') return patternMessage;
  const message = schema['errorMessage'];
  return typeof message === 'string' ? message : undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
