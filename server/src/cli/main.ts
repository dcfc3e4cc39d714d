// `thesislint check PATH…` and `thesislint codes` — a thin adapter over the engine: find the
// manuscripts, run the engine's pipeline (session.ts) on each, print.
// Exit codes: 0 nothing at the --fail-on level, 1 findings at that level, 2 usage error,
// unreadable input or invalid configuration.
import { writeFileSync } from 'node:fs';
import {
  CATALOGUE,
  checkResolved,
  discoverManuscripts,
  makeSourceFile,
  OverlayHost,
  rangeAt,
  resolveProject,
  severityRank,
  type ResolvedProject,
} from '../engine';
import { relative, resolvePath } from '../engine/paths';
import { convertDocx, relocateFindings, type DocxConversion } from '../node/docx';
import { DiskHost } from '../node/diskHost';
import { unreadableReason } from '../node/inputs';
import { formatCodes, formatJson, formatText, oneLine, quotePath } from './format';
import { checkInWorkers, progressLine, runWorkerIfThisIsOne, toPortable } from './cohort';
import { formatGithub, formatSarif } from './sarif';
import { formatHtml } from '../report/html';
import type { ReportedResult } from '../report/result';
import { parseArguments, usage, UsageError, type CheckArguments, type CliArguments } from './args';

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  let args: CliArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`thesislint: ${error.message}\n${usage()}`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      process.stdout.write(usage());
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'codes':
      process.stdout.write(formatCodes(CATALOGUE, args.format));
      return 0;
    case 'check':
      return check(args);
  }
}

