// The statistics view of a manuscript, computed once per check and read by the stats checks:
// the tables as relations (tables.ts), and every comparison the prose allows with them — a
// number against the cell it restates, a change, range, average or extreme against what the
// table gives, a direction word or superlative against the order of the cells — each with what
// it was compared with, whether it agrees or not. Only what aligns to the table unambiguously is
// compared; the rest is counted as unchecked.
//
// Re-checks: the comparisons of a block depend only on the block and its context (the tables,
// the file order, the number style), and are kept with the block object while both are unchanged.
import type { Span, TextBlock } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import type { NumberStyle, NumberToken } from '../numbers/parse';
import { agreesAsWritten } from '../numbers/parse';
import { slot } from '../derived';
import { TextMemo } from '../memo';
import { sentences } from '../text/sentences';
import { statText, statTextIn, type StatText } from './reportedTests/statText';
import { blockSpan } from '../text/builder';
import { sentenceFacts, isLowerBetter, type Marker, type Quantity, type SentenceFacts } from './sentence';
import { agreesWithCell, bindGroups, inStatedUnit, mentionsIn, type Binding, type Place, type TableMentions } from './align';
import { tokenize } from './labels';
import { statTables, type NumericCell, type StatTable, type TableColumn, type TableRow } from './tables';
import { tableProblems, type TableProblem } from './arithmetic';
import { agree, sameFigure, statementsOf, type Statement } from './restated';

export interface CellRef {
  table: StatTable;
  row: TableRow;
  column: TableColumn;
  cell: NumericCell;
}

interface Base {
  /** Where the text states it: the number, or the word. */
  span: Span;
  agrees: boolean;
  /** The sentence, for messages and hovers. */
  sentence: string;
}

/** A number restating one cell. */
export interface CellComparison extends Base {
  kind: 'cell';
  stated: NumberToken;
  ref: CellRef;
  /** The row of the same column whose value the text gives instead, if one has it. */
  elsewhere?: TableRow;
}

/** A figure the text derives from cells: a change, difference, range end, extreme or average. */
export interface DerivedComparison extends Base {
  kind: 'derived';
  what: 'change' | 'difference' | 'range-low' | 'range-high' | 'max' | 'min' | 'mean' | 'total' | 'count';
  stated: NumberToken;
  expected: number;
  /** Decimals to show the expected value with. */
  decimals: number;
  basis: CellRef[];
  table: StatTable;
  column: TableColumn;
  /** For a count: the noun counted ("skenario"). */
  noun?: string;
  /** For a change: the direction its words give ("naik 3,2", "fell by 4"). */
  direction?: 'up' | 'down';
}

/** A direction word against two values (two cells, or two numbers of the sentence). */
export interface DirectionComparison extends Base {
  kind: 'direction';
  said: 'up' | 'down';
  /** The word as written. */
  word: string;
  from: { label: string; value: number; raw: string; ref?: CellRef };
  to: { label: string; value: number; raw: string; ref?: CellRef };
  /** A comparison ("A lebih tinggi daripada B") rather than a change over time. */
  comparative: boolean;
}

/** A row named the highest or lowest of a column. */
export interface ExtremeComparison extends Base {
  kind: 'extreme';
  said: 'max' | 'min';
  word: string;
  named: CellRef;
  actual: CellRef[];
}

/** A figure stated twice with different values. */
export interface RestatedComparison extends Base {
  kind: 'restated';
  stated: NumberToken;
  other: Statement;
}

export type Comparison = CellComparison | DerivedComparison | DirectionComparison | ExtremeComparison | RestatedComparison;

export interface StatisticsAnalysis {
  style: NumberStyle;
  tables: StatTable[];
  comparisons: Comparison[];
  /** Totals, shares and differences inside tables that do not add up. */
  problems: TableProblem[];
  /** Numbers in prose that state a quantity, and how many of them were compared with a table. */
  counts: { quantities: number; compared: number };
}

const PROSE = new Set(['paragraph', 'list-item', 'quote', 'footnote']);
const SKIPPED_ROLES = new Set(['references', 'front', 'acknowledgements', 'appendix']);

/** The facts of a sentence, kept by its text (and the number style). */
const FACTS = slot('stats: facts of a sentence', () => new TextMemo<SentenceFacts>(20_000));

interface BlockResult {
  context: Context;
  comparisons: Comparison[];
  statements: Statement[];
  quantities: number;
  compared: number;
}
const OF_BLOCK = slot('stats: comparisons of a placed block', () => new WeakMap<TextBlock & Placed, BlockResult>());

/** What a block's comparisons depend on besides the block: the same object while unchanged. */
interface Context {
  tables: StatTable[];
  fileOrder: string[];
  style: NumberStyle;
}
const LAST_CONTEXT = slot('stats: the context of the last check', (): { context?: Context } => ({}));

