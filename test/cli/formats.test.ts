// SARIF, GitHub annotations, the HTML report, --output and --fail-on, through the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const cli = join(repo, 'server', 'dist', 'cli.js');
const seed = 'fixtures/examples/manuscripts/seed-004/manuscript.md';

function run(args: string[], cwd = repo) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--format sarif', () => {
  const r = run(['check', '--locale', 'en', '--format', 'sarif', seed]);
  const log = JSON.parse(r.stdout);

  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's own language-tag pattern is not valid as a Unicode regular expression.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has one rule per code with a help link, and 1-based regions with related locations', () => {
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    expect(rules.find((x) => x.id === 'citation/year-mismatch')?.helpUri).toBe(
      'https://github.com/thesislint/thesislint/blob/main/docs/codes.md#citation-year-mismatch',
    );
    const sen = log.runs[0].results.find((x: { message: { text: string } }) => x.message.text.startsWith('Cited year 2024'));
    expect(sen).toEqual({
      ruleId: 'citation/year-mismatch',
      ruleIndex: rules.findIndex((x) => x.id === 'citation/year-mismatch'),
      level: 'error',
      message: { text: 'Cited year 2024 does not match the reference list entry Sen, A. (2014): expected 2014 in (Sen, A., 2024)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: seed, uriBaseId: '%SRCROOT%' },
            region: { startLine: 108, startColumn: 195, endLine: 108, endColumn: 199 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 0,
          message: { text: 'listed with year 2014' },
          physicalLocation: {
            artifactLocation: { uri: seed, uriBaseId: '%SRCROOT%' },
            region: { startLine: 256, startColumn: 3, endLine: 256, endColumn: 154 },
          },
        },
      ],
    });
    expect(r.status).toBe(1);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, escaped', () => {
    const r = run(['check', '--format', 'github', 'fixtures/stats/table-mismatch/md-id-word-table']);
    expect(r.stdout).toBe(
      '::error file=fixtures/stats/table-mismatch/md-id-word-table/bab1.md,line=3,col=74,endLine=3,endColumn=78,title=stats/table-mismatch::Text gives 6,10%25 for 2020; Tabel 1 has 6,01 (Tingkat Pengangguran Terbuka)\n' +
        '::error file=fixtures/stats/table-mismatch/md-id-word-table/bab1.md,line=3,col=166,endLine=3,endColumn=172,title=stats/table-mismatch::Text gives 36.090 for 2022; Tabel 1 has 36.009 (Jumlah Penganggur)\n',
    );
    expect(r.status).toBe(1);
  });

  it('writes at most 10 annotations of each kind and one notice counting the rest', () => {
    const r = spawnSync(process.execPath, [cli, 'check', '--locale', 'en', '--format', 'github', seed], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_STEP_SUMMARY: '' },
    });
    const lines = r.stdout.trimEnd().split('\n');
    // Seed 004 has 14 errors and 11 warnings.
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(1);
    expect(lines.at(-1)).toBe(
      '::notice title=thesislint::4 errors, 1 warning not shown as annotations (GitHub shows 10 of each kind per step); run thesislint check locally to see every finding',
    );
    expect(r.status).toBe(1);
  });

  it('appends a Markdown job summary listing every finding when $GITHUB_STEP_SUMMARY is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesislint-summary-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = spawnSync(process.execPath, [cli, 'check', '--locale', 'en', '--format', 'github', seed], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/; the job summary lists every finding$/);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n### thesislint: 14 errors, 11 warnings, 0 notes\n')).toBe(true);
    expect(text).toContain(`| ${seed} | 14 | 11 | 0 |`);
    const rows = text.split('\n').filter((l) => l.startsWith(`| ${seed}:`));
    expect(rows.length).toBe(25);
    expect(rows).toContain(`| ${seed}:30:139 | error | \`stats/table-mismatch\` | Text gives 9,22% for 2019; Tabel 1 has 9,41 (Persentase Penduduk Miskin) |`);
    expect(text).toContain('Emerson, K., Nabatchi, T., &amp; Balogh, S. (2012)');
  });
});

describe('exit codes and --output', () => {
  it('--fail-on decides which severity fails the run', () => {
    const warningsOnly = 'fixtures/citation/uncited-reference/md-id-written-list';
    expect(run(['check', warningsOnly]).status).toBe(0);
    expect(run(['check', '--fail-on', 'warning', warningsOnly]).status).toBe(1);
    expect(run(['check', '--fail-on', 'none', seed]).status).toBe(0);
    expect(run(['check', '--fail-on', 'hint', seed]).status).toBe(2);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesislint-out-'));
    const out = join(dir, 'report.html');
    const r = run(['check', '--format', 'html', '--output', out, seed]);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // An Indonesian manuscript gets an Indonesian report by default, the numbers as it writes them.
    expect(html).toContain('Teks menyebut 9,22% untuk 2019, sedangkan Tabel 1 mencantumkan 9,41 (Persentase Penduduk Miskin)');
    expect(html).not.toMatch(/<script|https?:\/\/(?!github\.com\/thesislint)/);
  });

  it('says what was checked: citations resolved, and each bibliography with its status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesislint-checked-'));
    const checked = (fixture: string, locale: string) => {
      const out = join(dir, `${locale}.html`);
      run(['check', '--locale', locale, '--format', 'html', '--output', out, fixture]);
      const html = readFileSync(out, 'utf8');
      return html.slice(html.indexOf('<section class="checked">'), html.indexOf('</section>', html.indexOf('<section class="checked">')));
    };
    const undeclared = 'fixtures/bibliography/undeclared/md-en-bib-in-subfolder';
    expect(checked(undeclared, 'id')).toContain('<li>2 sitasi: semua diperiksa, 1 ditemukan entrinya di daftar pustaka atau bibliografi</li>');
    expect(checked(undeclared, 'id')).toContain(
      `<li><code>${undeclared}/bib/references.bib</code>: tidak dideklarasikan, dipakai berdasarkan dugaan: 1 entri</li>`,
    );
    expect(checked(undeclared, 'en')).toContain('<li>2 citations: all checked, 1 found in the reference list or bibliography</li>');
    expect(checked(undeclared, 'en')).toContain(`<li><code>${undeclared}/bib/references.bib</code>: declared nowhere, used as a guess: 1 entry</li>`);
    const missing = 'fixtures/bibliography/file-not-found/md-front-matter';
    expect(checked(missing, 'id')).toContain(
      `<li><code>${missing}/daftar-pustaka.bib</code>: dideklarasikan tetapi tidak ditemukan: sitasi tidak diperiksa terhadap berkas ini</li>`,
    );
    expect(checked(seed, 'id')).toContain(
      '<li>1 daftar pustaka tertulis</li><li>2 tabel</li><li>48 angka dalam teks</li><li>24 paragraf dibaca untuk uji statistik yang dilaporkan</li>',
    );
  });
});
