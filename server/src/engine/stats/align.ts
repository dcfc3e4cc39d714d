// Where a sentence's numbers sit in a table: the rows and columns the sentence names (labels.ts),
// and for each group of numbers the one cell it restates — or none, when two readings remain.
// A number takes the row named last before it in its clause (or, when none is, the row named
// right after it: "15 responden (50%) berada pada kategori sedang"), and the column named last
// before it in its sentence; lists pair in order ("TPACK dan STEM … 26,3% dan 24,2%",
// "masing-masing"). Failing a name, a table with one data row or one numeric column gives it,
// and a number equal to exactly one cell of its row (or column) restates that cell.
import type { LabelPattern, Token } from './labels';
import { findMentions } from './labels';
import { gap, type SentenceFacts } from './sentence';
import type { Axis, NumericCell, StatTable, TableColumn, TableRow } from './tables';
import { agreesAsWritten, agreesAtPrecision } from '../numbers/parse';

export interface Place {
  /** Index in the axis's items (dataRows, or the data columns). */
  item: number;
  /** [start, end) of the name in the sentence. */
  start: number;
  end: number;
  /** Named relatively ("tahun lalu"): the year before the one the sentence speaks of. */
  relative?: true;
}

export interface TableMentions {
  rows: Place[];
  columns: Place[];
  /** Names that are both a row and a column (a correlation matrix): each as a row and as a column. */
  shared?: { row: Place; column: Place }[];
}

const PAIRED = /(?<![\p{L}])(?:vs|versus)(?![\p{L}])/iu;
const PAIR_BEFORE = /(?<![\p{L}])(?:vs\.?|versus)\s$/iu;
const PAIR_AFTER = /^\s(?:vs\.?|versus)(?![\p{L}])/iu;

/** The rows and columns of `table` the sentence names, in sentence order. */
export function mentionsIn(table: StatTable, facts: SentenceFacts, contextYear?: number): TableMentions {
  // The years of a period ("2019 hingga 2023") span rows; they name none of them.
  const inPeriod = (p: Place) => facts.periods.some((period) => p.start >= period.start && p.end <= period.end);
  let rows = namedItems(table.rowAxis, facts.tokens, facts).filter((p) => !inPeriod(p));
  let columns = namedItems(table.columnAxis, facts.tokens, facts).filter((p) => !inPeriod(p));
  // Relative years ("tahun lalu"), read only in a sentence that has one (this runs per table and sentence on every edit).
  if (RELATIVE_YEAR_CUE.test(facts.text)) {
    // The paragraph's year counts only for a sentence that names a row or column of the table itself.
    const context = rows.length + columns.length > 0 ? contextYear : undefined;
    const rowYears = relativeYears(
      table.dataRows.map((r) => r.year),
      rows,
      facts,
      context,
    );
    const columnYears = relativeYears(
      table.columns.filter((c) => c.index >= table.stub).map((c) => c.year),
      columns,
      facts,
      context,
    );
    rows = [...rows, ...rowYears].sort((a, b) => a.start - b.start);
    columns = [...columns, ...columnYears].sort((a, b) => a.start - b.start);
  }
  // "nilai akar kuadrat AVE sebesar 0,711", "the square root of the AVE": not the AVE itself.
  if (ROOT_OF.test(facts.text)) {
    const rooted = (p: Place) => ROOT_BEFORE.test(facts.text.slice(Math.max(0, p.start - 30), p.start));
    rows = rows.filter((p) => !rooted(p));
    columns = columns.filter((p) => !rooted(p));
  }
  // "SynthSeg+ vs. FastSurfer GT: r = 0.918, MAE = 0.005": a row named as one side of a pair; the figures are the pair's.
  if (PAIRED.test(facts.text))
    rows = rows.filter((p) => !PAIR_BEFORE.test(facts.text.slice(Math.max(0, p.start - 10), p.start)) && !PAIR_AFTER.test(facts.text.slice(p.end, p.end + 10)));
  // A name that is both a row and a column (a correlation or HTMT matrix) tells neither.
  const both = (p: Place, others: Place[]) => others.some((o) => o.start < p.end && p.start < o.end);
  const shared = rows.flatMap((row) => {
    const column = columns.find((o) => o.start === row.start && o.end === row.end);
    return column ? [{ row, column }] : [];
  });
  return { rows: rows.filter((p) => !both(p, columns)), columns: columns.filter((p) => !both(p, rows)), ...(shared.length > 0 ? { shared } : {}) };
}

