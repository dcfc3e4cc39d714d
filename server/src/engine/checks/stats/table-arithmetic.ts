// stats/table-arithmetic — a table that contradicts itself: a total row ("Jumlah", "Total") or
// total column that is not the sum of its parts, shares that do not add up to 100, or a
// percentage column that does not follow from the table's own counts ("Persentase Penduduk
// Miskin" against "Jumlah Penduduk Miskin" / "Jumlah Penduduk"). All within rounding: n values
// rounded to d decimals may miss their total by n·0.5·10^-d. Silent for columns with gaps, for
// percentage totals that are not 100 (an overall rate, not a sum), and for ratios whose columns
// the headers do not name as part and whole.
import type { Check } from '../check';
import type { FindingDraft } from '../../findings';
import { formatNumber, type NumberStyle } from '../../numbers/parse';
import type { NumericCell, StatTable, TableColumn } from '../../stats/tables';
import { cellLocation, columnName, tableName } from './messages';

const GENERIC_HEADER_WORDS = new Set([
  'jumlah',
  'persentase',
  'persen',
  'proporsi',
  'total',
  'number',
  'percentage',
  'percent',
  'share',
  'of',
  'the',
  'dan',
  'and',
  'jiwa',
  'orang',
  'n',
  '%',
]);

function contentWords(column: TableColumn): Set<string> {
  return new Set(column.words.filter((w) => !GENERIC_HEADER_WORDS.has(w)));
}

/** How far a sum of rounded values may miss its total; whole counts are exact. */
function roundingSlack(parts: NumericCell[], total: NumericCell): number {
  const partDecimals = Math.max(0, ...parts.map((p) => p.decimals));
  if (partDecimals === 0 && total.decimals === 0) return 1e-9;
  return parts.length * 0.5 * 10 ** -partDecimals + 0.5 * 10 ** -total.decimals + 1e-9;
}

export const tableArithmetic: Check = {
  meta: {
    code: 'stats/table-arithmetic',
    description: 'A total, share or percentage in a table that does not follow from the table itself.',
    defaultSeverity: 'error',
  },
  *run({ analysis }) {
    const { tables, style } = analysis.statistics;
    for (const table of tables) {
      yield* totalRows(table, style);
      yield* totalColumns(table, style);
      yield* ratioColumns(table, style);
    }
  },
};

function* totalRows(table: StatTable, style: NumberStyle): Iterable<FindingDraft> {
  const totalRow = table.rows.find((r) => r.summary === 'total');
  if (!totalRow || table.dataRows.length < 2) return;
  for (const column of table.columns) {
    const total = totalRow.numbers[column.index];
    if (column.index === 0 || !total) continue;
    const parts = table.dataRows.map((r) => r.numbers[column.index]);
    if (parts.some((p) => !p)) continue;
    const cells = parts as NumericCell[];
    const sum = cells.reduce((a, p) => a + p.value, 0);
    // A percentage column's "Jumlah" is a sum only when it says 100.
    if (column.unit === 'percent' && Math.abs(total.value - 100) > roundingSlack(cells, total)) continue;
    if (Math.abs(sum - total.value) <= roundingSlack(cells, total)) continue;
    yield {
      file: total.cell.file,
      start: total.cell.start,
      end: total.cell.end,
      message: `${tableName(table)}: the ${totalRow.key} row gives ${formatNumber(total.value, total.decimals, style)} for ${columnName(column)}, but the rows above add up to ${formatNumber(sum, Math.max(...cells.map((c) => c.decimals)), style)}`,
      related: cells.slice(0, 1).map((c) => cellLocation(c, 'first of the rows summed')),
      data: { table: tableName(table), column: columnName(column), stated: total.value, expected: sum },
    };
  }
}

function* totalColumns(table: StatTable, style: NumberStyle): Iterable<FindingDraft> {
  const totalColumn = table.columns.find((c) => c.isTotal && c.index > 0);
  if (!totalColumn) return;
  const parts = table.columns.filter((c) => c.index > 0 && c !== totalColumn && c.unit !== 'percent' && table.dataRows.every((r) => r.numbers[c.index]));
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
    const sum = parts.reduce((a, c) => a + r.numbers[c.index]!.value, 0);
    yield {
      file: total.cell.file,
      start: total.cell.start,
      end: total.cell.end,
      message: `${tableName(table)}: ${columnName(totalColumn)} for ${r.key} is ${formatNumber(total.value, total.decimals, style)}, but ${parts.map(columnName).join(' + ')} = ${formatNumber(sum, total.decimals, style)}`,
      data: { table: tableName(table), row: r.key, stated: total.value, expected: sum },
    };
  }
}

/**
 * "Persentase X" = "Jumlah X" / "Jumlah <part of X>" × 100, when the headers name the part and
 * the whole: the percentage's words equal the part's, and the whole's words are a subset of them.
 */
function* ratioColumns(table: StatTable, style: NumberStyle): Iterable<FindingDraft> {
  for (const percent of table.columns.filter((c) => c.unit === 'percent' && c.index > 0)) {
    const pWords = contentWords(percent);
    if (pWords.size === 0) continue;
    const counts = table.columns.filter((c) => c.index > 0 && c.unit !== 'percent' && c !== percent);
    const part = counts.find((c) => sameSet(contentWords(c), pWords));
    if (!part) continue;
    const whole = counts.find(
      (c) => c !== part && contentWords(c).size > 0 && [...contentWords(c)].every((w) => pWords.has(w)) && contentWords(c).size < pWords.size,
    );
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
        file: p.cell.file,
        start: p.cell.start,
        end: p.cell.end,
        severity: 'warning',
        message: `${tableName(table)}, ${r.key}: ${columnName(percent)} is ${formatNumber(p.value, p.decimals, style)}, but ${columnName(part)} / ${columnName(whole)} = ${formatNumber(a.value, a.decimals, style)} / ${formatNumber(b.value, b.decimals, style)} = ${formatNumber(computed, p.decimals, style)}%`,
        related: [cellLocation(a, columnName(part)), cellLocation(b, columnName(whole))],
        data: { table: tableName(table), row: r.key, stated: p.value, expected: computed },
      };
    }
  }
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
