import { describe, expect, it } from 'vitest';
import { MEMO_CONFLICT, projectDir } from './projectFixture';
import { parseJson, runCli } from './runCliProcess';
import { cleanupAfterEach } from '../cleanupAfterEach';

describe('--format json', () => {
  const cleanups = cleanupAfterEach();

  const project = (): string => projectDir(cleanups);

  it('prints one document with a files entry per article, paths relative with forward slashes', () => {
    const run = runCli(project(), ['check', '--format', 'json', 'articles/clean.txt']);
    expect(run.status).toBe(0);
    expect(parseJson(run)).toEqual({ files: [{ path: 'articles/clean.txt', diagnostics: [], figures: [] }] });
  });

  it('checks every Markdown and text file of a folder', () => {
    const run = runCli(project(), ['check', '--format', 'json', 'articles']);
    expect(
      parseJson(run)
        .files.map((file) => file.path)
        .sort(),
    ).toEqual(['articles/clean.txt', 'articles/memo.md']);
  });

  it('accepts a glob', () => {
    const run = runCli(project(), ['check', '--format', 'json', 'articles/*.md']);
    expect(parseJson(run).files.map((file) => file.path)).toEqual(['articles/memo.md']);
  });

  it('reports the conflicting figure with its place, text, claim, source and expected value [engine]', () => {
    const run = runCli(project(), ['check', '--format', 'json', 'articles/memo.md']);
    const memo = parseJson(run).files.find((file) => file.path === 'articles/memo.md');
    expect(memo?.diagnostics).toContainEqual(MEMO_CONFLICT);
    expect(memo?.figures).toContainEqual({
      text: expect.stringMatching(/^530/) as unknown,
      line: 3,
      column: 22,
      endLine: 3,
      endColumn: expect.any(Number) as unknown,
      value: 530,
      unit: 'groups',
      claim: 'ocg-fentanyl-canada-memo',
      status: 'conflict',
    });
    expect(run.status).toBe(1);
  });

  it('takes the claim set from --claims [engine]', () => {
    const dir = project();
    const run = runCli(dir, [
      'check',
      '--format',
      'json',
      '--claims',
      'claims/fentanyl-canada.claims.yaml',
      'articles/memo.md',
    ]);
    expect(parseJson(run).files[0]?.diagnostics).toContainEqual(MEMO_CONFLICT);
  });
});
