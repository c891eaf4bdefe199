import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { claimFileTexts, claimVocabulary, generateClaims } from '../../../bench/src/claimSetText';
import { loadClaimFile, loadPositionedClaimFile } from '../../src/claims/loadClaimFile';
import { readJsonClaimFile } from '../../src/claims/readJsonClaimFile';
import { MAX_CLAIM_FILE_LENGTH } from '../../src/limits/inputLimits';
import { PROPERTY_RUNS, PROPERTY_TEST_TIMEOUT_MS } from '../property/propertyRuns';
import { fixturePath, problemLines, readFixture } from './claimFixtures';

const FILE = '/claims/set.claims.json';

function claimFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return claimFilesUnder(path);
    return /\.claims\.(ya?ml|json)$/u.test(name) ? [path] : [];
  });
}

/**
 * Every fixture claim file YAML can read, as JSON in three layouts: as editors indent it, with tabs,
 * and on one line. Those with problems in their items must give the same problems.
 */
const FIXTURE_JSON = claimFilesUnder(fixturePath('.')).flatMap((path) => {
  const name = relative(fixturePath('.'), path);
  const doc = parseDocument(readFixture(name), { uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const value: unknown = doc.toJS();
  return [
    [`${name}, indented`, JSON.stringify(value, null, 2)],
    [`${name}, tabs`, `${JSON.stringify(value, null, '\t')}\n`],
    [`${name}, one line`, JSON.stringify(value)],
  ] as const;
});

/** Loads the text both ways and says whether the fast path took it. */
function bothPaths(text: string): { fast: boolean } {
  const fast = readJsonClaimFile(FILE, text);
  const positioned = loadPositionedClaimFile(FILE, text);
  expect(loadClaimFile(FILE, text)).toEqual(positioned);
  if (fast) expect(fast).toEqual(positioned);
  return { fast: fast !== undefined };
}

describe('the fast path for JSON claim files', () => {
  it.each(FIXTURE_JSON)('gives what the positioned parser gives: %s', (_name, text) => {
    const positioned = loadPositionedClaimFile(FILE, text);
    // Every file without a problem takes the fast path (merge's cross-file problems are not a file's).
    expect(bothPaths(text).fast).toBe(positioned.problems.length === 0);
  });

  it('gives the example claim set the same items and spans as the positioned parser', () => {
    const text = readFixture('claimsets/fentanyl-canada.claims.json');
    const fast = readJsonClaimFile(FILE, text);
    expect(fast?.claims).toHaveLength(13);
    expect(fast).toEqual(loadPositionedClaimFile(FILE, text));
    const memo = fast?.claims.find(({ claim }) => claim.id === 'ocg-fentanyl-canada-memo');
    const span = memo?.sourceRefs[0]?.span;
    expect(span && text.slice(span.start, span.end)).toBe('"pco-memo-2024"');
  });

  it('gives generated claim sets the same result as the positioned parser', () => {
    const texts = claimFileTexts(generateClaims(2_000, claimVocabulary(fixturePath('.'))), 'json');
    for (const text of texts) expect(bothPaths(text).fast).toBe(true);
  });

  it('keeps source ids in file order, numbers and escapes included', () => {
    // Written by hand: JSON.stringify would itself put the number-like id first.
    const text = String.raw`{"sources": {"z": {"title": "Z"}, "2024": {"title": "Year"}, "a\u00e9": {}},
      "claims": [{"id": "c", "subject": "deaths \u2014 \"quoted\" \\", "value": 1, "source": ["z", "2024", "a\u00e9"]}]}`;
    expect(bothPaths(text).fast).toBe(true);
    expect(readJsonClaimFile(FILE, text)?.sources.map(({ source }) => source.id)).toEqual([
      'z',
      '2024',
      'a\u00e9',
    ]);
  });

  it('gives an empty file, empty sections and null sections what the positioned parser gives', () => {
    for (const text of [
      '{}',
      '{"claims": []}',
      '{"sources": null, "claims": null, "entities": [], "quotes": null}',
    ]) {
      expect(bothPaths(text).fast).toBe(true);
    }
  });

  it.each([
    ['a syntax error', '{"claims": [{"id": "a", "subject": "x", "value": 1}', '1: YAML'],
    [
      'a repeated key in a claim',
      '{"claims": [{"id": "a", "subject": "x", "subject": "y", "value": 1}]}',
      'appears twice',
    ],
    ['a repeated section', '{"claims": [], "claims": []}', 'appears twice'],
    ['a repeated source id', '{"sources": {"s": {}, "s": {}}}', 'defined twice'],
    [
      'a repeated claim id',
      '{"claims": [{"id": "a", "subject": "x", "value": 1}, {"id": "a", "subject": "y", "value": 2}]}',
      'used twice',
    ],
    ['an unknown section', '{"claim": []}', 'unknown key "claim"'],
    ['a schema error', '{"claims": [{"id": "a", "subject": "x", "value": "many"}]}', 'must be a number'],
    [
      'an item rule',
      '{"claims": [{"id": "a", "subject": "x", "value": {"min": 5, "max": 2}}]}',
      'min 5 above max 2',
    ],
    ['a bad date', '{"sources": {"s": {"date": "2024-13"}}}', 'is not a date'],
    ['a bad source id', '{"sources": {"a b": {}}}', 'not a valid id'],
    ['a list where a map belongs', '{"sources": []}', 'must be a map'],
    ['an item that is not a map', '{"quotes": ["said"]}', 'must be a map'],
    ['a top level that is not a map', '[1, 2]', 'must be a map'],
  ])('leaves a file with %s to the positioned parser, which reports it', (_name, text, message) => {
    expect(readJsonClaimFile(FILE, text)).toBeUndefined();
    const result = loadClaimFile(FILE, text);
    expect(result).toEqual(loadPositionedClaimFile(FILE, text));
    expect(problemLines(result.problems, () => text).join('\n')).toContain(message);
  });

  it('keeps the claims around a problem, as the positioned parser does', () => {
    const text =
      '{"claims": [{"id": "a", "subject": "x", "value": 1}, {"id": "b", "subject": "y", "value": "many"}]}';
    expect(loadClaimFile(FILE, text).claims.map(({ claim }) => claim.id)).toEqual(['a']);
  });

  it('refuses a file over the size limit as the positioned parser does', () => {
    const claim = '{"id": "a", "subject": "x", "value": 1}';
    const text = `{"claims": [${Array.from({ length: MAX_CLAIM_FILE_LENGTH / claim.length + 1 }, () => claim).join(',')}]}`;
    expect(readJsonClaimFile(FILE, text)).toBeUndefined();
    expect(loadClaimFile(FILE, text).problems[0]?.message).toMatch(/too large/u);
  });

  it('leaves to the positioned parser what YAML reads but JSON does not (a trailing comma)', () => {
    const text = '{"claims": [{"id": "a", "subject": "x", "value": 1},]}';
    expect(readJsonClaimFile(FILE, text)).toBeUndefined();
    expect(loadClaimFile(FILE, text).claims).toHaveLength(1);
  });

  it('survives nesting deep enough to exhaust the stack of a recursive reader', () => {
    const text = `{"claims": [${'['.repeat(200_000)}${']'.repeat(200_000)}], "quotes": [{"speaker": "x", "text": "y", "date": ${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`;
    expect(readJsonClaimFile(FILE, text)).toBeUndefined();
    expect(loadClaimFile(FILE, text).problems.length).toBeGreaterThan(0);
  });

  it('leaves YAML files to the positioned parser', () => {
    const text = '{"claims": [{"id": "a", "subject": "x", "value": 1}]}';
    expect(loadClaimFile('/claims/set.claims.yaml', text)).toEqual(
      loadPositionedClaimFile('/claims/set.claims.yaml', text),
    );
  });

  it(
    'gives random claim files the same result as the positioned parser',
    () => {
      const text = fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.constantFrom(
          'a\\b',
          'tab\there',
          'quote "q"',
          '{[',
          ']}',
          '\\"',
          '\u2028',
          'é',
          '😀',
          '2024',
          '#',
          '- x',
          ': y',
        ),
      );
      const id = fc.stringMatching(/^[a-z0-9][a-z0-9.:-]{0,8}$/u);
      const value = fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.record({ min: fc.integer({ max: 0 }), max: fc.integer({ min: 0 }) }),
      );
      const date = fc.constantFrom('2024', '2024-06', '2016-11-01', 2024, '2015..2016');
      const claim = fc.record(
        {
          id,
          subject: text,
          value,
          unit: fc.constantFrom('kg', '%', 'groups', 'USD'),
          period: date,
          place: text,
          source: fc.oneof(id, fc.array(id, { maxLength: 3 })),
          keywords: fc.array(text, { maxLength: 3 }),
          approximate: fc.boolean(),
          tolerance: fc.double({ min: 0, max: 1, noNaN: true }),
        },
        { requiredKeys: ['id', 'subject', 'value'] },
      );
      const source = fc.record(
        {
          title: text,
          author: text,
          date: fc.constantFrom('2024', '2024-06', 2024),
          aliases: fc.array(text, { maxLength: 2 }),
        },
        { requiredKeys: [] },
      );
      const entity = fc.record(
        {
          name: text,
          aliases: fc.array(text, { maxLength: 2 }),
          roles: fc.array(fc.record({ title: text, from: date }), { maxLength: 2 }),
        },
        { requiredKeys: ['name'] },
      );
      const quote = fc.record(
        { speaker: text, text, date, source: id },
        { requiredKeys: ['speaker', 'text'] },
      );
      const file = fc.record(
        {
          sources: fc.dictionary(id, source, { maxKeys: 3 }),
          entities: fc.array(entity, { maxLength: 3 }),
          claims: fc.array(claim, { maxLength: 4 }),
          quotes: fc.array(quote, { maxLength: 2 }),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(file, fc.constantFrom(undefined, 2, '\t', ' '), (value, indent) => {
          bothPaths(JSON.stringify(value, null, indent));
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );
});
