// Hostile input through the real command line: every case under fixtures/pathological/<case>/
// must finish within its time limit with exactly the outcome its expected.json describes (exit
// status, the codes of the findings and how many of each, or a message on stderr), and every
// reported range must lie inside its file. Large inputs are generated here at run time (the
// GENERATED table); only small ones are committed.
//
// expected.json: { "description", "args" (after `thesislint`, run in a copy of the case folder),
//   "exitCode", "codes" ({ code: count }, exact), "stderr" (a substring), "maxSeconds" }.
// `PATHOLOGICAL_RECORD=1 npx vitest run test/robustness/pathological.test.ts` writes what each
// case does now into its expected.json (then read the diff: it is the specification).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { manyNumbersParagraph } from '../../server/src/bench/scaling';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CASES = path.join(REPO, 'fixtures', 'pathological');
const CLI = path.join(REPO, 'server/dist/cli.js');
const RECORD = process.env.PATHOLOGICAL_RECORD === '1';
const MB = 1024 * 1024;

interface Expected {
  description: string;
  args: string[];
  exitCode: number;
  codes?: Record<string, number>;
  /**
   * Codes that may or may not appear: the LaTeX parser works to a time budget (so the editor stays
   * responsive), and on a loaded machine a huge file can run out of it and report a parse problem.
   */
  optionalCodes?: string[];
  stderr?: string;
  maxSeconds: number;
}

/** A line of `unit` repeated to at least `size` characters. */
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

/** Deterministic bytes (a linear congruential generator), for the binary case. */
function bytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const REFERENCES = '\n\n# Daftar Pustaka\n\n- Sen, A. (1999). *Development as freedom*. Oxford University Press.\n';

/** Inputs too large to commit, written into the case's working copy before the run. */
const GENERATED: Record<string, (dir: string) => void> = {
  'single-line-1mb-md': (dir) =>
    fs.writeFileSync(
      path.join(dir, 'thesis.md'),
      '# Pendahuluan\n\n' + repeatTo('Kemiskinan menurut Sen (1999) naik 9,22% pada tahun 2019 [@kunci] dan *tetap* tinggi. ', MB) + REFERENCES,
    ),
  'single-line-1mb-tex': (dir) =>
    fs.writeFileSync(
      path.join(dir, 'thesis.tex'),
      '\\documentclass{article}\\begin{document}' + repeatTo('Teks \\cite{a} dan {b} naik 9,2\\% $x^2$ \\textbf{tebal}. ', MB) + '\\end{document}\n',
    ),
  'nested-lists-1000': (dir) => {
    let text = '# Bab\n\n';
    for (let i = 0; i < 1000; i++) text += `${'  '.repeat(i)}- butir ${i} (Sen, 1999)\n`;
    fs.writeFileSync(path.join(dir, 'thesis.md'), text + REFERENCES);
  },
  'nested-quotes-1000': (dir) => {
    let text = '# Bab\n\n';
    for (let i = 0; i < 1000; i++) text += `${'>'.repeat(i + 1)} kutipan ${i}\n`;
    fs.writeFileSync(path.join(dir, 'thesis.md'), text + REFERENCES);
  },
  'unbalanced-braces-200k': (dir) =>
    fs.writeFileSync(
      path.join(dir, 'thesis.tex'),
      '\\documentclass{article}\n\\begin{document}\nAwal \\cite{a}.\n' + '{'.repeat(200_000) + '\n\\end{document}\n',
    ),
  'unbalanced-close-braces-200k': (dir) =>
    fs.writeFileSync(
      path.join(dir, 'thesis.tex'),
      '\\documentclass{article}\n\\begin{document}\nAwal \\cite{a}.\n' + '}'.repeat(200_000) + '\n\\end{document}\n',
    ),
  'unbalanced-parens-200k': (dir) =>
    fs.writeFileSync(path.join(dir, 'thesis.md'), '# Bab\n\nAwal (Sen, 1999).\n\n' + '('.repeat(200_000) + '\n\n' + ')'.repeat(200_000) + REFERENCES),
  'binary-file': (dir) => {
    // A PNG header, then noise with NUL bytes: an image saved with a manuscript's name.
    fs.writeFileSync(path.join(dir, 'thesis.md'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), bytes(4096, 7)]));
  },
  'invalid-utf8': (dir) => {
    const text = (s: string) => Buffer.from(s, 'utf8');
    fs.writeFileSync(
      path.join(dir, 'thesis.md'),
      Buffer.concat([
        text('# Pendahuluan\n\nKemiskinan '),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]),
        text(' tetap menjadi tantangan (Sen, A., 2024). '),
        Buffer.from([0xed, 0xa0, 0x80, 0xc0, 0xaf]),
        text(' Selesai.'),
        text(REFERENCES),
      ]),
    );
  },
  // The benchmark measures the time class of these two at doubling sizes (bench/scaling.ts).
  'many-numbers-paragraph-md': (dir) => fs.writeFileSync(path.join(dir, 'thesis.md'), manyNumbersParagraph(20_000, 'markdown')),
  'many-numbers-paragraph-tex': (dir) => fs.writeFileSync(path.join(dir, 'thesis.tex'), manyNumbersParagraph(20_000, 'latex')),
  'bib-5000-entries': (dir) => {
    let bib = '';
    for (let i = 0; i < 5000; i++) {
      bib += `@article{kunci${i},\n  author = {Penulis${i}, Nama and Kedua${i % 97}, Orang},\n  title = {Judul artikel nomor ${i}},\n  journal = {Jurnal ${i % 50}},\n  year = {${1950 + (i % 75)}}\n}\n\n`;
    }
    fs.writeFileSync(path.join(dir, 'refs.bib'), bib);
    const cites = Array.from({ length: 200 }, (_, i) => `[@kunci${i * 25}]`).join(' ');
    fs.writeFileSync(
      path.join(dir, 'thesis.md'),
      `---\nbibliography: refs.bib\nnocite: |\n  @*\n---\n\n# Pendahuluan\n\nPenelitian terdahulu ${cites}, juga [@hilang2020] dan [@kunci5000].\n`,
    );
  },
};

