import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, REPO_ROOT } from '../lsp/fixtureCopy';
import { requireProgram } from './requireProgram';

const run = promisify(execFile);

interface NeovimResult {
  errors: string[];
  diagnosticsArrived: boolean;
  diagnostics: {
    line: number;
    column: number;
    endColumn: number;
    message: string;
    source: string;
    code: string;
    href: string | null;
  }[];
  hover: string | null;
  actions: string[];
  applied?: string;
  lines: string[];
}

const CONFLICT_MESSAGE =
  '530 conflicts with the reference: 350 groups (Privy Council Office, Memorandum for the Prime Minister, 2024)';

describe('Neovim (headless, vim.lsp) against node dist/server.js --stdio', () => {
  let result: NeovimResult;
  let remove: () => void;

  beforeAll(async () => {
    const nvim = requireProgram('nvim', 'apt-get install -y neovim');
    const fixture = copyFixture('e2e/workspace');
    remove = fixture.remove;
    const output = join(fixture.dir, 'neovim-result.json');
    await run(
      nvim,
      [
        '--headless',
        '--clean',
        '-n',
        '-i',
        'NONE',
        '-c',
        `luafile ${join(__dirname, 'neovim/driveClaimlint.lua')}`,
      ],
      {
        cwd: fixture.dir,
        timeout: 90_000,
        env: {
          ...process.env,
          CLAIMLINT_SERVER: join(REPO_ROOT, 'dist/server.js'),
          CLAIMLINT_ROOT: fixture.dir,
          CLAIMLINT_ARTICLE: join(fixture.dir, 'memo.md'),
          CLAIMLINT_OUTPUT: output,
        },
      },
    );
    result = JSON.parse(readFileSync(output, 'utf8')) as NeovimResult;
  }, 120_000);

  afterAll(() => remove());

  it('runs the script without errors', () => {
    expect(result.errors).toEqual([]);
  });

  it('shows the pushed figure-conflict, with its rule and documentation link', () => {
    expect(result.diagnosticsArrived).toBe(true);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 21,
        endColumn: 24,
        message: CONFLICT_MESSAGE,
        source: 'claimlint',
        code: 'figure-conflict',
        href: expect.stringMatching(/#figure-conflict$/) as unknown,
      }),
    );
  });

  it('hovers the figure with the reference value and its citation', () => {
    expect(result.hover).toContain('350 groups');
    expect(result.hover).toContain('Memorandum for the Prime Minister');
  });

  it('applies the citation quick fix: a footnote after the sentence and its definition', () => {
    expect(result.actions.some((title) => /citation/i.test(title))).toBe(true);
    expect(result.lines[4]).toMatch(/pilot\.\[\^bc-coroners-decrim-2024\]$/);
    expect(
      result.lines.some((line) => /^\[\^bc-coroners-decrim-2024\]: .*BC Coroners Service/.test(line)),
    ).toBe(true);
  });
});
