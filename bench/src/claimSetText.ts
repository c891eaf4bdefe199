import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimSet, Source } from '../../server/src/claims/claimModel';
import { parsePeriod } from '../../server/src/time/period';
import { pick, seededRandom } from './random';

/**
 * Newsroom-size claim sets, generated: subjects are drawn from a vocabulary (see claimVocabulary)
 * with a Zipf distribution, so a few words have huge postings lists and most have short ones, as
 * in a real claim set; places, units, periods and sources vary too.
 */

const STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'were',
  'been',
  'their',
  'which',
  'said',
  'they',
]);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The vocabulary of generated claims: the words of the fixtures' prose first (the most frequent
 * ranks, so that the articles' figures meet claims), then an English word list for the long tail;
 * names (places, bodies) are the fixtures' capitalised words.
 */
export function claimVocabulary(fixtures: string): { words: string[]; names: string[] } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const file of filesUnder(fixtures).filter((path) => /\.(md|txt|ya?ml)$/u.test(path))) {
    for (const word of readFileSync(file, 'utf8').match(/[A-Za-z]{4,}/gu) ?? []) {
      if (STOP.has(word.toLowerCase())) continue;
      if (/^[A-Z][a-z]/u.test(word)) names.add(word);
      else words.add(word);
    }
  }
  // The word-list package's file, read by path: the bench bundles cannot carry its own lookup.
  const tail = readFileSync(join(fixtures, '../node_modules/word-list/words.txt'), 'utf8')
    .split('\n')
    .filter((word) => /^[a-z]{5,}$/u.test(word) && !words.has(word));
  const random = seededRandom(11);
  // Shuffled, so the tail's ranks are not alphabetical (Zipf ranks would favour "aardvark").
  for (let i = tail.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [tail[i], tail[j]] = [tail[j] ?? '', tail[i] ?? ''];
  }
  return { words: [...[...words].sort(), ...tail], names: [...names].sort() };
}

/** An index drawn with probability ∝ 1/(rank+1): word frequencies in text follow Zipf's law. */
function zipf(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1))) - 1);
}

const MEASURES = ['number of', 'share of', 'amount of', 'rise in', 'fall in', 'cost of', 'total'];
const UNITS = [
  'deaths',
  'groups',
  'people',
  'cases',
  '%',
  'kg',
  'g',
  't',
  'USD',
  'CAD',
  'months',
  'times',
  '',
];

export interface GeneratedClaim {
  readonly id: string;
  readonly subject: string;
  readonly value: number;
  readonly unit?: string;
  readonly period: string;
  readonly place: string;
  readonly source: string;
  readonly keywords: readonly string[];
}

export const SOURCE_COUNT = 500;

/**
 * The claims, one at a time: a million claims as objects take about a gigabyte, which would count in
 * the peak memory of the load that claimLoadBench measures; files are written from them a file's worth
 * at a time instead.
 */
export function* generateClaims(
  count: number,
  vocabulary: { words: string[]; names: string[] },
  seed = 7,
): Generator<GeneratedClaim> {
  const random = seededRandom(seed);
  const { words, names } = vocabulary;
  for (let i = 0; i < count; i++) {
    const topic = [0, 1, 2].map(() => words[zipf(random, words.length)] ?? 'figure');
    const place = `${names[zipf(random, names.length)] ?? 'Canada'}`;
    const unit = pick(random, UNITS);
    yield {
      id: `claim-${i}`,
      subject: `${pick(random, MEASURES)} ${topic.join(' ')} in ${place}`,
      value: Math.round(random() * 10_000) / (random() < 0.3 ? 10 : 1),
      ...(unit ? { unit } : {}),
      period: String(2000 + Math.floor(random() * 25)),
      place,
      source: `source-${Math.floor(random() * SOURCE_COUNT)}`,
      keywords: [words[zipf(random, words.length)] ?? 'figure'],
    };
  }
}

