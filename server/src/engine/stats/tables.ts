// Tables as relations the statistics can compute with: every numeric cell addressed by its row
// (the label path of the stub columns: "Eksperimen › Posttest", "2019", "LSTM") and its column
// (the header path: "Pretest › Mean", "Akurasi (%)"), parsed with its written precision. Merged
// cells (\multirow, \multicolumn, HTML spans) are spread over the rows and columns they cover;
// row-group headers ("Kelompok Eksperimen" on a row of its own) and empty stub cells under a label
// (Word's way of grouping) lend their label to the rows below; an index column ("No", 1…n) is
// not data. Years are labels like any other, on either axis.
import { slot } from '../derived';
import type { Table, TableCell } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import { detectNumberStyle, parseLocaleNumber, type NumberStyle } from '../numbers/parse';
import { distinctive, labelPattern, plainLabel, type LabelPattern } from './labels';
import { detex } from './reportedTests/statText';

export interface NumericCell {
  cell: TableCell;
  value: number;
  decimals: number;
  /** The digits as written ("9,41", "0.8878"). */
  raw: string;
  /** Written with a per-cent sign. */
  percent: boolean;
  /** "< .001", "> 0,05": a bound, not a value. */
  comparator?: '<' | '>';
  /** "(0.005)" under a coefficient: its standard error. */
  parenthesized?: boolean;
  /** "0.727***": significance stars (or daggers). */
  stars?: number;
}

export type Unit = 'percent' | 'count' | 'currency' | 'other';

export interface TableColumn {
  index: number;
  /** Header texts from the top header row down ("Pretest", "Mean"), repeats of a merged cell once. */
  path: string[];
  /** The path joined: "Pretest Mean", "Persentase Penduduk Miskin (%)". */
  header: string;
  unit: Unit;
  /** "Jumlah", "Total": the sum of the columns before it; "Rata-rata": their mean. */
  summary?: 'total' | 'mean';
  /** The year the header is. */
  year?: number;
  /** Some data row has a number here. */
  numeric: boolean;
}

export interface TableRow {
  index: number;
  /** Labels of the stub columns, outer group first ("Eksperimen", "Posttest"). */
  path: string[];
  /** The most specific label as written ("Posttest", "2019", "Laki-laki"). */
  key: string;
  /** The year the row's label is. */
  year?: number;
  /** "Jumlah"/"Total": sums; "Rata-rata"/"Mean": means; "Keseluruhan"/"Overall": the whole, by any statistic. */
  summary?: 'total' | 'mean' | 'overall';
  /** 1…n of an index column ("No", "Rank"), when the table has one. */
  rank?: number;
  /** By column index; undefined where the cell holds no number. */
  numbers: (NumericCell | undefined)[];
  cells: (TableCell | undefined)[];
}

export interface StatTable {
  table: Table & Placed;
  /** Position among the manuscript's tables. */
  order: number;
  width: number;
  /** Leading label columns (stub); data columns start here. */
  stub: number;
  /** Every column, stub columns included, by index. */
  columns: TableColumn[];
  /** Body rows in order (summary rows included). */
  rows: TableRow[];
  /** Body rows that are data: not summary, with at least one number. */
  dataRows: TableRow[];
  /** Place or subject the caption names ("indonesia", "jawa tengah"), lower-case. */
  entity?: string;
  /** How the data rows and the data columns are named in text. */
  rowAxis: Axis;
  columnAxis: Axis;
  /** The number style of its own cells (a table pasted from software keeps its decimal point). */
  style: NumberStyle;
}

/**
 * How the items of one axis (the data rows, or the data columns) are named: each by the labels on
 * its path. At each depth the distinct labels are patterns distinctive among themselves; an item
 * is named by its last label, and by the outer ones too when its last label is not its own
 * ("Posttest" under both "Eksperimen" and "Kontrol").
 */
export interface Axis {
  /** Per depth: the distinct labels and their patterns. */
  depths: { texts: string[]; patterns: LabelPattern[] }[];
  /** Per item: its label at each depth (index into depths[d].texts, -1 when none), and the depths that must be named. */
  items: { labels: number[]; required: number[]; alone?: number[] }[];
}

