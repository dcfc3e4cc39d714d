// How a table's rows are named (stats/tables.ts): the labels a sentence may use for a row.
import { describe, expect, it } from 'vitest';
import { checkProject, manuscriptFor, MemoryHost } from '../../server/src/engine';
import { statTables } from '../../server/src/engine/stats/tables';

const FILE = '/thesis/bab4.md';

function tableOf(markdown: string) {
  const host = new MemoryHost(new Map([[FILE, markdown]]));
  const result = checkProject(manuscriptFor(FILE, host), host, {});
  const [table] = statTables(result.manuscript, 'id');
  return table;
}

describe('row labels', () => {
  it('names a row by a column of codes as well as by its last label', () => {
    const table = tableOf(
      [
        '# Hasil',
        '',
        '**Tabel 6.2 Skor SUS**',
        '',
        '| Kode | Responden | Skor SUS |',
        '|---|---|---|',
        '| R1 | Responden 1 | 87,5 |',
        '| R2 | Responden 2 | 97,5 |',
        '',
      ].join('\n'),
    );
    expect(table.rowAxis.items.map((i) => ({ required: i.required, alone: i.alone }))).toEqual([
      { required: [1], alone: [0] },
      { required: [1], alone: [0] },
    ]);
  });

  it('does not name a row by a group label that one row happens to have alone', () => {
    const table = tableOf(
      [
        '# Hasil',
        '',
        '**Tabel 6 Loading**',
        '',
        '| Konstruk | Indikator | Loading |',
        '|---|---|---|',
        '| TPACK | TP1 | 0,812 |',
        '| | TP2 | 0,774 |',
        '| RPP | RPP total | 1,000 |',
        '',
      ].join('\n'),
    );
    expect(table.rowAxis.items.map((i) => i.alone)).toEqual([undefined, undefined, undefined]);
  });
});
