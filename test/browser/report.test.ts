/// <reference lib="dom" />
// Opens the HTML report in headless Chromium (Debian's, /usr/bin/chromium) as a supervisor would:
// the coverage matrix and its quoted evidence first, a table of contents with counts linking to
// the findings grouped by chapter and section, each paragraph once with its findings, filters
// that work without scripts, rendered emphasis, print layout, and a cohort page. Screenshots go to
// test-output/ for a person to look at.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const out = join(repo, 'test-output');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const seed = 'fixtures/examples/manuscripts/seed-004/manuscript.md';
const sample = 'fixtures/examples/manuscripts/contoh-skripsi/manuscript.md';

function report(name: string, ...args: string[]): string {
  mkdirSync(out, { recursive: true });
  const path = join(out, name);
  const r = spawnSync(process.execPath, [join(repo, 'server/dist/cli.js'), 'check', '--format', 'html', '--output', path, ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  return path;
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}, 60000);
afterAll(async () => browser?.close());

async function open(path: string, blocked: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) blocked.push(request.url());
  });
  await page.goto(`file://${path}`);
  return page;
}

const visible = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

describe('HTML report of seed 004 in a browser', () => {
  it('puts coverage and evidence first, then a table of contents linking to findings grouped by section', async () => {
    const blocked: string[] = [];
    const page = await open(report('seed-004-report.html', seed), blocked);
    await page.locator('h1', { hasText: 'Laporan thesislint' }).waitFor();
    // No scripts anywhere, nothing fetched.
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    // Order in the manuscript's section: summary, coverage matrix with quoted evidence, what was checked, contents, findings.
    const order = await page.evaluate(() =>
      ['table.summary', 'table.matrix', '.evidence-list mark', '.checked', 'nav.toc', '.group'].map((s) => {
        const e = document.querySelector(s);
        return e ? Array.from(document.querySelectorAll('*')).indexOf(e) : -1;
      }),
    );
    expect(order.every((n) => n > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await page.locator('.evidence-list').first().innerText()).toContain('Kepemimpinan fasilitatif merupakan elemen krusial');
    expect(await page.locator('.checked').innerText()).toContain('Bahasa naskah: Indonesia.');
    // Every contents entry links to a group, and their counts add up to the 25 findings.
    const links = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    expect(links.length).toBeGreaterThan(4);
    for (const hash of links) expect(await page.locator(`section.group${hash}`).count(), hash).toBe(1);
    const counts = await page.locator('nav.toc .count').evaluateAll((cs) => cs.map((c) => Number(c.textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(25);
    expect(await page.locator('.finding').count()).toBe(25);
    // The paragraph with Tabel 1's figures, once, under its section, with all six of its findings.
    const paragraph = page.locator('.para', { hasText: 'Kemiskinan tetap menjadi tantangan besar di Indonesia' });
    expect(await paragraph.count()).toBe(1);
    expect(await paragraph.locator('.finding').count()).toBe(6);
    expect(await paragraph.locator('xpath=ancestor::section[contains(@class,"group")]/h4').innerText()).toMatch(/^1\.1 Latar Belakang/);
    expect(await paragraph.locator('p.src mark').first().innerText()).toBe('Emerson, K.');
    const stats = paragraph.locator('.finding', { hasText: 'Teks menyebut 9,22% untuk 2019' });
    expect(await stats.locator('.related').innerText()).toContain('Tabel 1, 2019, Persentase Penduduk Miskin: 9,41');
    // Markdown emphasis is rendered, not shown as asterisks.
    const shown = await page.locator('.para p.src').allInnerTexts();
    expect(shown.join('\n')).not.toMatch(/\*Collaborative Governance\*|\*\*/);
    expect(await page.locator('.para p.src em', { hasText: 'Collaborative Governance' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(out, 'seed-004-report.png') });
    await page.locator('nav.toc').screenshot({ path: join(out, 'seed-004-contents.png') });
    expect(blocked).toEqual([]);
  }, 60000);

  it('filters by severity and by family with CSS alone', async () => {
    const blocked: string[] = [];
    const page = await open(report('seed-004-report.html', seed), blocked);
    expect(await visible(page, '.finding')).toBe(25);
    await page.click('label[for="sev-error"]');
    expect(await visible(page, '.finding')).toBe(14);
    expect(await visible(page, '.finding.warning')).toBe(0);
    await page.click('label[for="fam-citation"]');
    expect(await visible(page, '.finding')).toBe(2);
    // Sections and paragraphs without a shown finding are hidden too.
    expect(await visible(page, '.group')).toBe(2);
    await page.click('label[for="sev-all"]');
    expect(await visible(page, '.finding')).toBe(5);
    await page.screenshot({ path: join(out, 'seed-004-filtered.png') });
    await page.click('label[for="fam-all"]');
    expect(await visible(page, '.finding')).toBe(25);
    // Printed: no filter bar, every finding.
    await page.emulateMedia({ media: 'print' });
    expect(await visible(page, '.filters')).toBe(0);
    expect(await visible(page, '.finding')).toBe(25);
    await page.pdf({ path: join(out, 'seed-004-report.pdf') });
    expect(blocked).toEqual([]);
  }, 60000);

  it('speaks English with --locale en', async () => {
    const page = await open(report('seed-004-report-en.html', '--locale', 'en', seed), []);
    await page.locator('h1', { hasText: 'thesislint report' }).waitFor();
    expect(await page.locator('nav.toc h3').innerText()).toBe('Contents');
    expect(await page.locator('.checked').innerText()).toContain('Language of the prose: Indonesian.');
    expect(await page.locator('.finding', { hasText: 'Cited year 2024 does not match the reference list entry Sen, A. (2014)' }).count()).toBe(1);
  }, 60000);
});

describe('cohort report in a browser', () => {
  it('has a summary table linking to one section per manuscript', async () => {
    const blocked: string[] = [];
    const page = await open(report('cohort-report.html', seed, sample), blocked);
    const rows = page.locator('table.cohort tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/^fixtures\/examples\/manuscripts\/seed-004\/manuscript\.md\s+14\s+11\s+0/);
    expect(await rows.nth(1).innerText()).toMatch(/^fixtures\/examples\/manuscripts\/contoh-skripsi\/manuscript\.md\s+3\s+0\s+0/);
    expect(await rows.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))).toEqual(['#m1', '#m2']);
    expect(await page.locator('section.manuscript').evaluateAll((ss) => ss.map((s) => s.id))).toEqual(['m1', 'm2']);
    expect(await page.locator('#m2 .finding').count()).toBe(3);
    expect(await page.locator('#m2 .group h4').first().innerText()).toMatch(/^BAB IV HASIL DAN PEMBAHASAN/);
    await page.click('a[href="#m2"]');
    await page.screenshot({ path: join(out, 'cohort-report.png') });
    expect(blocked).toEqual([]);
  }, 60000);
});