const TOTAL_LABEL = /^(?:jumlah|total|jumlah total|grand total|total keseluruhan|sum)$/i;
const MEAN_LABEL = /^(?:rata[\s-]?rata|rerata|mean|average|rata[\s-]?rata keseluruhan)$/i;
const OVERALL_LABEL = /^(?:keseluruhan|secara keseluruhan|overall|all|semua|seluruh(?:nya)?|gabungan|combined)$/i;
/** Headers of a first column that numbers its rows by what they are: "Tahun" 1…5, "Minggu" 1…n, "Sprint", "Percobaan". */
const NUMBERED_HEADER =
  /^(?:tahun|year|minggu|week|bulan|month|hari|day|sprint|iterasi|iteration|epoch|siklus|cycle|pertemuan|meeting|sesi|session|percobaan|trial|run|fold|tahap|phase|stage|responden|respondent|subjek|subject|partisipan|participant)(?:\s+ke)?$/i;
const INDEX_HEADER = /^(?:no\.?|nomor|#|rank|ranking|peringkat|urutan)$/i;
const PERCENT_HEADER = /%|\bpersen|\bpersentase\b|\bpercent|\bproporsi\b|\bshare\b|\bfrekuensi\s+relati(?:f|ve)\b|\brelative\s+frequenc/i;
const COUNT_HEADER = /\b(?:jiwa|orang|jumlah|banyaknya|frekuensi|frequency|count|number|n|f)\b|\(n\)/i;
const CURRENCY_HEADER = /\b(?:rp|rupiah|usd|idr|biaya|anggaran|harga|pendapatan|upah|gaji)\b|\$/i;
const YEAR = /^(?:19|20)\d\d$/;
/** A percentage or a decimal figure: a value, never a row's label. */
const STUB_FIGURE = /^\s*[-−]?(?:\d+(?:[.,]\d+)?\s*%|\d*[.,]\d+)\s*$/;

export function statTables(manuscript: Manuscript, style: NumberStyle): StatTable[] {
  const kept = manuscript.derived.get(STAT_TABLES);
  return manuscript.tables.map((table, order) => statTableOf(table, order, style, kept, manuscript.files.get(table.file)?.text));
}

// A placed table is the same object from check to check while its file and section are
// unchanged (see placedCopy in manuscript.ts): what it reads as is worked out once.
type KeptTables = WeakMap<Table & Placed, { order: number; style: NumberStyle; value: StatTable }>;
const STAT_TABLES = slot('stats: statistical reading of a placed table', (): KeptTables => new WeakMap());

function statTableOf(table: Table & Placed, order: number, style: NumberStyle, kept: KeptTables, source: string | undefined): StatTable {
  const known = kept.get(table);
  if (known && known.order === order && known.style === style) return known.value;
  const value = toStatTable(withMath(table, source), order, style);
  kept.set(table, { order, style, value });
  return value;
}

interface GridCell {
  cell: TableCell;
  /** The cell's own position (not a column or row it spans into). */
  origin: boolean;
}

/** The rows with merged cells spread over what they cover; every row `width` long. */
function grid(table: Table): { rows: (GridCell | undefined)[][]; width: number } {
  const out: (GridCell | undefined)[][] = [];
  const pending: { cell: TableCell; remaining: number }[] = [];
  let width = 0;
  for (const source of table.rows) {
    const row: (GridCell | undefined)[] = [];
    let c = 0;
    let i = 0;
    const underSpan = (col: number) => pending[col] !== undefined && pending[col].remaining > 0;
    while (i < source.length || underSpan(c)) {
      if (underSpan(c)) {
        const span = pending[c];
        row[c] = { cell: span.cell, origin: false };
        span.remaining--;
        // LaTeX leaves an empty cell under \multirow; HTML leaves none.
        if (i < source.length && source[i].text.trim() === '') i++;
        c++;
        continue;
      }
      const cell = source[i++];
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let k = 0; k < colSpan; k++) {
        row[c + k] = { cell, origin: k === 0 };
        if ((cell.rowSpan ?? 1) > 1) pending[c + k] = { cell, remaining: (cell.rowSpan ?? 1) - 1 };
      }
      c += colSpan;
    }
    width = Math.max(width, row.length);
    out.push(row);
  }
  for (const row of out) while (row.length < width) row.push(undefined);
  return { rows: out, width };
}

