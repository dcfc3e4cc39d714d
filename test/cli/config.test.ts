// thesislint.json from the command line: found upward from the manuscript, applied, and an
// invalid one stops the run with exit 2 and a message that names the key and its position.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const cli = join(repo, 'server', 'dist', 'cli.js');

function project(config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'thesislint-config-'));
  mkdirSync(join(dir, 'naskah'));
  copyFileSync(join(repo, 'fixtures/citation/year-mismatch/md-en-narrative/thesis.md'), join(dir, 'naskah', 'thesis.md'));
  writeFileSync(join(dir, 'thesislint.json'), config);
  return dir;
}

function run(dir: string) {
  return spawnSync(process.execPath, [cli, 'check', 'naskah'], { cwd: dir, encoding: 'utf8' });
}

describe('thesislint.json', () => {
  it('is found upward and its severity table applies', () => {
    const off = run(project('{ "severity": { "citation/year-mismatch": "off" } }'));
    expect(off.status).toBe(0);
    expect(off.stdout).toBe(
      'naskah: 1 file; 2 citations: all checked against 2 reference entries, 2 resolved; no tables, numeric claims or reported tests; no framework found\n' +
        '1 manuscript checked: 0 errors, 0 warnings, 0 info/hint\n',
    );
    const warning = run(project('{ "severity": { "citation/year-mismatch": "warning" } }'));
    expect(warning.status).toBe(0);
    expect(warning.stdout).toContain('naskah/thesis.md:3:54: warning citation/year-mismatch Cited year 2007');
  });

  it('drops findings in ignored files', () => {
    const r = run(project('{ "ignore": ["naskah/*.md"] }'));
    // The only chapter is ignored: nothing was read, and the summary says so.
    expect(r.stdout).toBe(
      'naskah: 0 files; no citations; no tables, numeric claims or reported tests; no framework found\n1 manuscript checked: 0 errors, 0 warnings, 0 info/hint\n',
    );
  });

  it('exits 2 naming the key, what is wrong and where', () => {
    const r = run(project('{\n  "language": "en",\n  "severity": { "citation/year-mismatch": "of" }\n}\n'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'thesislint: thesislint.json:3:17: invalid configuration: severity["citation/year-mismatch"]: expected "error", "warning", "info", "hint" or "off", got the string "of"\n',
    );
  });

  it('exits 2 for a file that is not JSON', () => {
    const r = run(project('{ "language": "id" "files": [] }'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^thesislint: thesislint\.json(:\d+:\d+)?: invalid configuration: .+\n$/);
  });
});