function contextOf(tables: StatTable[], fileOrder: string[], style: NumberStyle, last: { context?: Context }): Context {
  const same = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const known = last.context;
  if (known && known.style === style && same(known.tables, tables) && same(known.fileOrder, fileOrder)) return known;
  return (last.context = { tables: tables.slice(), fileOrder: fileOrder.slice(), style });
}

export function analyseStatistics(manuscript: Manuscript, style: NumberStyle): StatisticsAnalysis {
  const { derived } = manuscript;
  const tables = statTables(manuscript, style);
  const context = contextOf(tables, manuscript.fileOrder, style, derived.get(LAST_CONTEXT));
  const kept = derived.get(OF_BLOCK);
  const facts = derived.get(FACTS);
  const comparisons: Comparison[] = [];
  let quantities = 0;
  let compared = 0;
  const placement = tablePlacement(manuscript, tables);
  const statements: Statement[] = [];
  for (const block of manuscript.blocks) {
    if (!PROSE.has(block.kind) || !/\d|tabel|table|tertinggi|terendah|highest|lowest|lebih|meningkat|menurun|naik|turun|higher|lower/i.test(block.text))
      continue;
    const role = manuscript.sections[block.section]?.role;
    if (role && SKIPPED_ROLES.has(role)) continue;
    let result = kept.get(block);
    if (!result || result.context !== context) {
      result = { context, ...analyseBlock(manuscript, block, tables, placement, style, facts) };
      kept.set(block, result);
    }
    comparisons.push(...result.comparisons);
    statements.push(...result.statements);
    quantities += result.quantities;
    compared += result.compared;
  }
  comparisons.push(...restatements(statements, comparisons));
  return { style, tables, comparisons, problems: tables.flatMap((t) => tableProblems(t, style)), counts: { quantities, compared } };
}

/** Statements of one figure that disagree (the later one is reported); those a table already checks are left to it. */
function restatements(statements: Statement[], comparisons: Comparison[]): Comparison[] {
  const checked = new Set(comparisons.filter((c) => c.kind === 'cell').map((c) => `${c.span.file}\0${c.span.start}`));
  const buckets = new Map<string, Statement[]>();
  for (const s of statements) {
    if (checked.has(`${s.span.file}\0${s.span.start}`)) continue;
    const key = `${s.year ?? ''}\0${s.place ?? ''}\0${s.number.percent}\0${s.number.unit ?? ''}`;
    const list = buckets.get(key) ?? [];
    list.push(s);
    buckets.set(key, list);
  }
  const out: Comparison[] = [];
  for (const list of buckets.values()) {
    const reported = new Set<Statement>();
    for (let i = 1; i < list.length; i++) {
      const later = list[i];
      const earlier = list.slice(0, i).find((e) => e.sentence !== later.sentence && sameFigure(e, later));
      if (!earlier || reported.has(later) || agree(earlier, later)) continue;
      reported.add(later);
      out.push({ kind: 'restated', span: later.span, agrees: false, sentence: later.sentence, stated: later.number, other: earlier });
    }
  }
  return out;
}

/** Where each table stands: its file's position in reading order, its offset, its chapter. */
interface Placement {
  position: Map<StatTable, [number, number]>;
  chapter: Map<StatTable, number>;
}

function tablePlacement(manuscript: Manuscript, tables: StatTable[]): Placement {
  const fileIndex = new Map(manuscript.fileOrder.map((f, i) => [f, i]));
  const position = new Map<StatTable, [number, number]>();
  const chapter = new Map<StatTable, number>();
  for (const t of tables) {
    position.set(t, [fileIndex.get(t.table.file) ?? -1, t.table.start]);
    chapter.set(t, chapterOf(manuscript, t.table.section));
  }
  return { position, chapter };
}

function chapterOf(manuscript: Manuscript, index: number): number {
  let i = index;
  while (i > 0 && manuscript.sections[i].level > 1 && manuscript.sections[i].parent > 0) i = manuscript.sections[i].parent;
  return i;
}

/** The tables a block may speak of, most likely first; `strict` when none is near or named. */
function candidateTables(
  manuscript: Manuscript,
  block: TextBlock & Placed,
  all: SentenceFacts[],
  tables: StatTable[],
  placement: Placement,
): { tables: StatTable[]; named: Set<StatTable> } {
  const named = new Set<StatTable>();
  const out: StatTable[] = [];
  const add = (t: StatTable | undefined, isNamed = false) => {
    if (!t) return;
    if (!out.includes(t)) out.push(t);
    if (isNamed) named.add(t);
  };
  const blockFile = manuscript.fileOrder.indexOf(block.file);
  const isBefore = (t: StatTable) => {
    const [f, s] = placement.position.get(t)!;
    return f < blockFile || (f === blockFile && s < block.start);
  };
  const before = tables.filter(isBefore);
  const after = tables.filter((t) => !isBefore(t));
  for (const f of all) {
    for (const n of f.tableNumbers)
      add(
        tables.find((t) => t.table.number === n),
        true,
      );
    if (f.tableAbove) add(before[before.length - 1], true);
    if (f.tableBelow) add(after[0], true);
  }
  for (const t of latexReferences(manuscript, block, tables)) add(t, true);
  const chapter = chapterOf(manuscript, block.section);
  const sameChapter = (t: StatTable) => placement.chapter.get(t) === chapter;
  // The nearest table before in the chapter, and the one right after in the section.
  for (let i = before.length - 1; i >= 0; i--) {
    if (!sameChapter(before[i])) break;
    add(before[i]);
    if (out.length >= 4) break;
  }
  const next = after[0];
  if (next && next.table.section === block.section) add(next);
  return { tables: out, named };
}

