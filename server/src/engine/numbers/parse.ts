// Numbers as Indonesian and English manuscripts write them: `9,36%`, `25.900.000 jiwa`,
// `Rp410.670`, `Rp500.000,00`, `9.36%`, `25,900,000`, SPSS's `Sig. .002` inside Indonesian text,
// scale words (ribu, juta, miliar; thousand, million), persen vs persen poin. Each number keeps
// its written precision, because "a value agrees with a cell when they are equal after rounding
// to the stated precision".

import { TextMemo } from '../memo';
import { slot, type DerivedCache } from '../derived';

export type NumberStyle = 'id' | 'en';

export interface NumberToken {
  /** Plain-text offsets of the digits (and sign), within the text that was scanned. */
  start: number;
  end: number;
  /** As written, digits and separators only ("25.900.000", "9,36", ".002"). */
  raw: string;
  /** The value, scale word applied ("2,5 juta" → 2 500 000). */
  value: number;
  /** Digits after the decimal separator as written (9,36 → 2; 25.900.000 → 0). */
  decimals: number;
  /** Multiplier of a following scale word (1 when none). */
  scale: number;
  percent: boolean;
  /** "persen poin", "percentage points": a difference of percentages. */
  percentagePoints: boolean;
  currency?: 'Rp' | 'USD';
  /** A word that follows and names what is counted ("jiwa", "orang", "responden"). */
  unit?: string;
  /** A plain four-digit integer 1900–2099 with no unit: most likely a year. */
  year: boolean;
  /** The separator could be read both ways and context decided (kept for reports). */
  resolvedBy?: 'context' | 'style';
}

// Digits with optional grouping and decimal part; a leading separator (".002") is SPSS style.
const NUMBER = /(?<![\p{L}\p{N}_.,])(?<!\p{L}-)([-−–]\s?)?(Rp\.?\s?|US\$\s?|\$\s?)?((?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?|[.,]\d+)(?![\p{N}])/gu;
const SCALE_WORDS: [RegExp, number][] = [
  [/^\s*(?:ribu|rb|thousand|k)\b/iu, 1e3],
  [/^\s*(?:juta|jt|million|mio)\b/iu, 1e6],
  [/^\s*(?:miliar|milyar|billion|bn)\b/iu, 1e9],
  [/^\s*(?:triliun|trillion)\b/iu, 1e12],
];
const PERCENT_POINTS = /^\s*(?:%\s*)?(?:persen\s+poin|poin\s+persen(?:tase)?|percentage\s+points?|pp\b|p\.p\.|%\s*poin)/iu;
const PERCENT = /^\s*(?:%|persen\b|percent\b|per\s+cent\b)/iu;
const COUNT_UNITS =
  /^\s*(?:jiwa|orang|penduduk|responden|kk|rumah tangga|rumah|keluarga|unit|desa|kelurahan|kecamatan|sekolah|siswa|mahasiswa|guru|pegawai|ha|hektar|km|ton|kg|buah|lembar|people|persons?|households?|respondents?|students?|villages?|units?|ekor|paket|kasus|cases?)\b/iu;
// Words just before a number that make a separator decimal: a statistic, a probability.
const STATISTIC_BEFORE =
  /(?:\b(?:t|f|r|z|p|q|b|β|sig|signifikansi|nilai|koefisien|coefficient|hitung|tabel|r\s?square|r2|r²|adjusted|mean|rata-rata|sd|se|std|alpha|alfa|α|chi|χ2|χ²|df|cronbach|korelasi|correlation)\.?\s*(?:\([^)]*\))?\s*(?:[=<>≤≥:]|sebesar|adalah|of|is|was)?\s*)$/iu;

/**
 * Which convention texts mostly use: decimal comma (id) or decimal point (en), by their
 * unambiguous numbers; `fallback` decides when those do not (none, or as many of each).
 */
export function detectNumberStyle(texts: Iterable<string>, fallback: () => NumberStyle = () => 'id', derived?: DerivedCache): NumberStyle {
  const memo = derived?.get(WITNESSES);
  let id = 0;
  let en = 0;
  for (const text of texts) {
    const w = memo ? memo.get(text, () => styleWitnesses(text)) : styleWitnesses(text);
    id += w.id;
    en += w.en;
  }
  return en > id ? 'en' : id > en ? 'id' : fallback();
}

// Every check reads the style of every block again; a block's witnesses depend on its text alone.
const WITNESSES = slot('numbers: style witnesses of a text', () => new TextMemo<{ id: number; en: number }>(20_000));

