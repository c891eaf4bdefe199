import { isMap, isScalar, isSeq, stringify, type Document, type Node } from 'yaml';
import type { TextSpan } from '../claims/claimModel';
import { parseYamlText } from '../claims/parseYamlText';
import type { ClaimDraft } from './claimDraft';
import { lineEndingOf, type OffsetEdit } from './offsetEdit';

export interface AppendedClaim {
  readonly edit: OffsetEdit;
  /** Where the new claim is in the text after the edit, to reveal it. */
  readonly span: TextSpan;
}

/** The schema lets a claim go without a source; the comment asks the writer for one. */
const TODO_COMMENT = '# TODO: add a source';

/**
 * Appends a drafted claim to a claim file as one insertion, so every other byte (comments, layout,
 * quoting) stays as it was: after the last item of the `claims:` sequence, in that sequence's
 * indentation; or a new `claims:` section at the end. JSON claim files get a JSON object after the
 * last claim. Undefined when the file cannot take one safely (a syntax error, `claims` not a list,
 * a layout the insertion would break): the file is never left worse than it was.
 */
export function appendClaim(text: string, draft: ClaimDraft): AppendedClaim | undefined {
  const doc = readableDocument(text);
  if (!doc) return undefined;
  const appended = planAppend(text, doc, draft);
  return appended && readsBack(text, appended, draft.id) ? appended : undefined;
}

/** The parsed file when it has no syntax error (parsed as the loader parses it, within its size limit). */
function readableDocument(text: string): Document.Parsed | undefined {
  const { doc } = parseYamlText('claim file', text);
  return doc && doc.errors.length === 0 ? doc : undefined;
}

/**
 * Whether the file with the claim added still parses and ends its `claims` with the new claim. The
 * insertion follows the file's own layout, and some layouts (an indented top-level map, a lone-CR
 * file) would turn it into a syntax error or a claim nested somewhere else: better no fix than that.
 */
function readsBack(text: string, appended: AppendedClaim, id: string): boolean {
  const { start, end, newText } = appended.edit;
  const doc = readableDocument(text.slice(0, start) + newText + text.slice(end));
  const claims = doc?.contents && isMap(doc.contents) ? doc.contents.get('claims', true) : undefined;
  const last = isSeq(claims) ? claims.items[claims.items.length - 1] : undefined;
  return isMap(last) && last.get('id') === id;
}

function planAppend(text: string, doc: Document.Parsed, draft: ClaimDraft): AppendedClaim | undefined {
  const eol = lineEndingOf(text);
  const top = doc.contents;
  if (top !== null && !isMap(top)) return undefined;
  const claims = top?.get('claims', true);
  const json = text.trimStart().startsWith('{');
  if (json) return isSeq(claims) && claims.flow ? appendJson(text, claims.items, draft, eol) : undefined;
  if (claims === undefined || (isScalar(claims) && claims.value === null)) {
    return appendSection(text, claims, draft, eol);
  }
  if (!isSeq(claims) || claims.flow || claims.items.length === 0) return undefined;
  const first = claims.items[0] as Node;
  const last = claims.items[claims.items.length - 1] as Node;
  if (!first.range || !last.range) return undefined;
  const dashIndent = indentOfLine(text, first.range[0]);
  const lines = yamlLines(draft, dashIndent);
  const at = lineEnd(text, last.range[1] - 1);
  return insertLines(at, eol, lines);
}

/** The claim as YAML list-item lines, indented to sit at `indent`. */
function yamlLines(draft: ClaimDraft, indent: string): string[] {
  const entry: Record<string, unknown> = { id: draft.id, subject: draft.subject, value: draft.value };
  if (draft.unit) entry['unit'] = draft.unit;
  // A year is written as the claim files write it (`period: 2024`), other periods as text.
  if (draft.period) entry['period'] = /^\d{4}$/.test(draft.period) ? Number(draft.period) : draft.period;
  const body = stringify([entry], { lineWidth: 0 }).trimEnd().split('\n');
  return [...body, `  ${TODO_COMMENT}`].map((line) => indent + line);
}

function appendSection(text: string, claims: unknown, draft: ClaimDraft, eol: string): AppendedClaim {
  const lines = yamlLines(draft, '  ');
  if (claims !== undefined && isScalar(claims) && claims.range) {
    // `claims:` with nothing after it: the list goes under the key.
    return insertLines(lineEnd(text, claims.range[0]), eol, lines);
  }
  const contentEnd = text.trimEnd().length;
  const lead = contentEnd === 0 ? '' : eol;
  const newText = `${lead}claims:${eol}${lines.join(eol)}`;
  const start = contentEnd + lead.length + `claims:${eol}`.length;
  return {
    edit: { start: contentEnd, end: contentEnd, newText },
    span: { start, end: contentEnd + newText.length },
  };
}

function appendJson(
  text: string,
  items: readonly unknown[],
  draft: ClaimDraft,
  eol: string,
): AppendedClaim | undefined {
  const last = items[items.length - 1] as Node | undefined;
  if (!last?.range) return undefined;
  const indent = indentOfLine(text, last.range[0]);
  const object = {
    id: draft.id,
    subject: draft.subject,
    value: draft.value,
    ...(draft.unit ? { unit: draft.unit } : {}),
    ...(draft.period ? { period: draft.period } : {}),
  };
  // The file's own indentation step: the claims sit two steps in (`{ "claims": [ {`).
  const unit = indent.length >= 4 ? indent.slice(0, indent.length / 2) : '  ';
  const body = JSON.stringify(object, null, unit)
    .split('\n')
    .map((line) => indent + line)
    .join(eol);
  const at = last.range[1];
  const newText = `,${eol}${body}`;
  return {
    edit: { start: at, end: at, newText },
    span: { start: at + 1 + eol.length, end: at + newText.length },
  };
}

function insertLines(at: number, eol: string, lines: readonly string[]): AppendedClaim {
  const newText = eol + lines.join(eol);
  return {
    edit: { start: at, end: at, newText },
    span: { start: at + eol.length, end: at + newText.length },
  };
}

/** The offset of the end of the line holding `offset` (before its line break). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset));
  const end = newline < 0 ? text.length : newline;
  return text.charAt(end - 1) === '\r' ? end - 1 : end;
}

function indentOfLine(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}