/** "Tabel~\ref{tab:ipm}": LaTeX references leave no text, so they are read from the block's source. */
function latexReferences(manuscript: Manuscript, block: TextBlock, tables: StatTable[]): StatTable[] {
  const source = manuscript.files.get(block.file)?.text.slice(block.start, block.end);
  if (!source || !source.includes('ref')) return [];
  const out: StatTable[] = [];
  const opening = /\\(?:auto|c|C|v|name)?ref\*?\{/g;
  for (let m = opening.exec(source); m; m = opening.exec(source)) {
    const from = m.index + m[0].length;
    const close = source.indexOf('}', from);
    if (close < 0) break;
    const label = source.slice(from, close);
    const found = tables.find((t) => t.table.latexLabel === label);
    if (found && !out.includes(found)) out.push(found);
    opening.lastIndex = close + 1;
  }
  return out;
}

function analyseBlock(
  manuscript: Manuscript,
  block: TextBlock & Placed,
  tables: StatTable[],
  placement: Placement,
  style: NumberStyle,
  memo: TextMemo<SentenceFacts>,
): Omit<BlockResult, 'context'> {
  const file = manuscript.files.get(block.file);
  const st: StatText = file ? statTextIn(file, block, manuscript.derived) : statText(block, undefined);
  const all = sentences(st.text).map((s) => ({
    s,
    facts: memo.get(st.text.slice(s.start, s.end), () => sentenceFacts(st.text.slice(s.start, s.end), style), style),
  }));
  const quantities = all.reduce((n, { facts }) => n + facts.quantities.length, 0);
  const statements: Statement[] = [];
  let place: string | undefined;
  for (const { s, facts } of all) {
    const found = statementsOf(facts, block.section, place, (from, to) => statSpan(st, s.start + from, s.start + to));
    statements.push(...found.statements);
    place = found.place;
  }
  if (tables.length === 0) return { comparisons: [], statements, quantities, compared: 0 };
  const { tables: candidates, named: namedTables } = candidateTables(
    manuscript,
    block,
    all.map((a) => a.facts),
    tables,
    placement,
  );
  const comparisons: Comparison[] = [];
  let compared = 0;
  const entities = [...new Set(tables.map((t) => t.entity).filter((e): e is string => !!e))];
  let paragraphPlace: string | undefined;
  for (const { s, facts } of all) {
    const spanOf = (from: number, to: number): Span => statSpan(st, s.start + from, s.start + to);
    const sentence = facts.text;
    const done = new Set<number>();
    // The place the sentence is about: one it names, else the paragraph's; two named tell none.
    const named = placesNamed(facts, entities);
    const place = named.length > 1 ? AMBIGUOUS : named.length === 1 ? named[0] : paragraphPlace;
    if (named.length > 0) paragraphPlace = named[named.length - 1];
    const aboutPlace = (t: StatTable) => !t.entity || (place !== AMBIGUOUS && (place === undefined || samePlace(t.entity, place)));
    // Tables the sentence itself names come first.
    const own = candidates.filter((t) => facts.tableNumbers.includes(t.table.number ?? '\0') && aboutPlace(t));
    const order = [...own, ...candidates.filter((t) => !own.includes(t) && aboutPlace(t))];
    for (const table of order) {
      const mentions = mentionsIn(table, facts);
      const bindings = bindGroups(table, facts, mentions);
      const explicit = namedTables.has(table);
      const hasMention = mentions.rows.length > 0 || mentions.columns.length > 0;
      // Without a name, the sentence may still speak of the whole table: its place, or the period its rows span.
      const aboutTable =
        (table.entity !== undefined && named.some((p) => samePlace(p, table.entity!))) ||
        facts.periods.some((p) => table.dataRows.some((r) => r.year === p.from) && table.dataRows.some((r) => r.year === p.to));
      if (!hasMention && !explicit && !aboutTable) continue;
      // Numbers restating cells.
      // Numbers inside a row or column name ("30-39 tahun", "Sprint 3") are part of the name.
      const labelled = [...mentions.rows, ...mentions.columns];
      for (const q of facts.quantities) {
        if (done.has(facts.quantities.indexOf(q))) continue;
        if (labelled.some((m) => q.number.start >= m.start && q.number.end <= m.end)) continue;
        const binding = bindings[q.group];
        const found = compareQuantity(q, facts, binding, table, explicit, spanOf, sentence);
        if (!found) continue;
        done.add(facts.quantities.indexOf(q));
        compared++;
        comparisons.push(...found);
      }
      comparisons.push(...directionComparisons(facts, table, mentions, bindings, spanOf, sentence));
      comparisons.push(...extremeComparisons(facts, table, mentions, bindings, spanOf, sentence));
    }
    comparisons.push(...textDirections(facts, spanOf, sentence, comparisons));
  }
  return { comparisons: dedupe(comparisons), statements, quantities, compared };
}

const AMBIGUOUS = '\0ambiguous';

/** Places a sentence names: administrative names ("Kabupaten Sragen") and the places of the tables' captions. */
function placesNamed(facts: SentenceFacts, entities: string[]): string[] {
  const lower = facts.text.toLowerCase();
  const found: string[] = [];
  for (const e of entities) {
    const at = lower.indexOf(e);
    if (at >= 0 && !/[\p{L}]/u.test(lower[at - 1] ?? '') && !/[\p{L}]/u.test(lower[at + e.length] ?? '')) found.push(e);
  }
  for (const p of facts.places) if (!found.some((f) => samePlace(f, p))) found.push(p);
  return found;
}

function samePlace(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

function statSpan(st: StatText, from: number, to: number): Span {
  return blockSpan({ file: st.file, text: st.text, offsets: st.offsets } as TextBlock, from, to);
}

/** One comparison per place and kind: the first table that gave it. */
function dedupe(comparisons: Comparison[]): Comparison[] {
  const seen = new Set<string>();
  return comparisons.filter((c) => {
    const key = `${c.kind}\0${c.span.file}\0${c.span.start}\0${c.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type SpanOf = (from: number, to: number) => Span;

function compareQuantity(
  q: Quantity,
  facts: SentenceFacts,
  binding: Binding,
  table: StatTable,
  explicit: boolean,
  spanOf: SpanOf,
  sentence: string,
): Comparison[] | undefined {
  const n = q.number;
  if (q.role === 'change' || q.role === 'range-low' || q.role === 'range-high' || q.role === 'extreme')
    return derivedOf(q, facts, binding, table, spanOf, sentence);
  if (explicit) {
    const count = countOf(q, facts, table, spanOf, sentence);
    if (count) return count;
  }
  const aggregate = aggregateOf(q, facts, binding, table, spanOf, sentence);
  if (aggregate) return aggregate;
  const row = binding.row;
  let column = binding.column;
  if (!row && !column) return undefined;
  // Without a name on either axis, only a table the text names may be read by its shape.
  if (!explicit && row?.via !== 'mention' && row?.via !== 'list' && column?.via !== 'mention' && column?.via !== 'list') return undefined;
  const group = facts.quantities.filter((o) => o.group === q.group);
  if (row) {
    const numeric = table.columns.filter((c) => c.index >= table.stub && row.row.numbers[c.index]);
    // Two numbers of one statement ("15 responden (50%)"): each to the column of its unit.
    if (group.length > 1 || !column) {
      const fitting = numeric.filter((c) => unitFits(n, row.row.numbers[c.index]!, c));
      if (column && !fitting.includes(column.column)) column = fitting.length === 1 ? { column: fitting[0], via: 'unit' } : undefined;
      if (!column) {
        const equal = numeric.filter((c) => agreesWithCell(n, row.row.numbers[c.index]!, c));
        if (equal.length === 1) column = { column: equal[0], via: 'value' };
        else if (fitting.length === 1 && row.via !== 'single') column = { column: fitting[0], via: 'unit' };
      }
    }
    if (!column) return undefined;
    const cell = row.row.numbers[column.column.index];
    if (!cell) return undefined;
    const ref: CellRef = { table, row: row.row, column: column.column, cell };
    const agrees = agreesWithCell(n, cell, column.column);
    if (!agrees) {
      // A number that is another cell of the row was read against the wrong column.
      if (numeric.some((c) => c !== column!.column && agreesWithCell(n, row.row.numbers[c.index]!, c))) return undefined;
      if (!plausible(n, cell, column.column)) return undefined;
    }
    const elsewhere = agrees
      ? undefined
      : table.dataRows.find((r) => r !== row.row && r.numbers[column!.column.index] && agreesWithCell(n, r.numbers[column!.column.index]!, column!.column));
    return [{ kind: 'cell', span: spanOf(n.start, n.end), agrees, sentence, stated: n, ref, ...(elsewhere ? { elsewhere } : {}) }];
  }
  // A column but no row: the number restates the one cell of the column it equals, if exactly one.
  if (column && (column.via === 'mention' || column.via === 'list')) {
    const equal = table.dataRows.filter((r) => r.numbers[column!.column.index] && agreesWithCell(n, r.numbers[column!.column.index]!, column!.column));
    if (equal.length === 1) {
      const cell = equal[0].numbers[column.column.index]!;
      return [{ kind: 'cell', span: spanOf(n.start, n.end), agrees: true, sentence, stated: n, ref: { table, row: equal[0], column: column.column, cell } }];
    }
  }
  return undefined;
}

/**
 * "Pengujian dilakukan dengan 5 skenario seperti pada Tabel 3.2", "Table 4 lists 12 items": a
 * whole number followed by the noun the table's caption or first column uses for its rows,
 * against the number of data rows. Only for a table the sentence names.
 */
function countOf(q: Quantity, facts: SentenceFacts, table: StatTable, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const n = q.number;
  const rows = table.rows.filter((r) => !r.summary && r.cells.some((c) => c && c.text.trim() !== ''));
  if (n.decimals !== 0 || n.percent || n.value < 2 || n.value > 500 || n.year || rows.length < 2) return undefined;
  const noun = /^\s+(\p{L}{4,})/u.exec(facts.text.slice(n.end, n.end + 40))?.[1];
  if (!noun) return undefined;
  const key = tokenize(noun)[0]?.key;
  if (!key) return undefined;
  // The rows' noun: the caption's first word ("Skenario Pengujian", not "Karakteristik Responden
  // …" whose rows are age groups) or a word of a label column's header.
  const captionHead = tokenize(withoutLabel(table.table.caption ?? ''))[0]?.key;
  const headers = tokenize(
    table.columns
      .filter((c) => !c.numeric)
      .map((c) => c.header)
      .join(' '),
  ).map((t) => t.key);
  if (captionHead !== key && !headers.includes(key)) return undefined;
  const expected = rows.length;
  return [
    {
      kind: 'derived',
      what: 'count',
      span: spanOf(n.start, n.end),
      agrees: n.value === expected,
      sentence,
      stated: n,
      expected,
      decimals: 0,
      basis: [],
      table,
      column: table.columns[0],
      noun,
    },
  ];
}

/**
 * An average or total over the rows ("rata-rata … dari tahun 2019 hingga 2023 … 10,80%", "total …
 * seluruh responden"): the number right after "rata-rata"/"total" in a sentence that speaks of a
 * period or of all rows, when the table has no row or column of that name.
 */
function aggregateOf(q: Quantity, facts: SentenceFacts, binding: Binding, table: StatTable, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const n = q.number;
  if (binding.row?.via === 'mention' || binding.row?.via === 'list') return undefined;
  const [clauseStart] = facts.clauses[q.clause];
  const marker = facts.markers.filter((m) => (m.kind === 'mean' || m.kind === 'total') && m.end <= n.start && m.start >= clauseStart).pop();
  if (!marker) return undefined;
  if (facts.quantities.some((o) => o !== q && o.clause === q.clause && o.number.start > marker.end && o.number.start < n.start)) return undefined;
  const period = facts.periods.find((p) => p.start >= clauseStart || facts.periods.length === 1);
  if (!period && !facts.aggregate) return undefined;
  // A table that has the mean (or total) as a row or column states it: that is a level, not an aggregate.
  const named = marker.kind === 'mean' ? /^(?:rata[\s-]?rata|rerata|mean|average)/i : /^(?:jumlah|total)/i;
  if (
    table.rows.some((r) => r.summary === (marker.kind === 'mean' ? 'mean' : 'total')) ||
    table.columns.some((c) => c.index >= table.stub && named.test(c.header))
  )
    return undefined;
  let column = binding.column?.via === 'mention' || binding.column?.via === 'list' || binding.column?.via === 'single' ? binding.column.column : undefined;
  if (!column) {
    const fitting = table.columns.filter(
      (c) => c.index >= table.stub && c.numeric && table.dataRows.every((r) => !r.numbers[c.index] || unitFits(n, r.numbers[c.index]!, c)),
    );
    const sameUnit = fitting.filter((c) => (n.percent ? c.unit === 'percent' : c.unit !== 'percent'));
    if (sameUnit.length !== 1) return undefined;
    column = sameUnit[0];
  }
  let rows = table.dataRows.filter((r) => r.numbers[column!.index] && !r.numbers[column!.index]!.comparator);
  if (period && rows.every((r) => r.year !== undefined))
    rows = rows.filter((r) => r.year! >= Math.min(period.from, period.to) && r.year! <= Math.max(period.from, period.to));
  if (rows.length < 2) return undefined;
  const basis = rows.map((r) => ({ table, row: r, column: column!, cell: r.numbers[column!.index]! }));
  const values = basis.map((b) => inStatedUnit(n, b.cell, column!));
  const sum = values.reduce((a, v) => a + v, 0);
  const expected = marker.kind === 'mean' ? sum / values.length : sum;
  return [
    {
      kind: 'derived',
      what: marker.kind === 'mean' ? 'mean' : 'total',
      span: spanOf(n.start, n.end),
      agrees: agreesAsWritten(n, expected),
      sentence,
      stated: n,
      expected,
      decimals: Math.max(n.decimals, 0),
      basis,
      table,
      column,
    },
  ];
}

/** Whether a number and a cell are of one kind: a percentage with a percentage (or a proportion), a count with a count. */
function unitFits(n: NumberToken, cell: NumericCell, column: TableColumn): boolean {
  const cellPercent = cell.percent || column.unit === 'percent';
  if (n.percent) return cellPercent || (Math.abs(cell.value) <= 1 && cell.decimals > 0);
  return !cellPercent || Math.abs(n.value) <= 1;
}

/** A misread, not a misstatement, when the two are of different magnitudes altogether. */
function plausible(n: NumberToken, cell: NumericCell, column: TableColumn): boolean {
  // The cell's digits with another separator ("1.250" in English prose for a cell 1250): read as written, it is wrong.
  if (n.raw.replace(/\D/g, '') === cell.raw.replace(/\D/g, '')) return true;
  const value = inStatedUnit(n, cell, column);
  const stated = n.value;
  if (value === 0 || stated === 0) return Math.abs(stated - value) <= 1;
  if (Math.sign(value) !== Math.sign(stated)) return false;
  const ratio = Math.abs(stated / value);
  return ratio >= 0.5 && ratio <= 2;
}

/** Changes, ranges and extremes stated as numbers. */
function derivedOf(q: Quantity, _facts: SentenceFacts, binding: Binding, table: StatTable, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const n = q.number;
  const column = binding.column;
  if (!column || (column.via !== 'mention' && column.via !== 'list' && column.via !== 'single')) return undefined;
  const rows = table.dataRows.filter((r) => r.numbers[column.column.index] && !r.numbers[column.column.index]!.comparator);
  if (rows.length < 2) return undefined;
  const refs = rows.map((r) => ({ table, row: r, column: column.column, cell: r.numbers[column.column.index]! }));
  const values = refs.map((r) => inStatedUnit(n, r.cell, column.column));
  const make = (what: DerivedComparison['what'], expected: number, basis: CellRef[]): DerivedComparison => ({
    kind: 'derived',
    what,
    span: spanOf(n.start, n.end),
    agrees: agreesAsWritten({ ...n, value: Math.abs(n.value) }, Math.abs(expected)),
    sentence,
    stated: n,
    expected,
    decimals: Math.max(n.decimals, 0),
    basis,
    table,
    column: column.column,
  });
  if (q.role === 'range-low' || q.role === 'range-high') {
    // A range over the column: its lowest and highest values.
    const low = Math.min(...values);
    const high = Math.max(...values);
    const at = q.role === 'range-low' ? values.indexOf(low) : values.indexOf(high);
    const c = make(q.role, q.role === 'range-low' ? low : high, [refs[at]]);
    // Both ends must speak of this column: one end restating the other end's cell means another reading.
    return binding.column?.via === 'single' && !c.agrees ? undefined : [c];
  }
  if (q.role === 'change') {
    // Between the row and the one before it (years), or between the two columns named.
    const row = binding.row?.row;
    if (!row || row.year === undefined) return undefined;
    const ordered = rows.filter((r) => r.year !== undefined).sort((a, b) => a.year! - b.year!);
    const at = ordered.indexOf(row);
    if (at <= 0) return undefined;
    const then = ordered[at - 1].numbers[column.column.index]!;
    const now = row.numbers[column.column.index]!;
    const difference = now.value - then.value;
    const relative = then.value !== 0 ? (difference / then.value) * 100 : NaN;
    const c = make('change', difference, [
      { table, row: ordered[at - 1], column: column.column, cell: then },
      { table, row, column: column.column, cell: now },
    ]);
    if (q.direction) c.direction = q.direction;
    const relativeAgrees = Number.isFinite(relative) && !n.percentagePoints && agreesAsWritten({ ...n, value: Math.abs(n.value) }, Math.abs(relative));
    c.agrees = c.agrees || relativeAgrees;
    if (q.direction && difference !== 0 && (q.direction === 'up') !== difference > 0) c.agrees = false;
    return [c];
  }
  return undefined;
}

/** The direction words of a sentence against the table: two rows, two columns or two years compared. */
function directionComparisons(
  facts: SentenceFacts,
  table: StatTable,
  mentions: TableMentions,
  bindings: Binding[],
  spanOf: SpanOf,
  sentence: string,
): Comparison[] {
  const out: Comparison[] = [];
  for (const marker of facts.markers) {
    if (marker.kind !== 'direction' && marker.kind !== 'comparative') continue;
    // A change word followed by its number is compared as a change (derivedOf).
    if (facts.quantities.some((q) => q.clause === marker.clause && (q.role === 'change' || q.role === 'from' || q.role === 'to'))) continue;
    const [a, b] = facts.clauses[marker.clause];
    const inClause = (m: Place) => m.start >= a && m.end <= b;
    const rows = distinctPlaces(mentions.rows.filter(inClause));
    const columns = distinctPlaces(mentions.columns.filter(inClause));
    const pair = pairAround(marker, facts, rows.length === 2 ? rows : columns.length === 2 ? columns : []);
    if (!pair) continue;
    const onRows = rows.length === 2;
    // The other axis: the one named (or the only one) of the other kind.
    let fromRef: CellRef | undefined;
    let toRef: CellRef | undefined;
    if (onRows) {
      const pairRows = [table.dataRows[pair[0].item], table.dataRows[pair[1].item]];
      const column = restatedColumn(table, pairRows, facts, marker) ?? otherColumn(table, columns, mentions, marker, facts);
      if (!column) continue;
      fromRef = refAt(table, table.dataRows[pair[0].item], column);
      toRef = refAt(table, table.dataRows[pair[1].item], column);
    } else {
      const row = otherRow(table, rows, bindings, marker, facts);
      if (!row) continue;
      const dataColumns = table.columns.filter((c) => c.index >= table.stub);
      fromRef = refAt(table, row, dataColumns[pair[0].item]);
      toRef = refAt(table, row, dataColumns[pair[1].item]);
    }
    if (!fromRef || !toRef || fromRef.cell.comparator || toRef.cell.comparator) continue;
    const difference = toRef.cell.value - fromRef.cell.value;
    if (difference === 0) continue;
    let said = marker.polarity;
    if (marker.quality && isLowerBetter(fromRef.column.header)) said = said === 'up' ? 'down' : 'up';
    else if (marker.quality === 'fast') continue;
    const comparative = marker.kind === 'comparative';
    out.push({
      kind: 'direction',
      span: spanOf(marker.start, marker.end),
      agrees: (said === 'up') === difference > 0,
      sentence,
      said,
      word: facts.text.slice(marker.start, marker.end),
      comparative,
      from: { label: placeLabel(fromRef, onRows), value: fromRef.cell.value, raw: fromRef.cell.raw, ref: fromRef },
      to: { label: placeLabel(toRef, onRows), value: toRef.cell.value, raw: toRef.cell.raw, ref: toRef },
    });
  }
  return out;
}

function placeLabel(ref: CellRef, onRows: boolean): string {
  return onRows ? ref.row.path.join(' ') || ref.row.key : ref.column.header;
}

function distinctPlaces(places: Place[]): Place[] {
  return places.filter((p, i) => places.findIndex((q) => q.item === p.item) === i);
}

/**
 * The two things a direction word relates, as (from, to): for a comparison ("A lebih tinggi
 * daripada B", "A higher than B") the subject and what it is compared with — the rise is from B
 * to A; for a change ("dari A ke B", "A … meningkat … B") the earlier then the later.
 */
function pairAround(marker: Marker, facts: SentenceFacts, places: Place[]): [Place, Place] | undefined {
  if (places.length !== 2) return undefined;
  const [first, second] = places;
  if (marker.kind === 'comparative') {
    // The subject before the word, the other after "daripada/than/dibandingkan" (or right after the word).
    const compareAt = facts.comparisonAt.find((at) => at >= marker.start);
    if (first.end <= marker.start && second.start >= marker.end && (compareAt === undefined || second.start >= compareAt)) return [second, first];
    return undefined;
  }
  // A change: from the first named to the second, both in the clause.
  if (second.start > first.end) return [first, second];
  return undefined;
}

/**
 * The column whose cells the clause restates after the direction word ("jumlah penduduk turun
 * sebanyak 26.161.160 jiwa dan 25.900.000 jiwa"): the numbers say which column the word is about
 * more surely than a label that also fits a neighbouring column. The first restated column after the word.
 */
function restatedColumn(table: StatTable, rows: TableRow[], facts: SentenceFacts, marker: Marker): TableColumn | undefined {
  const numeric = table.columns.filter((c) => c.index >= table.stub && c.numeric);
  const after = facts.quantities.filter((q) => q.clause === marker.clause && q.number.start >= marker.end).sort((x, y) => x.number.start - y.number.start);
  for (const q of after) {
    const hits = numeric.filter((c) => rows.some((r) => r.numbers[c.index] && agreesWithCell(q.number, r.numbers[c.index]!, c)));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

function otherColumn(table: StatTable, columns: Place[], mentions: TableMentions, marker: Marker, facts: SentenceFacts): TableColumn | undefined {
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  if (columns.length === 1) return dataColumns[columns[0].item];
  if (columns.length === 0) {
    const inSentence = distinctPlaces(mentions.columns);
    if (inSentence.length === 1) return dataColumns[inSentence[0].item];
    const numeric = dataColumns.filter((c) => c.numeric);
    if (numeric.length === 1) return numeric[0];
  }
  void marker;
  void facts;
  return undefined;
}

function otherRow(table: StatTable, rows: Place[], bindings: Binding[], marker: Marker, facts: SentenceFacts): TableRow | undefined {
  if (rows.length === 1) return table.dataRows[rows[0].item];
  if (rows.length === 0 && table.dataRows.length === 1) return table.dataRows[0];
  void bindings;
  void marker;
  void facts;
  return undefined;
}

function refAt(table: StatTable, row: TableRow, column: TableColumn | undefined): CellRef | undefined {
  if (!column) return undefined;
  const cell = row.numbers[column.index];
  return cell ? { table, row, column, cell } : undefined;
}

/** A row named the highest or lowest of a column ("Cluster 2025A memiliki rata-rata tertinggi"). */
function extremeComparisons(
  facts: SentenceFacts,
  table: StatTable,
  mentions: TableMentions,
  _bindings: Binding[],
  spanOf: SpanOf,
  sentence: string,
): Comparison[] {
  const out: Comparison[] = [];
  if (table.dataRows.length < 2) return out;
  for (const marker of facts.markers) {
    if (marker.kind !== 'superlative') continue;
    const [a, b] = facts.clauses[marker.clause];
    const rows = distinctPlaces(mentions.rows.filter((m) => m.start >= a && m.end <= b));
    if (rows.length !== 1) continue;
    const column =
      otherColumn(table, distinctPlaces(mentions.columns.filter((m) => m.start >= a && m.end <= b)), mentions, marker, facts) ??
      sameOrderColumn(table, marker.polarity);
    if (!column) continue;
    const named = refAt(table, table.dataRows[rows[0].item], column);
    if (!named || named.cell.comparator) continue;
    const refs = table.dataRows.map((r) => refAt(table, r, column)).filter((r): r is CellRef => !!r && !r.cell.comparator);
    if (refs.length < 2) continue;
    let said: 'max' | 'min' = marker.polarity === 'up' ? 'max' : 'min';
    if (marker.quality === 'fast' || (marker.quality === 'good' && isLowerBetter(column.header))) said = said === 'max' ? 'min' : 'max';
    const values = refs.map((r) => r.cell.value);
    const extreme = said === 'max' ? Math.max(...values) : Math.min(...values);
    const actual = refs.filter((r) => r.cell.value === extreme);
    out.push({
      kind: 'extreme',
      span: spanOf(marker.start, marker.end),
      agrees: named.cell.value === extreme,
      sentence,
      said,
      word: facts.text.slice(marker.start, marker.end),
      named,
      actual,
    });
  }
  return out;
}

/** "meningkat dari 70,2 menjadi 68,4": a direction word against the sentence's own two numbers. */
/**
 * With no column named, the numeric columns that all put the same row first ("45 orang, 46,88 %"
 * beside "51 orang, 53,12 %"): "terbanyak" is about any of them. Undefined when they disagree.
 */
function sameOrderColumn(table: StatTable, polarity: 'up' | 'down'): TableColumn | undefined {
  const numeric = table.columns.filter((c) => c.index >= table.stub && c.numeric);
  let first: TableColumn | undefined;
  let winners: string | undefined;
  for (const column of numeric) {
    const refs = table.dataRows.map((r) => refAt(table, r, column)).filter((r): r is CellRef => !!r && !r.cell.comparator);
    if (refs.length < table.dataRows.length) return undefined;
    const values = refs.map((r) => r.cell.value);
    const extreme = polarity === 'up' ? Math.max(...values) : Math.min(...values);
    const these = refs
      .filter((r) => r.cell.value === extreme)
      .map((r) => r.row.key)
      .join('\u0000');
    if (winners !== undefined && these !== winners) return undefined;
    winners = these;
    first ??= column;
  }
  return first;
}

function textDirections(facts: SentenceFacts, spanOf: SpanOf, sentence: string, found: Comparison[]): Comparison[] {
  const out: Comparison[] = [];
  for (const to of facts.quantities) {
    if (to.role !== 'to' || !to.direction) continue;
    const from = facts.quantities[facts.quantities.indexOf(to) - 1];
    if (!from || from.role !== 'from' || from.number.percent !== to.number.percent) continue;
    const difference = to.number.value - from.number.value;
    if (difference === 0) continue;
    const span = spanOf(to.number.start, to.number.end);
    if (found.some((c) => c.span.start === span.start && c.span.file === span.file)) continue;
    out.push({
      kind: 'direction',
      span,
      agrees: (to.direction === 'up') === difference > 0,
      sentence,
      said: to.direction,
      word: directionWordBefore(facts, to),
      comparative: false,
      from: { label: 'from', value: from.number.value, raw: from.number.raw },
      to: { label: 'to', value: to.number.value, raw: to.number.raw },
    });
  }
  return out;
}

function directionWordBefore(facts: SentenceFacts, q: Quantity): string {
  const markers = facts.markers.filter((m) => m.clause === q.clause && m.end <= q.number.start && (m.kind === 'direction' || m.kind === 'comparative'));
  const m = markers[markers.length - 1];
  return m ? facts.text.slice(m.start, m.end) : '';
}

/** A caption without its label: "Tabel 3.2 Skenario Pengujian" → "Skenario Pengujian". */
function withoutLabel(caption: string): string {
  return caption.replace(/^\s*(?:tabel|table|tab\.)\s*[\w.\-–]*[.:]?\s*/iu, '');
}
