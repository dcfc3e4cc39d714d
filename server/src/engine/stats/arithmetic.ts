// A table that contradicts itself: a total row ("Jumlah", "Total") or total column that is not
// the sum of its parts, a percentage column of a distribution that does not add up to 100, the
// percentages of a frequency table that do not follow from its counts, a percentage column that
// does not follow from the part and the whole it is a share of ("Persentase Penduduk Miskin" =
// "Jumlah Penduduk Miskin" / "Jumlah Penduduk"), and a difference column ("Selisih", "Gain",
// "M diff", "Post − Pre") that is not the difference of the columns it names. All within rounding:
// n values rounded to d decimals may miss their total by n·0.5·10^-d.
import { checkP, DEFAULT_ALPHA, type Tails, type TestKind } from './reportedTests/distributions';
import type { NumberStyle } from '../numbers/parse';
import { labelPattern } from './labels';
import type { NumericCell, StatTable, TableColumn, TableRow } from './tables';
import { columnName } from './tables';

export interface TableProblem {
  table: StatTable;
  kind: 'total-row' | 'total-column' | 'percent-sum' | 'count-percent' | 'ratio' | 'difference' | 'anova' | 'coefficient' | 'effect-size' | 'p-value';
  /** The cell that does not follow. */
  cell: NumericCell;
  row: TableRow;
  column: TableColumn;
  stated: number;
  expected: number;
  /** Decimals to show the expected value with. */
  decimals: number;
  /** The cells it was computed from. */
  basis: NumericCell[];
  /** What the expected value is: "the rows above", "Jumlah Penduduk Miskin / Jumlah Penduduk", … */
  how: string;
  /** For an η²: the sums-of-squares column and the row it is divided by (the error row when partial). */
  over?: { column: string; row: string; partial: boolean };
  severity?: 'warning';
}

/** How far a sum of rounded values may miss its total; whole counts are exact. */
function roundingSlack(parts: NumericCell[], total: NumericCell): number {
  const partDecimals = Math.max(0, ...parts.map((p) => p.decimals));
  if (partDecimals === 0 && total.decimals === 0) return 1e-9;
  return parts.length * 0.5 * 10 ** -partDecimals + 0.5 * 10 ** -total.decimals + 1e-9;
}

export function tableProblems(table: StatTable, style: NumberStyle): TableProblem[] {
  void style;
  if (table.dataRows.length < 1) return [];
  // A table of regression coefficients may hold one predictor (and the constant, a data row too).
  if (table.dataRows.length < 2) return [...coefficientTable(table), ...testPValues(table)];
  return [
    ...totalRows(table),
    ...totalColumns(table),
    ...percentColumns(table),
    ...ratioColumns(table),
    ...differenceColumns(table),
    ...anovaTable(table),
    ...etaSquared(table),
    ...coefficientTable(table),
    ...testPValues(table),
  ];
}

/** A column of p-values: "Sig.", "Sig. (2-tailed)", "p", "p-value", "Prob.", "Signifikansi". */
const P_HEADER = /^(?:sig\.?|p|p[-\s]?values?|prob\.?|probabilit(?:y|as)|signifikansi|asymp\.?\s*sig\.?)$/i;

/**
 * The p of each row of a t-test or ANOVA table must follow from its own statistic and degrees of
 * freedom, as in prose (statcheck's rule: p recomputed over the statistic's rounding interval):
 * an independent-samples table "t | df | Sig. (2-tailed)" row by row; an ANOVA table "df | F |
 * Sig." with the error row's df as the second ("Within Groups", "Residual", "Galat"). SPSS's
 * "0.000" is read as p < 0.001. Where the header says neither tail, one tail is allowed too.
 */
