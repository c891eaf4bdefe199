import { parse } from 'yaml';
import { isRuleId } from '../../../shared/src/rules';
import type { GoldFile, GoldFinding, GoldKind, GoldLink, GoldSpanRef } from './goldModel';

type Fields = Readonly<Record<string, unknown>>;

/** A gold file that does not have the documented shape (test-fixtures/eval/ANNOTATING.md). */
export class GoldFormatError extends Error {}

const FINDING_KEYS = ['rule', 'text', 'line', 'occurrence', 'why', 'related'];
const LINK_KEYS = ['text', 'line', 'occurrence', 'claim'];
const SPAN_KEYS = ['text', 'line', 'occurrence'];
const FILE_KEYS = ['kind', 'copyOf', 'url', 'outlet', 'findings', 'links'];

/**
 * Reads one `*.gold.yaml` file. Strict on purpose: a misspelt key would otherwise silently drop an
 * annotation and flatter or punish the engine.
 */
export function parseGoldFile(file: string, text: string): GoldFile {
  const top = fieldsOf(parse(text), file);
  checkKeys(top, FILE_KEYS, file);
  const kind = top['kind'];
  if (kind !== 'control' && kind !== 'planted')
    throw new GoldFormatError(`${file}: kind must be control or planted`);
  const copyOf = optionalString(top['copyOf'], `${file}: copyOf`);
  const url = optionalString(top['url'], `${file}: url`);
  const outlet = optionalString(top['outlet'], `${file}: outlet`);
  return {
    kind: kind satisfies GoldKind,
    ...(copyOf === undefined ? {} : { copyOf }),
    ...(url === undefined ? {} : { url }),
    ...(outlet === undefined ? {} : { outlet }),
    findings: listOf(top['findings'], `${file}: findings`).map((item, i) =>
      finding(item, `${file}: findings[${i}]`),
    ),
    links: listOf(top['links'], `${file}: links`).map((item, i) => link(item, `${file}: links[${i}]`)),
  };
}

function finding(value: unknown, where: string): GoldFinding {
  const fields = fieldsOf(value, where);
  checkKeys(fields, FINDING_KEYS, where);
  const rule = fields['rule'];
  if (typeof rule !== 'string' || !isRuleId(rule))
    throw new GoldFormatError(`${where}: unknown rule ${String(rule)}`);
  const why = fields['why'];
  if (typeof why !== 'string' || why.trim() === '') throw new GoldFormatError(`${where}: why is required`);
  const related = listOf(fields['related'], `${where}.related`).map((item, i) => {
    const relatedFields = fieldsOf(item, `${where}.related[${i}]`);
    checkKeys(relatedFields, SPAN_KEYS, `${where}.related[${i}]`);
    return spanRef(relatedFields, `${where}.related[${i}]`);
  });
  return { ...spanRef(fields, where), rule, why, related };
}

function link(value: unknown, where: string): GoldLink {
  const fields = fieldsOf(value, where);
  checkKeys(fields, LINK_KEYS, where);
  const claim = fields['claim'];
  if (typeof claim !== 'string' || claim === '') throw new GoldFormatError(`${where}: claim is required`);
  return { ...spanRef(fields, where), claim };
}

function spanRef(fields: Fields, where: string): GoldSpanRef {
  const text = fields['text'];
  // YAML reads an unquoted 350 as a number; the gold means the text "350".
  if (typeof text !== 'string' && typeof text !== 'number')
    throw new GoldFormatError(`${where}: text is required`);
  const line = optionalPositive(fields['line'], `${where}.line`);
  const occurrence = optionalPositive(fields['occurrence'], `${where}.occurrence`);
  return {
    text: String(text),
    ...(line === undefined ? {} : { line }),
    ...(occurrence === undefined ? {} : { occurrence }),
  };
}

function fieldsOf(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GoldFormatError(`${where}: expected a map`);
  }
  return value as Fields;
}

function listOf(value: unknown, where: string): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new GoldFormatError(`${where}: expected a list`);
  return value;
}

function checkKeys(fields: Fields, allowed: readonly string[], where: string): void {
  const unknown = Object.keys(fields).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new GoldFormatError(`${where}: unknown key(s) ${unknown.join(', ')}`);
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new GoldFormatError(`${where}: expected a string`);
  return value;
}

function optionalPositive(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new GoldFormatError(`${where}: expected a whole number from 1`);
  }
  return value;
}
