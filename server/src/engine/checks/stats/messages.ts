// How the statistics checks name what they compared: tables, rows, columns, cells, numbers.
// Names the manuscript gives (a table's label, a row's or column's header) are passed as written;
// the engine's fallbacks for unnamed ones ("the table", "column 3") are catalogue messages, so a
// message is in one language throughout.
import type { RelatedLocation } from '../../findings';
import { m, say, type MessageArg, type MessageId } from '../../messages';
import { formatNumber, type NumberStyle, type NumberToken } from '../../numbers/parse';
import type { CellRef } from '../../stats/analysis';
import {
  columnName,
  rowName,
  tableName,
  withoutTrailingParenthesis,
  type NumericCell,
  type StatTable,
  type TableColumn,
  type TableRow,
} from '../../stats/tables';

export { columnName, rowName, tableName };

export function cellLocation(cell: NumericCell, messageId: MessageId, args: Record<string, MessageArg>): RelatedLocation {
  return { file: cell.cell.file, start: cell.cell.start, end: cell.cell.end, ...say(messageId, args) };
}

/** tableName as a message argument: the label as written, else "the table" / "table tab:x" per language. */
export function tableArg(table: StatTable): MessageArg {
  if (table.table.label) return table.table.label;
  return table.table.latexLabel ? m('stats.tableLabelled', { label: table.table.latexLabel }) : m('stats.theTable');
}

/** columnName as a message argument. */
export function columnArg(column: TableColumn): MessageArg {
  return withoutTrailingParenthesis(column.header) ? columnName(column) : m('stats.columnNumber', { number: column.index + 1 });
}

/** rowName as a message argument. */
export function rowArg(row: TableRow): MessageArg {
  return row.path.join(', ') || row.key || m('stats.rowNumber', { number: row.index + 1 });
}

/** The number as written plus its unit sign: "9,22%", "26.424.020". */
export function written(number: NumberToken): string {
  // Like a cell's, the raw digits of a negative figure come without their sign ("= -0.002").
  const sign = number.value < 0 && !/^[-−–]/.test(number.raw.trim()) ? '−' : '';
  return `${sign}${number.raw}${number.percent ? '%' : ''}`;
}

/** A cell as written in the table: "9,41", "50%". */
export function cellText(cell: NumericCell): string {
  // The raw digits of a negative cell come without their sign ("-2,917" is read as −2.917, raw "2,917").
  const sign = cell.value < 0 && !/^[-−–]/.test(cell.raw.trim()) ? '−' : '';
  return `${sign}${cell.raw}${cell.percent ? '%' : ''}`;
}

/** "Tabel 2 (Persentase Penduduk Miskin, 2020)". */
export function cellName(ref: CellRef): string {
  return `${tableName(ref.table)} (${rowName(ref.row)}, ${columnName(ref.column)})`;
}

/** A computed value at the precision it is compared at, in the manuscript's style. */
export function shown(value: number, decimals: number, style: NumberStyle): string {
  return formatNumber(value, decimals, style);
}

/** A cell where it sits in its table: "2020, Jumlah Penduduk Miskin: 9,41", or its text alone when not found. */
export function cellPlaced(table: StatTable, cell: NumericCell): RelatedLocation {
  for (const row of table.rows) {
    const index = row.numbers.indexOf(cell);
    if (index >= 0) return cellLocation(cell, 'stats.rowColumnValue', { row: rowArg(row), column: columnArg(table.columns[index]), value: cellText(cell) });
  }
  return cellLocation(cell, 'stats.rowValue', { row: cell.raw, value: cellText(cell) });
}
