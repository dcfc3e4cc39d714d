import { describe, expect, it } from 'vitest';
import { agreesAtPrecision, detectNumberStyle, extractNumbers, oneSlipApart, parseLocaleNumber } from '../../server/src/engine/numbers/parse';

function brief(text: string, style: 'id' | 'en' = 'id') {
  return extractNumbers(text, style).map((n) => ({
    text: text.slice(n.start, n.end),
    value: n.value,
    decimals: n.decimals,
    percent: n.percent,
    pp: n.percentagePoints,
    unit: n.unit ?? null,
    year: n.year,
  }));
}

describe('locale numbers', () => {
  it('reads Indonesian decimals, thousands, currency and scale words', () => {
    expect(brief('Pada tahun 2019 persentase 9,22% atau 25.900.000 jiwa; upah Rp410.670 dan Rp500.000,00; anggaran 2,5 juta.')).toEqual([
      { text: '2019', value: 2019, decimals: 0, percent: false, pp: false, unit: null, year: true },
      { text: '9,22', value: 9.22, decimals: 2, percent: true, pp: false, unit: null, year: false },
      { text: '25.900.000', value: 25900000, decimals: 0, percent: false, pp: false, unit: 'jiwa', year: false },
      { text: '410.670', value: 410670, decimals: 0, percent: false, pp: false, unit: null, year: false },
      { text: '500.000,00', value: 500000, decimals: 2, percent: false, pp: false, unit: null, year: false },
      { text: '2,5', value: 2500000, decimals: 1, percent: false, pp: false, unit: null, year: false },
    ]);
  });

  it('reads English numbers and percentage points', () => {
    expect(brief('Poverty fell to 9.36 percent, down 0.42 percentage points, among 25,900,000 people.', 'en')).toEqual([
      { text: '9.36', value: 9.36, decimals: 2, percent: true, pp: false, unit: null, year: false },
      { text: '0.42', value: 0.42, decimals: 2, percent: false, pp: true, unit: null, year: false },
      { text: '25,900,000', value: 25900000, decimals: 0, percent: false, pp: false, unit: 'people', year: false },
    ]);
  });

  it('resolves an ambiguous 1.998 by context, then by the document style', () => {
    expect(extractNumbers('nilai t hitung 1.998 dan sig. .002', 'id').map((n) => [n.value, n.decimals])).toEqual([
      [1.998, 3],
      [0.002, 3],
    ]);
    expect(extractNumbers('sebanyak 1.998 jiwa', 'id').map((n) => n.value)).toEqual([1998]);
    expect(extractNumbers('sebanyak 1.998 kasus', 'en').map((n) => n.value)).toEqual([1998]);
    expect(parseLocaleNumber('1.998', 'id')).toEqual({ value: 1998, decimals: 0 });
    expect(parseLocaleNumber('1.998', 'en')).toEqual({ value: 1.998, decimals: 3 });
    expect(parseLocaleNumber('0,000', 'en')).toEqual({ value: 0, decimals: 3 });
  });

  it('skips codes and keeps punctuation out of numbers', () => {
    expect(brief('Pandemi COVID-19 menurunkan angka menjadi 10,77.')).toEqual([
      { text: '10,77', value: 10.77, decimals: 2, percent: false, pp: false, unit: null, year: false },
    ]);
  });

  it('detects the dominant style', () => {
    expect(detectNumberStyle(['angka 9,36% dan 25.900.000 jiwa', 'naik 0,61 poin'])).toBe('id');
    expect(detectNumberStyle(['rate 9.36% and 25,900,000 people'])).toBe('en');
    // SPSS cells without their leading zero tell the table's decimals: "2,372" beside ",163" is 2.372.
    expect(detectNumberStyle(['2,372', '3,443', '-,163', ',116'], () => 'en')).toBe('id');
    expect(detectNumberStyle(['2.372', '3.443', '-.163', '.116'], () => 'id')).toBe('en');
    // In prose a leading-point figure ("p < .05") is no cell: the sentence alone tells nothing.
    expect(detectNumberStyle(['p < .05 dan 2,372'], () => 'en')).toBe('en');
  });

  it('compares at the stated precision', () => {
    expect(agreesAtPrecision(11.4, 1, 11.41)).toBe(true);
    expect(agreesAtPrecision(11.2, 1, 10.8)).toBe(false);
    expect(agreesAtPrecision(10.81, 2, 10.805)).toBe(true);
    expect(agreesAtPrecision(9.22, 2, 9.41)).toBe(false);
    expect(agreesAtPrecision(11, 0, 11.41)).toBe(true);
  });

  it('reads a spaced dash between two figures as a range, not a minus', () => {
    expect(extractNumbers('ROA per 2021 ada di kisaran 1,43% - 3,41%; perubahan -2,4% dan selisih - 0,5.', 'id').map((n) => n.value)).toEqual([
      2021, 1.43, 3.41, -2.4, -0.5,
    ]);
  });
});

describe('oneSlipApart', () => {
  const stated = (value: number, decimals: number) => ({ value, decimals, scale: 1 });
  it('accepts one digit replaced or two neighbouring digits swapped, at the same precision', () => {
    expect(oneSlipApart(stated(0.9329, 4), { value: 0.9323, decimals: 4 })).toBe(true);
    expect(oneSlipApart(stated(45.45, 2), { value: 45.54, decimals: 2 })).toBe(true);
    expect(oneSlipApart(stated(109650008, 0), { value: 109650000, decimals: 0 })).toBe(true);
  });
  it('rejects other precisions, two separate digits, short figures and equal ones', () => {
    expect(oneSlipApart(stated(0.932, 3), { value: 0.9323, decimals: 4 })).toBe(false);
    expect(oneSlipApart(stated(0.9149, 4), { value: 0.9323, decimals: 4 })).toBe(false);
    expect(oneSlipApart(stated(45.45, 2), { value: 54.54, decimals: 2 })).toBe(false);
    expect(oneSlipApart(stated(17, 0), { value: 11, decimals: 0 })).toBe(false);
    expect(oneSlipApart(stated(0.9323, 4), { value: 0.9323, decimals: 4 })).toBe(false);
    expect(oneSlipApart(stated(-0.123, 3), { value: 0.123, decimals: 3 })).toBe(false);
  });
});
