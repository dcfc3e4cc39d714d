// stats/table-arithmetic — a table that contradicts itself: a total row ("Jumlah", "Total") or
// total column that is not the sum of its parts, percentages of a distribution that do not add
// up to 100 or do not follow from their counts, a percentage column that does not follow from the
// part and the whole the headers name, a difference column ("Selisih", "M diff", "Gain") that is
// not the difference of the columns it derives from, a t or F whose p (Sig.) in the same row does
// not follow from it and its df. All within rounding. Silent for columns
// with gaps, for percentage totals that are not 100 (an overall rate, not a sum), for a total row
// that is the rows' mean, and for columns whose headers do not say how they derive.
import type { Check } from '../check';
import type { TableProblem } from '../../stats/arithmetic';
import { m, say, type MessageArg } from '../../messages';
import { cellPlaced, cellText, columnArg, columnName, rowArg, rowName, shown, tableArg, tableName } from './messages';

/**
 * What the expected value is computed from, as a message argument: the analysis names it in
 * English words for sums ("the rows above") and an ANOVA's error row ("Mean Square of Residual");
 * other forms are headers and operators as the table writes them.
 */
function howArg(p: TableProblem): MessageArg {
  if (p.how === 'the rows above') return m('stats.arith.rowsAbove');
  if (p.how === 'the percentages above') return m('stats.arith.percentagesAbove');
  // "Mean Square / Mean Square of Residual" (arithmetic.ts, an F that is not MS / MS of the error row).
  // An η² (arithmetic.ts etaSquared): "SS / SS of Total", "SS / (SS + SS of Error)" when partial.
  if (p.over) return m(p.over.partial ? 'stats.arith.partialEta' : 'stats.arith.overErrorRow', { left: p.over.column, column: p.over.column, row: p.over.row });
  const slash = p.how.indexOf(' / ');
  const of = p.how.lastIndexOf(' of ');
  if (p.kind !== 'anova' || slash <= 0 || of <= slash + 3) return p.how;
  return m('stats.arith.overErrorRow', { left: p.how.slice(0, slash), column: p.how.slice(slash + 3, of), row: p.how.slice(of + 4) });
}

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
      // A p read as a bound keeps it: "< 0,001".
      const value = `${p.cell.comparator ? `${p.cell.comparator} ` : ''}${cellText(p.cell)}`;
      const [table, row, column, how] = [tableArg(p.table), rowArg(p.row), columnArg(p.column), howArg(p)];
      const sum = p.kind === 'total-row' || p.kind === 'percent-sum';
      const percent = p.kind === 'count-percent' || p.kind === 'ratio' ? '%' : '';
      // A ratio shows its computation: "Poor population / Population = 95,800 / 1,090,000 = 8.79%".
      const computed = p.kind === 'ratio' ? `${p.basis.map((b) => b.raw).join(' / ')} = ${expected}%` : `${expected}${percent}`;
      yield {
        file: p.cell.cell.file,
        start: p.cell.cell.start,
        end: p.cell.cell.end,
        ...(p.severity ? { severity: p.severity } : {}),
        ...(sum
          ? say('stats.arith.sum', { table, row, value, column, how, expected })
          : say('stats.arith.other', { table, row, column, value, how, expected: computed })),
        related: p.basis.slice(0, 12).map((b) => cellPlaced(p.table, b)),
        data: { table: name, row: rowName(p.row), column: columnName(p.column), stated: p.stated, expected: p.expected, kind: p.kind },
      };
    }
  },
};
