// npm run eval:coverage -- DIR... [--per N] [--seed N] [--json FILE] [--matrices] [--sections]
//
// Recall of the coverage checks on real manuscripts, by planting omissions into copies that are
// never written to disk (collection.ts hands the changed text to the engine):
// - question: the sentences of the conclusion that answer one research question (or objective)
//   are deleted; expected: coverage/conclusion-missing-question for that item;
// - hypothesis: the sentences of an abstract that report one hypothesis's result are deleted;
//   expected: coverage/abstract-missing-hypothesis for that hypothesis and abstract;
// - variable: the sentences of the conclusion that report one coded variable's result (X1, Y …)
//   are deleted; expected: coverage/conclusion-missing-variable for that variable;
// - dimension: every place an abstract names one dimension of a framework (of the catalogue or
//   derived from the theory chapter) the results discuss is deleted; expected:
//   coverage/abstract-missing-dimension naming it for that abstract. An abstract that names none
//   of them (most do: they report findings, not the model's parts) gets a sentence naming all the
//   discussed dimensions but the planted one, in its language, at the end of its first paragraph:
//   the omission of one dimension from an abstract that reports the others.
// - dimension-conclusion: every place the conclusion names one dimension the results discuss is
//   deleted, in a conclusion that names enough of them to follow the framework after the deletion
//   (two, or all but one of two or three); expected: coverage/conclusion-missing-dimension naming
//   it. A conclusion that sums up in other words is not planted in (the check rightly stays silent).
// A sentence that lists several results inline ("(1) … ; (2) … ; (3) …") loses only the point whose
// deletion leaves the item unreported, not the whole sentence (which would leave the part reporting
// nothing, an easier omission than the one a writer makes).
// Which item is planted is drawn at random (a seeded generator: the same seed plants the same
// omissions) among those the unmodified manuscript covers by its own words or a reference — an
// item covered only in aggregate ("semua hipotesis diterima") has no sentence of its own to delete.
// Then the findings of the unmodified copies, each with the text it points at, to be read by hand.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rangeAt, type CheckResult, type Finding } from '../engine';
import type { CoverageMatrix, Evidence } from '../engine/coverage/types';
import { check, parseHarnessArgs, prepare, readCollection, readText, type Prepared } from './lib/collection';
import { random } from './lib/random';

type Kind = 'question' | 'hypothesis' | 'variable' | 'dimension' | 'dimension-conclusion';
const KINDS: Kind[] = ['question', 'hypothesis', 'variable', 'dimension', 'dimension-conclusion'];

interface Plant {
  manuscript: string;
  kind: Kind;
  /** The item or dimension ("rq-2", "h3", "facilitative-leadership") and where it was deleted. */
  item: string;
  column: string;
  deleted: string[];
  found: boolean;
  /** The cell after the deletion: its status and the share of the item's words its best window still holds. */
  after: string;
  /**
   * The deletion left the part without prose (the item's answer was all the conclusion said):
   * nothing is left to leave the item out, and the checks rightly judge no empty part. Listed,
   * not counted in recall.
   */
  emptied: boolean;
}

/** Whether the planted part still has prose in a re-checked manuscript. */
function partLeft(changed: CheckResult[], candidate: Candidate): boolean {
  const id = candidate.matrix.columns[candidate.column].id;
  return changed.some((r) => [...r.coverage.frameworks, ...r.coverage.items].some((m) => m.columns.some((c) => c.id === id && c.blockCount > 0)));
}

function draw<T>(items: T[], count: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (pool.length > 0 && out.length < count) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  return out;
}

interface Candidate {
  kind: Kind;
  matrix: CoverageMatrix;
  row: number;
  column: number;
  /** The spans to delete. */
  spans: Evidence[];
  /** Text to insert first (a dimension plant in an abstract that names none): at `at` of `file`. */
  insert?: { file: string; at: number; text: string };
}

