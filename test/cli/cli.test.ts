// The CLI as a user runs it: the built bundle, real processes, real exit codes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../server/src/engine';

const repo = join(__dirname, '..', '..');
const cli = join(repo, 'server', 'dist', 'cli.js');

function run(args: string[], cwd = repo) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('thesislint check', () => {
  it('exits 1 and prints compiler-style lines for a manuscript with errors', () => {
    const r = run(['check', 'fixtures/citation/year-mismatch/md-en-narrative/thesis.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      'fixtures/citation/year-mismatch/md-en-narrative/thesis.md:3:54: error citation/year-mismatch Cited year 2007 does not match the reference list entry Ansell, C., & Gash, A. (2008): expected 2008 in Ansell and Gash (2007)\n' +
        // What was checked: "0 errors" means nothing without it.
        'fixtures/citation/year-mismatch/md-en-narrative/thesis.md: 1 file; 2 citations: all checked against 2 reference entries, 2 resolved; no tables, numeric claims or reported tests; no framework found\n' +
        '1 manuscript checked: 1 error, 0 warnings, 0 info/hint\n',
    );
    expect(r.stderr).toBe('');
  });

  it('exits 0 when there is no error-level finding', () => {
    const r = run(['check', 'fixtures/citation/uncited-reference/md-id-written-list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('warning citation/uncited-reference Reference list entry Kumar, R. (2018) is never cited');
  });

  it('prints the JSON report with 0-based positions and relative paths', () => {
    const r = run(['check', '--format', 'json', 'thesis.md'], join(repo, 'fixtures/citation/year-mismatch/md-en-narrative'));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      files: [
        {
          path: 'thesis.md',
          diagnostics: [
            {
              code: 'citation/year-mismatch',
              severity: 'error',
              message: 'Cited year 2007 does not match the reference list entry Ansell, C., & Gash, A. (2008): expected 2008 in Ansell and Gash (2007)',
              range: { start: { line: 2, character: 53 }, end: { line: 2, character: 57 } },
              related: [{ path: 'thesis.md', range: { start: { line: 6, character: 0 }, end: { line: 6, character: 151 } }, message: 'listed with year 2008' }],
              docs: 'https://github.com/thesislint/thesislint/blob/main/docs/codes.md#citation-year-mismatch',
              data: {
                citedYear: '2007',
                expectedYear: '2008',
                entry: {
                  file: join(repo, 'fixtures/citation/year-mismatch/md-en-narrative/thesis.md'),
                  start: 154,
                  end: 305,
                  origin: 'list',
                  year: '2008',
                  authors: ['Ansell', 'Gash'],
                },
              },
            },
          ],
        },
      ],
      manuscripts: [
        {
          path: 'thesis.md',
          markup: 'markdown',
          files: ['thesis.md'],
          projectFiles: [],
          bibliographies: [],
          citations: { found: 2, checked: 2, resolved: 2 },
          referenceEntries: 2,
          referenceLists: 1,
          tables: 0,
          numericClaims: 0,
          reportedTests: 0,
          frameworks: [],
          findings: { error: 1, warning: 0, info: 0, hint: 0 },
        },
      ],
      summary: { manuscripts: 1, files: 1, error: 1, warning: 0, info: 0, hint: 0, failed: 0 },
    });
  });

  it('exits 2 with a one-line reason for usage errors and missing input', () => {
    const unknown = run(['check', '--frobnicate', 'x.md']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('thesislint: unknown option --frobnicate');
    const missing = run(['check', 'no/such/thesis.md']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('thesislint: no/such/thesis.md does not exist\n');
    const badFormat = run(['check', '--format', 'xml', 'x.md']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr.split('\n')[0]).toBe('thesislint: --format must be one of text, json, sarif, github, html, not "xml"');
    const missingBib = run(['check', '--bib', 'nope.bib', 'fixtures/citation/year-mismatch/md-en-narrative']);
    expect(missingBib.status).toBe(2);
    expect(missingBib.stderr).toBe('thesislint: bibliography nope.bib does not exist\n');
  });

  it('checks a .bib given with --bib', () => {
    const r = run([
      'check',
      '--bib',
      'fixtures/citation/missing-reference/md-en-pandoc-keys/refs.bib',
      'fixtures/bibliography/file-not-found/md-front-matter/bab1.md',
    ]);
    expect(r.stdout).toContain('bab1.md:3:15: error bibliography/file-not-found');
    expect(r.status).toBe(1);
  });

  it("runs the README example: `npm run example` exits 1 with seed 004's findings", () => {
    const r = spawnSync('npm', ['run', '--silent', 'example', '--', '--locale', 'en'], { cwd: repo, encoding: 'utf8' });
    const expected = JSON.parse(readFileSync(join(repo, 'fixtures/examples/manuscripts/seed-004/expected.json'), 'utf8')) as {
      code: string;
      severity: string;
      range: string;
      message: string;
    }[];
    const path = 'fixtures/examples/manuscripts/seed-004/manuscript.md';
    const lines = expected.map((f) => `${path}:${f.range.split('-')[0]}: ${f.severity} ${f.code} ${f.message}`);
    const count = (severity: string) => expected.filter((f) => f.severity === severity).length;
    const checked = `${path}: 1 file; 29 citations: all checked against 15 reference entries, 29 resolved; 2 tables, 48 numeric claims, 24 paragraphs read for reported tests; framework: Ansell & Gash (2008)`;
    expect(r.stdout).toBe(
      `${lines.join('\n')}\n${checked}\n1 manuscript checked: ${count('error')} errors, ${count('warning')} warnings, ${count('info') + count('hint')} info/hint\n`,
    );
    expect(r.status).toBe(1);
  });

  it("speaks the manuscript's language unless --locale says otherwise", () => {
    const english = 'fixtures/citation/year-mismatch/md-en-narrative/thesis.md';
    const indonesian = 'fixtures/examples/manuscripts/contoh-skripsi/manuscript.md';
    expect(run(['check', english]).stdout.split('\n').at(-2)).toBe('1 manuscript checked: 1 error, 0 warnings, 0 info/hint');
    const inIndonesian = run(['check', '--locale', 'id', english]);
    expect(inIndonesian.stdout).toBe(
      'fixtures/citation/year-mismatch/md-en-narrative/thesis.md:3:54: error citation/year-mismatch Tahun 2007 pada sitasi Ansell and Gash (2007) tidak sesuai dengan entri daftar pustaka Ansell, C., & Gash, A. (2008): tahun terbitnya 2008\n' +
        // What was checked, in the same language.
        'fixtures/citation/year-mismatch/md-en-narrative/thesis.md: 1 berkas; 2 sitasi: semua diperiksa terhadap 2 entri pustaka, 2 ditemukan entrinya; tidak ada tabel, angka dalam teks, atau uji statistik yang dilaporkan; tidak ditemukan kerangka teori\n' +
        '1 naskah diperiksa: 1 kesalahan, 0 peringatan, 0 info/petunjuk\n',
    );
    expect(run(['check', indonesian]).stdout).toContain('error citation/missing-reference (Nugroho, 2020) tidak ada di daftar pustaka\n');
    expect(run(['check', '--locale', 'en', indonesian]).stdout).toContain(
      'error citation/missing-reference No entry in the reference list for (Nugroho, 2020)\n',
    );
    // JSON and SARIF carry the messages in the chosen language too.
    const json = JSON.parse(run(['check', '--format', 'json', '--locale', 'id', english]).stdout);
    expect(json.files[0].diagnostics[0].related[0].message).toBe('tercantum dengan tahun terbit 2008');
    const bad = run(['check', '--locale', 'fr', english]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('thesislint: --locale must be en or id, not "fr"');
  });

  it('lists the catalogue: `thesislint codes` and `thesislint codes --format json`', () => {
    const text = run(['codes']);
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(CATALOGUE.map((c) => c.code));
    expect(lines[1]).toMatch(/^citation\/year-mismatch +error +A citation whose year differs/);
    const json = run(['codes', '--format', 'json']);
    expect(json.status).toBe(0);
    const listed = JSON.parse(json.stdout) as { code: string; family: string; defaultSeverity: string; fixable: boolean; description: string; docs: string }[];
    expect(listed.map((c) => [c.code, c.defaultSeverity])).toEqual(CATALOGUE.map((c) => [c.code, c.defaultSeverity]));
    expect(listed.find((c) => c.code === 'config/invalid')).toEqual({
      code: 'config/invalid',
      family: 'config',
      defaultSeverity: 'error',
      fixable: false,
      description: 'A thesislint.json that cannot be used; the manuscript is checked without it.',
      docs: 'https://github.com/thesislint/thesislint/blob/main/docs/codes.md#config-invalid',
    });
    const bad = run(['codes', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('thesislint: --format must be text or json, not "xml"');
  });
});
