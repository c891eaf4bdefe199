import { parseDocument } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import { tooLargeToRead } from '../limits/inputLimits';
import type { ClaimFileProblem, TextSpan } from './claimModel';

/**
 * How many alias expansions converting one item to plain values may make. A "billion laughs" alias
 * bomb hits this at once instead of exhausting memory; real claim files use few aliases, if any.
 */
export const MAX_ALIAS_COUNT = 1000;

export interface ParsedYaml {
  /** Undefined when the text could not be read at all; otherwise whatever the yaml library could parse. */
  readonly doc: Document.Parsed | undefined;
  readonly problems: readonly ClaimFileProblem[];
}

/**
 * Parses a claim or config file (YAML or JSON, which YAML 1.2 reads as well) into a document whose
 * nodes keep their source offsets. YAML 1.2's core schema is forced even under a `%YAML 1.1` directive,
 * so `2016-11-01` stays a string and `off` stays the word (YAML 1.1 would make them a Date and `false`).
 * Duplicate keys are not syntax errors here: the loaders report them with their own context.
 */
export function parseYamlText(file: string, text: string): ParsedYaml {
  // A larger file is refused with a problem rather than risking the language server (see the limit).
  const tooLarge = tooLargeToRead(text);
  if (tooLarge)
    return { doc: undefined, problems: [{ file, span: { start: 0, end: 0 }, message: tooLarge }] };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    // Pathological input (nesting deep enough to exhaust the stack) makes the parser throw.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      doc: undefined,
      problems: [{ file, span: { start: 0, end: 0 }, message: `file could not be read: ${reason}` }],
    };
  }
  const problems = [
    ...doc.errors.map((error) => yamlProblem(file, text, error, 'YAML syntax error')),
    ...doc.warnings.map((warning) => yamlProblem(file, text, warning, 'YAML warning')),
  ];
  return { doc, problems };
}

function yamlProblem(file: string, text: string, error: YAMLError, kind: string): ClaimFileProblem {
  const start = Math.min(error.pos[0], text.length);
  const span: TextSpan = { start, end: Math.max(start, Math.min(error.pos[1], text.length)) };
  return { file, span, message: `${kind}: ${error.message}` };
}