/** Unambiguous witnesses only: a decimal part of 1–2 or 4+ digits, or repeated grouping. */
function styleWitnesses(text: string): { id: number; en: number } {
  let id = 0;
  let en = 0;
  // A cell holding only a figure without its leading zero, as SPSS writes it in the locale's style:
  // ",163" (comma decimals), ".163" (point decimals).
  const bare = /^\s*[-−]?([.,])\d{2,}\s*$/.exec(text);
  if (bare) return bare[1] === ',' ? { id: 1, en: 0 } : { id: 0, en: 1 };
  if (!/\d[.,]\d/.test(text)) return { id, en };
  for (const m of text.matchAll(/\b\d+,(\d{1,2}|\d{4,})\b(?![.,]\d)/g)) if (m[1]) id++;
  for (const m of text.matchAll(/\b\d+\.(\d{1,2}|\d{4,})\b(?![.,]\d)/g)) if (m[1] && !/^\d{4}\.\d$/.test(m[0])) en++;
  // "0,874", "0.874": no one groups thousands after a zero.
  for (const _ of text.matchAll(/(?<![\d.,])0,\d{3}\b(?![.,]\d)/g)) id++;
  for (const _ of text.matchAll(/(?<![\d.,])0\.\d{3}\b(?![.,]\d)/g)) en++;
  for (const _ of text.matchAll(/\b\d{1,3}(?:\.\d{3}){2,}\b/g)) id++;
  for (const _ of text.matchAll(/\b\d{1,3}(?:,\d{3}){2,}\b/g)) en++;
  return { id, en };
}

/**
 * The value of a written number, or undefined when it is not one. `style` decides a lone
 * separator followed by exactly three digits ("1.998"), unless `hint` says which it is.
 */
export function parseLocaleNumber(raw: string, style: NumberStyle, hint?: 'decimal' | 'thousands'): { value: number; decimals: number } | undefined {
  const s = raw.replace(/\s/g, '');
  if (!/^[.,]?\d[\d.,]*$/.test(s)) return undefined;
  if (/^[.,]\d+$/.test(s)) return { value: Number(`0.${s.slice(1)}`), decimals: s.length - 1 };
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return { value: Number(s), decimals: 0 };
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator ("500.000,00" / "1,234.56").
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, frac] = s.split(decimal);
    if (
      intPart
        .split(group)
        .slice(1)
        .some((g) => g.length !== 3)
    )
      return undefined;
    if (s.split(decimal).length !== 2) return undefined;
    return { value: Number(`${intPart.split(group).join('')}.${frac}`), decimals: frac.length };
  }
  const sep = dots > 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) {
    // Repeated: grouping ("25.900.000", "25,900,000").
    if (parts.slice(1).some((g) => g.length !== 3)) return undefined;
    return { value: Number(parts.join('')), decimals: 0 };
  }
  const [intPart, frac] = parts;
  const decimalValue = { value: Number(`${intPart}.${frac}`), decimals: frac.length };
  if (frac.length !== 3 || intPart === '0' || intPart.length > 3) return decimalValue;
  // "1.998" / "1,998": decide by context, else by the document's convention.
  const thousands = { value: Number(intPart + frac), decimals: 0 };
  if (hint === 'decimal') return decimalValue;
  if (hint === 'thousands') return thousands;
  const styleDecimal = style === 'id' ? ',' : '.';
  return sep === styleDecimal ? decimalValue : thousands;
}

