// `npm run bench`: how fast thesislint is at thesis scale, in the editor and on the command line.
// Prints every figure beside its target; asserts nothing (timings belong in a report, not in tests).
//
// Three manuscripts, written at run time from material in the repository (material.ts): a single
// ~100k-word Markdown file, a single ~100k-word LaTeX file, and a ~100k-word Pandoc project whose
// middle chapter is edited. For each, in fresh child processes so that memory figures are their own:
//   parse floor   the parser alone, configured as the engine uses it, over every file
//   full check    checkManuscript from scratch (no cache: what the CLI does), ratio to the floor
//   edit check    checkManuscript after a one-character edit with a ParseCache (the server's work
//                 per edit, without the protocol), and where its time goes
//   CLI peak      the bundled CLI (`thesislint check`) on the manuscript: its peak resident memory
//   server        the bundled language server through a stdio client (lsp.ts): first diagnostics
//                 after didOpen (the citation, reference-list and bibliography findings a first
//                 check publishes early) and the end of its first full check ("all"); edit →
//                 diagnostics of that version (p50/p95); typing at 10 characters a second, the
//                 age of the newest diagnostics at each keystroke (max); peak resident memory
//
// Then the time class of each scalable input of fixtures/pathological/ (scaling.ts).
//
// Options: --runs N (timed runs per engine figure, default 3), --edits N (default 40), --typed N
// (keystrokes at 10/s, default 50), --only md|latex|project|scaling, --json FILE (also write the
// figures as JSON), --keep DIR (write the manuscripts there and keep them), --server-node-option OPT
// (repeatable: a Node.js option for the language server process, e.g. --max-old-space-size=256).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countWords, writeProject, writeSingleLatex, writeSingleMarkdown, type BenchManuscript } from './material';
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
const TARGET_STALE_MS = 300;
const TARGET_SERVER_MB = 200;
const TARGET_CLI_MB = 300;
const TYPING_RATE = 10;

interface Args {
  runs: number;
  edits: number;
  typed: number;
  only?: 'md' | 'latex' | 'project' | 'scaling';
  json?: string;
  keep?: string;
  serverNodeOptions: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 3, edits: 40, typed: 50, serverNodeOptions: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      return value;
    };
    if (a === '--runs') args.runs = Math.max(1, Number(next()));
    else if (a === '--edits') args.edits = Math.max(1, Number(next()));
    else if (a === '--typed') args.typed = Math.max(2, Number(next()));
    else if (a === '--only') {
      const v = next();
      if (v !== 'md' && v !== 'latex' && v !== 'project' && v !== 'scaling') throw new Error(`--only takes md, latex, project or scaling, not ${v}`);
      args.only = v;
    } else if (a === '--json') args.json = path.resolve(next());
    else if (a === '--keep') args.keep = path.resolve(next());
    else if (a === '--server-node-option') args.serverNodeOptions.push(next());
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

// ---- child processes ---------------------------------------------------------------------------

interface ChildRequest {
  task: 'parse' | 'check';
  thesis: BenchManuscript;
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
  const texts = t.files.map((c) => fs.readFileSync(c, 'utf8'));
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
  const chapter = t.edited;
  let text = fs.readFileSync(chapter, 'utf8');
  const at = typingPointIn(text);
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
  if (out.status !== 0) throw new Error(`benchmark child (${request.task}, ${request.thesis.name}) failed:\n${out.stderr}`);
  const last = out.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as ChildResult;
}

/** The middle of the text, at the end of a prose sentence (where lsp.ts types too). */
function typingPointIn(text: string): number {
  const re = /[a-z]\.\n/g;
  re.lastIndex = Math.floor(text.length / 2);
  const m = re.exec(text);
  return m ? m.index + 1 : Math.floor(text.length / 2);
}

