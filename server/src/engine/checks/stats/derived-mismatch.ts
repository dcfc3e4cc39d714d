// stats/derived-mismatch — what the text derives from a table and the table does not give: a
// change ("naik 0,38 poin", in points or relative per cent), the ends of a range ("berkisar antara
// 0,493 hingga 0,875"), a direction ("meningkat" where the table falls; "A lebih tinggi daripada
// B" where A is lower; "meningkat dari 70,2 menjadi 68,4"), or a row named the highest or lowest
// of a column that is not. Each is recomputed from the cells. Silent when the claim is not tied
// to a table, a column and the rows it speaks of on strong evidence.
import type { Check } from '../check';
import type { FindingDraft } from '../../findings';
import type { CellRef, DerivedComparison, DirectionComparison, ExtremeComparison, StatedChangeComparison } from '../../stats/analysis';
import type { NumberStyle } from '../../numbers/parse';
import { m, say, type MessageArg } from '../../messages';
import { cellLocation, cellText, columnArg, columnName, rowArg, rowName, shown, tableArg, tableName, written } from './messages';

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
      else if (c.kind === 'stated-change') yield statedChange(c, style);
    }
  },
};

function derived(c: DerivedComparison, style: NumberStyle): FindingDraft {
  const column = columnArg(c.column);
  const table = tableArg(c.table);
  const stated = written(c.stated);
  let message: ReturnType<typeof say>;
  if (c.what === 'change' && c.basis.length === 2) {
    const [then, now] = c.basis;
    const relative =
      then.cell.value !== 0 && c.column.unit !== 'percent' && !then.cell.percent
        ? `${c.expected >= 0 ? '+' : '−'}${shown(Math.abs((c.expected / then.cell.value) * 100), 1, style)}`
        : undefined;
    message = say('stats.derived.change', {
      said: c.direction,
      stated,
      from: rowArg(then.row),
      to: rowArg(now.row),
      table,
      column,
      change: `${c.expected >= 0 ? '+' : '−'}${shown(Math.abs(c.expected), c.decimals, style)}`,
      points: c.stated.percentagePoints ? 'yes' : undefined,
      relative,
      then: cellText(then.cell),
      now: cellText(now.cell),
    });
  } else if (c.what === 'change' && c.basis.length === 1) {
    // A change read from the row's own difference column ("Selisih"): the cell with its sign.
    const cell = c.basis[0].cell;
    message = say('stats.derived.changeCell', {
      said: c.direction,
      stated,
      row: rowArg(c.basis[0].row),
      table,
      column,
      value: `${cell.value > 0 ? '+' : ''}${cellText(cell)}`,
    });
  } else if (c.what === 'count') {
    message = say('stats.derived.count', { stated, noun: c.noun ?? m('stats.derived.rows'), table, expected: c.expected });
  } else if (c.what === 'mean' || c.what === 'total') {
    message = say('stats.derived.aggregate', { what: c.what, stated, table, column, rows: rowsSpan(c), expected: shown(c.expected, c.decimals, style) });
  } else {
    const at = c.basis.length === 1 ? rowArg(c.basis[0].row) : undefined;
    message = say('stats.derived.other', { stated, what: m(`stats.what.${c.what}`), table, column, expected: shown(c.expected, c.decimals, style), at });
  }
  return {
    ...c.span,
    ...message,
    related: c.basis.map((b) => cellLocation(b.cell, 'stats.rowValue', { row: rowArg(b.row), value: cellText(b.cell) })),
    data: { stated: c.stated.value, expected: c.expected, table: tableName(c.table), column: columnName(c.column), what: c.what },
  };
}

