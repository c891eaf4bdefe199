import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBibliographies } from '../../src/bibliography/findBibliographies';
import { loadConfigFile } from '../../src/config/loadConfig';
import { validateEditorSettings } from '../../src/config/validateEditorSettings';
import { findClaimFiles } from '../../src/workspace/findClaimFiles';
import { loadWorkspaceConfig } from '../../src/workspace/loadWorkspaceConfig';
import { placeRefusals } from '../../src/workspace/refusedPaths';

/**
 * parent/ws is the workspace; parent/outside holds a claim file and a bibliography it must not reach
 * unless allowed. ws/claims holds one real claim file and a symlink to the outside one, and ws/linked
 * is a symlink to the outside folder.
 */
const parent = realpathSync(mkdtempSync(join(tmpdir(), 'claimlint-containment-')));
const ws = join(parent, 'ws');
const outside = join(parent, 'outside');
mkdirSync(join(ws, 'claims'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(ws, 'claims/in.claims.yaml'), 'claims: []\n');
writeFileSync(join(outside, 'x.claims.yaml'), 'claims: []\n');
writeFileSync(join(outside, 'refs.bib'), '@book{doe, title = {T}}\n');
symlinkSync(join(outside, 'x.claims.yaml'), join(ws, 'claims/link.claims.yaml'));
symlinkSync(outside, join(ws, 'linked'));

afterAll(() => rmSync(parent, { recursive: true, force: true }));

const WORKSPACE = { name: 'the workspace', remedy: 'set claimlint.allowClaimsOutsideWorkspace to allow it' };
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

describe('claim paths confined to the workspace', () => {
  it('refuses a relative glob that leaves the root, and finds it when not confined', async () => {
    const refused = await findClaimFiles(ws, ['../outside/*.claims.yaml'], true);
    expect(refused).toEqual({
      files: [],
      unmatched: [],
      refused: [{ pattern: '../outside/*.claims.yaml', path: '../outside/*.claims.yaml' }],
    });
    const allowed = await findClaimFiles(ws, ['../outside/*.claims.yaml'], false);
    expect(allowed.files).toEqual([join(outside, 'x.claims.yaml')]);
  });

  it('refuses an absolute path or glob elsewhere', async () => {
    const patterns = [join(outside, 'x.claims.yaml'), `${outside}/*.claims.yaml`, '/**/*.claims.yaml'];
    const found = await findClaimFiles(ws, patterns, true);
    expect(found.files).toEqual([]);
    expect(found.refused.map((refusal) => refusal.path)).toEqual(patterns);
  });

  it('accepts paths inside, relative or absolute', async () => {
    const found = await findClaimFiles(
      ws,
      ['claims/in.claims.yaml', join(ws, 'claims/in.claims.yaml')],
      true,
    );
    expect(found.refused).toEqual([]);
    expect(found.files).toEqual([join(ws, 'claims/in.claims.yaml')]);
  });

  it('refuses a symlink pointing out, named or found by a glob, and a glob under a linked folder', async () => {
    const found = await findClaimFiles(
      ws,
      ['claims/link.claims.yaml', 'claims/*.claims.yaml', 'linked/*.claims.yaml'],
      true,
    );
    expect(found.files).toEqual([join(ws, 'claims/in.claims.yaml')]);
    expect(found.refused).toEqual([
      { pattern: 'claims/link.claims.yaml', path: 'claims/link.claims.yaml' },
      { pattern: 'claims/*.claims.yaml', path: 'claims/link.claims.yaml' },
      { pattern: 'linked/*.claims.yaml', path: 'linked/*.claims.yaml' },
    ]);
  });

  it('holds bibliography paths to the same rule', async () => {
    const found = await findBibliographies(ws, ['../outside/refs.bib'], true);
    expect(found.files).toEqual([]);
    expect(found.refused).toEqual([{ pattern: '../outside/refs.bib', path: '../outside/refs.bib' }]);
    expect((await findBibliographies(ws, ['../outside/refs.bib'], false)).files).toEqual([
      join(outside, 'refs.bib'),
    ]);
  });
});

describe('refused paths are reported', () => {
  it('at the entry line of the config, and as a note when the config does not write them', async () => {
    const text =
      'claims:\n  - claims/*.claims.yaml\n  - ../outside/*.claims.yaml\nbibliography: ../outside/refs.bib\n';
    writeFileSync(join(ws, '.claimlint.yaml'), text);
    const config = await loadWorkspaceConfig(join(ws, '.claimlint.yaml'));
    const claims = await findClaimFiles(ws, [...(config.settings?.claims ?? []), '/etc/hosts'], true);
    const bibliography = await findBibliographies(ws, config.settings?.bibliography ?? [], true);
    const { problems, notes } = placeRefusals(
      config,
      { claims: claims.refused, bibliography: bibliography.refused },
      WORKSPACE,
    );
    expect(problems.map((problem) => `${lineAt(text, problem.span.start)}: ${problem.message}`)).toEqual([
      '2: claims path claims/link.claims.yaml leaves the workspace; set claimlint.allowClaimsOutsideWorkspace to allow it',
      '3: claims path ../outside/*.claims.yaml leaves the workspace; set claimlint.allowClaimsOutsideWorkspace to allow it',
      '4: bibliography path ../outside/refs.bib leaves the workspace; set claimlint.allowClaimsOutsideWorkspace to allow it',
    ]);
    expect(problems.every((problem) => problem.file === join(ws, '.claimlint.yaml'))).toBe(true);
    expect(text.slice(problems[1]?.span.start, problems[1]?.span.end)).toBe('../outside/*.claims.yaml');
    expect(notes).toEqual([
      'claims path /etc/hosts leaves the workspace; set claimlint.allowClaimsOutsideWorkspace to allow it',
    ]);
  });
});

describe('allowClaimsOutsideWorkspace', () => {
  it('is taken from the editor, as a boolean only', () => {
    expect(validateEditorSettings({ allowClaimsOutsideWorkspace: true })).toEqual({
      allowClaimsOutsideWorkspace: true,
    });
    expect(validateEditorSettings({ allowClaimsOutsideWorkspace: 'yes' })).toEqual({});
  });

  it('cannot be set by the config file', () => {
    const { settings, problems } = loadConfigFile(
      '/ws/.claimlint.yaml',
      'allowClaimsOutsideWorkspace: true\n',
    );
    expect(settings).toEqual({});
    expect(problems.map((problem) => problem.message)).toEqual([
      '"allowClaimsOutsideWorkspace" is a user setting of the editor (claimlint.allowClaimsOutsideWorkspace); a config file cannot set it',
    ]);
  });
});
