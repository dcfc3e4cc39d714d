// npm run eval:findings -- DIR [--family stats] [--severity warning] [--json FILE]
//
// Checks every manuscript of a development collection (see collection.ts), unmodified, and lists
// every finding with the text it points at, so that each can be read by hand and judged true or
// false; then one line per manuscript: files read, findings per family and severity.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rangeAt, severityRank, type Finding, type Severity } from '../engine';
import { check, parseHarnessArgs, prepare, readCollection } from './lib/collection';

interface Row {
  manuscript: string;
  files: number;
  counts: Record<string, number>;
  error?: string;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, options } = parseHarnessArgs(argv);
  if (positionals.length !== 1) {
    process.stderr.write('usage: npm run eval:findings -- DIR [--family FAMILY] [--severity LEVEL] [--json FILE]\n');
    return 2;
  }
  const family = options.get('family');
  const lowest = (options.get('severity') ?? 'hint') as Severity;
  const entries = readCollection(positionals[0]);
  const rows: Row[] = [];
  const all: (Finding & { manuscript: string; line: number; column: number; excerpt: string })[] = [];
  for (const entry of entries) {
    const prepared = await prepare(entry);
    if (prepared.error && prepared.specs.length === 0) {
      rows.push({ manuscript: entry.name, files: 0, counts: {}, error: prepared.error });
      continue;
    }
    const counts: Record<string, number> = {};
    let files = 0;
    process.stdout.write(`\n## ${entry.name}\n`);
    for (const result of check(prepared)) {
      files += result.manuscript.fileOrder.length;
      for (const f of result.findings) {
        if (family && !f.code.startsWith(`${family}/`)) continue;
        if (severityRank[f.severity] > severityRank[lowest]) continue;
        const key = `${f.code.split('/')[0]} ${f.severity}`;
        counts[key] = (counts[key] ?? 0) + 1;
        const file = result.files.get(f.file);
        const { start } = rangeAt(file, f.start, f.end);
        const excerpt = file ? file.text.slice(f.start, Math.min(f.end, f.start + 120)).replace(/\s+/g, ' ') : '';
        process.stdout.write(
          `${path.relative(entry.dir, f.file)}:${start.line + 1}:${start.character + 1} ${f.severity} ${f.code} ${f.message}\n    «${excerpt}»\n`,
        );
        all.push({ ...f, manuscript: entry.name, line: start.line + 1, column: start.character + 1, excerpt });
      }
    }
    rows.push({ manuscript: entry.name, files, counts });
  }
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.counts)))].sort();
  process.stdout.write(`\n| manuscript | files | ${keys.join(' | ')} |\n|---|---|${keys.map(() => '---|').join('')}\n`);
  for (const r of rows)
    process.stdout.write(`| ${r.manuscript} | ${r.error ? `failed: ${r.error}` : r.files} | ${keys.map((k) => r.counts[k] ?? 0).join(' | ')} |\n`);
  const json = options.get('json');
  if (json) fs.writeFileSync(json, `${JSON.stringify({ rows, findings: all }, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`eval:findings: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
