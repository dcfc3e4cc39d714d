import { describe, expect, it } from 'vitest';
import { guessHeaderRows, tableLabel, TABLE_REFERENCE, tableNumber } from '../../server/src/engine/tables/recognise';

const cells = (...rows: string[][]) => rows.map((r) => r.map((text) => ({ text })));

describe('table labels and references', () => {
  it('reads Word\'s spaced caption number "Tabel 1. 1" as table 1.1, and a figure after "Table 1." as no part of it', () => {
    expect(tableLabel('Tabel 1. 1 Rata-rata Rasio Keuangan')).toEqual({ label: 'Tabel 1. 1', number: '1.1' });
    expect(tableLabel('Table 1. 95 participants took part')).toEqual({ label: 'Table 1', number: '1' });
    expect(tableLabel('Tabel 4.2 Hasil Uji')).toEqual({ label: 'Tabel 4.2', number: '4.2' });
    expect(tableLabel('Tabel 3. Hasil Uji')).toEqual({ label: 'Tabel 3', number: '3' });
  });

  it('reads table numbers in prose, spaced or not, but not a decimal after them', () => {
    const numbers = (text: string) => [...text.matchAll(TABLE_REFERENCE)].map((m) => tableNumber(m[1]));
    expect(numbers('Berdasarkan tabel 1. 1 diatas dan Tabel 4.2, pada Tabel 2. 3,5 persen')).toEqual(['1.1', '4.2', '2']);
  });
});

describe('header rows', () => {
  it('takes a first row of years over figures that are not years as the header', () => {
    expect(guessHeaderRows(cells(['Variabel', '2018', '2019', '2020'], ['ROA', '1,3 %', '1,2 %', '0,9 %'], ['NIM', '7,8 %', '7,3 %', '7,4 %']))).toBe(1);
  });

  it('keeps a first row of data when its years are the row labels', () => {
    expect(guessHeaderRows(cells(['2018', '1,3', '7,8'], ['2019', '1,2', '7,3']))).toBe(0);
  });
});