/** Claims per generated file: about 2 MB of YAML (3 MB of JSON), under the loader's limits on one file. */
export const CLAIMS_PER_FILE = 10_000;

/** The formats claim files are generated in: the server reads JSON by a faster path than YAML. */
export type ClaimFileFormat = 'yaml' | 'json';

/**
 * Claim files with the claims, CLAIMS_PER_FILE to a file as a newsroom would split them; the first
 * file also holds the sources they cite. JSON is indented as `JSON.stringify` and editors write it.
 */
export function claimFileTexts(claims: Iterable<GeneratedClaim>, format: ClaimFileFormat = 'yaml'): string[] {
  const files: string[] = [];
  let chunk: GeneratedClaim[] = [];
  const flush = (): void => {
    const withSources = files.length === 0;
    const text = format === 'json' ? jsonFileText(chunk, withSources) : yamlFileText(chunk, withSources);
    files.push(asReadFromDisk(text));
    chunk = [];
  };
  for (const claim of claims) {
    chunk.push(claim);
    if (chunk.length === CLAIMS_PER_FILE) flush();
  }
  if (chunk.length > 0 || files.length === 0) flush();
  return files;
}

/**
 * The text as the server has it after reading the file. The vocabulary's words are cut from fixture
 * texts with non-ASCII characters, so V8 stores the generated text two bytes a character; decoded
 * from UTF-8, as readTextFile does, ASCII text takes one byte a character (for 1M claims, 275 MB
 * instead of 550 MB).
 */
function asReadFromDisk(text: string): string {
  return new TextDecoder('utf-8').decode(Buffer.from(text, 'utf8'));
}

function yamlFileText(claims: readonly GeneratedClaim[], withSources: boolean): string {
  const lines: string[] = [];
  if (withSources) {
    lines.push('sources:');
    for (let i = 0; i < SOURCE_COUNT; i++)
      lines.push(`  source-${i}:`, `    title: Report ${i}`, `    date: 2024`);
  }
  lines.push('claims:');
  for (const claim of claims) {
    lines.push(
      `  - id: ${claim.id}`,
      `    subject: ${claim.subject}`,
      `    value: ${claim.value}`,
      ...(claim.unit ? [`    unit: "${claim.unit}"`] : []),
      `    period: "${claim.period}"`,
      `    place: ${claim.place}`,
      `    source: ${claim.source}`,
      `    keywords: [${claim.keywords.join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function jsonFileText(claims: readonly GeneratedClaim[], withSources: boolean): string {
  const sources = Object.fromEntries(
    Array.from({ length: SOURCE_COUNT }, (_, i) => [`source-${i}`, { title: `Report ${i}`, date: 2024 }]),
  );
  return `${JSON.stringify({ ...(withSources ? { sources } : {}), claims }, null, 2)}\n`;
}

/** The generated claims as a claim set in memory, as the loader would give it (for index and lookup). */
export function claimSetOf(claims: Iterable<GeneratedClaim>): ClaimSet {
  const origin = { file: '/bench/generated.claims.yaml', span: { start: 0, end: 0 } };
  const sources = new Map<string, Source>();
  for (let i = 0; i < SOURCE_COUNT; i++) {
    sources.set(`source-${i}`, {
      id: `source-${i}`,
      title: `Report ${i}`,
      date: '2024',
      aliases: [],
      origin,
    });
  }
  return {
    sources,
    entities: [],
    quotes: [],
    problems: [],
    claims: Array.from(claims, (claim): Claim => {
      const period = parsePeriod(claim.period);
      return {
        id: claim.id,
        subject: claim.subject,
        value: { min: claim.value, max: claim.value },
        ...(claim.unit ? { unit: claim.unit } : {}),
        ...(period ? { period, periodText: claim.period } : {}),
        place: claim.place,
        sources: [claim.source],
        keywords: claim.keywords,
        approximate: false,
        origin,
      };
    }),
  };
}
