import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { copyFixture } from '../../../server/test/lsp/fixtureCopy';
import { startCodeServer, type RunningCodeServer } from './codeServer';
import { Workbench } from './workbench';

const CONFLICT_MESSAGE =
  '530 conflicts with the reference: 350 groups (Privy Council Office, Memorandum for the Prime Minister, 2024)';
const CLAIM_FILE = 'claims/fentanyl-canada.claims.yaml';

/**
 * The packaged extension in a real VS Code (code-server 4.139, VS Code 1.139) driven in Chromium:
 * the steps a writer takes, in order, each leaving a screenshot in test-results/e2e.
 */
describe('claimlint in VS Code (code-server + Chromium)', () => {
  let scratch: string;
  let workspace: { dir: string; remove: () => void };
  let server: RunningCodeServer;
  let workbench: Workbench;

  beforeAll(async () => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), 'claimlint-e2e-')));
    workspace = copyFixture('e2e/workspace');
    server = await startCodeServer(inject('codeServer'), inject('vsix'), scratch);
    workbench = await Workbench.open(server.url, workspace.dir);
  });

  // A failing step leaves a picture of the workbench as it was, next to the steps' own.
  beforeEach(({ task }) => {
    onTestFailed(() => workbench?.screenshot(`failed-${task.name.replace(/\W+/g, '-')}`));
  });

  afterAll(async () => {
    await workbench?.close();
    await server?.stop();
    workspace?.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('underlines the conflicting figure', async () => {
    await workbench.openFile('memo.md');
    // The first check waits for the extension to activate and the server to load the claim set.
    await workbench.decorations('.squiggly-warning').first().waitFor({ timeout: 60_000 });
    await workbench.screenshot('01-squiggle');
  });

  it('lists it in the Problems view with the message of SPEC', async () => {
    await workbench.page.keyboard.press('Control+Shift+M');
    const row = workbench.page.locator('.markers-panel .monaco-list-row', { hasText: CONFLICT_MESSAGE });
    await row.waitFor();
    await workbench.screenshot('02-problems');
    expect(await row.textContent()).toContain('figure-conflict');
  });

  it('shows the reference value and the citation on hover', async () => {
    await workbench.goTo(3, 23);
    await workbench.page.keyboard.press('Control+K');
    await workbench.page.keyboard.press('Control+I');
    // The server's part of the hover, below the diagnostic's: it names the claim and its source.
    const hover = workbench.page.locator('.monaco-hover', { hasText: 'Source:' });
    await hover.waitFor();
    await workbench.screenshot('03-hover');
    const text = await hover.textContent();
    expect(text).toContain('350 groups');
    expect(text).toContain('Memorandum for the Prime Minister');
    expect(text).toContain('Privy Council Office');
    await workbench.page.keyboard.press('Escape');
  });

  it('shows the counts of the article in the status bar', async () => {
    const item = workbench.page.locator('.statusbar-item', { hasText: 'unsourced' });
    await item.waitFor();
    await workbench.screenshot('04-status-bar');
    expect(await item.textContent()).toMatch(/\d+ figures · 1 conflict · 1 unsourced/);
  });

  it('re-checks the article when the claim file is edited in the editor (unsaved)', async () => {
    const lines = readFileSync(join(workspace.dir, CLAIM_FILE), 'utf8').split('\n');
    const valueLine = lines.findIndex(
      (line, i) => line.trim() === 'value: 350' && lines[i - 2]?.includes('ocg-'),
    );
    expect(valueLine).toBeGreaterThan(0);
    await workbench.openFile('fentanyl-canada.claims.yaml');
    await workbench.goTo(valueLine + 1, (lines[valueLine] ?? '').indexOf('350') + 1);
    await workbench.page.keyboard.press('Shift+End');
    await workbench.page.keyboard.type('530');
    await workbench.openFile('memo.md');
    await expect.poll(() => workbench.decorations('.squiggly-warning').count(), { timeout: 30_000 }).toBe(0);
    const item = workbench.page.locator('.statusbar-item', { hasText: 'unsourced' });
    await expect.poll(() => item.textContent(), { timeout: 30_000 }).toMatch(/· 0 conflicts ·/);
    await workbench.screenshot('05-claim-edited');
  });

  it('inserts the citation with the quick fix (Ctrl+.)', async () => {
    // Only the actions: the menu's group headers ("Quick Fix") are list rows too.
    const rows = workbench.page.locator('.action-widget .monaco-list-row.action');
    // The server refuses code actions for a version it has not checked yet (the article is still
    // being re-checked after the claim edit), and the editor then shows no menu: ask again, as a
    // writer would, a few times before failing.
    for (let attempt = 1; ; attempt += 1) {
      await workbench.goTo(5, 28);
      await workbench.page.keyboard.press('Control+.');
      const shown = await rows
        .first()
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
      if (attempt === 3) throw new Error('the quick-fix menu did not open after three Ctrl+.');
      await workbench.page.keyboard.press('Escape');
    }
    await workbench.screenshot('06-quick-fixes');
    const titles = await rows.allTextContents();
    const index = titles.findIndex((title) => /citation/i.test(title));
    expect(index, `no citation fix among: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);
    // The first row is focused when the menu opens.
    for (let i = 0; i < index; i += 1) await workbench.page.keyboard.press('ArrowDown');
    await workbench.page.keyboard.press('Enter');
    await workbench.page.keyboard.press('Control+S');
    const article = join(workspace.dir, 'memo.md');
    await expect
      .poll(() => readFileSync(article, 'utf8'), { timeout: 15_000 })
      .toMatch(/pilot\.\[\^bc-coroners-decrim-2024\]$/m);
    await workbench.screenshot('07-citation-inserted');
    expect(readFileSync(article, 'utf8')).toMatch(/^\[\^bc-coroners-decrim-2024\]: .*BC Coroners Service/m);
  });
});
