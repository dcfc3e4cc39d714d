// npm run eval:projects -- DIR [DIR…] [--by folder|main] [--invocations FILE] [--lsp] [--quiet] [--json FILE]
//
// Checks every manuscript of one or more development collections (see lib/collection.ts) the way
// a student would run thesislint on it — `thesislint check .` in the project folder (`--by main`:
// the main file SOURCE.txt names), a Word manuscript by its .docx — and prints per manuscript what
// was checked: files found, citations found, checked and resolved, reference entries, errors and
// warnings. Every error and warning is listed with the text it points at, so that each can be read
// by hand and judged (`--quiet` leaves them out). `--invocations FILE` names, for some manuscripts,
// what a student would name instead (a JSON object: folder name → paths relative to it, such as
// the chapters `bab1.md bab2.md bab3.md` of a folder that also holds notes and examples).
//
// `--lsp` also opens one chapter of each manuscript in the bundled language server over stdio, as
// an editor would, and compares what the server says it checked (its `thesislint/checked`
// notification) with the command line's — the same root and the same files — and the diagnostics
// it publishes with the command line's findings: errors and warnings in the opened chapter (each
// by code and line) and in the whole manuscript. Every difference is listed.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { checkProject, discoverManuscripts, OverlayHost, rangeAt, type CheckResult, type ManuscriptSpec } from '../engine';
import { summarizeCheck, type CheckedSummary } from '../engine/summary';
import { DiskHost } from '../node/diskHost';
import { convertDocx } from '../node/docx';
import { parseHarnessArgs, readCollection, type Entry } from './lib/collection';

interface Row {
  collection: string;
  manuscript: string;
  language: string;
  /** The manuscript's root relative to the project folder ("." for the folder). */
  root: string;
  summary?: CheckedSummary;
  errors: number;
  warnings: number;
  notes: number;
  /** What the language server reported after opening `chapter`. */
  lsp?: LspRun;
  error?: string;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, options } = parseHarnessArgs(argv);
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run eval:projects -- DIR [DIR…] [--by folder|main] [--lsp] [--quiet] [--json FILE]\n');
    return 2;
  }
  const byMain = options.get('by') === 'main';
  const invocations = options.has('invocations') ? (JSON.parse(fs.readFileSync(options.get('invocations')!, 'utf8')) as Record<string, string[]>) : {};
  const quiet = options.has('quiet');
  const only = options.get('only');
  const server = options.has('lsp') ? path.join(__dirname, 'server.js') : undefined;
  const rows: Row[] = [];
  for (const dir of positionals) {
    for (const entry of readCollection(dir)) {
      if (only && !entry.name.includes(only)) continue;
      const checked = await checkEntry(entry, byMain, invocations[entry.name]);
      if (!quiet) process.stdout.write(`\n## ${entry.name}\n`);
      if ('error' in checked) {
        rows.push({
          collection: path.basename(dir),
          manuscript: entry.name,
          language: language(entry),
          root: '',
          errors: 0,
          warnings: 0,
          notes: 0,
          error: checked.error,
        });
        if (!quiet) process.stdout.write(`  not checked: ${checked.error}\n`);
        continue;
      }
      for (const result of checked.results) {
        const summary = summarizeCheck(result);
        const row: Row = {
          collection: path.basename(dir),
          manuscript: entry.name,
          language: language(entry),
          root: path.relative(entry.dir, displayRoot(result.spec, checked.docx)) || '.',
          summary,
          errors: result.findings.filter((f) => f.severity === 'error').length,
          warnings: result.findings.filter((f) => f.severity === 'warning').length,
          notes: result.findings.filter((f) => f.severity === 'info' || f.severity === 'hint').length,
        };
        if (!quiet) {
          process.stdout.write(
            `# ${row.root}: ${summary.files.length} files, citations ${summary.citations.found}/${summary.citations.checked}/${summary.citations.resolved}, ${summary.referenceEntries} entries\n`,
          );
          for (const f of result.findings) {
            if (f.severity !== 'error' && f.severity !== 'warning' && f.severity !== 'info') continue;
            const file = result.files.get(f.file);
            const { start } = rangeAt(file, f.start, f.end);
            const excerpt = file ? file.text.slice(f.start, Math.min(f.end, f.start + 120)).replace(/\s+/g, ' ') : '';
            process.stdout.write(
              `${path.relative(entry.dir, f.file)}:${start.line + 1}:${start.character + 1} ${f.severity} ${f.code} ${f.message}\n    «${excerpt}»\n`,
            );
          }
        }
        if (server && !checked.docx)
          row.lsp = await openChapter(
            server,
            result,
            summary,
            checked.results.map((r) => r.spec.root),
          );
        if (row.lsp && !quiet) process.stdout.write(`  editor: ${editorCell(row.lsp)}\n`);
        rows.push(row);
      }
    }
  }
  process.stdout.write(`\n${table(rows)}\n`);
  const json = options.get('json');
  if (json) fs.writeFileSync(json, `${JSON.stringify(rows, null, 2)}\n`);
  return 0;
}