/** The CLI's peak resident memory checking `root` (its own process, as a user runs it). */
function cliPeak(cliScript: string, root: string, work: string): { peakMb?: number; ms: number; status: number | null } {
  const probe = path.join(work, 'peak-probe.js');
  // maxRSS of the process itself (kB), written where the CLI's output does not go.
  fs.writeFileSync(
    probe,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(work, 'peak.txt'))}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const t0 = performance.now();
  const out = spawnSync(process.execPath, ['--require', probe, cliScript, 'check', root, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    cwd: path.dirname(root),
  });
  const ms = performance.now() - t0;
  try {
    return { peakMb: Number(fs.readFileSync(path.join(work, 'peak.txt'), 'utf8')) / 1024, ms, status: out.status };
  } catch {
    return { ms, status: out.status };
  }
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

const ms = (x: number | undefined) => (x === undefined ? 'n/a' : `${Math.round(x).toLocaleString('en-US')} ms`);
const mb = (x: number | undefined) => (x === undefined ? 'n/a' : `${Math.round(x)} MB`);
const met = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');

interface Figures {
  name: string;
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
  cliPeakMb?: number;
  cliMs: number;
  findings: number;
  phases: Record<string, number>;
  lsp: LatencyResult & { p50: number; p95: number; max: number; staleMax: number; staleP95: number };
  targets: { figure: string; value: string; target: string; met: boolean | undefined }[];
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node.js ${process.version}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const repo = path.resolve(__dirname, '../..');
  const serverScript = path.join(repo, 'server/dist/server.js');
  const cliScript = path.join(repo, 'server/dist/cli.js');
  if (args.only === 'scaling') {
    process.stdout.write(`thesislint benchmark — ${machine()}\n\n`);
    process.stdout.write(formatScaling(measureScaling(Math.min(args.runs, 3))));
    return;
  }
  const work = args.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-bench-'));
  const all: Figures[] = [];
  try {
    const cases: BenchManuscript[] = [];
    if (!args.only || args.only === 'md') cases.push(writeSingleMarkdown(repo, path.join(work, 'single-md')));
    if (!args.only || args.only === 'latex') cases.push(writeSingleLatex(repo, path.join(work, 'single-latex')));
    if (!args.only || args.only === 'project') cases.push(writeProject(repo, path.join(work, 'project')));
    process.stdout.write(`thesislint benchmark — ${machine()}\n`);
    process.stdout.write(
      `${args.runs} timed runs per engine figure (median, after one warm-up run); ${args.edits} edits, then ${args.typed} keystrokes at ${TYPING_RATE}/s, through the language server${args.serverNodeOptions.length > 0 ? ` (started with ${args.serverNodeOptions.join(' ')})` : ''}\n\n`,
    );
    for (const m of cases) {
      process.stdout.write(
        `${m.name}: ${m.files.length} file${m.files.length === 1 ? '' : 's'}, ${m.words.toLocaleString('en-US')} words, ${(m.bytes / 1024).toFixed(0)} kB\n`,
      );
      const parse = spawnChild({ task: 'parse', thesis: m, runs: args.runs });
      const check = spawnChild({ task: 'check', thesis: m, runs: args.runs });
      const cli = cliPeak(cliScript, m.root, work);
      const lsp = await measureLatency(serverScript, m.edited, m.markup === 'latex' ? 'latex' : 'markdown', {
        edits: args.edits,
        typed: args.typed,
        typingRate: TYPING_RATE,
        nodeOptions: args.serverNodeOptions,
      });
      const firstTarget = m.files.length > 1 ? 1000 : 2000;
      const f: Figures = {
        name: m.name,
        markup: m.markup,
        files: m.files.length,
        words: m.words,
        proseWords: check.proseWords ?? 0,
        bytes: m.bytes,
        parseMs: median(parse.times),
        checkMs: median(check.times),
        ratio: median(check.times) / median(parse.times),
        editCheckMs: median(check.editTimes ?? []),
        checkPeakMb: check.peakRssMb,
        parsePeakMb: parse.peakRssMb,
        cliPeakMb: cli.peakMb,
        cliMs: cli.ms,
        findings: check.findings ?? 0,
        phases: check.phases ?? {},
        lsp: {
          ...lsp,
          p50: percentile(lsp.latenciesMs, 50),
          p95: percentile(lsp.latenciesMs, 95),
          max: Math.max(...lsp.latenciesMs),
          staleMax: Math.max(...lsp.stalenessMs),
          staleP95: percentile(lsp.stalenessMs, 95),
        },
        targets: [],
      };
      f.targets = [
        {
          figure: 'edit → fresh diagnostics p95',
          value: `${ms(f.lsp.p95)} (p50 ${ms(f.lsp.p50)})`,
          target: `≤ ${TARGET_P95_MS} ms`,
          met: f.lsp.p95 <= TARGET_P95_MS,
        },
        {
          figure: `typing at ${TYPING_RATE}/s: oldest diagnostics`,
          value: `${ms(f.lsp.staleMax)} (p95 ${ms(f.lsp.staleP95)})`,
          target: `≤ ${TARGET_STALE_MS} ms`,
          met: f.lsp.staleMax <= TARGET_STALE_MS,
        },
        {
          figure: 'first diagnostics after open',
          value: `${ms(lsp.firstCheckMs)} (all: ${ms(lsp.firstCompleteMs)})`,
          target: `≤ ${ms(firstTarget)}`,
          met: lsp.firstCheckMs <= firstTarget,
        },
        {
          figure: 'server peak RSS',
          value: `${mb(lsp.peakRssMb)} (now ${mb(lsp.rssMb)})`,
          target: `≤ ${TARGET_SERVER_MB} MB`,
          met: lsp.peakRssMb === undefined ? undefined : lsp.peakRssMb <= TARGET_SERVER_MB,
        },
        {
          figure: 'CLI peak RSS',
          value: `${mb(cli.peakMb)} (${ms(cli.ms)}, exit ${cli.status})`,
          target: `≤ ${TARGET_CLI_MB} MB`,
          met: cli.peakMb === undefined ? undefined : cli.peakMb <= TARGET_CLI_MB,
        },
        { figure: 'full check / parse floor', value: `${f.ratio.toFixed(2)}×`, target: `≤ ${TARGET_RATIO}×`, met: f.ratio <= TARGET_RATIO },
      ];
      const lines = f.targets.map((t) => `  ${pad(t.figure, 38)} ${pad(t.value, 30)} target ${pad(t.target, 10)} ${met(t.met)}`);
      lines.push(
        `  (typing: ${lsp.stalenessMs.length} keystrokes, ${lsp.typingPublishes} versions published, final text's diagnostics ${ms(lsp.settleMs)} after the last keystroke)`,
        `  prose words (as checked)               ${f.proseWords.toLocaleString('en-US')}; ${f.findings} findings`,
        `  parse floor                            ${ms(f.parseMs)}   (runs: ${parse.times.map((x) => Math.round(x)).join(', ')})`,
        `  full check, no cache                   ${ms(f.checkMs)}   (runs: ${check.times.map((x) => Math.round(x)).join(', ')})`,
        `  engine check after a 1-char edit       ${ms(f.editCheckMs)}   (with ParseCache, median of ${(check.editTimes ?? []).length}; ${check.cacheMisses} files re-parsed)`,
        `  engine peak RSS, full checks           ${mb(f.checkPeakMb)}   (parse floor alone: ${mb(f.parsePeakMb)})`,
      );
      const phases = Object.entries(check.phases ?? {})
        .filter(([, v]) => v >= 1)
        .sort((a, b) => b[1] - a[1]);
      lines.push(
        `  where an engine edit check's time goes: ${phases.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ') || 'nothing over 1 ms'} (ms, median)`,
        '',
      );
      process.stdout.write(lines.join('\n') + '\n');
      all.push(f);
    }
    const missed = all.flatMap((f) => f.targets.filter((t) => t.met === false).map((t) => `${f.name}: ${t.figure}`));
    process.stdout.write(missed.length === 0 ? 'Every target met.\n\n' : `Targets missed: ${missed.join('; ')}\n\n`);
    const scaling = args.only ? undefined : measureScaling(Math.min(args.runs, 3));
    if (scaling) process.stdout.write(formatScaling(scaling));
    if (args.json)
      fs.writeFileSync(
        args.json,
        JSON.stringify({ machine: machine(), date: new Date().toISOString(), runs: args.runs, figures: all, scaling }, null, 2) + '\n',
      );
  } finally {
    if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
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
