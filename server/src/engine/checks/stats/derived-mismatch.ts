// stats/derived-mismatch — a figure the text derives from a table that the table does not give:
// an average ("rata-rata 10,80%" when the years average 11,14), a total, a difference or change
// ("naik 0,38 poin", "lebih tinggi 0,61%"; in points or relative percent), a direction ("naik"
// while the table falls), or a highest/lowest value. Each is recomputed from the table.
// Silent when the claim is not tied to a table, row set and column on strong evidence.
import type { Check } from '../check';
import type { FindingDraft } from '../../findings';
import { agreesAsWritten, formatNumber } from '../../numbers/parse';
import { columnFor, type Claim } from '../../stats/claims';
import type { StatTable, TableColumn, TableRow } from '../../stats/tables';
import { cellLocation, claimData, columnName, tableName, written } from './messages';

function rowsIn(table: StatTable, claim: Claim, column: TableColumn): TableRow[] {
  const rows = table.dataRows.filter((r) => r.numbers[column.index]);
  if (!claim.period) return rows;
  const [from, to] = claim.period;
  return rows.filter((r) => r.year !== undefined && r.year >= Math.min(from, to) && r.year <= Math.max(from, to));
}

/** Magnitudes only: the direction of a change is checked on its own. */
function agrees(claim: Claim, value: number): boolean {
  return agreesAsWritten({ ...claim.number, value: Math.abs(claim.number.value) }, Math.abs(value));
}

function countedWord(claim: Claim): string {
  return /^\s+(\p{L}+)/u.exec(claim.sentence.slice(claim.number.end))?.[1] ?? 'rows';
}

function periodText(rows: TableRow[]): string {
  return rows.length > 0 && rows[0].year !== undefined ? `, ${rows[0].key}–${rows[rows.length - 1].key}` : '';
}

export const derivedMismatch: Check = {
  meta: {
    code: 'stats/derived-mismatch',
    description: 'An average, total, difference, change or highest/lowest value that does not follow from the table.',
    defaultSeverity: 'error',
  },
  *run({ analysis }) {
    const { claims, style } = analysis.statistics;
    for (const claim of claims) {
      const table = claim.table;
      if (!table || claim.kind === 'level') continue;
      if (claim.kind === 'count') {
        const count = table.dataRows.length;
        if (claim.number.value !== count) {
          yield {
            ...claim.span,
            message: `Text counts ${claim.number.raw} ${countedWord(claim)}; ${tableName(table)} lists ${count}`,
            data: { stated: claim.number.value, expected: count, table: tableName(table), kind: 'count' },
          };
        }
        continue;
      }
      const column = columnFor(claim, table);
      if (!column) continue;
      const finding = derive(claim, table, column, style);
      if (finding) yield finding;
    }
  },
};

function derive(claim: Claim, table: StatTable, column: TableColumn, style: 'id' | 'en'): FindingDraft | undefined {
  const rows = rowsIn(table, claim, column);
  if (rows.length < 2) return undefined;
  const values = rows.map((r) => r.numbers[column.index]!.value);
  const decimals = Math.max(claim.number.decimals, 0);
  const show = (v: number) => formatNumber(v, decimals, style);
  const where = `${tableName(table)} (${columnName(column)}${periodText(rows)})`;
  const base = { ...claim.span };
  switch (claim.kind) {
    case 'mean': {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      if (agrees(claim, mean)) return undefined;
      return {
        ...base,
        message: `Text gives an average of ${written(claim)}; the average of ${where} is ${show(mean)}`,
        data: claimData(claim, mean, table, column),
      };
    }
    case 'total': {
      const total = values.reduce((a, b) => a + b, 0);
      if (agrees(claim, total)) return undefined;
      return {
        ...base,
        message: `Text gives a total of ${written(claim)}; the total of ${where} is ${show(total)}`,
        data: claimData(claim, total, table, column),
      };
    }
    case 'max':
    case 'min': {
      const extreme = claim.kind === 'max' ? Math.max(...values) : Math.min(...values);
      const at = rows[values.indexOf(extreme)];
      const word = claim.kind === 'max' ? 'highest' : 'lowest';
      const valueOk = agrees(claim, extreme);
      const yearOk = (claim.year === undefined || at.year === claim.year) && (claim.rowKey === undefined || at.key.toLowerCase().trim() === claim.rowKey);
      if (valueOk && yearOk) return undefined;
      return {
        ...base,
        message: `Text calls ${written(claim)}${claim.year !== undefined ? ` (${claim.year})` : claim.rowKey ? ` (${claim.rowKey})` : ''} the ${word}; the ${word} in ${where} is ${show(extreme)} in ${at.key}`,
        related: [cellLocation(at.numbers[column.index]!, `the ${word} value`)],
        data: claimData(claim, extreme, table, column),
      };
    }
    case 'change': {
      if (claim.year === undefined) return undefined;
      const ordered = table.dataRows.filter((r) => r.year !== undefined && r.numbers[column.index]).sort((a, b) => a.year! - b.year!);
      const at = ordered.findIndex((r) => r.year === claim.year);
      if (at < 0) return undefined;
      const baseRow = claim.baseYear !== undefined ? ordered.find((r) => r.year === claim.baseYear) : ordered[at - 1];
      if (!baseRow || baseRow === ordered[at]) return undefined;
      const now = ordered[at].numbers[column.index]!.value;
      const then = baseRow.numbers[column.index]!.value;
      const difference = now - then;
      const relative = then !== 0 ? (difference / then) * 100 : NaN;
      const directionWrong = claim.direction !== undefined && difference !== 0 && (claim.direction === 'up') !== difference > 0;
      const magnitudeOk = agrees(claim, difference) || (Number.isFinite(relative) && !claim.number.percentagePoints && agrees(claim, relative));
      if (magnitudeOk && !directionWrong) return undefined;
      const unitWord = column.unit === 'percent' ? ' points' : '';
      const expectedText = `${difference >= 0 ? '+' : '−'}${show(Math.abs(difference))}${unitWord}${Number.isFinite(relative) && column.unit !== 'percent' ? ` (${relative >= 0 ? '+' : '−'}${formatNumber(Math.abs(relative), 1, style)}%)` : ''}`;
      const said = `${claim.direction === 'up' ? 'a rise' : claim.direction === 'down' ? 'a fall' : 'a change'} of ${written(claim)}`;
      return {
        ...base,
        message: `Text gives ${said} from ${baseRow.key} to ${claim.year}; ${where} changes by ${expectedText} (${formatNumber(then, baseRow.numbers[column.index]!.decimals, style)} → ${formatNumber(now, ordered[at].numbers[column.index]!.decimals, style)})`,
        related: [cellLocation(baseRow.numbers[column.index]!, `${baseRow.key}`), cellLocation(ordered[at].numbers[column.index]!, `${claim.year}`)],
        data: { ...claimData(claim, difference, table, column), relative, direction: claim.direction },
      };
    }
    default:
      return undefined;
  }
}
