import type { Claim } from '../../stats/claims';
import { withoutTrailingParenthesis, type NumericCell, type StatTable, type TableColumn } from '../../stats/tables';
import type { RelatedLocation } from '../../findings';
import { formatNumber, type NumberStyle } from '../../numbers/parse';

/** "Tabel 1", or "the table at line N" when it has no numbered caption. */
export function tableName(table: StatTable): string {
  return table.table.label ?? (table.table.latexLabel ? `table ${table.table.latexLabel}` : 'the table');
}

export function columnName(column: TableColumn): string {
  // "Persentase Penduduk Miskin (%)" → "Persentase Penduduk Miskin": the unit is in the numbers.
  return withoutTrailingParenthesis(column.header) || `column ${column.index + 1}`;
}

export function cellLocation(cell: NumericCell, message: string): RelatedLocation {
  return { file: cell.cell.file, start: cell.cell.start, end: cell.cell.end, message };
}

/** The claim's number as written plus its unit sign: "9,22%", "26.424.020". */
export function written(claim: Claim): string {
  return `${claim.number.raw}${claim.number.percent ? '%' : ''}`;
}

/** A computed value at the claim's precision, in the document's style. */
export function expected(value: number, claim: Claim, style: NumberStyle, extraDecimals = 0): string {
  return formatNumber(value, claim.number.decimals + extraDecimals, style);
}

export function claimData(claim: Claim, expectedValue: number, table: StatTable, column: TableColumn): Record<string, unknown> {
  return {
    stated: claim.number.value,
    statedText: claim.number.raw,
    decimals: claim.number.decimals,
    expected: expectedValue,
    table: tableName(table),
    column: columnName(column),
    year: claim.year,
    kind: claim.kind,
  };
}
