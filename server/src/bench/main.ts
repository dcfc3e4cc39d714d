// `npm run bench`: how fast thesislint is on a ~100k-word thesis, measured against the parse
// floor. Prints figures; asserts nothing (timings belong in a report, not in tests).
//
// For a Markdown and a LaTeX thesis assembled at run time from ../shared/corpus and seed-004
// (see corpus.ts), each measured in a fresh child process so that memory figures are its own:
//   parse floor  the parser alone, configured exactly as the engine uses it, over every file:
//                unified + remark-parse + gfm + math + frontmatter for Markdown; the same
//                chunks through the same unified-latex PEG grammar for LaTeX (no cache, no walk)
//   full check   checkManuscript from scratch (no cache: what the CLI does), ratio to the floor
//   edit check   checkManuscript after a one-character edit with a ParseCache (what the
//                language server does per edit, without the protocol)
//   peak memory  VmHWM of the child (full checks), and of the language server
//   latency      the bundled language server over stdio: didOpen → first diagnostics, then
//                one-character edits, didChange → publishDiagnostics of that version (p50/p95)
//
// Then the time class of each scalable input of fixtures/pathological/ (scaling.ts).
//
// Options: --runs N (timed runs per figure, default 5), --edits N (default 50), --only md|latex|scaling,
// --corpus DIR (default ../shared/corpus), --json FILE (also write the figures as JSON),
// --server-node-option OPT (repeatable: a Node.js option for the language server process, e.g.
// --max-old-space-size=256).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assembleLatex, assembleMarkdown, countWords, type AssembledThesis } from './corpus';
import { measureLatency, type LatencyResult } from './lsp';
import { checkManuscript, discoverManuscripts, OverlayHost, ParseCache } from '../engine/index';
import { DiskHost } from '../node/diskHost';
import { parseLatexSyntaxOnly } from '../engine/parse/latex';
import { parseMarkdownSyntaxOnly } from '../engine/parse/markdown';
import { buildManuscript } from '../engine/manuscript';
import { AnalysisCache } from '../engine/analysis';
import { registry } from '../engine/checks/registry';
import { formatScaling, measureScaling } from './scaling';

const TARGET_RATIO = 1.5;
const TARGET_P95_MS = 50;
const TARGET_SERVER_MB = 200;

interface Args {
  runs: number;
  edits: number;
  only?: 'md' | 'latex' | 'scaling';
  corpus: string;
  json?: string;
  serverNodeOptions: string[];
}

function parseArgs(argv: string[]): Args {
  const repo = path.resolve(__dirname, '../..');
  const args: Args = { runs: 5, edits: 50, corpus: path.resolve(repo, '../shared/corpus'), serverNodeOptions: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      return value;
    };
    if (a === '--runs') args.runs = Math.max(1, Number(next()));
    else if (a === '--edits') args.edits = Math.max(1, Number(next()));
    else if (a === '--only') {
      const only = next();
      args.only = only === 'latex' || only === 'scaling' ? only : 'md';
    } else if (a === '--corpus') args.corpus = path.resolve(next());
    else if (a === '--json') args.json = path.resolve(next());
    else if (a === '--server-node-option') args.serverNodeOptions.push(next());
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

// ---- child processes ---------------------------------------------------------------------------

interface ChildRequest {
  task: 'parse' | 'check';
  thesis: AssembledThesis;
  runs: number;
}

interface ChildResult {
  /** Milliseconds of each timed run (after one untimed warm-up run). */
  times: number[];
  /** Edit checks (task 'check' only). */
  editTimes?: number[];
  /** Median milliseconds of each phase of an edit check: build, the shared analyses, each check. */
  phases?: Record<string, number>;
  findings?: number;
  proseWords?: number;
  cacheMisses?: number;
  peakRssMb?: number;
}

function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s*(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // Not Linux: fall back to the largest RSS sampled.
  }
  return sampledPeak / 1024 / 1024;
}
let sampledPeak = 0;
function sample(): void {
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
}

