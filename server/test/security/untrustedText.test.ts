import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/fixes/safeUrl';
import { escapeMarkdown, markdownLink } from '../../src/lsp/escapeMarkdown';

const ROOT = resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

describe('text from claim files and articles stays text', () => {
  it('a Markdown link to a command is escaped, never a link', () => {
    const escaped = escapeMarkdown('[x](command:workbench.action.terminal.new)');
    expect(escaped).toBe('\\[x\\]\\(command\\:workbench\\.action\\.terminal\\.new\\)');
    expect(escaped).not.toMatch(/(^|[^\\])\]\(/);
  });

  it('only http(s) URLs become links', () => {
    for (const url of [
      'command:workbench.action.terminal.new',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'vscode://x',
    ]) {
      expect(markdownLink(url), url).toBeUndefined();
      expect(safeHttpUrl(url), url).toBeUndefined();
    }
    expect(markdownLink('https://example.org/a_(b)')).toBe(
      '[https\\://example\\.org/a\\_\\(b\\)](https://example.org/a_%28b%29)',
    );
  });
});

describe('nothing from the workspace is run', () => {
  const shipped = ['server/src', 'client/src', 'shared/src'].flatMap((folder) =>
    sourceFiles(join(ROOT, folder)),
  );

  it.each([
    ['eval', /\beval\s*\(/],
    ['the Function constructor', /\bnew\s+Function\s*\(|\bFunction\s*\(/],
    ['child processes', /child_process/],
    ['require', /\brequire\s*\(/],
    ['dynamic import', /\bimport\s*\(/],
  ])('the shipped code uses no %s', (_, pattern) => {
    const uses = shipped.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(uses).toEqual([]);
  });
});
