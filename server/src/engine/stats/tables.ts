// Tables as data the statistics checks can compute with: each body row keyed by its first cell
// (a year, a period, a category), each column with its header text and unit, each numeric cell
// parsed with its written precision.
import { slot } from '../derived';
import type { Table, TableCell } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import { parseLocaleNumber, type NumberStyle } from '../numbers/parse';

export interface NumericCell {
  cell: TableCell;
  value: number;
  decimals: number;
}

export interface TableColumn {
  index: number;
  /** Header text of the column ("Persentase Penduduk Miskin (%)"), header rows joined. */
  header: string;
  /** Lower-case words of the header, for matching the words of a claim. */
  words: string[];
  unit: 'percent' | 'count' | 'currency' | 'other';
  /** "Jumlah", "Total": a column holding the sum of the others. */
  isTotal: boolean;
}

export interface TableRow {
  cells: TableCell[];
  /** The row's key as written ("2019", "Laki-laki"). */
  key: string;
  /** The year when the key is one. */
  year?: number;
  /** "Jumlah", "Total", "Rata-rata": a summary row, not data. */
  summary?: 'total' | 'mean';
  numbers: (NumericCell | undefined)[];
}

export interface StatTable {
  table: Table & Placed;
  columns: TableColumn[];
  rows: TableRow[];
  /** Body rows that are data (not header, not summary). */
  dataRows: TableRow[];
  /** Place or subject the caption names ("Indonesia", "Jawa Tengah"), lower-case. */
  entity?: string;
  /** Every table position in the manuscript (0-based), for "tabel di atas". */
  order: number;
}

const TOTAL_LABEL = /^(jumlah|total|jumlah total|grand total|total keseluruhan|keseluruhan)$/i;
const MEAN_LABEL = /^(rata-rata|rerata|mean|average)$/i;
const PERCENT_HEADER = /%|\bpersen|\bpersentase\b|\bpercent|\bproporsi\b|\bshare\b|\brasio\b|\btingkat\b|\brate\b/i;
const COUNT_HEADER = /\b(jiwa|orang|jumlah|banyaknya|frekuensi|frequency|count|number|n)\b|\(n\)/i;
const CURRENCY_HEADER = /\b(rp|rupiah|usd|\$|biaya|anggaran|harga|pendapatan|upah)\b/i;

export function statTables(manuscript: Manuscript, style: NumberStyle): StatTable[] {
  const kept = manuscript.derived.get(STAT_TABLES);
  return manuscript.tables.map((table, order) => statTableOf(table, order, style, kept));
}

// A placed table is the same object from check to check while its file and section are
// unchanged (see placedCopy in manuscript.ts): what it reads as is worked out once.
type KeptTables = WeakMap<Table & Placed, { order: number; style: NumberStyle; value: StatTable }>;
const STAT_TABLES = slot('stats: statistical reading of a placed table', (): KeptTables => new WeakMap());

function statTableOf(table: Table & Placed, order: number, style: NumberStyle, statTablesOf: KeptTables): StatTable {
  const known = statTablesOf.get(table);
  if (known && known.order === order && known.style === style) return known.value;
  const value = toStatTable(table, order, style);
  statTablesOf.set(table, { order, style, value });
  return value;
}

function toStatTable(table: Table & Placed, order: number, style: NumberStyle): StatTable {
  const headerRows = table.rows.slice(0, table.headerRows);
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    const header = headerRows
      .map((r) => r[c]?.text ?? '')
      .filter(Boolean)
      .join(' ')
      .trim();
    const words = header
      .toLowerCase()
      .split(/[^\p{L}\p{N}%]+/u)
      .filter(Boolean);
    const unit = PERCENT_HEADER.test(header) ? 'percent' : CURRENCY_HEADER.test(header) ? 'currency' : COUNT_HEADER.test(header) ? 'count' : 'other';
    columns.push({ index: c, header, words, unit, isTotal: TOTAL_LABEL.test(withoutParenthesis(header).trim()) });
  }
  const rows: TableRow[] = table.rows.slice(table.headerRows).map((cells) => {
    const key = cells[0]?.text.trim() ?? '';
    const yearMatch = /^(19|20)\d\d$/.exec(key);
    const row: TableRow = {
      cells,
      key,
      year: yearMatch ? Number(key) : undefined,
      summary: TOTAL_LABEL.test(key) ? 'total' : MEAN_LABEL.test(key) ? 'mean' : undefined,
      numbers: cells.map((cell, c) => (c === 0 && yearMatch ? undefined : numericCell(cell, style))),
    };
    return row;
  });
  const dataRows = rows.filter((r) => !r.summary);
  return { table, columns, rows, dataRows, entity: captionEntity(table.caption), order };
}

