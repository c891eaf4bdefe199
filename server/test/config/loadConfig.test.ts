import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES } from '../../../shared/src/rules';
import { DEFAULT_CLAIM_GLOBS } from '../../../shared/src/settings';
import { loadConfigFile, NO_PATH_SPANS } from '../../src/config/loadConfig';
import { resolveSettings } from '../../src/config/resolveSettings';
import { validateEditorSettings } from '../../src/config/validateEditorSettings';
import { parseDate } from '../../src/time/period';

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

describe('loadConfigFile', () => {
  it('reads every SPEC setting', () => {
    const text = [
      'claims: ["claims/**/*.claims.yaml"]',
      'citationStyle: pandoc',
      'rules:',
      '  unverified-figure: off',
      '  missing-citation: hint',
      'date: 2024-11-23',
      'bibliography: refs.bib',
    ].join('\n');
    expect(loadConfigFile('/ws/.claimlint.yaml', text)).toEqual({
      settings: {
        claims: ['claims/**/*.claims.yaml'],
        citationStyle: 'pandoc',
        rules: { 'unverified-figure': 'off', 'missing-citation': 'hint' },
        date: '2024-11-23',
        bibliography: ['refs.bib'],
      },
      problems: [],
      // Where each path is written, for problems with it (see claimPathContainment.test.ts).
      pathSpans: {
        claims: new Map([['claims/**/*.claims.yaml', { start: 9, end: 34 }]]),
        bibliography: new Map([['refs.bib', { start: text.indexOf('refs.bib'), end: text.length }]]),
      },
    });
  });

  it('reports unknown rules, bad levels and unknown keys at their line, and keeps the rest', () => {
    const text = [
      'claims: facts.claims.yaml',
      'rules:',
      '  figure-conflict: error',
      '  figure-conflicts: error',
      '  misquote: loud',
      'colour: blue',
      'date: 2024-13-01',
      'citationStyle: chicago',
    ].join('\n');
    const { settings, problems } = loadConfigFile('/ws/.claimlint.yaml', text);
    expect(settings).toEqual({ claims: ['facts.claims.yaml'], rules: { 'figure-conflict': 'error' } });
    expect(problems.map((problem) => `${lineAt(text, problem.span.start)}: ${problem.message}`)).toEqual([
      '4: unknown rule "figure-conflicts" (rules are figure-conflict, internal-conflict, arithmetic, misattribution, entity-mismatch, misquote, quote-misattribution, missing-citation, unverified-figure, claimset); it is ignored',
      '5: rule "misquote": level "loud" is not one of error, warning, information, hint, off; it is ignored',
      '6: unknown key "colour" (expected claims, citationStyle, rules, date, bibliography)',
      '7: "date" "2024-13-01" is not a day (YYYY-MM-DD)',
      '8: "citationStyle" must be one of auto, footnote, pandoc, link, text',
    ]);
    expect(text.slice(problems[0]?.span.start, problems[0]?.span.end)).toBe('figure-conflicts');
    expect(text.slice(problems[1]?.span.start, problems[1]?.span.end)).toBe('loud');
  });

  it('reports a YAML syntax error and reads an empty file as no settings', () => {
    expect(loadConfigFile('/ws/.claimlint.yaml', '')).toEqual({
      settings: {},
      problems: [],
      pathSpans: NO_PATH_SPANS,
    });
    const { problems } = loadConfigFile('/ws/.claimlint.yaml', 'rules: [a\ndate: 2024-01-01\n');
    expect(problems[0]?.message).toMatch(/^YAML syntax error: /);
  });
});

describe('resolveSettings', () => {
  it('fills in the defaults', () => {
    expect(resolveSettings('/ws', undefined, undefined)).toEqual({
      root: '/ws',
      claims: DEFAULT_CLAIM_GLOBS,
      citationStyle: 'auto',
      rules: DEFAULT_SEVERITIES,
      date: undefined,
      bibliography: [],
    });
  });

  it('lets the file win over the editor, key by key and rule by rule', () => {
    const resolved = resolveSettings(
      '/ws',
      { citationStyle: 'footnote', rules: { 'missing-citation': 'off' }, date: '2024-11-23' },
      {
        claims: ['editor.claims.yaml'],
        citationStyle: 'link',
        rules: { 'missing-citation': 'error', arithmetic: 'hint' },
        date: '2020-01-01',
      },
    );
    expect(resolved.claims).toEqual(['editor.claims.yaml']);
    expect(resolved.citationStyle).toBe('footnote');
    expect(resolved.rules['missing-citation']).toBe('off');
    expect(resolved.rules.arithmetic).toBe('hint');
    expect(resolved.rules['figure-conflict']).toBe('warning');
    expect(resolved.date).toEqual(parseDate('2024-11-23'));
  });
});

describe('validateEditorSettings', () => {
  it('keeps well-formed settings and drops malformed ones silently', () => {
    expect(
      validateEditorSettings({
        claims: ['a.claims.yaml', 3, ''],
        citationStyle: 'chicago',
        rules: { arithmetic: 'off', misquote: 'loud', nope: 'error' },
        date: 'tomorrow',
        'trace.server': 'verbose',
      }),
    ).toEqual({ claims: ['a.claims.yaml'], rules: { arithmetic: 'off' } });
  });

  it('treats empty values as not set and survives any shape', () => {
    expect(validateEditorSettings({ claims: [], date: '', rules: {}, bibliography: null })).toEqual({});
    expect(validateEditorSettings('claims')).toEqual({});
    expect(validateEditorSettings(null)).toEqual({});
    expect(validateEditorSettings([1, 2])).toEqual({});
  });

  it('lets an empty editor claims list fall back to the defaults', () => {
    expect(resolveSettings('/ws', undefined, validateEditorSettings({ claims: [] })).claims).toEqual(
      DEFAULT_CLAIM_GLOBS,
    );
  });
});