function* testPValues(table: StatTable): Iterable<TableProblem> {
  const find = (re: RegExp) => dataColumns(table).filter((c) => re.test(headerWithoutParentheses(c)));
  const [ts, fs, dfs, ps] = [find(T_HEADER), find(F_HEADER), find(DF_HEADER), find(P_HEADER)];
  const found: TableProblem[] = [];
  // SPSS's independent-samples table also holds Levene's F and its Sig. before t: the t-test is
  // t, the df after it and the Sig. after that.
  if (ts.length === 0 && (fs.length !== 1 || dfs.length !== 1)) return;
  if (ts.length === 0) {
    yield* testPColumns(table, 'F', fs[0], dfs[0], ps);
    return;
  }
  // Each t with the df and p of its own block: "β | SE | df | t | p" once per model, side by side.
  ts.forEach((t, k) => {
    const from = ts[k - 1]?.index ?? -1;
    const to = ts[k + 1]?.index ?? Infinity;
    const inBlock = (c: TableColumn) => c.index > from && c.index < to;
    // The df nearest the t in its block (SPSS: "t | df | Sig."; R: "df | t | p"), the one after it on a tie.
    const df = dfs
      .filter(inBlock)
      .sort((x, y) => Math.abs(x.index - t.index) - Math.abs(y.index - t.index) || y.index - x.index)
      .at(0);
    found.push(...testPColumns(table, 't', t, df, ps.filter(inBlock)));
  });
  yield* found;
}

function* testPColumns(table: StatTable, kind: TestKind, statistic: TableColumn, df: TableColumn | undefined, ps: TableColumn[]): Iterable<TableProblem> {
  const p = ps.find((c) => c.index > Math.max(statistic.index, df?.index ?? 0));
  if (!df || !p) return;
  const tails: Tails = /1[-\s]?tailed|one[-\s]?tailed|satu\s+arah/i.test(p.header)
    ? 'one'
    : /2[-\s]?tailed|two[-\s]?tailed|dua\s+arah/i.test(p.header)
      ? 'two'
      : 'either';
  const at = (r: TableRow, c: TableColumn) => {
    const cell = r.numbers[c.index];
    return cell && !cell.parenthesized ? cell : undefined;
  };
  const errorRow = kind === 'F' ? table.rows.find((r) => ERROR_ROW.test(r.key.trim())) : undefined;
  if (kind === 'F' && !errorRow) return;
  const df2 = errorRow ? at(errorRow, df) : undefined;
  if (kind === 'F' && (!df2 || df2.comparator)) return;
  for (const row of table.dataRows) {
    if (row === errorRow) continue;
    const [s, d, q] = [at(row, statistic), at(row, df), at(row, p)];
    if (!s || !d || !q || s.comparator || d.comparator || d.value <= 0 || q.value > 1) continue;
    const degrees = kind === 't' ? { df1: d.value } : { df1: d.value, df2: df2!.value };
    // "0,000" is p < 0,0005, read leniently as p < 0,001; "< .001" as written.
    const reported =
      q.comparator === '<' || q.comparator === '>'
        ? { value: q.value, decimals: q.decimals, operator: q.comparator }
        : q.value === 0
          ? { value: 0.001, decimals: 3, operator: '<' as const }
          : { value: q.value, decimals: q.decimals, operator: '=' as const };
    const verdict = checkP(kind, { value: s.value, decimals: s.decimals, operator: '=' }, degrees, reported, tails, DEFAULT_ALPHA);
    if (verdict.consistent) continue;
    const dfText = kind === 't' ? d.raw : `${d.raw}, ${df2!.raw}`;
    yield {
      table,
      kind: 'p-value',
      cell: q,
      row,
      column: p,
      stated: q.value,
      expected: verdict.range.point,
      decimals: Math.max(q.decimals, 3),
      basis: kind === 't' ? [s, d] : [s, d, df2!],
      how: `p (${kind} = ${s.raw}, df = ${dfText})`,
      ...(verdict.decisionError ? {} : { severity: 'warning' as const }),
    };
  }
}

/** A header without its parentheses: "Sig. (2-tailed)" → "Sig.", "Sum of Squares (SS)" → "Sum of Squares". */
function headerWithoutParentheses(c: TableColumn): string {
  return c.header.replace(/\([^()]*\)/g, '').trim();
}

function dataColumns(table: StatTable): TableColumn[] {
  return table.columns.filter((c) => c.index >= table.stub && c.numeric);
}

function isPercentColumn(table: StatTable, column: TableColumn): boolean {
  return column.unit === 'percent' || table.dataRows.every((r) => !r.numbers[column.index] || r.numbers[column.index]!.percent);
}

const STATISTIC_ROW =
  /^(?:n|valid\s+n(?:\s*\(listwise\))?|minimum|maximum|min|max|range|mean|median|mode|std\.?\s*deviation|std\.?\s*dev\.?|variance|skewness|kurtosis|rata[\s-]?rata|simpangan\s+baku|varians)$/iu;
