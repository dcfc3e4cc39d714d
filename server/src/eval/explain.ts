// npm run eval:explain -- PATH [--grep TEXT] [--all] [--tables] [--lines FROM-TO]
//
// What the statistics checks read in one manuscript (a main file, a Word file or a folder), for a
// developer reading why a planted error was missed or why a finding was given: every comparison
// of a prose figure with a table, a derived value or another statement — agreeing ones too with
// --all — with the sentence; --grep keeps the sentences containing TEXT; --tables lists every
// table as the checks read it (columns with their header paths and units, rows with their label
// paths and numbers); --lines prints lines of every file as checked (Word files converted). Nothing here is shipped: it is bundled like the other harnesses.
import * as path from 'node:path';
import { rangeAt, type CheckResult } from '../engine';
import type { Comparison, CellRef } from '../engine/stats/analysis';
import { columnName, rowName, tableName, type StatTable } from '../engine/stats/tables';
import { check, parseHarnessArgs, prepare, type Entry } from './lib/collection';

function cellText(ref: CellRef): string {
  return `${tableName(ref.table)} [${rowName(ref.row)} × ${columnName(ref.column)}] = ${ref.cell.raw}`;
}

function describe(c: Comparison): string {
  switch (c.kind) {
    case 'cell':
      return `cell ${c.stated.raw} vs ${cellText(c.ref)}${c.elsewhere ? ` (elsewhere: ${rowName(c.elsewhere)})` : ''}`;
    case 'derived':
      return `derived ${c.what} ${c.stated.raw} vs ${c.expected.toFixed(c.decimals)} from ${tableName(c.table)} (${columnName(c.column)}) of ${c.basis.map(cellText).join('; ')}`;
    case 'direction':
      return `direction '${c.word}' (${c.said}${c.comparative ? ', comparative' : ''}) from ${c.from.label}=${c.from.raw} to ${c.to.label}=${c.to.raw}`;
    case 'extreme':
      return `extreme '${c.word}' (${c.said}${c.across ? `, across ${c.across}` : ''}) named ${cellText(c.named)}; actual ${c.actual.map(cellText).join('; ')}`;
    case 'stated-change':
      return `stated change ${c.stated.raw} (${c.said}) from ${c.from.raw} to ${c.to.raw}: ${c.points}${c.relative !== undefined ? ` (${c.relative.toFixed(2)}%)` : ''}`;
    case 'restated':
      return `restated ${c.stated.raw} vs ${c.other.number.raw} («${c.other.measureText}»)`;
  }
}

function printTable(t: StatTable): void {
  process.stdout.write(`\n### ${tableName(t)} (stub ${t.stub}, width ${t.width}${t.entity ? `, entity ${t.entity}` : ''}) ${t.table.caption ?? ''}\n`);
  for (const c of t.columns)
    process.stdout.write(
      `  col ${c.index}: ${JSON.stringify(c.path)} unit=${c.unit}${c.summary ? ` summary=${c.summary}` : ''}${c.numeric ? '' : ' (text)'}\n`,
    );
  for (const r of t.rows) {
    const numbers = r.numbers.map((n) => (n ? `${n.comparator ?? ''}${n.raw}` : '·')).join(' | ');
    process.stdout.write(
      `  row ${r.index}: ${JSON.stringify(r.path)}${r.summary ? ` summary=${r.summary}` : ''}${t.dataRows.includes(r) ? '' : ' (not data)'}: ${numbers}\n`,
    );
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, options } = parseHarnessArgs(argv);
  if (positionals.length !== 1) {
    process.stderr.write('usage: npm run eval:explain -- PATH [--grep TEXT] [--all] [--tables]\n');
    return 2;
  }
  const target = path.resolve(positionals[0]);
  const entry: Entry = { name: path.basename(target), dir: /\.\w+$/.test(target) ? path.dirname(target) : target, main: target, source: {} };
  const prepared = await prepare(entry);
  if (prepared.specs.length === 0) {
    process.stderr.write(`eval:explain: nothing to check in ${positionals[0]}${prepared.error ? `: ${prepared.error}` : ''}\n`);
    return 2;
  }
  const grep = options.get('grep')?.toLowerCase();
  const all = options.has('all');
  const results: CheckResult[] = check(prepared);
  for (const result of results) {
    // --lines FROM-TO: the manuscript's text as checked (a Word file converted), for reading a finding in context.
    const lines = options.get('lines')?.split('-').map(Number);
    if (lines) {
      for (const [name, file] of result.files)
        process.stdout.write(
          `== ${path.relative(entry.dir, name)}\n${file.text
            .split('\n')
            .slice(lines[0] - 1, lines[1] ?? lines[0])
            .join('\n')}\n`,
        );
      continue;
    }
    const stats = result.analysis.statistics;
    if (options.has('tables')) for (const t of stats.tables) printTable(t);
    for (const c of stats.comparisons) {
      if (!all && c.agrees) continue;
      if (grep && !c.sentence.toLowerCase().includes(grep)) continue;
      const file = result.files.get(c.span.file);
      const { start } = rangeAt(file, c.span.start, c.span.end);
      process.stdout.write(
        `${path.relative(entry.dir, c.span.file)}:${start.line + 1}:${start.character + 1} ${c.agrees ? 'agrees' : 'DIFFERS'} ${describe(c)}\n    «${c.sentence.replace(/\s+/g, ' ').slice(0, 300)}»\n`,
      );
    }
    process.stdout.write(
      `\n${stats.tables.length} tables, ${stats.comparisons.length} comparisons, ${stats.counts.quantities} quantities, ${stats.counts.compared} compared\n`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`eval:explain: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