/** A change beside both of its ends in its sentence: the size the two figures give, in points and relative. */
function statedChange(c: StatedChangeComparison, style: NumberStyle): FindingDraft {
  const decimals = Math.max(c.from.decimals, c.to.decimals);
  const sign = (v: number) => (v >= 0 ? '+' : '−');
  return {
    ...c.span,
    ...say('stats.derived.statedChange', {
      said: c.said,
      stated: written(c.stated),
      from: c.from.raw,
      to: c.to.raw,
      // In the figures' own scale ("24,79 juta" → 1,63, not 1.630.000).
      change: `${sign(c.points)}${shown(Math.abs(c.points) / c.to.scale, decimals, style)}`,
      points: c.from.percent || c.stated.percentagePoints ? 'yes' : undefined,
      relative: c.relative !== undefined && !c.stated.percentagePoints ? `${sign(c.relative)}${shown(Math.abs(c.relative), 2, style)}` : undefined,
    }),
    data: { stated: c.stated.value, expected: c.points, from: c.from.value, to: c.to.value },
  };
}

/** The rows an average or total is over: "2019–2023", or "4 rows". */
function rowsSpan(c: DerivedComparison): MessageArg {
  const years = c.basis.map((b) => b.row.year);
  if (years.every((y) => y !== undefined)) return `${Math.min(...(years as number[]))}–${Math.max(...(years as number[]))}`;
  return m('stats.derived.rowCount', { count: c.basis.length });
}

/** "TPACK (26.3)", or the number alone when the text gives it no name. */
function named(side: { label: string; raw: string }): string {
  return side.label ? `${side.label} (${side.raw})` : side.raw;
}

function direction(c: DirectionComparison): FindingDraft {
  const comparative = c.comparative ? 'yes' : undefined;
  const [from, to] = c.comparative
    ? [named(c.from), named(c.to)]
    : [`${c.from.label === 'from' ? '' : `${c.from.label} `}${c.from.raw}`, `${c.to.label === 'to' ? '' : `${c.to.label} `}${c.to.raw}`];
  const ref = c.to.ref;
  return {
    ...c.span,
    ...say('stats.direction', {
      word: c.word,
      said: c.said,
      comparative,
      actually: c.to.value > c.from.value ? 'up' : 'down',
      from,
      to,
      table: ref ? tableArg(ref.table) : undefined,
      // What the two cells share: their row when the columns are compared, else their column.
      // A cell against a criterion the text gives (no cell on the other side): the cell's column.
      where: ref ? (!c.from.ref || c.from.ref.row !== ref.row ? columnArg(ref.column) : rowArg(ref.row)) : undefined,
    }),
    related: [c.from.ref, c.to.ref]
      .filter((r) => r !== undefined)
      .map((r) => cellLocation(r.cell, 'stats.rowColumnValue', { row: rowArg(r.row), column: columnArg(r.column), value: cellText(r.cell) })),
    data: { said: c.said, from: c.from.value, to: c.to.value },
  };
}

function extreme(c: ExtremeComparison): FindingDraft {
  // Ranked across a row's columns ("tertinggi di tahun 2021"): the columns are what is compared.
  // Across a matrix's pairs: each cell is the pair of its row and its column ("PjBL – STEM").
  const pair = (r: CellRef): string => `${r.row.path[0] ?? rowName(r.row)} – ${columnName(r.column)}`;
  const place = (r: CellRef): MessageArg => (c.across === 'pairs' ? pair(r) : c.across === 'columns' ? columnArg(r.column) : rowArg(r.row));
  const name = (r: CellRef): string => (c.across === 'pairs' ? pair(r) : c.across === 'columns' ? columnName(r.column) : rowName(r.row));
  return {
    ...c.span,
    ...say('stats.extreme', {
      word: c.word,
      row: place(c.named),
      value: cellText(c.named.cell),
      said: c.said,
      column: c.across === 'pairs' ? m('stats.matrixPair') : c.across === 'columns' ? rowArg(c.named.row) : columnArg(c.named.column),
      table: tableArg(c.named.table),
      actual: c.actual.map((r) => m('stats.rowValueInParentheses', { row: place(r), value: cellText(r.cell) })),
    }),
    related: [
      cellLocation(c.named.cell, 'stats.rowValue', { row: place(c.named), value: cellText(c.named.cell) }),
      ...c.actual.map((r) => cellLocation(r.cell, 'stats.extremeActual', { said: c.said, row: place(r) })),
    ],
    data: { said: c.said, named: name(c.named), actual: c.actual.map(name) },
  };
}