const NUMBERING_HEADER = /^(?:no\.?|nomor|nomor\s+(?:butir|item|soal|urut|pernyataan)|item\s+no\.?|no\.?\s+(?:butir|item|soal))$/iu;

function* totalRows(table: StatTable): Iterable<TableProblem> {
  const totalRow = table.rows.find((r) => r.summary === 'total');
  if (!totalRow) return;
  // Rows of several groups with subtotals ("Jumlah" after each group) are not one sum.
  if (table.rows.filter((r) => r.summary === 'total').length > 1) return;
  const rowsAbove = table.dataRows.filter((r) => r.index < totalRow.index);
  if (rowsAbove.length < 2) return;
  // SPSS's descriptive statistics (N, Minimum, Maximum, Sum, Mean, Std. Deviation as rows): "Sum" there
  // is one statistic beside others, not the total of the rows above it.
  if (rowsAbove.some((r) => STATISTIC_ROW.test(r.key.trim()))) return;
  for (const column of dataColumns(table)) {
    // A column that numbers the rows or items ("No", "Nomor Butir") is no quantity.
    if (NUMBERING_HEADER.test(column.header.trim())) continue;
    const total = totalRow.numbers[column.index];
    if (!total || total.comparator) continue;
    const parts = rowsAbove.map((r) => r.numbers[column.index]);
    if (parts.some((p) => !p || p.comparator || p.parenthesized)) continue;
    // A row above whose cell is text with a figure in it ("~8.400.000 (estimasi …)") is part of the
    // sum the table cannot be read for.
    if (unreadAbove(table, totalRow, column)) continue;
    const cells = parts as NumericCell[];
    const sum = cells.reduce((a, p) => a + p.value, 0);
    // A percentage column's "Jumlah" is a sum only when it says 100; a mean or score is not summed.
    // A percentage column's parts that themselves add up to 100 make it a distribution: its total row must say so.
    if (isPercentColumn(table, column) && Math.abs(total.value - 100) > roundingSlack(cells, total) && Math.abs(sum - 100) > roundingSlack(cells, total))
      continue;
    if (Math.abs(sum - total.value) <= roundingSlack(cells, total)) continue;
    // A total that is the mean of the rows (an average score labelled "Jumlah") is another statistic.
    const mean = sum / cells.length;
    if (Math.abs(mean - total.value) <= roundingSlack(cells, total) / cells.length + 0.5 * 10 ** -total.decimals) continue;
    yield {
      table,
      kind: 'total-row',
      cell: total,
      row: totalRow,
      column,
      stated: total.value,
      expected: sum,
      decimals: Math.max(total.decimals, ...cells.map((c) => c.decimals)),
      basis: cells,
      how: 'the rows above',
    };
  }
}

function unreadAbove(table: StatTable, totalRow: TableRow, column: TableColumn): boolean {
  return table.rows.some((r) => {
    if (r.index >= totalRow.index || r.summary || r.numbers[column.index]) return false;
    const text = r.cells[column.index]?.text.trim() ?? '';
    return /\d/.test(text);
  });
}

function* totalColumns(table: StatTable): Iterable<TableProblem> {
  const totalColumn = dataColumns(table).find((c) => c.summary === 'total');
  if (!totalColumn) return;
  const parts = dataColumns(table).filter((c) => c.index < totalColumn.index && !isPercentColumn(table, c) && table.dataRows.every((r) => r.numbers[c.index]));
  if (parts.length < 2) return;
  const rows = table.rows.filter((r) => r.numbers[totalColumn.index] && parts.every((c) => r.numbers[c.index]));
  const wrong = rows.filter((r) => {
    const cells = parts.map((c) => r.numbers[c.index]!);
    return Math.abs(cells.reduce((a, c) => a + c.value, 0) - r.numbers[totalColumn.index]!.value) > roundingSlack(cells, r.numbers[totalColumn.index]!);
  });
  // The column is a sum only if most rows say so; otherwise it holds something else.
  if (wrong.length === 0 || wrong.length * 2 >= rows.length) return;
  for (const r of wrong) {
    const total = r.numbers[totalColumn.index]!;
    const cells = parts.map((c) => r.numbers[c.index]!);
    yield {
      table,
      kind: 'total-column',
      cell: total,
      row: r,
      column: totalColumn,
      stated: total.value,
      expected: cells.reduce((a, c) => a + c.value, 0),
      decimals: total.decimals,
      basis: cells,
      how: parts.map((c) => c.header).join(' + '),
    };
  }
}