/**
 * The table with the inline math of its cells put back as text: LaTeX parsers drop `$…$` from
 * cell text, but tables write headers ("$E$, GPa", "$M_{diff}$") and numbers ("$-0.22$",
 * "$0.45^{**}$") in math.
 */
function withMath<T extends Table>(table: T, source: string | undefined): T {
  if (source === undefined || !source.includes('$', table.start) || source.indexOf('$', table.start) >= table.end) return table;
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      const written = source
        .slice(cell.start, cell.end)
        .replace(/\\(?:multicolumn|multirow)\*?(?:\[[^\]]{0,20}\])?\{[^{}]{0,20}\}(?:\[[^\]]{0,20}\])?\{[^{}]{0,40}\}/g, ' ')
        .replace(/\\(?:cellcolor|rowcolor)(?:\[[^\]]{0,20}\])?\{[^{}]{0,40}\}/g, ' ');
      if (!written.includes('$')) return cell;
      const text = written.replace(/\\\$|\$([^$]{1,200})\$/g, (whole: string, math: string | undefined) =>
        math === undefined
          ? whole
          : ` ${detex(math, 0)
              .map((p) => p.ch)
              .join('')} `,
      );
      return { ...cell, text: plainLabel(text) };
    }),
  );
  return { ...table, rows };
}