/** What can be planted in a checked manuscript, by kind. */
function candidates(result: CheckResult): Candidate[] {
  const out: Candidate[] = [];
  for (const matrix of result.coverage.items) {
    const kind: Kind = matrix.kind === 'questions' ? 'question' : matrix.kind === 'variables' ? 'variable' : 'hypothesis';
    matrix.columns.forEach((column, c) => {
      if (kind === 'hypothesis' ? column.kind !== 'abstract' : column.kind !== 'conclusion') return;
      matrix.rows.forEach((_, r) => {
        const cell = matrix.cells[r][c];
        if (cell.status !== 'named' && cell.status !== 'referenced') return;
        const spans = cell.evidence.filter((e) => e.match !== 'aggregate');
        if (spans.length > 0) out.push({ kind, matrix, row: r, column: c, spans });
      });
    });
  }
  for (const matrix of result.coverage.frameworks) {
    if (matrix.discussed.length < 2) continue;
    matrix.columns.forEach((column, c) => {
      if (column.kind === 'conclusion' && column.blockCount > 0) {
        const total = matrix.discussed.length;
        const named = matrix.discussed.filter((unit) => matrix.cells[unit.row][c].status === 'named' && matrix.cells[unit.row][c].evidence.length > 0);
        if (named.length - 1 >= Math.min(2, total - 1))
          for (const unit of named) out.push({ kind: 'dimension-conclusion', matrix, row: unit.row, column: c, spans: matrix.cells[unit.row][c].evidence });
        return;
      }
      if (column.kind !== 'abstract' || column.blockCount === 0) return;
      const named = matrix.discussed.filter((unit) => matrix.cells[unit.row][c].status === 'named' && matrix.cells[unit.row][c].evidence.length > 0);
      for (const unit of named) out.push({ kind: 'dimension', matrix, row: unit.row, column: c, spans: matrix.cells[unit.row][c].evidence });
      if (named.length > 0) return;
      // An abstract that names none of the discussed dimensions: a sentence naming all but one.
      const sections = new Set(column.sections);
      const block = result.manuscript.blocks.find((b) => sections.has(b.section) && b.kind !== 'table-cell' && b.text.length >= 80);
      if (!block) return;
      const lang = column.lang ?? 'en';
      for (const unit of matrix.discussed) {
        const others = matrix.discussed.filter((u) => u !== unit).map((u) => matrix.rows[u.row].label[lang]);
        out.push({
          kind: 'dimension',
          matrix,
          row: unit.row,
          column: c,
          spans: [],
          insert: { file: block.file, at: block.end, text: ` ${sentenceNaming(others, lang)}` },
        });
      }
    });
  }
  return out;
}

/** Markers of a list written inside one sentence: "(1) … (2) …", "1) … 2) …". */
const INLINE_POINT = /\(\d{1,2}\)|(?<=^|\s)\d{1,2}\)/g;

/**
 * The omissions to try before deleting whole windows: a window that lists several results inline
 * ("Hasil penelitian menunjukkan bahwa: (1) … ; (2) … ; (3) …") loses one of its points — each in
 * turn, the one whose deletion leaves the item unreported is planted — as a writer leaving one
 * result out would. No such window: none.
 */
function pointOptions(result: CheckResult, spans: Evidence[]): Evidence[][] {
  for (const [i, e] of spans.entries()) {
    const text = result.files.get(e.file)?.text.slice(e.start, e.end);
    if (text === undefined) continue;
    const marks = [...text.matchAll(INLINE_POINT)].map((m) => m.index);
    if (marks.length < 2) continue;
    return marks.map((at, k) => {
      const end = k + 1 < marks.length ? marks[k + 1] : text.length;
      const point: Evidence = { ...e, start: e.start + at, end: e.start + end, text: text.slice(at, end) };
      return spans.map((x, j) => (j === i ? point : x));
    });
  }
  return [];
}

