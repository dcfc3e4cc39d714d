// stats/table-mismatch — a number in the text that disagrees with the table cell it restates:
// "Pada tahun 2019 … 9,22%" when Tabel 1 has 9,41 for 2019; "rata-rata posttest kelompok
// eksperimen 87,4" when the table has 78,4; "the F1 of BiLSTM is 78.93%" against the cross table.
// The most common and most damaging slip in a thesis. Silent unless the number aligns to one cell
// unambiguously — the row and the column the sentence names (or the table's only row or numeric
// column), in a table the text names or stands next to — and when the two agree after rounding to
// the stated precision (0,8878 and 88,78% agree).
import type { Check } from '../check';
import { inStatedUnit } from '../../stats/align';
import { m, say } from '../../messages';
import { cellLocation, cellText, columnArg, columnName, rowArg, rowName, shown, tableArg, tableName, written } from './messages';

export const tableMismatch: Check = {
  meta: {
    code: 'stats/table-mismatch',
    description: 'A number in the text that disagrees with the table cell for the same row and column.',
    defaultSeverity: 'error',
    fixable: true,
  },
  *run({ analysis }) {
    const { style } = analysis.statistics;
    for (const c of analysis.statistics.comparisons) {
      if (c.kind !== 'cell' || c.agrees) continue;
      const { ref } = c;
      const note = c.elsewhere ? m('stats.valueOfOtherRow', { stated: written(c.stated), row: rowArg(c.elsewhere) }) : undefined;
      const value = cellText(ref.cell);
      const [table, row, column] = [tableArg(ref.table), rowArg(ref.row), columnArg(ref.column)];
      yield {
        ...c.span,
        ...say('stats.tableMismatch', { stated: written(c.stated), row, table, value, column, note }),
        related: [cellLocation(ref.cell, 'stats.cell', { table, row, column, value })],
        data: {
          stated: c.stated.value,
          statedText: c.stated.raw,
          expected: ref.cell.value,
          table: tableName(ref.table),
          row: rowName(ref.row),
          column: columnName(ref.column),
          // The quick fix writes the cell's value in the number's place: as the table writes it, or in the
          // unit the text uses (88,78 for a cell 0.8878 stated as a percentage).
          replacement:
            inStatedUnit(c.stated, ref.cell, ref.column) === ref.cell.value
              ? ref.cell.raw
              : shown(inStatedUnit(c.stated, ref.cell, ref.column), Math.max(0, ref.cell.decimals - 2), style),
        },
      };
    }
  },
};