function language(entry: Entry): string {
  const declared = (entry.source.language ?? '').toLowerCase();
  if (declared.startsWith('indonesian') || declared.startsWith('id')) return 'id';
  if (declared.startsWith('english') || declared.startsWith('en')) return 'en';
  return entry.name.startsWith('id-') ? 'id' : entry.name.startsWith('en-') ? 'en' : '?';
}

/** A Word manuscript's root is its .docx; others are shown as they are. */
function displayRoot(spec: ManuscriptSpec, docx: string | undefined): string {
  return docx ?? spec.root;
}

/** The natural invocation: the project folder, or the Word manuscript; `byMain`: the main file. */
async function checkEntry(entry: Entry, byMain: boolean, named?: string[]): Promise<{ results: CheckResult[]; docx?: string } | { error: string }> {
  const disk = new DiskHost();
  if (/\.docx$/i.test(entry.main)) {
    try {
      const conversion = await convertDocx(entry.main);
      const host = new OverlayHost(disk, new Map([[conversion.markdownPath, conversion.markdown]]));
      const spec: ManuscriptSpec = { root: entry.main, markup: 'markdown', files: [conversion.markdownPath], bibliographies: [], projectFiles: [] };
      return { results: [checkProject(spec, host)], docx: entry.main };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }
  const targets = named ?? [byMain ? entry.main : entry.dir];
  const { manuscripts, errors } = discoverManuscripts(targets, disk, { cwd: entry.dir });
  if (manuscripts.length === 0) return { error: errors.map((e) => `${e.path} ${e.message}`).join('; ') || 'nothing found' };
  return { results: manuscripts.map((spec) => checkProject(spec, disk)) };
}

/** The chapter an editor user would open: the manuscript file (not its root) with the most citations. */
function chapterOf(result: CheckResult): string {
  const counts = new Map<string, number>();
  for (const k of result.analysis.citations.keys) counts.set(k.citation.file, (counts.get(k.citation.file) ?? 0) + 1);
  for (const p of result.analysis.citations.prose) counts.set(p.citation.file, (counts.get(p.citation.file) ?? 0) + 1);
  const files = result.manuscript.models.map((m) => m.file.path);
  const candidates = files.filter((f) => f !== result.spec.root && /\.(md|markdown|qmd|rmd|tex|ltx)$/i.test(f));
  const pool = candidates.length > 0 ? candidates : files;
  return pool.reduce((best, f) => ((counts.get(f) ?? 0) > (counts.get(best) ?? 0) ? f : best), pool[0]);
}

interface LspRun {
  chapter: string;
  root: string;
  files: number;
  /** The server checked the same root and files as the command line. */
  same: boolean;
  detail?: string;
  /** Errors and warnings the server published for the opened chapter, and the command line's there. */
  chapterDiagnostics?: { server: number; cli: number };
  /** Errors and warnings the server published for every file of the manuscript (its bibliographies too), and the command line's. */
  allDiagnostics?: { server: number; cli: number };
  /** Diagnostics of the chapter that only one side has ("server only: 12 citation/missing-reference"). */
  differences?: string[];
}

interface PublishedDiagnostics {
  uri: string;
  diagnostics: { severity?: number; code?: string | number; range: { start: { line: number } }; message: string }[];
}

interface CheckedNotification {
  root: string;
  files: string[];
  summary: CheckedSummary;
}

/** Opens the chapter in a fresh language server, waits for what it says it checked and for its diagnostics. */
async function openChapter(server: string, result: CheckResult, summary: CheckedSummary, roots: string[]): Promise<LspRun> {
  const chapter = chapterOf(result);
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(chapter).toString();
  const published = new Map<string, PublishedDiagnostics['diagnostics']>();
  let chapterPublished: () => void = () => undefined;
  const chapterSeen = new Promise<void>((resolve) => (chapterPublished = resolve));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
    published.set(params.uri, params.diagnostics);
    if (params.uri === uri) chapterPublished();
  });
  try {
    const checked = new Promise<CheckedNotification>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no thesislint/checked within 120 s')), 120_000);
      connection.onNotification('thesislint/checked', (params: CheckedNotification) => {
        if (params.files.includes(uri) || params.files.includes(chapter)) {
          clearTimeout(timer);
          resolve(params);
        }
      });
    });
    connection.listen();
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const languageId = /\.(tex|ltx)$/i.test(chapter) ? 'latex' : 'markdown';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: fs.readFileSync(chapter, 'utf8') } });
    // A file the editor does not take for a manuscript (a README) gets empty diagnostics and no check.
    const inactive = chapterSeen.then(() => new Promise<'inactive'>((resolve) => setTimeout(() => resolve('inactive'), 5_000)));
    const got = await Promise.race([checked, inactive]);
    if (got === 'inactive') return { chapter, root: '', files: 0, same: false, detail: 'the editor did not check it (not taken for a manuscript)' };
    // The open chapter's diagnostics come with every check; the other files' follow at once.
    await Promise.race([chapterSeen, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const root = got.summary.root;
    const same = root === summary.root && got.summary.files.join('\n') === summary.files.join('\n');
    // A chapter several roots read (skripsi.tex and proposal.tex) opens with one of them.
    const shared = !same && roots.includes(root) && got.summary.files.includes(chapter);
    const detail = same
      ? undefined
      : shared
        ? `shared chapter: opens ${path.basename(root)}`
        : `server: ${root} (${got.summary.files.length} files) vs cli: ${summary.root} (${summary.files.length} files)`;
    const serious = (d: { severity?: number }) => d.severity === 1 || d.severity === 2;
    const cliSerious = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    const lineOf = (f: (typeof cliSerious)[number]) => rangeAt(result.files.get(f.file), f.start, f.end).start.line;
    const cliChapter = cliSerious.filter((f) => f.file === chapter).map((f) => `${f.code}@${lineOf(f) + 1}`);
    const serverChapter = (published.get(uri) ?? []).filter(serious).map((d) => `${String(d.code)}@${d.range.start.line + 1}`);
    // A fresh server with one document open: all it publishes is this manuscript's (its .bib too).
    const serverAll = [...published.values()].reduce((n, ds) => n + ds.filter(serious).length, 0);
    return {
      chapter,
      root,
      files: got.summary.files.length,
      same: same || shared,
      detail,
      chapterDiagnostics: { server: serverChapter.length, cli: cliChapter.length },
      allDiagnostics: { server: serverAll, cli: cliSerious.length },
      differences: [
        ...multisetMinus(serverChapter, cliChapter).map((d) => `server only: ${d}`),
        ...multisetMinus(cliChapter, serverChapter).map((d) => `cli only: ${d}`),
      ],
    };
  } catch (error) {
    return { chapter, root: '', files: 0, same: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    connection.dispose();
    child.kill();
  }
}

/** The items of `a` not matched one for one in `b`. */
function multisetMinus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n === 0) return true;
    left.set(x, n - 1);
    return false;
  });
}

