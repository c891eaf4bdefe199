import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectDir } from './projectFixture';
import { parseJson, runCli } from './runCliProcess';
import { cleanupAfterEach } from '../cleanupAfterEach';

describe('exit status', () => {
  const cleanups = cleanupAfterEach();

  const project = (): string => projectDir(cleanups);

  it('is 0 for a clean article', () => {
    expect(runCli(project(), ['check', 'articles/clean.txt']).status).toBe(0);
  });

  it('is 2 for a path that does not exist, naming it', () => {
    const run = runCli(project(), ['check', 'articles/missing.md']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('articles/missing.md');
  });

  it('is 2 for a glob that matches nothing', () => {
    expect(runCli(project(), ['check', 'drafts/**/*.md']).status).toBe(2);
  });

  it('is 2 for bad usage: no paths, an unknown format, a bad --max-warnings, an unknown command', () => {
    const dir = project();
    expect(runCli(dir, ['check']).status).toBe(2);
    expect(runCli(dir, ['check', '--format', 'xml', 'articles']).status).toBe(2);
    expect(runCli(dir, ['check', '--max-warnings', 'many', 'articles']).status).toBe(2);
    expect(runCli(dir, ['lint', 'articles']).status).toBe(2);
    expect(runCli(dir, []).status).toBe(2);
  });

  it('is 2 for --claims that names nothing', () => {
    expect(runCli(project(), ['check', '--claims', 'nowhere', 'articles/clean.txt']).status).toBe(2);
  });

  it('is 2 for a --config file that does not exist', () => {
    expect(runCli(project(), ['check', '--config', 'missing.yaml', 'articles/clean.txt']).status).toBe(2);
  });

  it('is 2 for a binary input, which is reported while the other articles are still checked', () => {
    const dir = project();
    writeFileSync(join(dir, 'articles/scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const run = runCli(dir, ['check', '--format', 'json', 'articles']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('articles/scan.txt');
    expect(parseJson(run).files.map((file) => file.path)).toContain('articles/clean.txt');
  });

  it('prints the version and help with status 0', () => {
    const dir = project();
    expect(runCli(dir, ['--version']).status).toBe(0);
    const help = runCli(dir, ['check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
  });

  it('is 1 for a warning [engine]', () => {
    expect(runCli(project(), ['check', 'articles/memo.md']).status).toBe(1);
  });

  it('is 0 within --max-warnings and 1 beyond it [engine]', () => {
    const dir = project();
    const warnings = parseJson(runCli(dir, ['check', '--format', 'json', 'articles/memo.md']))
      .files.flatMap((file) => file.diagnostics)
      .filter((diagnostic) => diagnostic.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(runCli(dir, ['check', '--max-warnings', String(warnings), 'articles/memo.md']).status).toBe(0);
    expect(runCli(dir, ['check', '--max-warnings', String(warnings - 1), 'articles/memo.md']).status).toBe(1);
  });
});
