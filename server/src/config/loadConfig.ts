import { isNode, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { ClaimlintSettings } from '../../../shared/src/settings';
import type { ClaimFileProblem, TextSpan } from '../claims/claimModel';
import { findDuplicateKeys } from '../claims/duplicateKeys';
import { createLineLocator } from '../claims/lineLocator';
import { MAX_ALIAS_COUNT, parseYamlText } from '../claims/parseYamlText';
import { nodeAtPath, spanOfNode } from '../claims/yamlNodePaths';
import { readSettings } from './readSettings';
import type { SettingsIssue } from './readSettings';

export interface ConfigFileResult {
  readonly settings: ClaimlintSettings;
  readonly problems: ClaimFileProblem[];
  /** Where each `claims` and `bibliography` entry is written, by its trimmed text: for problems with that path. */
  readonly pathSpans: PathSpans;
}

/** The settings that name files, whose entries are checked against the workspace (see containment). */
export type PathSetting = 'claims' | 'bibliography';

export type PathSpans = Readonly<Record<PathSetting, ReadonlyMap<string, TextSpan>>>;

export const NO_PATH_SPANS: PathSpans = { claims: new Map(), bibliography: new Map() };

/**
 * Reads `.claimlint.yaml` (SPEC "Config"). Every well-formed setting is kept; unknown keys, unknown
 * rule ids, bad levels and other malformed values are reported at their span and ignored.
 */
export function loadConfigFile(file: string, text: string): ConfigFileResult {
  const parsed = parseYamlText(file, text);
  const problems = [...parsed.problems];
  const contents = parsed.doc?.contents;
  if (!parsed.doc || !isNode(contents)) return { settings: {}, problems, pathSpans: NO_PATH_SPANS };
  const wholeFile: TextSpan = spanOfNode(contents) ?? { start: 0, end: 0 };
  const lineOf = createLineLocator(text);
  for (const duplicate of findDuplicateKeys(contents)) {
    const first = spanOfNode(duplicate.first);
    const where = first ? ` (first at line ${lineOf(first.start)})` : '';
    const message = `key "${duplicate.name}" appears twice${where}; the last one is used`;
    problems.push({ file, span: spanOfNode(duplicate.key) ?? wholeFile, message });
  }
  let raw: unknown;
  try {
    raw = contents.toJS(parsed.doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file, span: wholeFile, message: `config could not be read: ${reason}` });
    return { settings: {}, problems, pathSpans: NO_PATH_SPANS };
  }
  const report = (issue: SettingsIssue): void => {
    const target = nodeAtPath(contents, issue.path);
    const span = (issue.atKey ? spanOfNode(target.key) : undefined) ?? spanOfNode(target.node) ?? wholeFile;
    problems.push({ file, span, message: issue.message });
  };
  const settings = readSettings(raw, 'report', report);
  const pathSpans = {
    claims: entrySpans(contents, 'claims'),
    bibliography: entrySpans(contents, 'bibliography'),
  };
  return { settings, problems, pathSpans };
}

/** The span of each text entry of a path setting (one path, or a list), first one first as readSettings keeps them. */
function entrySpans(contents: Node, key: PathSetting): Map<string, TextSpan> {
  const spans = new Map<string, TextSpan>();
  const { node, key: found } = nodeAtPath(contents, [key]);
  // Without the key, nodeAtPath stops at the document itself.
  if (found === undefined) return spans;
  const items: unknown[] = isSeq(node) ? node.items : [node];
  for (const item of items) {
    const span = spanOfNode(item);
    if (!isScalar(item) || typeof item.value !== 'string' || !span) continue;
    const path = item.value.trim();
    if (path !== '' && !spans.has(path)) spans.set(path, span);
  }
  return spans;
}