function toStatTable(table: Table & Placed, order: number, documentStyle: NumberStyle): StatTable {
  const { rows: gridRows, width } = grid(table);
  let all = gridRows;
  // A table pasted from software output keeps its decimal point in an Indonesian text ("0.874",
  // "2.696" beside "2,696" in the prose): its own cells decide, the document's style when they do not tell.
  const style = detectNumberStyle(
    table.rows.flatMap((r) => r.map((c) => c.text)),
    () => documentStyle,
  );
  const numberAt = (row: (GridCell | undefined)[], c: number): NumericCell | undefined => {
    const g = row[c];
    return g && g.origin ? numericCell(g.cell, style) : undefined;
  };
  const textAt = (row: (GridCell | undefined)[], c: number) => plainLabel(row[c]?.cell.text ?? '');
  /** A row numbering the columns under a merged header ("Tugas" over 1 2 3 4 5): no label, numbers 1…n. */
  const isIndexRow = (row: (GridCell | undefined)[]) => {
    // Its label cell is empty, or the header's merged one ("Nama" over two rows).
    if (row[0]?.origin && textAt(row, 0) !== '') return false;
    const values = row.map((_, c) => numberAt(row, c)).filter((n): n is NumericCell => n !== undefined);
    return values.length >= 2 && values.every((n, i) => n.value === values[0].value + i && n.decimals === 0) && values[0].value <= 1;
  };
  // A stacked table: blocks under repeated header rows ("Gender | n | %", "Education | n | %"),
  // each naming its block. Its columns are named by the repeated row; the rows above the first
  // block have headers of their own and are not read.
  const signature = (row: (GridCell | undefined)[]) =>
    row
      .slice(1)
      .map((_, k) => textAt(row, k + 1))
      .join('\u0001');
  const isSegmentRow = (row: (GridCell | undefined)[]) =>
    width >= 2 && textAt(row, 0) !== '' && row.slice(1).every((_, k) => textAt(row, k + 1) !== '' && !numberAt(row, k + 1));
  const seen = new Map<string, number>();
  for (const row of all) if (isSegmentRow(row)) seen.set(signature(row), (seen.get(signature(row)) ?? 0) + 1);
  const repeated = [...seen].find(([, n]) => n >= 2)?.[0];
  let headerRows: number;
  if (repeated !== undefined) {
    const first = all.findIndex((row) => isSegmentRow(row) && signature(row) === repeated);
    all = [[undefined, ...all[first].slice(1)], ...all.slice(first)];
    headerRows = 1;
  } else headerRows = Math.min(table.headerRows, all.length);
  const segmentHeader = (row: (GridCell | undefined)[]) => repeated !== undefined && isSegmentRow(row) && signature(row) === repeated;
  // A second header row (the columns under merged headers, "Mean | SD" under "Pretest"):
  // numberless rows right after the header, followed by a row with numbers.
  while (repeated === undefined && headerRows > 0 && headerRows < all.length - 1) {
    const row = all[headerRows];
    const filled = row.filter((g, c) => c > 0 && g && textAt(row, c) !== '').length;
    const numbers = row.filter((_, c) => numberAt(row, c)).length;
    const nextHasNumbers = all[headerRows + 1].some((_, c) => numberAt(all[headerRows + 1], c));
    if (numbers === 0 && filled >= 2 && nextHasNumbers) headerRows++;
    else if (isIndexRow(row)) headerRows++;
    else break;
  }
  const body = all.slice(headerRows);

  // The stub: leading columns whose body cells are mostly labels, not numbers.
  const isLabelColumn = (c: number) => {
    let labels = 0;
    let numbers = 0;
    for (const row of body) {
      const t = textAt(row, c);
      if (t === '') continue;
      if (numberAt(row, c) && !YEAR.test(t)) numbers++;
      else labels++;
    }
    return labels > 0 && labels >= 4 * numbers;
  };
  const headerText = (c: number) =>
    unique(all.slice(0, headerRows).map((row) => textAt(row, c)))
      .filter(Boolean)
      .join(' ');
  let first = 0;
  // "No", "Rank": 1…n in the first column numbers the rows.
  let index = false;
  if (width > 1 && INDEX_HEADER.test(headerText(0))) {
    // 1…n down the column; rows between them without a number (a sub-header, "Skor Total") are not numbered.
    const ranks = body.map((row) => numberAt(row, 0)?.value).filter((v): v is number => v !== undefined);
    if (ranks.length >= 2 && ranks.every((v, i) => v === i + 1)) {
      index = true;
      first = 1;
    }
  }
  // "Tahun | Biaya | …" over 1…n (a week, sprint, trial, respondent number): the rows are "Tahun 1", "Tahun 2", ….
  let numberedBy: string | undefined;
  if (!index && width > 2 && NUMBERED_HEADER.test(headerText(0).trim())) {
    const ordinals = body.map((row) => (/^\d{1,3}$/.test(textAt(row, 0).trim()) ? Number(textAt(row, 0).trim()) : undefined));
    const numbered = ordinals.filter((v): v is number => v !== undefined);
    if (numbered.length >= 2 && numbered.every((v, i) => v === i + 1)) numberedBy = headerText(0).trim();
  }
  // The first column names the rows; label columns after it add to their names ("Konstruk", "Indikator").
  // A first column of numbers ("Batas Bawah | Batas Atas" over "28.709 | 39.277") names no row.
  const numericFirst = !index && !numberedBy && body.length > 0 && body.every((row) => numberAt(row, 0) !== undefined && !YEAR.test(textAt(row, 0)));
  let stub = numericFirst ? 0 : Math.min(first + 1, width);
  while (stub > 0 && stub < width - 1 && isLabelColumn(stub)) stub++;
  // The columns that name the rows: a unit column ("Satuan": Tahun, Persen, Rupiah) describes the
  // numbers, it does not name their row.
  const labelColumns = Array.from({ length: stub - first }, (_, k) => first + k).filter((c, k) => k === 0 || !UNIT_HEADER.test(headerText(c).trim()));

  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    const path = unique(all.slice(0, headerRows).map((row) => textAt(row, c))).filter(Boolean);
    const header = path.join(' ');
    const lastHeader = path[path.length - 1] ?? '';
    columns.push({
      index: c,
      path,
      header,
      unit: PERCENT_HEADER.test(header) ? 'percent' : CURRENCY_HEADER.test(header) ? 'currency' : COUNT_HEADER.test(header) ? 'count' : 'other',
      summary: TOTAL_LABEL.test(withoutParenthesis(lastHeader).trim()) ? 'total' : MEAN_LABEL.test(withoutParenthesis(lastHeader).trim()) ? 'mean' : undefined,
      year: YEAR.test(lastHeader.trim()) ? Number(lastHeader.trim()) : undefined,
      numeric: c >= stub && body.some((row) => numberAt(row, c)),
    });
  }

  const rows: TableRow[] = [];
  let group: string | undefined;
  const previousStub: string[] = [];
  body.forEach((row, r) => {
    const stubTexts = labelColumns.map((c) =>
      c === 0 && numberedBy && /^\d{1,3}$/.test(textAt(row, 0).trim()) ? `${numberedBy} ${textAt(row, 0).trim()}` : textAt(row, c),
    );
    const numbers = Array.from({ length: width }, (_, c) => (c >= stub ? numberAt(row, c) : undefined));
    const dataTexts = Array.from({ length: width - stub }, (_, k) => textAt(row, stub + k));
    if (segmentHeader(row)) {
      group = textAt(row, 0);
      previousStub.length = 0;
      return;
    }
    // A row of its own that only names a group ("Kelompok Eksperimen", "Variabel X1").
    if (stubTexts.filter(Boolean).length === 1 && stubTexts[0] !== '' && dataTexts.every((t) => t === '')) {
      group = stubTexts[0];
      return;
    }
    // Empty stub cells under a label continue it (Word tables group rows that way).
    // A "Jumlah" or "Rata-rata" row ends the run: "jumlah | | | 19 | 100" is no row of "90-93".
    // (also written in the numbering column: "No | Interval | … " then "jumlah | | | 19 | 100").
    const isSummary = (t: string) => t !== '' && (TOTAL_LABEL.test(withoutParenthesis(t).trim()) || MEAN_LABEL.test(withoutParenthesis(t).trim()));
    const numberingLabel = first > 0 && isSummary(textAt(row, 0)) && stubTexts.every((t) => t === '') ? textAt(row, 0) : undefined;
    if (numberingLabel) stubTexts[0] = numberingLabel;
    const summaryLabel = stubTexts.some(isSummary);
    // Figures in the label columns ("| | | 87% | 83% | 97%": a Word row whose label cell was merged away)
    // mean the row is not the one above continued: it keeps no label of it.
    const figuresInStub = stubTexts.some((t) => STUB_FIGURE.test(t));
    const filled =
      summaryLabel || figuresInStub
        ? stubTexts
        : stubTexts.map((t, k) => t || (numbers.some(Boolean) && k < stubTexts.length - 1 ? (previousStub[k] ?? '') : t));
    filled.forEach((t, k) => (previousStub[k] = t));
    const path = [...(group ? [group] : []), ...filled.filter(Boolean)];
    const key = summaryLabel ? stubTexts.find((t) => t !== '')! : (filled.filter(Boolean).pop() ?? '');
    const bare = withoutParenthesis(key).trim();
    rows.push({
      index: r,
      path,
      key,
      year: YEAR.test(key.trim()) ? Number(key.trim()) : undefined,
      summary: TOTAL_LABEL.test(bare) ? 'total' : MEAN_LABEL.test(bare) ? 'mean' : OVERALL_LABEL.test(bare) ? 'overall' : undefined,
      rank: index ? numberAt(row, 0)?.value : undefined,
      numbers,
      cells: row.map((g) => (g?.origin ? g.cell : undefined)),
    });
  });
  const dataRows = rows.filter((r) => !r.summary && r.numbers.some(Boolean));
  const dataColumns = columns.filter((c) => c.index >= stub);

  return {
    table,
    order,
    width,
    stub,
    columns,
    rows,
    dataRows,
    entity: captionEntity(table.caption),
    style,
    rowAxis: axis(
      dataRows.map((r) => r.path),
      columns[first]?.header ?? '',
    ),
    columnAxis: axis(
      dataColumns.map((c) => c.path),
      '',
      true,
    ),
  };
}