const RELATIVE_YEAR_CUE = /year|tahun/i;
const ROOT_OF = /akar|root|√/i;
const ROOT_BEFORE = /(?:akar(?:\s+kuadrat)?(?:\s+dari)?|square\s+root\s+of(?:\s+the)?|√)[\s(]*$/iu;

/** "tahun lalu", "tahun sebelumnya", "the previous year": the year before the one the sentence speaks of. */
const RELATIVE_YEAR =
  /(?<![\p{L}])(?:(?:se)?tahun\s+(?:lalu|sebelumnya|sebelum\s+nya)|(?:the\s+)?(?:previous|preceding|prior)\s+year|last\s+year|the\s+year\s+before)(?![\p{L}])/giu;

/**
 * The item of an axis of years that a relative year names: the year before the one year the
 * sentence names on that axis, or else before the year the paragraph was speaking of.
 */
function relativeYears(years: (number | undefined)[], named: Place[], facts: SentenceFacts, contextYear?: number): Place[] {
  if (!years.some((y) => y !== undefined)) return [];
  const phrases = [...facts.text.matchAll(RELATIVE_YEAR)];
  if (phrases.length === 0) return [];
  const namedYears = new Set(named.map((p) => years[p.item]).filter((y): y is number => y !== undefined));
  const base = namedYears.size === 1 ? [...namedYears][0] : namedYears.size === 0 ? contextYear : undefined;
  if (base === undefined) return [];
  const item = years.indexOf(base - 1);
  if (item < 0 || years.indexOf(base - 1, item + 1) >= 0) return [];
  return phrases.map((m) => ({ item, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, relative: true }));
}

function namedItems(axis: Axis, tokens: Token[], facts: SentenceFacts): Place[] {
  if (axis.items.length === 0 || tokens.length === 0) return [];
  const byDepth = axis.depths.map((level) => findMentions(tokens, level.patterns as LabelPattern[]));
  const clauseOf = (at: number) => facts.clauses.findIndex(([a, b]) => at >= a && at < b);
  const out: Place[] = [];
  axis.items.forEach((item, index) => {
    if (item.required.length === 0) return;
    const last = item.required[item.required.length - 1];
    for (const m of byDepth[last]) {
      if (m.index !== item.labels[last]) continue;
      const clause = clauseOf(m.start);
      // The outer labels a shared last label needs, in the same clause.
      const outer = item.required.slice(0, -1).every((d) => byDepth[d].some((o) => o.index === item.labels[d] && clauseOf(o.start) === clause));
      // "responden (5 dari 5)", "item 3 of 10": a count, not the row "Responden 5".
      if (/\d\s*\)?$/.test(facts.text.slice(m.start, m.end)) && /^\s*(?:dari|of|\/)\s*\d/iu.test(facts.text.slice(m.end, m.end + 12))) continue;
      if (outer) out.push({ item: index, start: m.start, end: m.end });
    }
    for (const d of item.alone ?? []) {
      for (const m of byDepth[d]) {
        if (m.index !== item.labels[d] || out.some((o) => o.item === index && o.start < m.end && m.start < o.end)) continue;
        out.push({ item: index, start: m.start, end: m.end });
      }
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** How a number was bound to a row or column; 'slip': the one cell it is a slip of the pen away from. */
export type Via = 'mention' | 'single' | 'value' | 'unit' | 'list' | 'slip';

export interface Binding {
  row?: { row: TableRow; via: Via; place?: Place };
  column?: { column: TableColumn; via: Via; place?: Place };
}

/**
 * The row and column each group of numbers of the sentence is bound to in `table` (by group
 * index); what cannot be told is left out.
 */
export function bindGroups(table: StatTable, facts: SentenceFacts, mentions: TableMentions): Binding[] {
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  const bindings: Binding[] = facts.groups.map(() => ({}));
  // A column of words ("Kategori": Excellent, Good) holds none of the numbers: naming it binds nothing.
  const columnMentions = mentions.columns.filter((m) => dataColumns[m.item]?.numeric !== false);
  const rowList = pairedLists(facts, mentions.rows);
  const columnList = pairedLists(facts, columnMentions);
  // A name joined to the numbers before it by a preposition ("11.14% in 2020", "5,71% pada tahun
  // 2021") is theirs, and no longer the name before the next numbers ("from 10.80% in 2019 to 11.14% in 2020").
  const tight = facts.groups.map((group) => mentions.rows.find((m) => m.start >= group.end && TIGHT_AFTER.test(gap(facts.text, group.end, m.start))));
  const tightColumn = facts.groups.map((group) => columnMentions.find((m) => m.start >= group.end && TIGHT_AFTER.test(gap(facts.text, group.end, m.start))));
  facts.groups.forEach((group, g) => {
    const [clauseStart, clauseEnd] = facts.clauses[group.clause];
    const nextGroup = facts.groups[g + 1];
    const limit = nextGroup && nextGroup.clause === group.clause ? nextGroup.start : clauseEnd;
    const binding = bindings[g];
    // Rows: a list pairing, else named right after with a preposition, else named last before in
    // the clause, else named right after.
    const listedRow = rowList.get(g);
    if (listedRow) binding.row = { row: table.dataRows[listedRow.item], via: 'list', place: listedRow };
    else if (tight[g] && !ambiguousAt(mentions.rows, tight[g]!)) binding.row = { row: table.dataRows[tight[g]!.item], via: 'mention', place: tight[g] };
    else {
      const free = (m: Place) => !tight.some((t, k) => k !== g && t === m);
      // "TCK = 0.795, TPACK = 0.759": a name of its own right before the number ends the search
      // for a row, even when the table does not know it.
      const own = OWN_NAME.exec(facts.text.slice(Math.max(0, group.start - 40), group.start));
      const ownStart = own ? group.start - own[0].length : -1;
      // A superlative or direction word before the parenthesis ("ROC-AUC tertinggi (0.9323)") names nothing.
      const ownIsMarker = own !== null && facts.markers.some((m) => m.start === ownStart && m.end === ownStart + own[1].length);
      const ownNamed =
        own && !ownIsMarker && !STAT_SYMBOL.test(own[1]) && [...mentions.rows, ...mentions.columns].every((m) => m.end <= ownStart || m.start >= group.start);
      const before = mentions.rows.filter((m) => m.end <= group.start && m.start >= clauseStart && free(m));
      // A name right after the numbers ("15 responden (50%) berada pada kategori sedang").
      const after = mentions.rows.filter((m) => m.start >= group.end && m.end <= limit && m.start - group.end <= ROW_AFTER);
      // Else the name of an earlier clause of the sentence ("Pada tahun 2010, UHH … 71,71, kemudian di tahun 2017 … 72,55").
      const earlier = before.length === 0 && after.length === 0 ? mentions.rows.filter((m) => m.end <= group.start && free(m)) : [];
      const pool = ownNamed ? [] : before.length > 0 ? before : after.length > 0 ? after : earlier;
      const place = pool === after ? after[0] : pool.length > 0 ? nearestBefore(pool) : undefined;
      if (place && !ambiguousAt(pool, place)) binding.row = { row: table.dataRows[place.item], via: 'mention', place };
      else if (table.dataRows.length === 1) binding.row = { row: table.dataRows[0], via: 'single' };
    }
    // Columns: a list pairing, else named last before in the clause, the sentence, or right after.
    const listedColumn = columnList.get(g);
    if (listedColumn) binding.column = { column: dataColumns[listedColumn.item], via: 'list', place: listedColumn };
    else if (tightColumn[g] && !ambiguousAt(columnMentions, tightColumn[g]!))
      // "dari 76,31 pada tahun 2010 menjadi 80,06 pada tahun 2017": each figure's own year.
      binding.column = { column: dataColumns[tightColumn[g]!.item], via: 'mention', place: tightColumn[g] };
    else {
      const freeColumn = (m: Place) => !tightColumn.some((t, k) => k !== g && t === m);
      const inClause = columnMentions.filter((m) => m.end <= group.start && m.start >= clauseStart && freeColumn(m));
      const inSentence = columnMentions.filter((m) => m.end <= group.start && freeColumn(m));
      const after = columnMentions.filter((m) => m.start >= group.end && m.end <= limit && m.start - group.end <= COLUMN_AFTER);
      const pool = inClause.length > 0 ? inClause : inSentence.length > 0 ? inSentence : after;
      const place = pool === after ? after[0] : pool.length > 0 ? nearestBefore(pool) : undefined;
      if (place && !ambiguousAt(pool, place)) binding.column = { column: dataColumns[place.item], via: 'mention', place };
      else {
        // A name both a row and a column (a confusion matrix's classes) is the column where another
        // name gives the row ("nilai f-measure terendah adalah daun kersen … 74%": F-Measure × Kersen).
        // Only one such class named since the figures before ("jambu biji, kersen, dan sirih … rata-rata recall 87%" speaks of all three).
        const since = g > 0 ? facts.groups[g - 1].end : 0;
        const sharedBefore = (mentions.shared ?? []).filter((p) => p.column.start >= since && p.column.end <= group.start);
        const sharedInClause =
          new Set(sharedBefore.map((p) => p.column.item)).size === 1 && sharedBefore[0].column.start >= clauseStart ? sharedBefore.slice(-1) : [];
        const numeric = dataColumns.filter((c) => c.numeric);
        if (binding.row?.via === 'mention' && sharedInClause.length === 1 && dataColumns[sharedInClause[0].column.item]?.numeric)
          binding.column = { column: dataColumns[sharedInClause[0].column.item], via: 'mention', place: sharedInClause[0].column };
        else if (numeric.length === 1) binding.column = { column: numeric[0], via: 'single' };
      }
    }
  });
  return bindings;
}

/** Between numbers and the row they are of: a unit, a parenthesis, a preposition ("% in ", " orang pada kelompok "). */
const TIGHT_AFTER =
  /^\s*(?:(?:(?:%|persen|percent|poin|points?|jiwa|orang|responden|respondents?|[\p{L}]{1,12})\s*)?(?:\)\s*)?(?:(?:in|on|at|for|during|pada|di|dalam|untuk)\s+(?:(?:tahun|year|the|kelompok|group|kelas|class)\s+)?|\(\s*)|(?:orang|responden|respondents?|siswa|mahasiswa|peserta|participants?|students?|people|persons|pasien|patients?)\s+)$/iu;

/** A name (a word or a code) right before a number, joined by "=", ":" or "(": "TPACK = 0.759", "P7: 4.4", "TK (0.689)". */
const OWN_NAME = /(?<![\p{L}\p{N}_.\-])([\p{L}][\p{L}\p{N}_.\-]{0,30})\s*(?:=|:|\()\s*$/u;
/** Statistics written before their value, which name no row: "β = 0.727", "M = 3.2", "SD (0.4)". */
const STAT_SYMBOL =
  /^(?:M|SD|SE|N|n|r|R|R2|R²|t|F|p|β|B|b|d|f2|f²|α|η2|η²|χ2|χ²|df|db|OR|CI|Mean|Median|Min|Max|Maks|AVE|CR|VIF|KMO|W|U|Z|z|sig|Sig|nilai|sebesar|adalah|yaitu|value|rata-rata|skor|score|total|jumlah|loading|HTMT|VAF|MAE|RMSE|MAPE|MSE|AUC|F1)$/iu;

/** How far after its numbers a name may stand and still be theirs. */
const ROW_AFTER = 40;
const COLUMN_AFTER = 20;

/** The last mention before, unless two mentions end at the same place. */
function nearestBefore(places: Place[]): Place {
  return places.reduce((best, p) => (p.end > best.end || (p.end === best.end && p.start < best.start) ? p : best));
}

function ambiguousAt(pool: Place[], place: Place): boolean {
  return pool.some((p) => p !== place && p.item !== place.item && p.start === place.start && p.end === place.end);
}

/**
 * Lists that pair in order: k distinct names, then k groups of numbers with no name between
 * them ("TPACK and STEM … (26.3% and 24.2%, respectively)", "pada Tahun 2022 dan 2023 … 26.161.160
 * jiwa dan 25.900.000 jiwa"). Group index → the name it pairs with.
 */
function pairedLists(facts: SentenceFacts, places: Place[]): Map<number, Place> {
  const out = new Map<number, Place>();
  if (places.length < 2) return out;
  // Runs: groups joined only by "dan", "and", a comma (and the unit they share).
  const runs: number[][] = [];
  facts.groups.forEach((g, i) => {
    const previous = facts.groups[i - 1];
    const run = runs[runs.length - 1];
    if (run && previous && previous.clause === g.clause && LIST_JOIN.test(gap(facts.text, previous.end, g.start))) run.push(i);
    else runs.push([i]);
  });
  for (const run of runs) {
    if (run.length < 2) continue;
    const first = facts.groups[run[0]];
    const last = facts.groups[run[run.length - 1]];
    const [clauseStart] = facts.clauses[first.clause];
    if (places.some((p) => p.start > first.start && p.start < last.end)) continue;
    // The names before the run in its clause, each once, the last k of them.
    const before = places.filter((p) => p.end <= first.start && p.start >= clauseStart);
    const distinct = before.filter((p, i) => before.findIndex((q) => q.item === p.item) === i);
    if (distinct.length < run.length) continue;
    const named = distinct.slice(distinct.length - run.length);
    // Without "masing-masing", the names must themselves form a list ("2022 dan 2023", "A, B, dan C").
    if (!facts.respectively && !namesFormList(facts, named)) continue;
    run.forEach((g, k) => out.set(g, named[k]));
  }
  return out;
}

const LIST_JOIN =
  /^\s*(?:(?:%|persen|percent|poin|points?|jiwa|orang|responden|respondents?|[\p{L}]{1,12})\s*)?(?:\)\s*)?(?:,\s*(?:(?:dan|and|serta)\s*)?|(?:dan|and|serta|&)\s*)(?:\(\s*)?$/iu;

function namesFormList(facts: SentenceFacts, named: Place[]): boolean {
  for (let i = 1; i < named.length; i++) {
    const between = gap(facts.text, named[i - 1].end, named[i].start);
    if (!/^\s*(?:,\s*(?:(?:dan|and|serta)\s*)?|(?:dan|and|serta|&|\/)\s*)(?:tahun\s+)?$/iu.test(between)) return false;
  }
  return true;
}

/** A stated number as it compares with a cell: the stated unit converted (88,78% ↔ 0.8878). */
export function agreesWithCell(
  stated: { value: number; decimals: number; scale: number; percent: boolean; raw?: string },
  cell: NumericCell,
  column: TableColumn,
): boolean {
  if (cell.comparator) return true;
  if (agreesAsWritten(stated, cell.value)) return true;
  // The table rounds what the text gives exactly ("R-Square = 0.414" beside a cell 0.41).
  if (cell.decimals < stated.decimals && agreesAtPrecision(cell.value, cell.decimals, stated.value)) return true;
  // "2,696" in the prose and "2.696" in a table pasted from software: one figure written in two styles.
  // Only when the two are written with different separators: "1.250" against a cell "1250" is
  // read the way the document reads its numbers.
  const separator = (raw: string | undefined) => /[.,]/.exec(raw ?? '')?.[0];
  const mixed =
    stated.raw !== undefined && separator(stated.raw) !== undefined && separator(cell.raw) !== undefined && separator(stated.raw) !== separator(cell.raw);
  const otherCell = mixed ? otherReading(cell.raw, cell.value, cell.decimals) : undefined;
  if (otherCell && agreesAsWritten({ ...stated }, otherCell.value)) return true;
  const otherStated = !mixed || stated.raw === undefined ? undefined : otherReading(stated.raw, stated.value, stated.decimals);
  if (otherStated && agreesAsWritten({ ...stated, ...otherStated }, cell.value)) return true;
  const proportionCell = !cell.percent && column.unit !== 'percent' && Math.abs(cell.value) <= 1;
  if (stated.percent && proportionCell) return agreesAsWritten(stated, cell.value * 100);
  if (!stated.percent && (cell.percent || column.unit === 'percent') && Math.abs(stated.value) <= 1)
    return agreesAsWritten({ ...stated, value: stated.value * 100, decimals: Math.max(0, stated.decimals - 2) }, cell.value);
  return false;
}

/** The cell's value in the unit the text states it in (88,78 for a cell 0.8878 stated as a percentage). */
export function inStatedUnit(stated: { percent: boolean; value: number }, cell: NumericCell, column: TableColumn): number {
  const proportionCell = !cell.percent && column.unit !== 'percent' && Math.abs(cell.value) <= 1;
  if (stated.percent && proportionCell) return cell.value * 100;
  if (!stated.percent && (cell.percent || column.unit === 'percent') && Math.abs(stated.value) <= 1 && Math.abs(cell.value) > 1) return cell.value / 100;
  return cell.value;
}

/** "1.998", "2,696": one separator and three digits read either way; the reading the style did not choose. */
function otherReading(raw: string, value: number, decimals: number): { value: number; decimals: number } | undefined {
  if (!/^-?\d{1,3}[.,]\d{3}$/.test(raw.trim())) return undefined;
  return decimals === 3 ? { value: Math.round(value * 1000), decimals: 0 } : decimals === 0 ? { value: value / 1000, decimals: 3 } : undefined;
}
