import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lsp/fixtureCopy';
import { MEMO_CONFLICT, projectFixture } from './projectFixture';
import { parseJson, runCli } from './runCliProcess';
import { cleanupAfterEach } from '../cleanupAfterEach';

/** The broken claim file's `value: lots` is on line 9. */
const BROKEN_VALUE_LINE = 9;

describe('claim-set problems on the command line', () => {
  const cleanups = cleanupAfterEach();

  function projectWithBrokenClaims(): string {
    const { dir, remove } = projectFixture();
    cleanups.push(remove);
    copyFileSync(
      join(REPO_ROOT, 'test-fixtures/cli/broken/broken.claims.yaml'),
      join(dir, 'claims/broken.claims.yaml'),
    );
    return dir;
  }

  it('are reported as claimset errors at their line in the claim file, and the articles are still checked', () => {
    const run = runCli(projectWithBrokenClaims(), ['check', '--format', 'json', 'articles']);
    const report = parseJson(run);
    const claims = report.files.find((file) => file.path === 'claims/broken.claims.yaml');
    expect(claims?.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'claimset', severity: 'error', line: BROKEN_VALUE_LINE }),
    );
    expect(report.files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['articles/clean.txt', 'articles/memo.md']),
    );
    expect(run.status).toBe(1);
  });

  it('appear in stylish output with the claim file path and line', () => {
    const run = runCli(projectWithBrokenClaims(), ['check', 'articles/clean.txt']);
    expect(run.stdout).toContain('claims/broken.claims.yaml');
    expect(run.stdout).toMatch(new RegExp(`^  ${BROKEN_VALUE_LINE}:\\d+ +error .* claimset$`, 'm'));
  });

  it('leave the valid claims in use [engine]', () => {
    const run = runCli(projectWithBrokenClaims(), ['check', '--format', 'json', 'articles/memo.md']);
    const memo = parseJson(run).files.find((file) => file.path === 'articles/memo.md');
    expect(memo?.diagnostics).toContainEqual(MEMO_CONFLICT);
  });

  it('are silenced by `claimset: off` in the config', () => {
    const dir = projectWithBrokenClaims();
    copyFileSync(
      join(REPO_ROOT, 'test-fixtures/cli/config/claimset-off.claimlint.yaml'),
      join(dir, '.claimlint.yaml'),
    );
    const run = runCli(dir, ['check', '--format', 'json', 'articles/clean.txt']);
    expect(parseJson(run).files.map((file) => file.path)).toEqual(['articles/clean.txt']);
    expect(run.status).toBe(0);
  });
});