async function check(args: CheckArguments): Promise<number> {
  const cwd = process.cwd().replace(/\\/g, '/');
  // Unreadable input is a usage problem (exit 2) named with its real reason, not a finding.
  for (const written of [...args.paths, ...args.bib]) {
    const reason = unreadableReason(resolvePath(cwd, written));
    if (reason) {
      process.stderr.write(`thesislint: ${quotePath(written)} ${reason}\n`);
      return 2;
    }
  }
  const disk = new DiskHost();
  // Word files are converted first; the engine then reads them as Markdown from an overlay.
  const { docx, others } = splitWordFiles(args.paths, cwd, disk);
  const conversions: DocxConversion[] = [];
  for (const path of docx) {
    try {
      conversions.push(await convertDocx(path));
    } catch (error) {
      process.stderr.write(
        `thesislint: ${quotePath(relative(cwd, path) || path)} is not a readable .docx file (${oneLine(error instanceof Error ? error.message.split('\n')[0] : String(error))})\n`,
      );
      return 2;
    }
  }
  const overlay = new Map(conversions.map((c) => [c.markdownPath, c.markdown]));
  const host = new OverlayHost(disk, overlay);
  const { manuscripts, errors } = others.length > 0 ? discoverManuscripts(others, host, { cwd }) : { manuscripts: [], errors: [] };
  for (const c of conversions) manuscripts.push({ root: c.docxPath, markup: 'markdown', files: [c.markdownPath], bibliographies: [], projectFiles: [] });
  for (const e of errors) process.stderr.write(`thesislint: ${quotePath(e.path)} ${oneLine(e.message)}\n`);
  if (errors.length > 0) return 2;
  const bibliographies = args.bib.map((written) => ({ written, path: resolvePath(cwd, written) }));
  for (const b of bibliographies) {
    if (!host.isFile(b.path)) {
      process.stderr.write(`thesislint: bibliography ${quotePath(b.written)} does not exist\n`);
      return 2;
    }
  }
  // Each manuscript's thesislint.json, found upward from it, with the flags over it; an invalid
  // one stops the run before anything is checked.
  const projects: ResolvedProject[] = manuscripts.map((spec) => resolveProject(spec, host, { lang: args.lang, bibliographies }, [cwd]));
  const invalid = projects.find((p) => p.configError);
  if (invalid?.configError) {
    process.stderr.write(`thesislint: ${oneLine(describeConfigError(invalid, cwd))}\n`);
    return 2;
  }
  let results: ReportedResult[];
  if (projects.length > 1) {
    // A cohort: worker threads, with a progress bar when stderr is a terminal.
    const tty = process.stderr.isTTY === true;
    results = await checkInWorkers(projects, overlay, __filename, (done, total, root) => {
      if (tty) process.stderr.write(progressLine(done, total, quotePath(relative(cwd, root) || root)));
    });
    if (tty) process.stderr.write('\n');
    for (const r of results) if (r.error) process.stderr.write(`thesislint: checking ${quotePath(relative(cwd, r.spec.root))} failed: ${oneLine(r.error)}\n`);
  } else {
    results = projects.map((project) => toPortable(checkResolved(project, host)));
  }
  results = results.map((r) => onWordFile(r, conversions));
  const output = render(args.format, results, cwd);
  if (args.output) {
    try {
      writeFileSync(args.output, output);
    } catch (error) {
      process.stderr.write(`thesislint: cannot write ${quotePath(args.output)}: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
      return 2;
    }
  } else process.stdout.write(output);
  return failed(results, args.failOn) ? 1 : 0;
}

/** "thesislint.json:3:5: invalid configuration: frameworks[0].names: expected …" */
function describeConfigError(project: ResolvedProject, cwd: string): string {
  const error = project.configError!;
  const file = quotePath(relative(cwd, error.path) || error.path);
  const where =
    project.configText !== undefined && error.start !== undefined
      ? rangeAt(makeSourceFile(error.path, project.configText), error.start, error.start).start
      : undefined;
  return `${file}${where ? `:${where.line + 1}:${where.character + 1}` : ''}: invalid configuration: ${error.message}`;
}

/** Files named .docx (or folders holding only .docx files) are Word manuscripts. */
function splitWordFiles(paths: string[], cwd: string, disk: DiskHost): { docx: string[]; others: string[] } {
  const docx: string[] = [];
  const others: string[] = [];
  for (const written of paths) {
    const path = written.startsWith('/') ? written : `${cwd}/${written}`.replace(/\/\.\/?$/, '').replace(/\/$/, '');
    if (/\.docx$/i.test(path) && disk.isFile(path)) {
      docx.push(path);
    } else if (disk.isDirectory(path) && discoverManuscripts([path], disk, { cwd }).manuscripts.length === 0) {
      const words = disk.listDirectory(path).filter((n) => /\.docx$/i.test(n) && !n.startsWith('~$'));
      if (words.length > 0) docx.push(...words.map((n) => `${path}/${n}`));
      else others.push(written);
    } else others.push(written);
  }
  return { docx, others };
}

/** Puts the findings of a converted Word file back onto the .docx (paragraph = line). */
function onWordFile(result: ReportedResult, conversions: DocxConversion[]): ReportedResult {
  const conversion = conversions.find((c) => c.docxPath === result.spec.root);
  if (!conversion) return result;
  const markdown = result.files.get(conversion.markdownPath);
  const files = new Map(result.files);
  files.delete(conversion.markdownPath);
  files.set(conversion.docxPath, conversion.plain);
  const markdownFile = markdown ?? makeSourceFile(conversion.markdownPath, conversion.markdown);
  return { ...result, files, findings: relocateFindings(result.findings, conversion, markdownFile) };
}

function render(format: CheckArguments['format'], results: ReportedResult[], cwd: string): string {
  switch (format) {
    case 'json':
      return formatJson(results, cwd);
    case 'sarif':
      return formatSarif(results, cwd, VERSION);
    case 'github':
      return formatGithub(results, cwd);
    case 'html':
      return formatHtml(results, cwd, VERSION, [(r) => r.coverageHtml ?? '']);
    default:
      return formatText(results, cwd);
  }
}

function failed(results: ReportedResult[], failOn: CheckArguments['failOn']): boolean {
  if (failOn === 'none') return false;
  const threshold = severityRank[failOn];
  return results.some((r) => r.error !== undefined || r.findings.some((f) => severityRank[f.severity] <= threshold));
}

// Libraries (citation-js) may print warnings; findings go to stdout, so keep stdout clean.
console.log =
  console.info =
  console.warn =
  console.debug =
    (...items: unknown[]) => {
      if (process.env.THESISLINT_DEBUG) process.stderr.write(`${items.map(String).join(' ')}\n`);
    };

if (!runWorkerIfThisIsOne()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`thesislint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.THESISLINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 2;
    },
  );
}
