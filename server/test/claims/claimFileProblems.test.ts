import { describe, expect, it } from 'vitest';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import { MAX_CLAIM_FILE_LENGTH } from '../../src/limits/inputLimits';
import { parseDate } from '../../src/time/period';
import { millisecondsFor, PATHOLOGICAL_INPUT_BUDGET_MS } from '../timeBudget';
import { lineAt, loadFixture, problemLines, readFixture } from './claimFixtures';

describe('a claim file with one problem per claim', () => {
  const fixture = 'claimsets/broken-claims.claims.yaml';
  const text = readFixture(fixture);
  const result = loadFixture(fixture);
  const lines = problemLines(result.problems, () => text);

  it.each([
    '7: source "src-bad-date": date "2024-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    '16: claim "bad-period": period "2024-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    '20: claim "reversed-period": period "2024..2023" ends before it starts',
    '23: claim "reversed-range": value has min 5 above max 2',
    '27: claim "negative-tolerance": tolerance -0.1 must be a number of 0 or more (0.02 for ±2 %)',
    '31: claim "unknown-key": unknown key "souce" (expected id, subject, value, unit, period, place, source, keywords, approximate, tolerance)',
    '34: claim "wrong-type": value "many" must be a number or a range {min, max}',
    '35: claim #8 is missing "id"',
    '39: claim "duplicate-key": key "subject" appears twice (first at line 38)',
    '41: claim "valid-first": id is used twice in this file (first at line 9); this claim is ignored',
  ])('reports %s', (expected) => {
    expect(lines).toContain(expected);
  });

  it('reports nothing else', () => {
    expect(lines).toHaveLength(10);
  });

  it('points at the offending node itself', () => {
    const spans = result.problems.map((problem) => text.slice(problem.span.start, problem.span.end));
    expect(spans).toEqual([
      '2024-13',
      '2024-13',
      '2024..2023',
      '{min: 5, max: 2}',
      '-0.1',
      'souce',
      'many',
      'subject',
      'subject',
      'valid-first',
    ]);
  });

  it('keeps the valid claims and sources of the file', () => {
    expect(result.claims.map(({ claim }) => claim.id)).toEqual(['valid-first', 'valid-last']);
    expect(result.sources.map(({ source }) => source.id)).toEqual(['src-a']);
    const last = result.claims[1]?.claim;
    expect(last?.value).toEqual({ min: 1, max: 2 });
    expect(last?.sources).toEqual(['src-a', 'src-bad-date']);
  });
});

describe('a claim file with broken entities and quotes', () => {
  const fixture = 'claimsets/broken-people.claims.yaml';
  const text = readFixture(fixture);
  const result = loadFixture(fixture);

  it('reports each at its line', () => {
    expect(problemLines(result.problems, () => text)).toEqual([
      `11: entity "Reversed Role": roles #1 to 2011 is before the role's "from" 2017`,
      '15: entity "Unknown Role Key": unknown key "since" in roles #1 (expected title, aliases, from, to)',
      '16: entity #4 is missing "name"',
      '23: quote #2: date "2016-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      '24: quote #3 is missing "text"',
    ]);
  });

  it('keeps the valid entity and quote', () => {
    expect(result.entities.map((entity) => entity.name)).toEqual(['Valid Person']);
    expect(result.entities[0]?.roles[0]?.from).toEqual(parseDate('2015-11'));
    expect(result.entities[0]?.roles[0]?.to).toEqual(parseDate('2019'));
    expect(result.quotes.map(({ quote }) => quote.date)).toEqual(['2016-11']);
  });
});

describe('a YAML syntax error in the middle of a file', () => {
  const fixture = 'claimsets/syntax-error.claims.yaml';
  const text = readFixture(fixture);
  const result = loadFixture(fixture);

  it('is reported at its line', () => {
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^YAML syntax error: /);
    expect(lineAt(text, result.problems[0]?.span.start ?? -1)).toBe(6);
  });

  it('drops the broken claim and keeps the claims before and after it', () => {
    expect(result.claims.map(({ claim }) => claim.id)).toEqual(['before-error', 'after-error']);
  });
});

describe('hostile input', () => {
  it('stops an alias bomb, reports it, and keeps the other claims', () => {
    // Nine levels of ten aliases: expanded, that is a billion nodes, minutes of work or out of memory.
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = levels
      .map((name, index) => {
        const previous = index === 0 ? '"lol"' : `*${levels[index - 1] ?? ''}`;
        return `    ${name}: &${name} [${Array.from({ length: 10 }, () => previous).join(', ')}]`;
      })
      .join('\n');
    const text = [
      'claims:',
      '  - id: bomb',
      '    subject: billion laughs',
      '    value: 1',
      '    keywords:',
      '      - anchors:',
      bomb.replace(/^ {4}/gm, '          '),
      '  - id: safe',
      '    subject: still loaded',
      '    value: 2',
    ].join('\n');
    const elapsed = millisecondsFor(() => {
      const result = loadClaimFile('/bomb.claims.yaml', text);
      expect(result.claims.map(({ claim }) => claim.id)).toEqual(['safe']);
      expect(result.problems.map((problem) => problem.message)).toEqual([
        'claim "bomb" could not be read: Excessive alias count indicates a resource exhaustion attack',
      ]);
      expect(lineAt(text, result.problems[0]?.span.start ?? -1)).toBe(2);
    });
    expect(elapsed).toBeLessThan(PATHOLOGICAL_INPUT_BUDGET_MS);
  });

  it('rejects a top level that is not a map', () => {
    const result = loadClaimFile('/list.claims.yaml', '- id: a\n- id: b\n');
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'a claim file must be a map with the keys sources, entities, claims, quotes',
    ]);
    expect(result.claims).toEqual([]);
  });

  it('reports unknown and repeated top-level keys and a section of the wrong type', () => {
    const text = 'claim:\n  - id: a\nclaims: []\nclaims:\n  - id: b\nsources: [a]\nquotes:\n';
    const result = loadClaimFile('/keys.claims.yaml', text);
    expect(problemLines(result.problems, () => text)).toEqual([
      '1: unknown key "claim" (expected sources, entities, claims, quotes)',
      '4: "claims" appears twice (first at line 3); this one is ignored',
      '6: "sources" must be a map from source id to source',
    ]);
  });

  it('refuses a file too large to read without parsing it', () => {
    const result = loadClaimFile('/huge.claims.yaml', '#'.repeat(MAX_CLAIM_FILE_LENGTH + 1));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^file is too large to read \(4.1 MB > 4 MB\)/);
  });

  it('reads an empty file as an empty claim set', () => {
    expect(loadClaimFile('/empty.claims.yaml', '# nothing yet\n')).toEqual({
      file: '/empty.claims.yaml',
      sources: [],
      entities: [],
      claims: [],
      quotes: [],
      problems: [],
    });
  });

  it('keeps YAML 1.2 types under a %YAML 1.1 directive', () => {
    const text =
      '%YAML 1.1\n---\nsources:\n  s:\n    date: 2016-11-01\nclaims:\n  - id: a\n    subject: s\n    value: 1\n    period: 2016-11-01\n';
    const result = loadClaimFile('/old.claims.yaml', text);
    expect(result.problems).toEqual([]);
    expect(result.sources[0]?.source.date).toBe('2016-11-01');
    expect(result.claims[0]?.claim.period).toEqual(parseDate('2016-11-01'));
  });
});
