// Units of measurement after a figure and in a column header (stats/units.ts): what binds a figure
// whose row is named to the one column measured in its unit.
import { describe, expect, it } from 'vitest';
import { headerUnit, unitAfter } from '../../server/src/engine/stats/units';

describe('unitAfter', () => {
  const after = (text: string, figure: string) => unitAfter(text, text.indexOf(figure) + figure.length);
  it('reads a symbol written on or after the figure', () => {
    expect(after('We used weights 250g for the shaft', '250')).toBe('g');
    expect(after('modulus of 44.31 GPa with', '44.31')).toBe('GPa');
    expect(after('hysteresis up to 2.8 N.', '2.8')).toBe('N');
    expect(after('density 2700 kg/m3 and', '2700')).toBe('kg/m3');
  });
  it('folds written-out units to their symbol', () => {
    expect(after('waktu render 5,36 detik pada', '5,36')).toBe('s');
    expect(after('latensi 120 milidetik', '120')).toBe('ms');
  });
  it('reads no unit from words that are not units, abbreviations or areas', () => {
    expect(after('sebanyak 30 responden', '30')).toBeUndefined();
    expect(after('nilai 5 s.d. 10', '5')).toBeUndefined();
    expect(after('luas 3 m2 per', '3')).toBeUndefined();
    expect(after('the 12 items', '12')).toBeUndefined();
  });
});

describe('headerUnit', () => {
  it('reads the unit in parentheses, brackets or after a comma', () => {
    expect(headerUnit('Waktu (ms)')).toBe('ms');
    expect(headerUnit('Latency [ms]')).toBe('ms');
    expect(headerUnit('m , g')).toBe('g');
    expect(headerUnit('Durasi (detik)')).toBe('s');
  });
  it('reads none from a header without a unit or with a percentage', () => {
    expect(headerUnit('Rata-rata')).toBeUndefined();
    expect(headerUnit('Persentase (%)')).toBeUndefined();
    expect(headerUnit('Skor (Pretest)')).toBeUndefined();
  });
});