interface Diagnostic {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  related?: { path: string; range: Diagnostic['range'] }[];
}

/** Lines of a file as the CLI counts them (LF, CR LF or CR), as text read like the CLI reads it. */
function lineLengths(file: string): number[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function rangeInside(range: Diagnostic['range'], lines: number[]): boolean {
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line];
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && ordered;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-pathological-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('pathological input through the CLI', () => {
  const names = fs
    .readdirSync(CASES)
    .filter((n) => fs.statSync(path.join(CASES, n)).isDirectory())
    .sort();

  it('has a case for each kind of hostile input, each with an expected outcome', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of Object.keys(GENERATED)) expect(names).toContain(name);
    for (const name of names) expect(fs.existsSync(path.join(CASES, name, 'expected.json')) || RECORD, `${name}/expected.json`).toBe(true);
  });

  for (const name of names) {
    it(name, { timeout: 120_000 }, async () => {
      const dir = path.join(work, name);
      fs.cpSync(path.join(CASES, name), dir, { recursive: true });
      const expectedFile = path.join(CASES, name, 'expected.json');
      const expected: Expected = fs.existsSync(expectedFile)
        ? (JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Expected)
        : { description: '', args: ['check', '--format', 'json', '.'], exitCode: 0, maxSeconds: 20 };
      fs.rmSync(path.join(dir, 'expected.json'), { force: true });
      GENERATED[name]?.(dir);

      const started = performance.now();
      // Asynchronously: a worker blocked for a minute cannot answer vitest (onTaskUpdate timeouts).
      const run = await runAsync(process.execPath, [CLI, ...expected.args], dir, 110_000);
      const seconds = (performance.now() - started) / 1000;
      expect(run.error, `${name}: ${run.error?.message}`).toBeUndefined();

      const codes: Record<string, number> = {};
      let report: { files: { path: string; diagnostics: Diagnostic[] }[] } | undefined;
      if (expected.args.includes('json') && run.stdout.trim().startsWith('{')) {
        report = JSON.parse(run.stdout) as typeof report;
        for (const file of report!.files) for (const d of file.diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
      }
      if (RECORD) {
        const sorted = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => a.localeCompare(b)));
        const recorded: Expected = {
          description: expected.description,
          args: expected.args,
          exitCode: run.status ?? -1,
          ...(report ? { codes: sorted } : {}),
          ...(run.stderr.trim() ? { stderr: run.stderr.trim().split('\n')[0] } : {}),
          maxSeconds: expected.maxSeconds,
        };
        fs.writeFileSync(expectedFile, JSON.stringify(recorded, null, 2) + '\n');
        process.stdout.write(`${name}: ${seconds.toFixed(1)} s\n`);
        return;
      }

      for (const optional of expected.optionalCodes ?? []) delete codes[optional];
      expect({ exitCode: run.status, codes: expected.codes ? codes : undefined }, `${name}: stderr ${run.stderr}`).toEqual({
        exitCode: expected.exitCode,
        codes: expected.codes,
      });
      if (expected.stderr !== undefined) expect(run.stderr).toContain(expected.stderr);
      // No timed assertion (speed is the benchmark's business): the spawn timeout above is the
      // bound that proves the input terminates; the time is printed for whoever runs the test.
      process.stdout.write(`${name}: ${seconds.toFixed(1)} s (budget ${expected.maxSeconds} s)\n`);
      // Every range (and every related range) inside the file it points into.
      for (const file of report?.files ?? []) {
        const lines = lineLengths(path.resolve(dir, file.path));
        if (!lines) continue;
        for (const d of file.diagnostics) {
          expect(rangeInside(d.range, lines), `${name}: ${d.code} at ${JSON.stringify(d.range)} in ${file.path}`).toBe(true);
          for (const r of d.related ?? []) {
            const relatedLines = lineLengths(path.resolve(dir, r.path));
            if (relatedLines) expect(rangeInside(r.range, relatedLines), `${name}: related ${JSON.stringify(r)}`).toBe(true);
          }
        }
      }
    });
  }
});

interface AsyncRun {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

function runAsync(command: string, args: string[], cwd: string, timeout: number): Promise<AsyncRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let error: Error | undefined;
    const timer = setTimeout(() => {
      error = new Error(`timed out after ${timeout} ms`);
      child.kill('SIGKILL');
    }, timeout);
    child.on('error', (e) => (error = e));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ...(error ? { error } : {}) });
    });
  });
}
