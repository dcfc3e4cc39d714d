// `thesislint check PATH…` — a thin adapter over the engine: find manuscripts, check them, print.
// Exit codes: 0 no error-level finding, 1 at least one, 2 usage error or unreadable input.
import {
  checkManuscript,
  discoverManuscripts,
  findConfig,
  isConfigError,
  makeSourceFile,
  OverlayHost,
  positionAt,
  type ConfigError,
  type LoadedConfig,
} from '../engine';
import { applyConfig, optionsFromConfig, withoutIgnored } from '../engine/configApply';
import { dirname } from '../engine/paths';
import { convertDocx, relocateFindings, type DocxConversion } from '../node/docx';
import { DiskHost } from '../node/diskHost';
import { writeFileSync } from 'node:fs';
import { formatJson, formatText } from './format';
import type { ReportedResult } from '../report/result';
import { checkInWorkers, progressLine, runWorkerIfThisIsOne, toPortable } from './cohort';
import { relative } from '../engine/paths';
import { formatGithub, formatSarif } from './sarif';
import { formatHtml } from '../report/html';
import { severityRank } from '../engine';
import { parseArguments, usage, UsageError, type CliArguments } from './args';

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`thesislint: ${error.message}\n${usage()}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(usage());
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const cwd = process.cwd().replace(/\\/g, '/');
  const disk = new DiskHost();
  // Word files are converted first; the engine then reads them as Markdown from an overlay.
  const { docx, others } = splitWordFiles(args.paths, cwd, disk);
  const conversions: DocxConversion[] = [];
  for (const path of docx) {
    try {
      conversions.push(await convertDocx(path));
    } catch (error) {
      process.stderr.write(
        `thesislint: ${relative(cwd, path) || path} is not a readable .docx file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`,
      );
      return 2;
    }
  }
  const overlay = new Map(conversions.map((c) => [c.markdownPath, c.markdown]));
  const host = new OverlayHost(disk, overlay);
  const { manuscripts, errors } = others.length > 0 ? discoverManuscripts(others, host, { cwd, bib: args.bib }) : { manuscripts: [], errors: [] };
  for (const c of conversions) {
    manuscripts.push({
      root: c.docxPath,
      markup: 'markdown',
      files: [c.markdownPath],
      bibliographies: args.bib.map((b) => ({ written: b, path: b.startsWith('/') ? b : `${cwd}/${b}` })),
      projectFiles: [],
    });
  }
  for (const e of errors) process.stderr.write(`thesislint: ${e.path} ${e.message}\n`);
  if (errors.length > 0) return 2;
  for (const b of args.bib) {
    const path = b.startsWith('/') ? b : `${cwd}/${b}`;
    if (!host.isFile(path)) {
      process.stderr.write(`thesislint: bibliography ${b} does not exist\n`);
      return 2;
    }
  }
  // Each manuscript's thesislint.json, found upward from it; an invalid one stops the run.
  const configs: (LoadedConfig | undefined)[] = [];
  for (let i = 0; i < manuscripts.length; i++) {
    const spec = manuscripts[i];
    const found = findConfig(host.isDirectory(spec.root) ? spec.root : dirname(spec.root), host);
    if (found && isConfigError(found)) {
      process.stderr.write(`thesislint: ${describeConfigError(found.error, host, cwd)}\n`);
      return 2;
    }
    configs.push(found);
    if (found) manuscripts[i] = applyConfig(spec, found);
  }
  const options = configs.map((config) => optionsFromConfig(config, { lang: args.lang }));
  let results: ReportedResult[];
  if (manuscripts.length > 1) {
    // A cohort: worker threads, with a progress bar when stderr is a terminal.
    const tty = process.stderr.isTTY === true;
    results = await checkInWorkers(manuscripts, options, overlay, __filename, (done, total, root) => {
      if (tty) process.stderr.write(progressLine(done, total, relative(cwd, root) || root));
    });
    if (tty) process.stderr.write('\n');
    for (const r of results) if (r.error) process.stderr.write(`thesislint: checking ${relative(cwd, r.spec.root)} failed: ${r.error}\n`);
  } else {
    results = manuscripts.map((spec, i) => toPortable(checkManuscript(spec, host, options[i])));
  }
  results = results.map((r, i) => {
    const located = onWordFile(r, conversions);
    return { ...located, findings: withoutIgnored(located.findings, configs[i]) };
  });
  const output = render(args.format, results, cwd);
  if (args.output) {
    try {
      writeFileSync(args.output, output);
    } catch (error) {
      process.stderr.write(`thesislint: cannot write ${args.output}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  } else process.stdout.write(output);
  return failed(results, args.failOn) ? 1 : 0;
}

/** "thesislint.json:3:5: invalid configuration: frameworks[0].names: expected …" */
function describeConfigError(error: ConfigError, host: OverlayHost, cwd: string): string {
  const text = host.readFile(error.path);
  const where = text !== undefined && error.start !== undefined ? positionAt(makeSourceFile(error.path, text), error.start) : undefined;
  const file = relative(cwd, error.path) || error.path;
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
  const markdown = conversion && result.files.get(conversion.markdownPath);
  if (!conversion) return result;
  const files = new Map(result.files);
  files.delete(conversion.markdownPath);
  files.set(conversion.docxPath, conversion.plain);
  const markdownFile = markdown ?? makeSourceFile(conversion.markdownPath, conversion.markdown);
  return { ...result, files, findings: relocateFindings(result.findings, conversion, markdownFile) };
}

function render(format: CliArguments['format'], results: ReportedResult[], cwd: string): string {
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

function failed(results: ReportedResult[], failOn: CliArguments['failOn']): boolean {
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
