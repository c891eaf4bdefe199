import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMO_CONFLICT, projectFixture } from './projectFixture';
import { parseJson, runCli } from './runCliProcess';
import { cleanupAfterEach } from '../cleanupAfterEach';

/** `../outside/*.claims.yaml` is on line 3 (1-based) of the config. */
const CONFIG = 'claims:\n  - claims/*.claims.yaml\n  - ../outside/*.claims.yaml\n';
const REFUSED_LINE = 3;

describe('config claim paths outside the config folder', () => {
  const cleanups = cleanupAfterEach();

  /** The CLI fixture with its claim set moved out: dir/site holds the config and articles, dir/outside the claims. */
  function siteWithClaimsOutside(): string {
    const { dir, remove } = projectFixture();
    cleanups.push(remove);
    const site = join(dir, 'site');
    mkdirSync(join(site, 'claims'), { recursive: true });
    renameSync(join(dir, 'articles'), join(site, 'articles'));
    renameSync(join(dir, 'claims'), join(dir, 'outside'));
    writeFileSync(join(site, '.claimlint.yaml'), CONFIG);
    return site;
  }

  it('are refused with a claimset problem at their line in the config', () => {
    const run = runCli(siteWithClaimsOutside(), ['check', '--format', 'json', 'articles/memo.md']);
    const report = parseJson(run);
    expect(report.files.find((file) => file.path === '.claimlint.yaml')?.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'claimset',
        severity: 'error',
        message:
          "claims path ../outside/*.claims.yaml leaves the config file's folder; run with --allow-outside to allow it",
        line: REFUSED_LINE,
        column: 5,
      }),
    ]);
    const memo = report.files.find((file) => file.path === 'articles/memo.md');
    expect(memo?.diagnostics).not.toContainEqual(MEMO_CONFLICT);
    expect(run.status).toBe(1);
  });

  it('are read with --allow-outside [engine]', () => {
    const run = runCli(siteWithClaimsOutside(), [
      'check',
      '--allow-outside',
      '--format',
      'json',
      'articles/memo.md',
    ]);
    const report = parseJson(run);
    expect(report.files.map((file) => file.path)).toEqual(['articles/memo.md']);
    expect(report.files[0]?.diagnostics).toContainEqual(MEMO_CONFLICT);
  });

  it('do not limit --claims, which the user names on the command line [engine]', () => {
    const run = runCli(siteWithClaimsOutside(), [
      'check',
      '--claims',
      '../outside',
      '--format',
      'json',
      'articles/memo.md',
    ]);
    const memo = parseJson(run).files.find((file) => file.path === 'articles/memo.md');
    expect(memo?.diagnostics).toContainEqual(MEMO_CONFLICT);
  });
});