/** Every number in a text, with unit, percent and scale read from the words around it. */
export function extractNumbers(text: string, style: NumberStyle): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const sign = m[1] ?? '';
    const currencyText = m[2] ?? '';
    let raw = m[3];
    let matchEnd = (m.index ?? 0) + m[0].length;
    // A sentence-final point or comma is punctuation, not a separator ("naik 9,36." / "2019, …").
    if (/[.,]$/.test(raw)) {
      raw = raw.slice(0, -1);
      matchEnd--;
    }
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    const after = text.slice(matchEnd, matchEnd + 40);
    // Hyphenated or dotted codes ("COVID-19", "ISO 9001", "Pasal 3.2.1"): not quantities.
    if (sign && /[\p{L}\p{N}]$/u.test(before)) continue;
    // "1,43% - 3,41%", "62,5 – 87,5": a dash between two figures joins a range; it is no minus.
    const dash = /\s$/u.test(sign) && /(?:\p{N}|%)\s+$/u.test(before);
    if (/^[.,]\d/.test(after) || /^-\d/.test(after)) continue;
    let hint: 'decimal' | 'thousands' | undefined;
    if (STATISTIC_BEFORE.test(before)) hint = 'decimal';
    else if (currencyText || COUNT_UNITS.test(after) || /\bRp\.?\s?$/i.test(before)) hint = 'thousands';
    else if (PERCENT.test(after)) hint = 'decimal';
    const parsed = parseLocaleNumber(raw, style, hint);
    if (!parsed) continue;
    let scale = 1;
    let tail = after;
    for (const [pattern, factor] of SCALE_WORDS) {
      const sm = pattern.exec(tail);
      if (sm) {
        scale = factor;
        tail = tail.slice(sm[0].length);
        break;
      }
    }
    const percentagePoints = PERCENT_POINTS.test(tail);
    const percent = !percentagePoints && PERCENT.test(tail);
    const unitMatch = COUNT_UNITS.exec(tail);
    const negative = sign.trim() !== '' && !dash;
    const value = (negative ? -1 : 1) * parsed.value * scale;
    const start = (m.index ?? 0) + (negative ? 0 : sign.length) + currencyText.length;
    const isThreeDigitGroup = /^\d{1,3}[.,]\d{3}$/.test(raw);
    out.push({
      start: negative ? (m.index ?? 0) : start,
      end: matchEnd,
      raw,
      value,
      decimals: parsed.decimals,
      scale,
      percent,
      percentagePoints,
      currency: currencyText ? (/rp/i.test(currencyText) ? 'Rp' : 'USD') : /\bRp\.?\s?$/i.test(before) ? 'Rp' : undefined,
      unit: unitMatch ? unitMatch[0].trim().toLowerCase() : undefined,
      year: /^(19|20)\d\d$/.test(raw) && !percent && !unitMatch && scale === 1,
      resolvedBy: isThreeDigitGroup ? (hint ? 'context' : 'style') : undefined,
    });
  }
  return out;
}

/**
 * Whether a number as written agrees with a source value: compared in the unit the text was
 * written in, so "25,9 juta" agrees with 25.912.000.
 */
export function agreesAsWritten(stated: Pick<NumberToken, 'value' | 'decimals' | 'scale'>, source: number): boolean {
  return agreesAtPrecision(stated.value / stated.scale, stated.decimals, source / stated.scale);
}

/**
 * Whether a stated number is one slip of the pen away from a source figure of the same written
 * precision: one digit replaced, or two neighbouring digits swapped ("0,9329" for 0,9323, "45,45"
 * for 45,54). Figures of fewer than three digits are too often near one another by chance.
 */
export function oneSlipApart(stated: Pick<NumberToken, 'value' | 'decimals' | 'scale'>, source: { value: number; decimals: number }): boolean {
  if (stated.decimals !== source.decimals || Math.sign(stated.value) !== Math.sign(source.value)) return false;
  const digits = (value: number) => Math.round(Math.abs(value) * 10 ** stated.decimals).toString();
  const a = digits(stated.value / stated.scale);
  const b = digits(source.value / stated.scale);
  if (a.length !== b.length || a.length < 3 || a === b) return false;
  const differ: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ.push(i);
  if (differ.length === 1) return true;
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}

/** Whether `stated` agrees with `source` after rounding `source` to the stated precision. */
export function agreesAtPrecision(stated: number, decimals: number, source: number): boolean {
  const factor = 10 ** decimals;
  // Half-up rounding with a tolerance for binary floating point ("10,805" → 10,81).
  const rounded = Math.round(source * factor + 1e-9 * Math.sign(source)) / factor;
  if (Math.abs(rounded - stated) < 0.5 / factor / 100 || Math.abs(source - stated) < 1e-9) return true;
  // Exactly half way ("−0,0025" at three decimals): rounding either way is a convention, not a slip.
  const scaled = Math.abs(source * factor);
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-7)
    return Math.abs(Math.abs(stated) * factor - Math.floor(scaled)) < 1e-6 && Math.sign(stated) === Math.sign(source);
  return false;
}

/** A value written the way the document writes numbers: 9,41 / 25.900.000 (id), 9.41 / 25,900,000 (en). */
export function formatNumber(value: number, decimals: number, style: NumberStyle): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart, frac] = fixed.split('.');
  const group = style === 'id' ? '.' : ',';
  const decimal = style === 'id' ? ',' : '.';
  const grouped = intPart.length > 4 ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group) : intPart;
  return `${value < 0 ? '−' : ''}${grouped}${frac ? decimal + frac : ''}`;
}