/**
 * A distribution: a percentage column whose rows are the categories of one whole (with a count
 * column beside it, or a total row of 100) must add up to 100, and each percentage must be its
 * count's share of the counts' total.
 */
function* percentColumns(table: StatTable): Iterable<TableProblem> {
  const columns = dataColumns(table);
  for (const percent of columns.filter((c) => isPercentColumn(table, c))) {
    const rows = table.dataRows.filter((r) => r.numbers[percent.index]);
    if (rows.length < 2 || rows.length !== table.dataRows.length) continue;
    const cells = rows.map((r) => r.numbers[percent.index]!);
    if (cells.some((c) => c.comparator || c.value < 0 || c.value > 100)) continue;
    // The counts it is a share of: the count column right before it, all whole numbers.
    const count = [...columns].reverse().find((c) => c.index < percent.index && !isPercentColumn(table, c));
    const counts = count ? rows.map((r) => r.numbers[count.index]) : [];
    const haveCounts =
      count !== undefined &&
      counts.every((c) => c && c.decimals === 0 && c.value >= 0) &&
      /\b(?:f|n|frekuensi|frequency|jumlah|count|responden|orang|siswa|mahasiswa)\b/i.test(count.header);
    const totalRow = table.rows.find((r) => r.summary === 'total');
    if (haveCounts) {
      const sum = counts.reduce((a, c) => a + c!.value, 0);
      if (sum === 0) continue;
      const shares = rows.map((_, i) => (counts[i]!.value / sum) * 100);
      // Shares may be rounded so that they add up to 100: one unit of the last place is allowed.
      const off = rows.map((_, i) => Math.abs(shares[i] - cells[i].value) > 10 ** -cells[i].decimals + 1e-9);
      // The column is the counts' shares only when most rows say so; else it is another percentage.
      if (off.filter(Boolean).length * 3 > rows.length) continue;
      for (let i = 0; i < rows.length; i++) {
        if (!off[i]) continue;
        yield {
          table,
          kind: 'count-percent',
          cell: cells[i],
          row: rows[i],
          column: percent,
          stated: cells[i].value,
          expected: shares[i],
          decimals: cells[i].decimals,
          basis: [counts[i]!],
          how: `${counts[i]!.raw} / ${sum}`,
          severity: 'warning',
        };
      }
      continue;
    }
    // Without counts, only a total row that says 100 makes the column a distribution.
    const total = totalRow?.numbers[percent.index];
    if (!total || Math.abs(total.value - 100) > 1e-9) continue;
    const sum = cells.reduce((a, c) => a + c.value, 0);
    if (Math.abs(sum - 100) <= roundingSlack(cells, total)) continue;
    yield {
      table,
      kind: 'percent-sum',
      cell: total,
      row: totalRow!,
      column: percent,
      stated: 100,
      expected: sum,
      decimals: Math.max(...cells.map((c) => c.decimals)),
      basis: cells,
      how: 'the percentages above',
    };
  }
}

/**
 * "Persentase X" = "Jumlah X" / "Jumlah <part of X>" × 100, when the headers name the part and
 * the whole: the percentage's words equal the part's, and the whole's words are a subset of them.
 */
function* ratioColumns(table: StatTable): Iterable<TableProblem> {
  const columns = dataColumns(table);
  const keys = (c: TableColumn) => new Set((labelPattern(c.header).alternatives[0] ?? []).filter((k) => !GENERIC.has(k)));
  for (const percent of columns.filter((c) => c.unit === 'percent')) {
    const pKeys = keys(percent);
    if (pKeys.size === 0) continue;
    const counts = columns.filter((c) => c.unit !== 'percent' && c !== percent);
    const part = counts.find((c) => sameSet(keys(c), pKeys));
    if (!part) continue;
    const whole = counts.find((c) => c !== part && keys(c).size > 0 && [...keys(c)].every((w) => pKeys.has(w)) && keys(c).size < pKeys.size);
    if (!whole) continue;
    for (const r of table.dataRows) {
      const p = r.numbers[percent.index];
      const a = r.numbers[part.index];
      const b = r.numbers[whole.index];
      if (!p || !a || !b || b.value === 0) continue;
      const computed = (a.value / b.value) * 100;
      // Counts from different sources (survey vs census) differ a little; flag a real gap only.
      const tolerance = Math.max(0.5 * 10 ** -p.decimals, Math.abs(computed) * 0.01);
      if (Math.abs(computed - p.value) <= tolerance) continue;
      yield {
        table,
        kind: 'ratio',
        cell: p,
        row: r,
        column: percent,
        stated: p.value,
        expected: computed,
        decimals: p.decimals,
        basis: [a, b],
        how: `${part.header} / ${whole.header}`,
        severity: 'warning',
      };
    }
  }
}