/** The axis of items named by these paths (see Axis). */
function axis(paths: string[][], numberedBy = '', singleWords = false): Axis {
  const depth = Math.max(0, ...paths.map((p) => p.length));
  const depths: Axis['depths'] = [];
  for (let d = 0; d < depth; d++) {
    const texts = unique(paths.map((p) => p[d]).filter((t): t is string => !!t));
    // A bare number names its row only with what it numbers: "Sprint 3" for the row "3" under the
    // header "Sprint", "Tugas 2" under "Tugas" (a prose "3 indikator" names no row "3").
    const prefixOf = (t: string) => paths.find((p) => p[d] === t && d > 0)?.[d - 1] ?? numberedBy;
    const named = (t: string) =>
      STUB_FIGURE.test(t) ? '' : /^\d{1,3}$/.test(t.trim()) ? (prefixOf(t) && !/^\d{1,3}$/.test(prefixOf(t).trim()) ? `${prefixOf(t)} ${t}` : '') : t;
    depths.push({
      texts,
      patterns: distinctive(
        texts.map((t) => labelPattern(named(t))),
        singleWords,
      ),
    });
  }
  const coefficientLabel = stackedStatistic(paths);
  const distinctAt = depths.map((_, d) => paths.every((p) => !!p[d]?.trim()) && new Set(paths.map((p) => p[d])).size === paths.length);
  const items = paths.map((path) => {
    const labels = depths.map((level, d) => (path[d] === undefined ? -1 : level.texts.indexOf(path[d])));
    const last = labels.reduce((at, l, d) => (l >= 0 ? d : at), -1);
    if (last < 0) return { labels, required: [] };
    const lastText = path[last];
    const shared = paths.filter((p) => p[p.length - 1] === lastText).length > 1;
    // SPSS stacks a correlation's statistics under each variable ("ZUNG | Pearson Correlation",
    // "| Sig. (2-tailed)", "| N"): the variable alone names its coefficient's row.
    if (shared && last === 1 && coefficientLabel !== undefined && path[1] === coefficientLabel) return { labels, required: [0] };
    const required = shared ? labels.map((l, d) => (l >= 0 ? d : -1)).filter((d) => d >= 0) : [last];
    // "R3 | Responden 3", "X1 | Kualitas Pelayanan": an outer column that names every row apart (a
    // column of codes) names the row by itself too. Not a group's label that only one row happens to
    // have ("RPP | RPPInt total" among constructs of several indicators).
    const alone = labels.map((l, d) => (l >= 0 && d < last && distinctAt[d] ? d : -1)).filter((d) => d >= 0);
    return alone.length > 0 ? { labels, required, alone } : { labels, required };
  });
  return { depths, items };
}

