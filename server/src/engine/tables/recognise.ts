// How a table is recognised in any markup: its numbered label ("Tabel 4.1", "Table 2:",
// "Tabel III.1"), a cell that holds a number, and its header rows. Shared by the Markdown and
// LaTeX parsers and by the claims that refer to a table from the prose.

const TABLE_WORD = String.raw`(?:Tabel|Table|Tab\.)`;

/** "Tabel 4.1", "TABEL III.2", "Table A1", "Tabel~3": the label and its number, at the start of a caption. */
const LABEL = new RegExp(String.raw`^\s*(${TABLE_WORD}\s*(?:~\s*)?([A-Z]?[0-9IVXLC]+(?:[.\-–] ?[0-9]+)*[A-Z]?))(?=$|[\s.:–—-])`, 'i');

/** A reference to a numbered table in prose: "Tabel 4.1", "tabel 4.1", "Table 2", "Tab. III-1" (group 1: the number; Roman numerals in capitals). */
export const TABLE_REFERENCE = new RegExp(
  String.raw`\b(?:[Tt]abel|[Tt]able|TABEL|TABLE|Tab\.)\s+([0-9]+(?:[.\-][0-9]+|\. [0-9]{1,2}(?![\d.,]))*|[IVXLC]+(?:[.\-][0-9]+)*)\b`,
  'gu',
);

/** A table number as captions and references write it, Word's "1. 1" read as "1.1". */
export function tableNumber(written: string): string {
  return written.includes(' ') ? written.replace(/ /g, '') : written;
}

export interface TableLabel {
  /** As written, white space folded: "Tabel 4.1". */
  label: string;
  /** The number part: "4.1", "III.1", "A1". */
  number: string;
}

/** The numbered label a caption starts with, if any. */
export function tableLabel(caption: string): TableLabel | undefined {
  const m = LABEL.exec(caption);
  if (!m) return undefined;
  // "Tabel 1. 1 Rata-rata …" (Word) is table 1.1; "Table 1. 95 participants …" is table 1.
  const spaced = m[2].indexOf('. ');
  if (spaced >= 0 && !/^\s*\p{Lu}/u.test(caption.slice(m.index + m[0].length))) {
    const number = m[2].slice(0, spaced);
    return { label: m[1].slice(0, m[1].length - (m[2].length - spaced)).replace(/\s+/g, ' '), number };
  }
  return { label: m[1].replace(/\s+/g, ' '), number: tableNumber(m[2]) };
}

const NUMERIC_CELL = /^[-+−±]?\s*(?:Rp\.?\s*|\$\s*)?\d[\d.,]*\s*%?$/;

/** A cell that holds one number: "9,41", "-2.5", "Rp 410.670", "12 %". */
export function isNumericCell(text: string): boolean {
  return NUMERIC_CELL.test(text.trim());
}

export interface HeaderCell {
  text: string;
  /** Set in bold (LaTeX \textbf). */
  bold?: boolean;
}

/**
 * How many leading rows are headers, when the markup does not say: one when a rule follows the
 * first row, when its filled cells are all bold, or when none of them is a number but a later
 * row holds one; else none (a table of words alone, a glossary say, has no header to find).
 */
export function guessHeaderRows(rows: readonly (readonly HeaderCell[])[], ruleAfterFirst = false): number {
  if (rows.length < 2) return 0;
  if (ruleAfterFirst) return 1;
  const first = rows[0];
  const filled = first.filter((c) => c.text.trim().length > 0);
  if (filled.length > 0 && filled.every((c) => c.bold)) return 1;
  const numeric = (row: readonly HeaderCell[]) => row.some((c) => isNumericCell(c.text));
  if (!numeric(first) && rows.slice(1).some(numeric)) return 1;
  // "Variabel | 2018 | 2019 | 2020": years as column headers over figures that are not years.
  const year = (text: string) => /^\s*(?:19|20)\d\d\s*$/.test(text);
  const years = first.filter((c) => year(c.text));
  const figures = (row: readonly HeaderCell[]) => row.some((c) => isNumericCell(c.text) && !year(c.text));
  if (
    years.length >= 2 &&
    first.every((c) => year(c.text) || !isNumericCell(c.text)) &&
    !figures(first) &&
    rows.slice(1).every((r) => !r.some((c) => year(c.text))) &&
    rows.slice(1).some(figures)
  )
    return 1;
  return 0;
}