const GENERIC = new Set(['total', 'percent', 'proporsi', 'number', 'share', 'jiwa', 'orang', 'n', 'frequency']);

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * A difference column whose header says how it derives: "Selisih", "Δ", "Gain", "M diff",
 * "Peningkatan", "Post − Pre": the difference of the two columns it names (or, naming none, of
 * the last two columns of the same statistic before it), in either order, for every row.
 */
function* differenceColumns(table: StatTable): Iterable<TableProblem> {
  const columns = dataColumns(table);
  for (const diff of columns) {
    if (
      !/\b(?:selisih|beda|perbedaan|diff(?:erence)?|gain|peningkatan|kenaikan|change|perubahan)\b|Δ|∆/i.test(diff.header) ||
      /n[\s-]?gain|%/i.test(diff.header)
    )
      continue;
    const before = columns.filter((c) => c.index < diff.index && !isPercentColumn(table, c));
    // The two it is the difference of: post and pre (or the two means) before it.
    const post = before.filter(
      (c) => /\b(?:post|posttest|post-test|sesudah|setelah|akhir|after)\b/i.test(c.header) && !/\b(?:sd|std|simpangan)\b/i.test(c.header),
    );
    const pre = before.filter((c) => /\b(?:pre|pretest|pre-test|sebelum|awal|before)\b/i.test(c.header) && !/\b(?:sd|std|simpangan)\b/i.test(c.header));
    if (post.length !== 1 || pre.length !== 1) continue;
    const rows = table.dataRows.filter((r) => r.numbers[diff.index] && r.numbers[post[0].index] && r.numbers[pre[0].index]);
    if (rows.length < 2) continue;
    const deviation = (r: TableRow) => {
      const d = r.numbers[diff.index]!;
      const expected = r.numbers[post[0].index]!.value - r.numbers[pre[0].index]!.value;
      const slack = 0.5 * 10 ** -d.decimals + 0.5 * 10 ** -r.numbers[post[0].index]!.decimals + 0.5 * 10 ** -r.numbers[pre[0].index]!.decimals + 1e-9;
      return { d, expected, off: Math.abs(Math.abs(d.value) - Math.abs(expected)) > slack };
    };
    const results = rows.map((r) => ({ r, ...deviation(r) }));
    const wrong = results.filter((x) => x.off);
    // A column that is the difference in most rows; the rows where it is not are the problems.
    if (wrong.length === 0 || wrong.length * 2 >= results.length) continue;
    for (const w of wrong) {
      yield {
        table,
        kind: 'difference',
        cell: w.d,
        row: w.r,
        column: diff,
        stated: w.d.value,
        expected: w.expected,
        decimals: w.d.decimals,
        basis: [w.r.numbers[post[0].index]!, w.r.numbers[pre[0].index]!],
        how: `${post[0].header} − ${pre[0].header}`,
      };
    }
  }
}

const SS_HEADER = /^(?:type\s+iii\s+)?(?:sum\s+of\s+squares|jumlah\s+kuadrat|ss|jk)$/i;
const DF_HEADER = /^(?:df|db|dk|d\.f\.|derajat\s+bebas)$/i;
const MS_HEADER = /^(?:mean\s+squares?|rata[\s-]?rata\s+kuadrat|kuadrat\s+tengah|ms|rk|kt)$/i;
const F_HEADER = /^(?:f|f\s*hitung|f[-\s]?value|f\s*ratio)$/i;
const ERROR_ROW = /^(?:residual|error|within(?:\s+groups)?|galat|sisa|dalam(?:\s+kelompok)?|residu)$/i;

