// How the statistics checks name what they compared: tables, rows, columns, cells, numbers.
import type { RelatedLocation } from '../../findings';
import { formatNumber, type NumberStyle, type NumberToken } from '../../numbers/parse';
import type { CellRef } from '../../stats/analysis';
import { columnName, rowName, tableName, type NumericCell, type StatTable } from '../../stats/tables';

export { columnName, rowName, tableName };

export function cellLocation(cell: NumericCell, message: string): RelatedLocation {
  return { file: cell.cell.file, start: cell.cell.start, end: cell.cell.end, message };
}

/** The number as written plus its unit sign: "9,22%", "26.424.020". */
export function written(number: NumberToken): string {
  return `${number.raw}${number.percent ? '%' : ''}`;
}

/** A cell as written in the table: "9,41", "50%". */
export function cellText(cell: NumericCell): string {
  return `${cell.raw}${cell.percent ? '%' : ''}`;
}

/** "Tabel 2 (Persentase Penduduk Miskin, 2020)". */
export function cellName(ref: CellRef): string {
  return `${tableName(ref.table)} (${rowName(ref.row)}, ${columnName(ref.column)})`;
}

/** A computed value at the precision it is compared at, in the manuscript's style. */
export function shown(value: number, decimals: number, style: NumberStyle): string {
  return formatNumber(value, decimals, style);
}

/** Where a cell sits in its table: "2020, Jumlah Penduduk Miskin", or its text when not found. */
export function cellPlace(table: StatTable, cell: NumericCell): string {
  for (const row of table.rows) {
    const index = row.numbers.indexOf(cell);
    if (index >= 0) return `${rowName(row)}, ${columnName(table.columns[index])}`;
  }
  return cell.raw;
}
