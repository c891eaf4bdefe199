import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lsp/fixtureCopy';
import { MEMO_CONFLICT, projectDir } from './projectFixture';
import { parseJson, runCli } from './runCliProcess';
import { cleanupAfterEach } from '../cleanupAfterEach';

interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: Record<string, unknown>[] }[];
}

describe('output formats and config', () => {
  const cleanups = cleanupAfterEach();

  const project = (): string => projectDir(cleanups);

  it('sarif: a 2.1.0 log with the tool, its rules and a results array', () => {
    const run = runCli(project(), ['check', '--format', 'sarif', 'articles/clean.txt']);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.tool.driver.name).toBe('claimlint');
    expect(log.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toContain('figure-conflict');
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('sarif: the conflict as a result at its region [engine]', () => {
    const run = runCli(project(), ['check', '--format', 'sarif', 'articles/memo.md']);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(log.runs[0]?.results).toContainEqual(
      expect.objectContaining({
        ruleId: 'figure-conflict',
        level: 'warning',
        message: { text: MEMO_CONFLICT.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'articles/memo.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 22, endLine: 3, endColumn: 25 },
            },
          },
        ],
      }),
    );
  });

  it('stylish: a summary line when there is nothing to report', () => {
    const run = runCli(project(), ['check', 'articles/clean.txt']);
    expect(run.stdout).toContain('No problems found');
  });

  it('stylish: the file, then line:col, severity, message and rule, then a summary [engine]', () => {
    const run = runCli(project(), ['check', 'articles/memo.md']);
    expect(run.stdout).toContain('articles/memo.md\n');
    expect(run.stdout).toMatch(
      /^ {2}3:22 +warning +530 conflicts with the reference: 350 groups .* +figure-conflict$/m,
    );
    expect(run.stdout).toMatch(/problems? \(0 errors, \d+ warnings?/);
  });

  it('takes claims and rule severities from .claimlint.yaml [engine]', () => {
    const dir = project();
    copyFileSync(
      join(REPO_ROOT, 'test-fixtures/cli/config/strict.claimlint.yaml'),
      join(dir, '.claimlint.yaml'),
    );
    const run = runCli(dir, ['check', '--format', 'json', 'articles/memo.md']);
    expect(parseJson(run).files[0]?.diagnostics).toContainEqual({ ...MEMO_CONFLICT, severity: 'error' });
    expect(run.status).toBe(1);
  });

  it('takes the config from --config [engine]', () => {
    const dir = project();
    copyFileSync(join(REPO_ROOT, 'test-fixtures/cli/config/strict.claimlint.yaml'), join(dir, 'strict.yaml'));
    const run = runCli(dir, ['check', '--config', 'strict.yaml', '--format', 'json', 'articles/memo.md']);
    expect(parseJson(run).files[0]?.diagnostics).toContainEqual({ ...MEMO_CONFLICT, severity: 'error' });
  });
});