/**
 * An ANOVA table (SPSS "Sum of Squares | df | Mean Square | F | Sig."): each mean square is its
 * sum of squares over its degrees of freedom, and each F the effect's mean square over the
 * error's. Within the rounding of the cells it is computed from.
 */
function* anovaTable(table: StatTable): Iterable<TableProblem> {
  const find = (re: RegExp) => dataColumns(table).find((c) => re.test(headerWithoutParentheses(c)));
  const ss = find(SS_HEADER);
  const df = find(DF_HEADER);
  const ms = find(MS_HEADER);
  const f = find(F_HEADER);
  if (!ss || !df || !ms) return;
  const at = (r: TableRow, c: TableColumn) => {
    const cell = r.numbers[c.index];
    return cell && !cell.comparator && !cell.parenthesized ? cell : undefined;
  };
  const errorRow = table.rows.find((r) => ERROR_ROW.test(r.key.trim()));
  for (const row of table.rows) {
    if (row.summary === 'total') continue;
    const [a, d, m] = [at(row, ss), at(row, df), at(row, ms)];
    if (!a || !d || !m || d.value <= 0 || d.decimals !== 0) continue;
    const expected = a.value / d.value;
    const slack = 0.5 * 10 ** -m.decimals + (0.5 * 10 ** -a.decimals) / d.value + 1e-9;
    if (Math.abs(expected - m.value) > slack) {
      yield {
        table,
        kind: 'anova',
        cell: m,
        row,
        column: ms,
        stated: m.value,
        expected,
        decimals: Math.max(m.decimals, 2),
        basis: [a, d],
        how: `${columnName(ss)} / ${columnName(df)}`,
      };
      continue;
    }
    if (!f || !errorRow || row === errorRow) continue;
    const fCell = at(row, f);
    const e = at(errorRow, ms);
    if (!fCell || !e || e.value <= 0) continue;
    const em = 0.5 * 10 ** -m.decimals;
    const ee = 0.5 * 10 ** -e.decimals;
    const low = (m.value - em) / (e.value + ee) - 0.5 * 10 ** -fCell.decimals;
    const high = (m.value + em) / Math.max(e.value - ee, 1e-12) + 0.5 * 10 ** -fCell.decimals;
    if (fCell.value >= low - 1e-9 && fCell.value <= high + 1e-9) continue;
    yield {
      table,
      kind: 'anova',
      cell: fCell,
      row,
      column: f,
      stated: fCell.value,
      expected: m.value / e.value,
      decimals: Math.max(fCell.decimals, 2),
      basis: [m, e],
      how: `${columnName(ms)} / ${columnName(ms)} of ${errorRow.key.trim()}`,
    };
  }
}

/** The last header of an SPSS coefficients table's columns: "B", "Std. Error", "t". */
const B_HEADER = /^b$/i;
const ESTIMATE_HEADER = /^(?:estimate|est\.?|coef\.?|coefficient|koefisien)$/i;
const BETA_HEADER = /^(?:β|beta)$/i;
const SE_HEADER = /^(?:std\.?\s*error|standard\s+error|s\.?\s*e\.?|galat\s+baku|kesalahan\s+standar|standar\s+error)$/i;
const T_HEADER = /^(?:t|t\s*hitung|t[-\s]?(?:value|stat|statistic))$/i;

/**
 * A table of regression coefficients (SPSS "Coefficients": B, Std. Error, Beta, t, Sig.): each
 * row's t must be B / Std. Error, within the rounding of the three as written.
 */
