// Opens the HTML report in headless Chromium (Debian's, /usr/bin/chromium), checks what a reader
// sees and keeps a screenshot in test-output/ for a person to look at.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('HTML report in a browser', () => {
  it('shows the summary and each finding with its source lines', async () => {
    const out = join(repo, 'test-output');
    mkdirSync(out, { recursive: true });
    const report = join(out, 'seed-004-report.html');
    const r = spawnSync(
      process.execPath,
      [join(repo, 'server/dist/cli.js'), 'check', '--format', 'html', '--output', report, 'fixtures/examples/manuscripts/seed-004/manuscript.md'],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
      const blocked: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) blocked.push(request.url());
      });
      await page.goto(`file://${report}`);
      await page.locator('h1', { hasText: 'thesislint report' }).waitFor();
      const summary = await page.locator('table.summary').first().innerText();
      expect(summary).toContain('Citations');
      expect(summary).toContain('Statistics');
      const firstStats = page.locator('.finding', { hasText: 'Text gives 9,22% for 2019' });
      await expect.poll(() => firstStats.count()).toBe(1);
      expect(await firstStats.locator('mark').first().innerText()).toBe('9,22');
      expect(await firstStats.locator('.related').innerText()).toContain('Tabel 1, 2019, Persentase Penduduk Miskin: 9,41');
      expect(blocked).toEqual([]);
      await page.screenshot({ path: join(out, 'seed-004-report.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  }, 60000);
});