/** The first statistic of each variable's rows in an SPSS correlations table. */
const CORRELATION_STATISTIC = /^(?:pearson\s+correlation|correlation\s+coefficient|koefisien\s+korelasi|korelasi\s+pearson|r)\b/iu;

/**
 * Rows of two levels whose inner labels repeat the same statistics under every outer label, the
 * first of them a correlation coefficient: the inner label of the coefficient rows, else undefined.
 */
function stackedStatistic(paths: string[][]): string | undefined {
  if (paths.length < 4 || !paths.every((p) => p.length === 2 && p[0] && p[1])) return undefined;
  const outer = unique(paths.map((p) => p[0]));
  const cycle = paths.filter((p) => p[0] === outer[0]).map((p) => p[1]);
  if (outer.length < 2 || cycle.length < 2 || !CORRELATION_STATISTIC.test(cycle[0].trim())) return undefined;
  const same = outer.every(
    (o) =>
      paths
        .filter((p) => p[0] === o)
        .map((p) => p[1])
        .join('\u0001') === cycle.join('\u0001'),
  );
  return same ? cycle[0] : undefined;
}

function unique<T>(items: T[]): T[] {
  return items.filter((x, i) => items.indexOf(x) === i);
}

const UNIT_HEADER = /^(?:satuan|unit|units|unit of measure(?:ment)?|measure unit|ukuran)$/i;

/**
 * The number a cell holds, if it holds one: "9,41", "12 %", "Rp 410.670", "−0,22", "+2,7%", "**0.926**",
 * "0.727***", "(0.005)", "< .001". Ranges, tests ("t(94) = 25.90") and words are not numbers.
 */