/** A sentence of an abstract that names the dimensions given, in its language. */
function sentenceNaming(names: string[], lang: 'en' | 'id'): string {
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${names[names.length - 1]}`;
  return lang === 'id' ? `Hasil penelitian menunjukkan bahwa ${list} telah berjalan dengan baik.` : `The results show that ${list} worked well.`;
}

/** The texts of the files with the spans deleted (later spans first, overlaps merged), and a text inserted first. */
function deleting(prepared: Prepared, spans: Evidence[], insert?: Candidate['insert']): Map<string, string> {
  const changes = new Map<string, string>();
  if (insert) {
    const text = readText(prepared, insert.file);
    if (text !== undefined) changes.set(insert.file, text.slice(0, insert.at) + insert.text + text.slice(insert.at));
  }
  const byFile = new Map<string, Evidence[]>();
  for (const s of spans) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  for (const [file, list] of byFile) {
    let text = changes.get(file) ?? readText(prepared, file);
    if (text === undefined) continue;
    const sorted = [...list].sort((a, b) => b.start - a.start);
    let floor = Infinity;
    for (const s of sorted) {
      const end = Math.min(s.end, floor);
      if (end <= s.start) continue;
      text = text.slice(0, s.start) + text.slice(end);
      floor = s.start;
    }
    changes.set(file, text);
  }
  return changes;
}

const MAX_ROUNDS = 3;

/** The plant's cell in a re-checked manuscript. */
function cellOf(changed: CheckResult[], candidate: Candidate) {
  const matrix = [...changed[0].coverage.frameworks, ...changed[0].coverage.items].find(
    (m) => m.kind === candidate.matrix.kind && m.id === candidate.matrix.id,
  );
  const r = matrix?.rows.findIndex((row) => row.id === candidate.matrix.rows[candidate.row].id) ?? -1;
  const c = matrix?.columns.findIndex((column) => column.id === candidate.matrix.columns[candidate.column].id) ?? -1;
  return matrix && r >= 0 && c >= 0 ? matrix.cells[r][c] : undefined;
}

/** Evidence found in the text with `spans` deleted, as a span of the original text. */
function originalSpan(prepared: Prepared, spans: Evidence[], e: Evidence): Evidence | undefined {
  let shift = 0;
  const sorted = spans.filter((s) => s.file === e.file).sort((a, b) => a.start - b.start);
  let floor = -1;
  for (const s of sorted) {
    const start = Math.max(s.start, floor);
    if (s.end <= start) continue;
    if (start - shift > e.start) break;
    shift += s.end - start;
    floor = s.end;
  }
  const out = { ...e, start: e.start + shift, end: e.end + shift };
  const text = readText(prepared, e.file);
  return text !== undefined && text.slice(out.start, out.end).length === e.end - e.start ? out : undefined;
}

/** Whether the planted omission is reported: the expected code, for the item and the part. */
function reported(kind: Kind, candidate: Candidate, findings: Finding[]): boolean {
  const { matrix, row, column } = candidate;
  const id = matrix.rows[row].id;
  const columnId = matrix.columns[column].id;
  return findings.some((f) => {
    const data = f.data ?? {};
    // A part that covers none of the items is one finding listing them all (data.items).
    const names = data.item === id || (Array.isArray(data.items) && data.items.includes(id));
    if (kind === 'question') return f.code === 'coverage/conclusion-missing-question' && names;
    if (kind === 'hypothesis') return f.code === 'coverage/abstract-missing-hypothesis' && names && data.column === columnId;
    if (kind === 'variable') return f.code === 'coverage/conclusion-missing-variable' && names;
    if (kind === 'dimension-conclusion')
      return f.code === 'coverage/conclusion-missing-dimension' && data.framework === matrix.id && Array.isArray(data.missing) && data.missing.includes(id);
    return (
      f.code === 'coverage/abstract-missing-dimension' &&
      data.framework === matrix.id &&
      data.abstract === columnId &&
      Array.isArray(data.missing) &&
      data.missing.includes(id)
    );
  });
}

function excerpt(result: CheckResult, f: { file: string; start: number; end: number }): { line: number; text: string } {
  const file = result.files.get(f.file);
  const line = file ? rangeAt(file, f.start, f.end).start.line + 1 : 0;
  return { line, text: file ? file.text.slice(f.start, Math.min(f.end, f.start + 160)).replace(/\s+/g, ' ') : '' };
}

const MARK: Record<string, string> = { named: '✓', 'sub-dimensions': '✓', referenced: 'R', aggregate: 'A', hinted: '~', unknown: '?', absent: '✗' };

/** Each matrix of a manuscript as lines: its rows with a mark per column (--matrices). */
function matrixLines(name: string, result: CheckResult): string[] {
  const out: string[] = [];
  for (const m of [...result.coverage.frameworks, ...result.coverage.items]) {
    out.push(
      `## ${name}: ${m.name} (${m.kind})`,
      '',
      `| row | ${m.columns.map((c) => c.title.replace(/\|/g, '/')).join(' | ')} |`,
      `|---|${m.columns.map(() => ':-:').join('|')}|`,
    );
    m.rows.forEach((row, r) => {
      const statement = 'statements' in row ? ` ${String((row as { statements: { text: string }[] }).statements[0]?.text ?? '').slice(0, 70)}` : '';
      const cells = m.columns.map((_, c) => `${MARK[m.cells[r][c].status]}${m.cells[r][c].score !== undefined ? ` ${m.cells[r][c].score}` : ''}`);
      out.push(`| ${row.label.en}${statement.replace(/\|/g, '/')} | ${cells.join(' | ')} |`);
    });
    out.push('');
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, options } = parseHarnessArgs(argv);
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run eval:coverage -- DIR... [--per N] [--seed N] [--json FILE] [--matrices] [--sections]\n');
    return 2;
  }
  const per = Number(options.get('per') ?? 3);
  const next = random(Number(options.get('seed') ?? 1));
  const plants: Plant[] = [];
  const unmodified: { manuscript: string; code: string; message: string; where: string; text: string }[] = [];
  const manuscripts: { name: string; items: number; frameworks: string[] }[] = [];
  const matrices: string[] = [];
  for (const dir of positionals) {
    for (const entry of readCollection(dir)) {
      const prepared = await prepare(entry);
      if (prepared.specs.length === 0) continue;
      const results = check(prepared);
      for (const result of results) {
        for (const f of result.findings) {
          if (!f.code.startsWith('coverage/')) continue;
          const { line, text } = excerpt(result, f);
          unmodified.push({ manuscript: entry.name, code: f.code, message: f.message, where: `${path.relative(entry.dir, f.file)}:${line}`, text });
        }
        if (options.has('matrices')) matrices.push(...matrixLines(entry.name, result));
        if (options.has('sections'))
          matrices.push(
            `## ${entry.name}: sections`,
            '',
            ...result.manuscript.sections.map(
              (s) => `- ${'  '.repeat(Math.max(0, s.level - 1))}${s.title || '(front)'} — ${s.role}${s.ownRole ? ' (own)' : ''}`,
            ),
            '',
          );
        const items = result.coverage.items.reduce((n, m) => n + m.rows.length, 0);
        if (items > 0 || result.coverage.frameworks.length > 0)
          manuscripts.push({ name: entry.name, items, frameworks: result.coverage.frameworks.map((f) => f.id) });
        const all = candidates(result);
        for (const kind of KINDS) {
          for (const candidate of draw(
            all.filter((c) => c.kind === kind),
            per,
            next,
          )) {
            // The omission is planted when no sentence of the part answers the item any more: when
            // another sentence (or the part as a whole) still does after the deletion, its
            // evidence is deleted too, up to MAX_ROUNDS times (the answer was given twice).
            let spans = candidate.spans;
            let changed: CheckResult[] | undefined;
            let cell: ReturnType<typeof cellOf>;
            for (const option of candidate.insert ? [] : pointOptions(result, spans)) {
              const tried = check(prepared, deleting(prepared, option));
              const after = cellOf(tried, candidate);
              if (after && (after.status === 'named' || after.status === 'referenced' || after.status === 'sub-dimensions')) continue;
              [spans, changed, cell] = [option, tried, after];
              break;
            }
            if (!changed) {
              changed = check(prepared, deleting(prepared, spans, candidate.insert));
              cell = cellOf(changed, candidate);
            }
            for (
              let round = 1;
              round < MAX_ROUNDS && !candidate.insert && cell && (cell.status === 'named' || cell.status === 'referenced' || cell.status === 'sub-dimensions');
              round++
            ) {
              const more = cell.evidence.filter((e) => e.match !== 'aggregate' && !spans.some((s) => s.file === e.file && s.start === e.start));
              if (more.length === 0) break;
              // Later evidence is in the changed text: map it back by deleting from the original
              // only spans found in it (the same words, at the same place or later).
              const original = more.map((e) => originalSpan(prepared, spans, e)).filter((e): e is Evidence => e !== undefined);
              if (original.length === 0) break;
              spans = [...spans, ...original];
              changed = check(prepared, deleting(prepared, spans));
              cell = cellOf(changed, candidate);
            }
            const findings = changed.flatMap((r) => r.findings);
            plants.push({
              manuscript: entry.name,
              kind,
              item: candidate.matrix.rows[candidate.row].id,
              column: candidate.matrix.columns[candidate.column].id,
              deleted: candidate.insert ? [`(inserted) ${candidate.insert.text.trim().slice(0, 160)}`] : spans.map((s) => s.text.slice(0, 100)),
              found: reported(kind, candidate, findings),
              after: cell ? `${cell.status}${cell.score !== undefined ? ` ${cell.score}` : ''}` : 'gone',
              emptied: !partLeft(changed, candidate),
            });
          }
        }
      }
    }
  }

  const out = process.stdout;
  out.write('\n# Planted omissions\n\n| manuscript | kind | item | part | found | after | deleted |\n|---|---|---|---|---|---|---|\n');
  for (const p of plants)
    out.write(
      `| ${p.manuscript} | ${p.kind} | ${p.item} | ${p.column} | ${p.found ? 'yes' : p.emptied ? 'emptied' : '**no**'} | ${p.after} | ${p.deleted.join(' / ').replace(/\|/g, '\\|')} |\n`,
    );
  out.write('\n# Recall per kind\n\n| kind | manuscripts | planted | found | recall | part emptied (not counted) |\n|---|---|---|---|---|---|\n');
  const recall = (list: Plant[]) => (list.length === 0 ? '—' : `${((100 * list.filter((p) => p.found).length) / list.length).toFixed(0)} %`);
  const counted = plants.filter((p) => !p.emptied);
  for (const kind of KINDS) {
    const list = counted.filter((p) => p.kind === kind);
    const emptied = plants.filter((p) => p.kind === kind && p.emptied).length;
    out.write(
      `| ${kind} | ${new Set(list.map((p) => p.manuscript)).size} | ${list.length} | ${list.filter((p) => p.found).length} | ${recall(list)} | ${emptied} |\n`,
    );
  }
  out.write(
    `| all | ${new Set(counted.map((p) => p.manuscript)).size} | ${counted.length} | ${counted.filter((p) => p.found).length} | ${recall(counted)} | ${plants.length - counted.length} |\n`,
  );
  out.write(
    '\n# Recall per manuscript\n\n| manuscript | items | frameworks | question | hypothesis | variable | dimension | dimension-conclusion |\n|---|---|---|---|---|---|---|---|\n',
  );
  for (const m of manuscripts) {
    const cells = KINDS.map((kind) => {
      const list = counted.filter((p) => p.manuscript === m.name && p.kind === kind);
      return list.length === 0 ? '—' : `${list.filter((p) => p.found).length}/${list.length}`;
    });
    out.write(`| ${m.name} | ${m.items} | ${m.frameworks.join(', ') || '—'} | ${cells.join(' | ')} |\n`);
  }
  out.write(`\n# Coverage findings on the unmodified manuscripts (${unmodified.length})\n\n`);
  for (const f of unmodified) out.write(`- ${f.manuscript} ${f.where} ${f.code}: ${f.message}\n    «${f.text}»\n`);
  if (matrices.length > 0) out.write(`\n# Matrices\n\n${matrices.join('\n')}\n`);
  const json = options.get('json');
  if (json) fs.writeFileSync(json, `${JSON.stringify({ plants, manuscripts, unmodified }, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`eval:coverage: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