/**
 * `text.replace(/\(.*\)/, '')` in linear time (the pattern is quadratic on many '(' without ')'):
 * from the first '(' that a ')' later on its line closes, to the last ')' on that line.
 */
function withoutParenthesis(text: string): string {
  const lineBreak = /[\n\r\u2028\u2029]/g;
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf('(', from);
    if (open < 0) break;
    lineBreak.lastIndex = open;
    const lineEnd = lineBreak.exec(text)?.index ?? text.length;
    const close = text.lastIndexOf(')', lineEnd - 1);
    if (close > open) return text.slice(0, open) + text.slice(close + 1);
    // No ')' after this '(' on its line, so none after a later '(' on it either.
    from = lineEnd + 1;
  }
  return text;
}

function numericCell(cell: TableCell, style: NumberStyle): NumericCell | undefined {
  const text = cell.text
    .replace(/^Rp\.?\s*/i, '')
    .replace(/(?<!\s)\s*%$/, '')
    .replace(/(?<![,-])[,-]+$/, '')
    .trim();
  if (!/^[-−]?\s*[\d.,]+$/.test(text)) return undefined;
  const negative = /^[-−]/.test(text);
  const parsed = parseLocaleNumber(text.replace(/^[-−]\s*/, ''), style);
  if (!parsed) return undefined;
  return { cell, value: negative ? -parsed.value : parsed.value, decimals: parsed.decimals };
}

/**
 * The place or subject a caption is about: "… Kemiskinan di Jawa Tengah Tahun 2019-2023" →
 * "jawa tengah"; "… in Central Java, 2019–2023" → "central java".
 */
export function captionEntity(caption: string | undefined): string | undefined {
  if (!caption) return undefined;
  const m =
    /\b(?:di|pada|in|of|for)\s+((?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan|Regency|Province|City)?\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(
      caption,
    );
  if (!m) return undefined;
  const words = m[1].split(/\s+/).filter((w) => !/^(Tahun|Year|Periode|Period|Menurut|By|Berdasarkan)$/i.test(w));
  // Stop at the first word that starts the period or a new phrase.
  const cut = words.findIndex((w) => /^(Tahun|Year|Periode|Period)$/i.test(w));
  const entity = (cut >= 0 ? words.slice(0, cut) : words).join(' ').trim();
  return entity ? entity.toLowerCase() : undefined;
}

/** The value of a column for the row with this key (a year or a category), if numeric. */
export function cellFor(table: StatTable, column: number, key: number | string): NumericCell | undefined {
  return rowFor(table, key)?.numbers[column];
}

export function rowFor(table: StatTable, key: number | string): TableRow | undefined {
  return typeof key === 'number' ? table.dataRows.find((r) => r.year === key) : table.dataRows.find((r) => r.key.toLowerCase().trim() === key);
}

/**
 * `text.replace(/\s*\([^)]*\)\s*$/, '')` in linear time (the pattern is quadratic on runs of
 * white space or of '('): a final "(…)" holding no ')' is cut, with the white space around it.
 */
export function withoutTrailingParenthesis(text: string): string {
  const end = text.trimEnd().length;
  if (end === 0 || text[end - 1] !== ')') return text;
  const open = text.indexOf('(', text.lastIndexOf(')', end - 2) + 1);
  if (open < 0 || open > end - 2) return text;
  let start = open;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return text.slice(0, start);
}