export function numericCell(cell: TableCell, style: NumberStyle): NumericCell | undefined {
  let text = plainLabel(cell.text)
    .replace(/\u2212/g, '-')
    .trim();
  let comparator: '<' | '>' | undefined;
  let parenthesized = false;
  let stars = 0;
  const starMatch = /(?:(?<!\*)\*+|(?<!†)†+|[a-c])$/.exec(text);
  if (starMatch && /\d/.test(text.slice(0, -starMatch[0].length))) {
    stars = /\*/.test(starMatch[0]) ? starMatch[0].length : 0;
    text = text.slice(0, -starMatch[0].length).trim();
  }
  if (/^\(.*\)$/.test(text)) {
    parenthesized = true;
    text = text.slice(1, -1).trim();
  }
  const cmp = /^([<>])\s*/.exec(text);
  if (cmp) {
    comparator = cmp[1] as '<' | '>';
    text = text.slice(cmp[0].length);
  }
  const percent = /%$/.test(text);
  text = text
    .replace(/^(?:Rp\.?|IDR|US\$|\$)\s*/i, '')
    .replace(/%$/, '')
    .trimEnd()
    .replace(/(?<![,-])[,-]+$/, '')
    .trim();
  // "+2.7%" in a column of changes is 2.7.
  if (!/^[-+]?\s*(?:\d[\d.,]*|[.,]\d+)$/.test(text)) return undefined;
  const negative = /^-/.test(text);
  const digits = text.replace(/^[-+]\s*/, '');
  const parsed = parseLocaleNumber(digits, style);
  if (!parsed) return undefined;
  return {
    cell,
    value: negative ? -parsed.value : parsed.value,
    decimals: parsed.decimals,
    raw: digits,
    percent,
    ...(comparator ? { comparator } : {}),
    ...(parenthesized ? { parenthesized } : {}),
    ...(stars ? { stars } : {}),
  };
}

/**
 * `text.replace(/\(.*\)/, '')` in linear time (the pattern is quadratic on many '(' without ')'):
 * from the first '(' that a ')' later on its line closes, to the last ')' on that line.
 */
export function withoutParenthesis(text: string): string {
  const lineBreak = /[\n\r\u2028\u2029]/g;
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf('(', from);
    if (open < 0) break;
    lineBreak.lastIndex = open;
    const lineEnd = lineBreak.exec(text)?.index ?? text.length;
    const close = text.lastIndexOf(')', lineEnd - 1);
    if (close > open) return text.slice(0, open) + text.slice(close + 1);
    // No ')' after this '(' on its line, so none after a later '(' on it either.
    from = lineEnd + 1;
  }
  return text;
}

/**
 * The place or subject a caption is about: "… Kemiskinan di Jawa Tengah Tahun 2019-2023" →
 * "jawa tengah"; "… in Central Java, 2019–2023" → "central java".
 */
export function captionEntity(caption: string | undefined): string | undefined {
  if (!caption) return undefined;
  const m =
    /\b(?:di|pada|in|of|for)\s+((?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Regency|Province|City)?\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(
      caption,
    );
  if (!m) return undefined;
  const words = m[1].split(/\s+/).filter((w) => !/^(Tahun|Year|Periode|Period|Menurut|By|Berdasarkan)$/i.test(w));
  // Stop at the first word that starts the period or a new phrase.
  const cut = words.findIndex((w) => /^(Tahun|Year|Periode|Period)$/i.test(w));
  const entity = (cut >= 0 ? words.slice(0, cut) : words).join(' ').trim();
  return entity ? entity.toLowerCase() : undefined;
}

/** "Tabel 1", or "the table at line N" when it has no numbered caption. */
export function tableName(table: StatTable): string {
  return table.table.label ?? (table.table.latexLabel ? `table ${table.table.latexLabel}` : 'the table');
}

/** A column's header without its unit: "Persentase Penduduk Miskin (%)" → "Persentase Penduduk Miskin". */
export function columnName(column: TableColumn): string {
  return withoutTrailingParenthesis(column.header) || `column ${column.index + 1}`;
}

/** A row as messages name it: its path ("Eksperimen, Posttest"). */
export function rowName(row: TableRow): string {
  return row.path.join(', ') || row.key || `row ${row.index + 1}`;
}

/**
 * `text.replace(/\s*\([^)]*\)\s*$/, '')` in linear time (the pattern is quadratic on runs of
 * white space or of '('): a final "(…)" holding no ')' is cut, with the white space around it.
 */
export function withoutTrailingParenthesis(text: string): string {
  const end = text.trimEnd().length;
  if (end === 0 || text[end - 1] !== ')') return text;
  const open = text.indexOf('(', text.lastIndexOf(')', end - 2) + 1);
  if (open < 0 || open > end - 2) return text;
  let start = open;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return text.slice(0, start);
}
