import { isMap, isScalar } from 'yaml';
import type { Entity } from './claimModel';
import type { ClaimFileResult, FileClaim, FileQuote, FileSource } from './claimFileResult';
import { CLAIM_FILE_SECTIONS, isClaimFileSection } from './claimSchema';
import { createLineLocator } from './lineLocator';
import { parseYamlText } from './parseYamlText';
import type { ItemContext } from './readItem';
import { readJsonClaimFile } from './readJsonClaimFile';
import { readClaims, readEntities, readQuotes, readSources } from './readSections';
import { keyText, spanOfNode } from './yamlNodePaths';

export type { ClaimFileResult } from './claimFileResult';

/**
 * Reads one claim file (`*.claims.yaml`, `*.claims.yml` or `*.claims.json`; YAML 1.2 reads JSON too).
 *
 * The valid rest stays in use: an item (source, entity, claim or quote) with any problem is dropped
 * and reported, and its siblings are kept. After a YAML syntax error, whatever the yaml library could
 * still parse is used, except the items the error falls inside. Source ids are checked across all files
 * by `mergeClaimFiles`, since a claim may cite a source defined in another file.
 *
 * A JSON file without problems takes a fast path with the same result (readJsonClaimFile); one with
 * any problem is read here, by the yaml library's positioned parser, for exact places and messages.
 */
export function loadClaimFile(file: string, text: string): ClaimFileResult {
  if (file.toLowerCase().endsWith('.json')) {
    const fast = readJsonClaimFile(file, text);
    if (fast) return fast;
  }
  return loadPositionedClaimFile(file, text);
}

/** Reads a claim file through the yaml library's document, whose nodes keep their offsets. */
export function loadPositionedClaimFile(file: string, text: string): ClaimFileResult {
  const parsed = parseYamlText(file, text);
  const problems = [...parsed.problems];
  const sources: FileSource[] = [];
  const entities: Entity[] = [];
  const claims: FileClaim[] = [];
  const quotes: FileQuote[] = [];
  const result = { file, sources, entities, claims, quotes, problems };
  const doc = parsed.doc;
  const top = doc?.contents;
  if (!doc || top == null || (isScalar(top) && top.value === null)) return result;
  if (!isMap(top)) {
    const message = `a claim file must be a map with the keys ${CLAIM_FILE_SECTIONS.join(', ')}`;
    problems.push({ file, span: spanOfNode(top) ?? { start: 0, end: 0 }, message });
    return result;
  }
  const context: ItemContext = {
    file,
    text,
    doc,
    syntaxProblemStarts: parsed.problems.map((problem) => problem.span.start).sort((a, b) => a - b),
    lineOf: createLineLocator(text),
    problems,
  };
  const firstSectionAt = new Map<string, number>();
  for (const pair of top.items) {
    const name = keyText(pair.key);
    const keySpan = spanOfNode(pair.key) ?? spanOfNode(top) ?? { start: 0, end: 0 };
    if (name === undefined || !isClaimFileSection(name)) {
      const shown = name === undefined ? 'unknown key' : `unknown key "${name}"`;
      problems.push({
        file,
        span: keySpan,
        message: `${shown} (expected ${CLAIM_FILE_SECTIONS.join(', ')})`,
      });
      continue;
    }
    const firstAt = firstSectionAt.get(name);
    if (firstAt !== undefined) {
      const message = `"${name}" appears twice (first at line ${context.lineOf(firstAt)}); this one is ignored`;
      problems.push({ file, span: keySpan, message });
      continue;
    }
    firstSectionAt.set(name, keySpan.start);
    if (name === 'sources') readSources(context, pair.value, sources);
    else if (name === 'entities') readEntities(context, pair.value, entities);
    else if (name === 'claims') readClaims(context, pair.value, claims);
    else readQuotes(context, pair.value, quotes);
  }
  return result;
}
