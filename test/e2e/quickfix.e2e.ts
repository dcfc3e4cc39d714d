// A student's first minutes with the extension, in a real VS Code (code-server) driven through
// headless Chromium: open a chapter, see the year mismatch in the Problems panel, apply the quick
// fix, see the text change and the finding disappear. Every wait is on what the page shows,
// bounded by a timeout; screenshots are kept in test-output/ for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, startEditor, type RunningEditor } from './codeServer';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(REPO, 'test-output');
const CHAPTER = readFileSync(join(REPO, 'test', 'e2e', 'fixtures', 'skripsi', 'bab1.md'), 'utf8');
const UI_MS = 60000;

const SETTINGS = {
  // Restricted mode stays on (the workspace is never trusted), without the start-up dialog: the
  // extension must work there.
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'window.restoreWindows': 'none',
};

let editor: RunningEditor;
let browser: Browser;
let page: Page;

/** What the editor shows, with Monaco's non-breaking spaces made plain. */
async function editorText(): Promise<string> {
  return (await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  editor = await startEditor({ 'bab1.md': CHAPTER }, SETTINGS);
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(UI_MS);
});

afterAll(async () => {
  await browser?.close();
  await editor?.stop();
});

// The steps run in order in one editor session, as one user would take them.
describe('thesislint in VS Code (code-server)', () => {
  it('shows the year mismatch, applies the quick fix, and the finding disappears', async () => {
    await page.goto(editor.url);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
    // The folder is in restricted mode: the banner says so.
    await page.locator('.monaco-workbench', { hasText: 'Restricted Mode' }).first().waitFor();

    // Open the chapter through Quick Open, as a user would.
    await page.locator('.explorer-folders-view').waitFor({ state: 'visible' });
    await page.keyboard.press('Control+P');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor({ state: 'visible' });
    await quickInput.fill('bab1.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'bab1.md' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(editorText, { timeout: UI_MS }).toContain('(Sen, A., 2024)');

    // The Problems panel lists the finding.
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Cited year 2024 does not match' });
    await problem.waitFor({ state: 'visible' });
    await page.locator('.statusbar-item', { hasText: 'thesislint: 1 finding' }).first().waitFor();
    await page.screenshot({ path: join(OUT, 'e2e-year-mismatch.png') });

    // Open the problem (the cursor lands on it in the editor) and ask for its quick fixes with Ctrl+.
    await problem.dblclick();
    await page.locator('.editor-instance .monaco-editor.focused').waitFor();
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row, .context-view .monaco-menu .action-item').filter({ hasText: 'Change the year to 2014' });
    await fix.waitFor({ state: 'visible' });
    // The preferred fix comes first and is selected: Enter applies it.
    await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Change the year to 2014' }).waitFor();
    await page.screenshot({ path: join(OUT, 'e2e-quick-fix-menu.png') });
    await page.keyboard.press('Enter');

    // The text changes and the finding is gone from the Problems panel and the status bar.
    await expect.poll(editorText, { timeout: UI_MS }).toContain('(Sen, A., 2014)');
    expect(await editorText()).not.toContain('2024');
    await problem.waitFor({ state: 'detached' });
    await page.locator('.markers-panel', { hasText: 'No problems have been detected' }).first().waitFor();
    await page.locator('.statusbar-item', { hasText: 'thesislint: 0 findings' }).first().waitFor();
    await page.screenshot({ path: join(OUT, 'e2e-after-quick-fix.png') });
  });

  it('hovers the citation under the cursor with its reference-list entry', async () => {
    // The cursor still stands on the fixed year: Ctrl+K Ctrl+I shows the hover there.
    await page.locator('.editor-instance .monaco-editor.focused').waitFor();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover', { hasText: 'Development as freedom' });
    await hover.waitFor({ state: 'visible' });
    expect(await hover.innerText()).toContain('reference list — bab1.md:9');
    await page.screenshot({ path: join(OUT, 'e2e-hover.png') });
    await page.keyboard.press('Escape');
  });

  it('opens the pre-submission report in a webview from the command palette', async () => {
    await page.keyboard.press('Control+Shift+P');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor({ state: 'visible' });
    await quickInput.fill('>thesislint: Open pre-submission report');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open pre-submission report' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'thesislint report' }).waitFor();
    const report = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await report.locator('h1', { hasText: 'thesislint report' }).waitFor();
    await report.locator('.lead', { hasText: '1 manuscript, 0 findings' }).waitFor();
    await report.locator('.clean', { hasText: 'No findings.' }).waitFor();
    await page.screenshot({ path: join(OUT, 'e2e-report.png') });
  });

  it("opens the bundled sample manuscript (the walkthrough's first step) and checks it", async () => {
    await page.keyboard.press('Control+Shift+P');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor({ state: 'visible' });
    await quickInput.fill('>thesislint: Open a sample manuscript');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open a sample manuscript' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'contoh-skripsi.md' }).waitFor();
    // Its three deliberate mistakes (the other manuscript of this workspace has none left).
    await page.locator('.statusbar-item', { hasText: 'thesislint: 3 findings' }).first().waitFor();
    await page.screenshot({ path: join(OUT, 'e2e-sample.png') });
  });
});
