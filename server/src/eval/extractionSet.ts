import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GoldFormatError } from './parseGoldFile';

/** One figure of a gold sentence: where it is, its value (or range) and its unit. */
export interface GoldSentenceFigure {
  readonly text: string;
  readonly occurrence: number;
  /** The value with its scale applied; for a range, its two ends. */
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
}

export interface GoldSentence {
  readonly file: string;
  readonly url: string;
  readonly text: string;
  readonly figures: readonly GoldSentenceFigure[];
}

const SENTENCE_KEYS = ['url', 'text', 'figures'];
const FIGURE_KEYS = ['text', 'occurrence', 'value', 'min', 'max', 'unit'];

/** Reads every `*.yaml` of the extraction gold set (test-fixtures/extraction/README.md). */
export function loadExtractionSet(folder: string): GoldSentence[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => readBatch(join(folder, name)));
}

function readBatch(file: string): GoldSentence[] {
  const top: unknown = parse(readFileSync(file, 'utf8'));
  const sentences = isMap(top) ? top['sentences'] : undefined;
  if (!Array.isArray(sentences)) throw new GoldFormatError(`${file}: expected sentences (a list)`);
  return sentences.map((item: unknown, i) => readSentence(item, `${file}: sentences[${i}]`, file));
}

function readSentence(item: unknown, where: string, file: string): GoldSentence {
  const fields = mapWithKeys(item, SENTENCE_KEYS, where);
  const text = fields['text'];
  const url = fields['url'];
  if (typeof text !== 'string' || text.trim() === '') throw new GoldFormatError(`${where}: text is required`);
  if (typeof url !== 'string') throw new GoldFormatError(`${where}: url is required`);
  const figures = fields['figures'] ?? [];
  if (!Array.isArray(figures)) throw new GoldFormatError(`${where}: figures must be a list`);
  return {
    file,
    url,
    text,
    figures: figures.map((figure: unknown, i) => readFigure(figure, `${where}.figures[${i}]`)),
  };
}

function readFigure(item: unknown, where: string): GoldSentenceFigure {
  const fields = mapWithKeys(item, FIGURE_KEYS, where);
  const text = fields['text'];
  if (typeof text !== 'string' && typeof text !== 'number')
    throw new GoldFormatError(`${where}: text is required`);
  const { value, min, max, unit, occurrence } = fields;
  const numbers = typeof value === 'number' ? [value, value] : [min, max];
  const [low, high] = numbers;
  if (typeof low !== 'number' || typeof high !== 'number')
    throw new GoldFormatError(`${where}: value (or min and max) must be numbers`);
  if (unit !== undefined && typeof unit !== 'string')
    throw new GoldFormatError(`${where}: unit must be text`);
  if (occurrence !== undefined && (typeof occurrence !== 'number' || occurrence < 1))
    throw new GoldFormatError(`${where}: occurrence must be a whole number from 1`);
  return {
    text: String(text),
    occurrence: typeof occurrence === 'number' ? occurrence : 1,
    min: low,
    max: high,
    ...(typeof unit === 'string' ? { unit } : {}),
  };
}

function isMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapWithKeys(
  item: unknown,
  allowed: readonly string[],
  where: string,
): Readonly<Record<string, unknown>> {
  if (!isMap(item)) throw new GoldFormatError(`${where}: expected a map`);
  const unknown = Object.keys(item).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new GoldFormatError(`${where}: unknown key(s) ${unknown.join(', ')}`);
  return item;
}
