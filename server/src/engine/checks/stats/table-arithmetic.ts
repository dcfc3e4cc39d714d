// stats/table-arithmetic — a table that contradicts itself: a total row ("Jumlah", "Total") or
// total column that is not the sum of its parts, percentages of a distribution that do not add
// up to 100 or do not follow from their counts, a percentage column that does not follow from the
// part and the whole the headers name, a difference column ("Selisih", "M diff", "Gain") that is
// not the difference of the columns it derives from. All within rounding. Silent for columns
// with gaps, for percentage totals that are not 100 (an overall rate, not a sum), for a total row
// that is the rows' mean, and for columns whose headers do not say how they derive.
import type { Check } from '../check';
import { cellLocation, cellPlace, cellText, columnName, rowName, shown, tableName } from './messages';

export const tableArithmetic: Check = {
  meta: {
    code: 'stats/table-arithmetic',
    description: 'A total, share, percentage or difference in a table that does not follow from the table itself.',
    defaultSeverity: 'error',
  },
  *run({ analysis }) {
    for (const p of analysis.statistics.problems) {
      // In the table's own style: its cells are what the reader compares the value with.
      const expected = shown(p.expected, p.decimals, p.table.style);
      const name = tableName(p.table);
      const message =
        p.kind === 'total-row' || p.kind === 'percent-sum'
          ? `${name}: the ${rowName(p.row)} row gives ${cellText(p.cell)} for ${columnName(p.column)}, but ${p.how} add up to ${expected}`
          : p.kind === 'count-percent'
            ? `${name}, ${rowName(p.row)}: ${columnName(p.column)} is ${cellText(p.cell)}, but ${p.how} = ${expected}%`
            : p.kind === 'ratio'
              ? `${name}, ${rowName(p.row)}: ${columnName(p.column)} is ${cellText(p.cell)}, but ${p.how} = ${p.basis.map((b) => b.raw).join(' / ')} = ${expected}%`
              : `${name}, ${rowName(p.row)}: ${columnName(p.column)} is ${cellText(p.cell)}, but ${p.how} = ${expected}`;
      yield {
        file: p.cell.cell.file,
        start: p.cell.cell.start,
        end: p.cell.cell.end,
        ...(p.severity ? { severity: p.severity } : {}),
        message,
        related: p.basis.slice(0, 12).map((b) => cellLocation(b, `${cellPlace(p.table, b)}: ${cellText(b)}`)),
        data: { table: name, row: rowName(p.row), column: columnName(p.column), stated: p.stated, expected: p.expected, kind: p.kind },
      };
    }
  },
};