function* coefficientTable(table: StatTable): Iterable<TableProblem> {
  const last = (c: TableColumn) => (c.path[c.path.length - 1] ?? c.header).replace(/\([^()]*\)/g, '').trim();
  const columns = dataColumns(table);
  // SPSS's "B" (beside "Beta"), else R's and Stata's "Estimate", "Coef.", or a lone "β".
  const b = [B_HEADER, ESTIMATE_HEADER, BETA_HEADER].map((re) => columns.filter((c) => re.test(last(c)))).find((found) => found.length > 0) ?? [];
  const se = columns.filter((c) => SE_HEADER.test(last(c)));
  const t = columns.filter((c) => T_HEADER.test(last(c)));
  if (b.length !== 1 || se.length !== 1 || t.length !== 1) return;
  for (const row of table.rows) {
    const [bc, sc, tc] = [row.numbers[b[0].index], row.numbers[se[0].index], row.numbers[t[0].index]];
    if (!bc || !sc || !tc || bc.comparator || sc.comparator || tc.comparator || bc.parenthesized || sc.parenthesized) continue;
    const eb = 0.5 * 10 ** -bc.decimals;
    const es = 0.5 * 10 ** -sc.decimals;
    if (sc.value - es <= 0) continue;
    // Every B and SE the written figures may stand for, and every t that rounds to the written one.
    const quotients = [
      (bc.value - eb) / (sc.value - es),
      (bc.value - eb) / (sc.value + es),
      (bc.value + eb) / (sc.value - es),
      (bc.value + eb) / (sc.value + es),
    ];
    const et = 0.5 * 10 ** -tc.decimals;
    if (tc.value + et >= Math.min(...quotients) - 1e-9 && tc.value - et <= Math.max(...quotients) + 1e-9) continue;
    yield {
      table,
      kind: 'coefficient',
      cell: tc,
      row,
      column: t[0],
      stated: tc.value,
      expected: bc.value / sc.value,
      decimals: Math.max(tc.decimals, 2),
      basis: [bc, sc],
      how: `${columnName(b[0])} / ${columnName(se[0])}`,
    };
  }
}

const ETA_HEADER = /^(partial\s+)?(?:eta\s*squared|eta\s*²|eta2|η\s*²|η2|η\^2)$/i;
const TOTAL_ROW = /^(?:total|corrected\s+total|jumlah|total\s+terkoreksi)$/i;

/**
 * An ANOVA table's effect size: η² = SS of the effect / SS total, partial η² = SS of the effect /
 * (SS of the effect + SS of the error row), within the rounding of the sums of squares and of η².
 */
function* etaSquared(table: StatTable): Iterable<TableProblem> {
  const columns = dataColumns(table);
  const ss = columns.find((c) => SS_HEADER.test(headerWithoutParentheses(c)));
  const eta = columns.find((c) => ETA_HEADER.test((c.path[c.path.length - 1] ?? c.header).trim()));
  if (!ss || !eta) return;
  const partial = ETA_HEADER.exec((eta.path[eta.path.length - 1] ?? eta.header).trim())?.[1] !== undefined;
  const at = (r: TableRow | undefined, c: TableColumn) => {
    const cell = r?.numbers[c.index];
    return cell && !cell.comparator && !cell.parenthesized ? cell : undefined;
  };
  const errorRow = table.rows.find((r) => ERROR_ROW.test(r.key.trim()));
  const totalRow = table.rows.find((r) => TOTAL_ROW.test(r.key.trim()));
  const denominator = partial ? at(errorRow, ss) : at(totalRow, ss);
  if (!denominator) return;
  for (const row of table.rows) {
    if (row === errorRow || row === totalRow || row.summary === 'total') continue;
    const [a, e] = [at(row, ss), at(row, eta)];
    if (!a || !e || a.value < 0) continue;
    const ea = 0.5 * 10 ** -a.decimals;
    const ed = 0.5 * 10 ** -denominator.decimals;
    // η² = a / total, or a / (a + error): the extremes over every value the written sums may stand for.
    const ratio = (x: number, d: number) => (partial ? x / (x + d) : x / d);
    const low = ratio(Math.max(0, a.value - ea), denominator.value + ed);
    const high = denominator.value - ed > 0 ? ratio(a.value + ea, denominator.value - ed) : Infinity;
    const ee = 0.5 * 10 ** -e.decimals;
    if (e.value + ee >= low - 1e-9 && e.value - ee <= high + 1e-9) continue;
    yield {
      table,
      kind: 'effect-size',
      cell: e,
      row,
      column: eta,
      stated: e.value,
      expected: ratio(a.value, denominator.value),
      decimals: Math.max(e.decimals, 2),
      over: { column: columnName(ss), row: (partial ? errorRow! : totalRow!).key.trim(), partial },
      basis: [a, denominator],
      how: partial
        ? `${columnName(ss)} / (${columnName(ss)} + ${columnName(ss)} of ${errorRow!.key.trim()})`
        : `${columnName(ss)} / ${columnName(ss)} of ${totalRow!.key.trim()}`,
    };
  }
}