/** "same files; chapter 3/3, all 12/12 (bab2.tex)" or what differs. */
function editorCell(lsp: LspRun): string {
  const files = lsp.same ? `same files${lsp.detail ? ` (${lsp.detail})` : ''}` : `FILES DIFFER: ${lsp.detail}`;
  if (!lsp.chapterDiagnostics || !lsp.allDiagnostics) return `${files} — ${path.basename(lsp.chapter)}`;
  const c = lsp.chapterDiagnostics;
  const a = lsp.allDiagnostics;
  const diagnostics = `chapter ${c.server}/${c.cli}, manuscript ${a.server}/${a.cli} (server/cli)`;
  const differs = (lsp.differences?.length ?? 0) > 0 ? `; DIAGNOSTICS DIFFER: ${lsp.differences!.join(', ')}` : '';
  return `${files}; ${diagnostics}${differs} — ${path.basename(lsp.chapter)}`;
}

function table(rows: Row[]): string {
  const header =
    '| collection | manuscript | lang | root | files | citations found / checked / resolved | reference entries | tables | errors | warnings | notes | editor |';
  const lines = [
    header,
    `|${header
      .split('|')
      .slice(1, -1)
      .map(() => '---')
      .join('|')}|`,
  ];
  for (const r of rows) {
    const s = r.summary;
    const editor = r.lsp ? editorCell(r.lsp) : '';
    lines.push(
      s
        ? `| ${r.collection} | ${r.manuscript} | ${r.language} | ${r.root} | ${s.files.length} | ${s.citations.found} / ${s.citations.checked} / ${s.citations.resolved} | ${s.referenceEntries} | ${s.tables} | ${r.errors} | ${r.warnings} | ${r.notes} | ${editor} |`
        : `| ${r.collection} | ${r.manuscript} | ${r.language} | not checked: ${r.error} | | | | | | | | |`,
    );
  }
  const total = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  lines.push(
    `| total | ${new Set(rows.map((r) => `${r.collection}/${r.manuscript}`)).size} projects | | ${rows.length} manuscripts | ${total((r) => r.summary?.files.length ?? 0)} | ${total((r) => r.summary?.citations.found ?? 0)} / ${total((r) => r.summary?.citations.checked ?? 0)} / ${total((r) => r.summary?.citations.resolved ?? 0)} | ${total((r) => r.summary?.referenceEntries ?? 0)} | ${total((r) => r.summary?.tables ?? 0)} | ${total((r) => r.errors)} | ${total((r) => r.warnings)} | ${total((r) => r.notes)} | |`,
  );
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`eval:projects: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