function runChild(request: ChildRequest): ChildResult {
  const t = request.thesis;
  const texts = t.chapters.map((c) => fs.readFileSync(c, 'utf8'));
  if (request.task === 'parse') {
    const once = () => {
      for (const text of texts) {
        if (t.markup === 'markdown') parseMarkdownSyntaxOnly(text);
        else parseLatexSyntaxOnly(text);
        sample();
      }
    };
    once();
    const times: number[] = [];
    for (let r = 0; r < request.runs; r++) {
      const t0 = performance.now();
      once();
      times.push(performance.now() - t0);
    }
    return { times, peakRssMb: peakRssMb() };
  }

  const disk = new DiskHost();
  const { manuscripts } = discoverManuscripts([t.root], disk, { cwd: path.dirname(t.root) });
  if (manuscripts.length !== 1) throw new Error(`expected one manuscript at ${t.root}, found ${manuscripts.length}`);
  const spec = manuscripts[0];
  const full = () => {
    // From scratch, as the CLI checks: no ParseCache.
    const result = checkManuscript(spec, disk, {});
    sample();
    return result;
  };
  const first = full();
  const times: number[] = [];
  for (let r = 0; r < request.runs; r++) {
    const t0 = performance.now();
    full();
    times.push(performance.now() - t0);
  }
  const proseWords = first.manuscript.blocks.reduce((n, b) => n + countWords(b.text), 0);

  // Per-edit work of the language server, without the protocol: one cache, one edited chapter.
  const cache = new ParseCache();
  checkManuscript(spec, disk, { cache });
  const chapter = t.chapters[Math.floor(t.chapters.length / 2)];
  let text = fs.readFileSync(chapter, 'utf8');
  const at = Math.max(0, text.indexOf('.\n', Math.floor(text.length / 2)));
  const editTimes: number[] = [];
  const misses = cache.stats.misses;
  for (let r = 0; r < Math.max(request.runs, 10); r++) {
    text = text.slice(0, at) + 'x' + text.slice(at);
    const host = new OverlayHost(disk, new Map([[chapter, text]]));
    const t0 = performance.now();
    checkManuscript(spec, host, { cache });
    editTimes.push(performance.now() - t0);
    sample();
  }
  const cacheMisses = cache.stats.misses - misses;

  // Where an edit check's time goes (the same steps checkManuscript takes, timed one by one).
  const phaseRuns: Record<string, number[]> = {};
  const time = (name: string, f: () => unknown) => {
    const t0 = performance.now();
    try {
      f();
    } catch {
      // checkManuscript turns a failing check into a finding; here it only costs its time.
    }
    (phaseRuns[name] ??= []).push(performance.now() - t0);
  };
  for (let r = 0; r < Math.max(request.runs, 5); r++) {
    text = text.slice(0, at) + 'y' + text.slice(at);
    const host = new OverlayHost(disk, new Map([[chapter, text]]));
    let manuscript!: ReturnType<typeof buildManuscript>;
    time('build manuscript (1 file re-parsed)', () => (manuscript = buildManuscript(spec, host, { cache })));
    const analysis = new AnalysisCache(manuscript);
    time('analysis: citations', () => analysis.citations);
    time('analysis: statistics', () => analysis.statistics);
    time('analysis: coverage', () => analysis.coverage);
    for (const check of registry) time(check.meta.code, () => [...check.run({ manuscript, analysis })]);
  }
  const phases = Object.fromEntries(Object.entries(phaseRuns).map(([k, v]) => [k, median(v)]));
  return { times, editTimes, phases, findings: first.findings.length, proseWords, cacheMisses, peakRssMb: peakRssMb() };
}

function spawnChild(request: ChildRequest): ChildResult {
  const out = spawnSync(process.execPath, [__filename, '--child', JSON.stringify(request)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`benchmark child (${request.task} ${request.thesis.markup}) failed:\n${out.stderr}`);
  const last = out.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as ChildResult;
}

// ---- statistics and report ---------------------------------------------------------------------

function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile. */
function percentile(xs: number[], p: number): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
const mb = (x: number | undefined) => (x === undefined ? 'n/a' : `${Math.round(x)} MB`);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '  (meets target)' : '  (MISSES target)');

