// `thesislint check PATH…` — a thin adapter over the engine: find manuscripts, check them, print.
// Exit codes: 0 no error-level finding, 1 at least one, 2 usage error or unreadable input.
import { checkManuscript, discoverManuscripts } from '../engine';
import { DiskHost } from '../node/diskHost';
import { writeFileSync } from 'node:fs';
import { formatJson, formatText, type ReportedResult } from './format';
import { checkInWorkers, progressLine, runWorkerIfThisIsOne } from './cohort';
import { relative } from '../engine/paths';
import { formatGithub, formatSarif } from './sarif';
import { formatHtml } from './report';
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
  const host = new DiskHost();
  const { manuscripts, errors } = discoverManuscripts(args.paths, host, { cwd, bib: args.bib });
  for (const e of errors) process.stderr.write(`thesislint: ${e.path} ${e.message}\n`);
  if (errors.length > 0) return 2;
  for (const b of args.bib) {
    const path = b.startsWith('/') ? b : `${cwd}/${b}`;
    if (!host.isFile(path)) {
      process.stderr.write(`thesislint: bibliography ${b} does not exist\n`);
      return 2;
    }
  }
  const options = { lang: args.lang };
  let results: ReportedResult[];
  if (manuscripts.length > 1) {
    // A cohort: worker threads, with a progress bar when stderr is a terminal.
    const tty = process.stderr.isTTY === true;
    results = await checkInWorkers(manuscripts, options, __filename, (done, total, root) => {
      if (tty) process.stderr.write(progressLine(done, total, relative(cwd, root) || root));
    });
    if (tty) process.stderr.write('\n');
    for (const r of results) if (r.error) process.stderr.write(`thesislint: checking ${relative(cwd, r.spec.root)} failed: ${r.error}\n`);
  } else {
    results = manuscripts.map((spec) => checkManuscript(spec, host, options));
  }
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

function render(format: CliArguments['format'], results: ReportedResult[], cwd: string): string {
  switch (format) {
    case 'json':
      return formatJson(results, cwd);
    case 'sarif':
      return formatSarif(results, cwd, VERSION);
    case 'github':
      return formatGithub(results, cwd);
    case 'html':
      return formatHtml(results, cwd, VERSION);
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
console.log = console.info = console.warn = console.debug = (...items: unknown[]) => {
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
