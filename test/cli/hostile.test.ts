// Hostile input through the real command line (issue 17): file names that try to inject GitHub
// workflow commands, input that cannot be read, pathological configuration files, and the HTML
// report's Content-Security-Policy.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const cli = join(repo, 'server', 'dist', 'cli.js');
const work = fs.mkdtempSync(join(os.tmpdir(), 'thesislint-hostile-'));
fs.chmodSync(work, 0o755);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function run(args: string[], cwd: string, options: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000, ...options });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(name: string): string {
  const dir = join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  return dir;
}

const YEAR =
  '# Pendahuluan\n\nKemiskinan tetap menjadi tantangan (Sen, A., 2024).\n\n# Daftar Pustaka\n\n- Sen, A. (2014). *Development as freedom*. Oxford University Press.\n';
const EVIL = 'bab\n::error title=pwned::injected.md';

describe('file names cannot inject workflow commands', () => {
  const dir = folder('names');
  fs.writeFileSync(join(dir, EVIL), YEAR);

  /** Lines a GitHub runner would execute as workflow commands. */
  const commands = (output: string) => output.split(/\r\n|\r|\n/).filter((line) => line.startsWith('::'));

  it('text: the name is quoted as one token on the finding line', () => {
    const r = run(['check', EVIL], dir);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      '"bab\\n::error title=pwned::injected.md":3:46: error citation/year-mismatch Cited year 2024 does not match the reference list entry Sen, A. (2014): expected 2014 in (Sen, A., 2024)',
    );
    expect(commands(r.stdout + r.stderr)).toEqual([]);
  });

  it('github: the name is escaped inside the one command of the finding', () => {
    const r = run(['check', '--format', 'github', EVIL], dir);
    expect(commands(r.stdout)).toEqual([
      '::error file=bab%0A%3A%3Aerror title=pwned%3A%3Ainjected.md,line=3,col=46,endLine=3,endColumn=50,title=citation/year-mismatch::Cited year 2024 does not match the reference list entry Sen, A. (2014): expected 2014 in (Sen, A., 2024)',
    ]);
  });

  for (const format of ['json', 'sarif', 'html']) {
    it(`${format}: no line of the output is a workflow command`, () => {
      const r = run(['check', '--format', format, EVIL], dir);
      expect(r.status).toBe(1);
      expect(r.stdout).not.toContain('\n::error title=pwned');
      expect(commands(r.stdout + r.stderr)).toEqual([]);
    });
  }

  it('an error about the name on stderr is quoted too', () => {
    const r = run(['check', `${EVIL}-missing`], dir);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'thesislint: "bab\\n::error title=pwned::injected.md-missing" does not exist\n' });
  });
});

describe('unreadable input exits 2 with the reason', () => {
  it('a named pipe is not a regular file (and is not opened, which would block)', () => {
    const dir = folder('fifo');
    execFileSync('mkfifo', [join(dir, 'bab1.md')]);
    expect(run(['check', 'bab1.md'], dir)).toEqual({ status: 2, stdout: '', stderr: 'thesislint: bab1.md is not a regular file (a named pipe)\n' });
  });

  it('a device such as /dev/zero is not a regular file', () => {
    expect(run(['check', '/dev/zero'], work)).toEqual({ status: 2, stdout: '', stderr: 'thesislint: /dev/zero is not a regular file (a character device)\n' });
    expect(run(['check', 'ok.md', '--bib', '/dev/zero'], work).stderr).toBe('thesislint: /dev/zero is not a regular file (a character device)\n');
  });

  it('a file without read permission says permission denied', () => {
    const dir = folder('noperm');
    fs.writeFileSync(join(dir, 'bab1.md'), YEAR);
    fs.chmodSync(join(dir, 'bab1.md'), 0o000);
    // The superuser reads anything: run as nobody then (the bundle and the folder are world-readable).
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    expect(run(['check', 'bab1.md'], dir, asUser)).toEqual({ status: 2, stdout: '', stderr: 'thesislint: bab1.md cannot be read: permission denied\n' });
  });
});

describe('pathological thesislint.json names the key', () => {
  it('nesting 200,000 levels deep', () => {
    const dir = folder('deep');
    fs.writeFileSync(join(dir, 'thesis.md'), YEAR);
    fs.writeFileSync(join(dir, 'thesislint.json'), `{"frameworks": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expect(run(['check', 'thesis.md'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'thesislint: thesislint.json:1:79: invalid configuration: frameworks: nested more than 64 levels deep at line 1, column 79\n',
    });
  });

  it('an ignore pattern of 70,000 stars', () => {
    const dir = folder('stars');
    fs.writeFileSync(join(dir, 'thesis.md'), YEAR);
    fs.writeFileSync(join(dir, 'thesislint.json'), `{"ignore": ["${'*'.repeat(70_000)}"]}`);
    expect(run(['check', 'thesis.md'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'thesislint: thesislint.json:1:13: invalid configuration: ignore[0]: expected a glob of at most 1000 characters\n',
    });
  });
});

describe('HTML report', () => {
  it('carries a Content-Security-Policy that allows nothing external', () => {
    const dir = folder('html');
    fs.writeFileSync(join(dir, 'thesis.md'), YEAR);
    const r = run(['check', '--format', 'html', 'thesis.md'], dir);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(r.stdout)?.[1];
    expect(policy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    // The policy comes before anything it governs.
    expect(r.stdout.indexOf('Content-Security-Policy')).toBeLessThan(r.stdout.indexOf('<style>'));
  });
});