interface Figures {
  markup: string;
  files: number;
  words: number;
  proseWords: number;
  bytes: number;
  parseMs: number;
  checkMs: number;
  ratio: number;
  editCheckMs: number;
  checkPeakMb?: number;
  parsePeakMb?: number;
  findings: number;
  phases: Record<string, number>;
  lsp: LatencyResult & { p50: number; p95: number; max: number };
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node.js ${process.version}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const repo = path.resolve(__dirname, '../..');
  const seed = path.join(repo, 'fixtures/examples/manuscripts/seed-004/manuscript.md');
  const serverScript = path.join(repo, 'server/dist/server.js');
  if (args.only === 'scaling') {
    process.stdout.write(`thesislint benchmark — ${machine()}\n\n`);
    process.stdout.write(formatScaling(measureScaling(Math.min(args.runs, 3))));
    return;
  }
  if (!fs.existsSync(args.corpus)) {
    process.stderr.write(`bench: the shared corpus is not at ${args.corpus} (pass --corpus DIR)\n`);
    process.exitCode = 2;
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-bench-'));
  const all: Figures[] = [];
  try {
    const theses: AssembledThesis[] = [];
    if (args.only !== 'latex') theses.push(assembleMarkdown(args.corpus, seed, path.join(work, 'markdown')));
    if (args.only !== 'md') theses.push(assembleLatex(args.corpus, path.join(work, 'latex')));
    process.stdout.write(`thesislint benchmark — ${machine()}\n`);
    process.stdout.write(
      `${args.runs} timed runs per figure (median, after one warm-up run); ${args.edits} edits through the language server${args.serverNodeOptions.length > 0 ? ` (started with ${args.serverNodeOptions.join(' ')})` : ''}\n\n`,
    );
    for (const thesis of theses) {
      const label = thesis.markup === 'markdown' ? 'Markdown' : 'LaTeX';
      process.stdout.write(
        `${label} thesis: ${thesis.chapters.length} files, ${thesis.words.toLocaleString('en-US')} words, ${(thesis.bytes / 1024).toFixed(0)} kB\n`,
      );
      const parse = spawnChild({ task: 'parse', thesis, runs: args.runs });
      const check = spawnChild({ task: 'check', thesis, runs: args.runs });
      const editChapter = thesis.chapters[Math.floor(thesis.chapters.length / 2)];
      const lsp = await measureLatency(serverScript, editChapter, thesis.markup === 'latex' ? 'latex' : 'markdown', args.edits, args.serverNodeOptions);
      const f: Figures = {
        markup: thesis.markup,
        files: thesis.chapters.length,
        words: thesis.words,
        proseWords: check.proseWords ?? 0,
        bytes: thesis.bytes,
        parseMs: median(parse.times),
        checkMs: median(check.times),
        ratio: median(check.times) / median(parse.times),
        editCheckMs: median(check.editTimes ?? []),
        checkPeakMb: check.peakRssMb,
        parsePeakMb: parse.peakRssMb,
        findings: check.findings ?? 0,
        phases: check.phases ?? {},
        lsp: { ...lsp, p50: percentile(lsp.latenciesMs, 50), p95: percentile(lsp.latenciesMs, 95), max: Math.max(...lsp.latenciesMs) },
      };
      all.push(f);
      const lines = [
        `  prose words (as checked)       ${f.proseWords.toLocaleString('en-US')}`,
        `  parse floor                    ${ms(f.parseMs)}   (runs: ${parse.times.map((x) => Math.round(x)).join(', ')})`,
        `  full check, no cache           ${ms(f.checkMs)}   (runs: ${check.times.map((x) => Math.round(x)).join(', ')}; ${f.findings} findings)`,
        `  full check / parse floor       ${f.ratio.toFixed(2)}×${verdict(f.ratio <= TARGET_RATIO)}  target ≤ ${TARGET_RATIO}×`,
        `  check after a 1-char edit      ${ms(f.editCheckMs)}   (engine with ParseCache, median of ${(check.editTimes ?? []).length}; ${check.cacheMisses} files re-parsed)`,
        `  peak memory, full checks       ${mb(f.checkPeakMb)}   (parse floor alone: ${mb(f.parsePeakMb)})`,
        `  server: first diagnostics      ${ms(lsp.firstCheckMs)}   (didOpen of ${path.relative(work, editChapter)})`,
        `  server: edit → diagnostics     p50 ${ms(f.lsp.p50)}, p95 ${ms(f.lsp.p95)}, max ${ms(f.lsp.max)}${verdict(f.lsp.p95 <= TARGET_P95_MS)}  target p95 ≤ ${TARGET_P95_MS} ms`,
        `  server: peak memory            ${mb(lsp.peakRssMb)}   (RSS after the edits: ${mb(lsp.rssMb)})${verdict(lsp.peakRssMb === undefined ? undefined : lsp.peakRssMb <= TARGET_SERVER_MB)}  target ≤ ${TARGET_SERVER_MB} MB`,
        '',
      ];
      const phases = Object.entries(check.phases ?? {})
        .filter(([, v]) => v >= 1)
        .sort((a, b) => b[1] - a[1]);
      lines.push(`  where an edit check's time goes: ${phases.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')} (ms, median)`, '');
      process.stdout.write(lines.join('\n') + '\n');
    }
    const scaling = measureScaling(Math.min(args.runs, 3));
    process.stdout.write(formatScaling(scaling));
    if (args.json)
      fs.writeFileSync(
        args.json,
        JSON.stringify({ machine: machine(), date: new Date().toISOString(), runs: args.runs, figures: all, scaling }, null, 2) + '\n',
      );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// Libraries (citation-js) may print warnings; a child's stdout carries only its JSON result.
if (process.argv[2] === '--child') {
  console.log = console.info = console.warn = console.debug = () => undefined;
  const request = JSON.parse(process.argv[3]) as ChildRequest;
  process.stdout.write(JSON.stringify(runChild(request)) + '\n');
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
