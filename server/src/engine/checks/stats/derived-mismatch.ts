// stats/derived-mismatch — what the text derives from a table and the table does not give: a
// change ("naik 0,38 poin", in points or relative per cent), the ends of a range ("berkisar antara
// 0,493 hingga 0,875"), a direction ("meningkat" where the table falls; "A lebih tinggi daripada
// B" where A is lower; "meningkat dari 70,2 menjadi 68,4"), or a row named the highest or lowest
// of a column that is not. Each is recomputed from the cells. Silent when the claim is not tied
// to a table, a column and the rows it speaks of on strong evidence.
import type { Check } from '../check';
import type { FindingDraft } from '../../findings';
import type { DerivedComparison, DirectionComparison, ExtremeComparison } from '../../stats/analysis';
import type { NumberStyle } from '../../numbers/parse';
import { cellLocation, cellText, columnName, rowName, shown, tableName, written } from './messages';

export const derivedMismatch: Check = {
  meta: {
    code: 'stats/derived-mismatch',
    description: 'A change, range, direction or highest/lowest value that does not follow from the table.',
    defaultSeverity: 'error',
  },
  *run({ analysis }) {
    const { style } = analysis.statistics;
    for (const c of analysis.statistics.comparisons) {
      if (c.agrees) continue;
      if (c.kind === 'derived') yield derived(c, style);
      else if (c.kind === 'direction') yield direction(c);
      else if (c.kind === 'extreme') yield extreme(c);
    }
  },
};

const WHAT: Record<DerivedComparison['what'], string> = {
  change: 'a change',
  difference: 'a difference',
  'range-low': 'the low end of a range',
  'range-high': 'the high end of a range',
  max: 'the highest value',
  min: 'the lowest value',
  mean: 'an average',
  total: 'a total',
  count: 'a count',
};

function derived(c: DerivedComparison, style: NumberStyle): FindingDraft {
  const column = columnName(c.column);
  const table = tableName(c.table);
  const stated = written(c.stated);
  let message: string;
  if (c.what === 'change' && c.basis.length === 2) {
    const [then, now] = c.basis;
    const said = c.direction === 'up' ? 'a rise' : c.direction === 'down' ? 'a fall' : 'a change';
    const points = c.stated.percentagePoints ? ' points' : '';
    const relative =
      then.cell.value !== 0 && c.column.unit !== 'percent' && !then.cell.percent
        ? ` (${c.expected >= 0 ? '+' : '−'}${shown(Math.abs((c.expected / then.cell.value) * 100), 1, style)}%)`
        : '';
    const change = `${c.expected >= 0 ? '+' : '−'}${shown(Math.abs(c.expected), c.decimals, style)}${points}${relative}`;
    message = `Text gives ${said} of ${stated} from ${rowName(then.row)} to ${rowName(now.row)}; ${table} (${column}) changes by ${change} (${cellText(then.cell)} → ${cellText(now.cell)})`;
  } else if (c.what === 'count') {
    message = `Text counts ${stated} ${c.noun ?? 'rows'}; ${table} lists ${c.expected}`;
  } else if (c.what === 'mean' || c.what === 'total') {
    message = `Text gives ${WHAT[c.what]} of ${stated}; the ${c.what === 'mean' ? 'average' : 'total'} of ${table} (${column}, ${rowsSpan(c)}) is ${shown(c.expected, c.decimals, style)}`;
  } else {
    const at = c.basis.length === 1 ? ` (${rowName(c.basis[0].row)})` : '';
    message = `Text gives ${stated} as ${WHAT[c.what]}; ${table} (${column}) gives ${shown(c.expected, c.decimals, style)}${at}`;
  }
  return {
    ...c.span,
    message,
    related: c.basis.map((b) => cellLocation(b.cell, `${rowName(b.row)}: ${cellText(b.cell)}`)),
    data: { stated: c.stated.value, expected: c.expected, table, column, what: c.what },
  };
}

/** The rows an average or total is over: "2019–2023", or "4 rows". */
function rowsSpan(c: DerivedComparison): string {
  const years = c.basis.map((b) => b.row.year);
  if (years.every((y) => y !== undefined)) return `${Math.min(...(years as number[]))}–${Math.max(...(years as number[]))}`;
  return `${c.basis.length} rows`;
}

/** "TPACK (26.3)", or the number alone when the text gives it no name. */
function named(side: { label: string; raw: string }): string {
  return side.label ? `${side.label} (${side.raw})` : side.raw;
}

function direction(c: DirectionComparison): FindingDraft {
  const actually = c.to.value > c.from.value ? 'higher' : 'lower';
  const subject = c.comparative
    ? `${named(c.to)} is ${actually} than ${named(c.from)}`
    : `${c.from.label === 'from' ? '' : `${c.from.label} `}${c.from.raw} → ${c.to.label === 'to' ? '' : `${c.to.label} `}${c.to.raw} ${c.to.value > c.from.value ? 'rises' : 'falls'}`;
  const where = c.to.ref ? ` in ${tableName(c.to.ref.table)} (${c.comparative ? columnName(c.to.ref.column) : rowName(c.to.ref.row)})` : '';
  return {
    ...c.span,
    message: `"${c.word}" says ${c.said === 'up' ? 'higher' : 'lower'}, but ${subject}${where}`,
    related: [c.from.ref, c.to.ref]
      .filter((r) => r !== undefined)
      .map((r) => cellLocation(r.cell, `${rowName(r.row)}, ${columnName(r.column)}: ${cellText(r.cell)}`)),
    data: { said: c.said, from: c.from.value, to: c.to.value },
  };
}

function extreme(c: ExtremeComparison): FindingDraft {
  const word = c.said === 'max' ? 'highest' : 'lowest';
  const actual = c.actual.map((r) => `${rowName(r.row)} (${cellText(r.cell)})`).join(', ');
  return {
    ...c.span,
    message: `"${c.word}": ${rowName(c.named.row)} has ${cellText(c.named.cell)}, but the ${word} ${columnName(c.named.column)} in ${tableName(c.named.table)} is ${actual}`,
    related: [
      cellLocation(c.named.cell, `${rowName(c.named.row)}: ${cellText(c.named.cell)}`),
      ...c.actual.map((r) => cellLocation(r.cell, `the ${word}: ${rowName(r.row)}`)),
    ],
    data: { said: c.said, named: rowName(c.named.row), actual: c.actual.map((r) => rowName(r.row)) },
  };
}
