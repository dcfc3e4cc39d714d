// stats/table-mismatch — a number in the text that disagrees with the table cell it restates:
// "Pada tahun 2019 … 9,22%" when Tabel 1 has 9,41 for 2019. The most common and most damaging
// slip in a thesis. Silent when the claim cannot be tied to one table, row and column on strong
// evidence (an explicit reference or the place the caption names, a row for the year, one
// column of the same unit), and when the values agree after rounding to the stated precision.
import type { Check } from '../check';
import { agreesAsWritten, formatNumber } from '../../numbers/parse';
import { columnFor } from '../../stats/claims';
import { cellFor, rowFor } from '../../stats/tables';
import { cellLocation, claimData, columnName, tableName, written } from './messages';

export const tableMismatch: Check = {
  meta: {
    code: 'stats/table-mismatch',
    description: 'A number in the text that disagrees with the table cell for the same year or category.',
    defaultSeverity: 'error',
    fixable: true,
  },
  *run({ analysis }) {
    const { claims, style } = analysis.statistics;
    for (const claim of claims) {
      if (claim.kind !== 'level' || !claim.table) continue;
      const key = claim.year ?? claim.rowKey;
      if (key === undefined) continue;
      const column = columnFor(claim, claim.table);
      if (!column) continue;
      const cell = cellFor(claim.table, column.index, key);
      const row = rowFor(claim.table, key);
      const keyText = row?.key ?? String(key);
      // A category claim that restates any cell of its row is a restatement, not a mismatch.
      if (claim.rowKey && row?.numbers.some((n) => n && agreesAsWritten(claim.number, n.value))) continue;
      if (!cell || agreesAsWritten(claim.number, cell.value)) continue;
      // Name the row whose value was written instead, if there is one: a wrong year, not a wrong number.
      const elsewhere = claim.table.dataRows.find(
        (r) => r.key !== keyText && r.key !== '' && r.numbers[column.index] && agreesAsWritten(claim.number, r.numbers[column.index]!.value),
      );
      const note = elsewhere ? ` (${written(claim)} is the value for ${elsewhere.key})` : '';
      const tableValue = formatNumber(cell.value, cell.decimals, style);
      yield {
        ...claim.span,
        message: `Text gives ${written(claim)} for ${keyText}; ${tableName(claim.table)} has ${tableValue} (${columnName(column)})${note}`,
        related: [cellLocation(cell, `${tableName(claim.table)}, ${keyText}: ${tableValue}`)],
        data: { ...claimData(claim, cell.value, claim.table, column), replacement: tableValue },
      };
    }
  },
};
