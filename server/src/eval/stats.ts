// npm run eval:stats -- DIR… [--per-kind N] [--seed N] [--kinds number,direction,…] [--only NAME] [--verbose]
//
// Plants one statistics error at a time into real manuscripts (a development collection, see
// lib/collection.ts) and counts how often thesislint reports it, per kind of error:
//   number     a prose number equal to a cell of a table of its chapter, changed to another value
//   direction  a direction word reversed (meningkat ↔ menurun, higher ↔ lower, di atas ↔ di bawah between two figures, …) in a sentence
//              about a table: one that names it or restates one of its cells
//   extreme    a superlative reversed (tertinggi ↔ terendah, highest ↔ lowest, …), likewise
//   total      a table's total (row or column labelled Total/Jumlah) that adds up, changed
//   p          the p of a reported test with its statistic and df (prose, math included),
//              changed to one on the other side of .05
//   table-test a test inside a table made inconsistent: the p (Sig.) of a row that holds its
//              statistic (t, F, χ²) and df, moved across .05; or, in a coefficients table (B, Std.
//              Error, t) without df, the t made half again as large as B / SE
//   restated   one of two prose statements of the same figure (in no table, named by the same two
//              words right before each, not a test's statistic) changed
// Sentences about a table are chosen by what the harness sees, not by what the engine reads: a
// table number ("Tabel 4.2") or a number written exactly as one of the table's cells.
// A plant counts as found when a statistics finding that the unmodified manuscript did not
// have overlaps the planted place (the number, the cell, the sentence). Number plants are also
// counted by how plainly their sentence ties them to their cell (Plant.evidence). Then it lists the
// statistics findings on the unmodified manuscripts, for reading by hand.
import * as path from 'node:path';
import { ParseCache, rangeAt, type CheckResult, type Finding } from '../engine';
import { extractNumbers, parseLocaleNumber, type NumberStyle } from '../engine/numbers/parse';
import { sentences } from '../engine/text/sentences';
import { extractParagraph } from '../engine/stats/reportedTests/parse';
import { statText } from '../engine/stats/reportedTests/statText';
import { check, parseHarnessArgs, prepare, readCollection, readText, type Prepared } from './lib/collection';
import { random, shuffled } from './lib/random';

const KINDS = ['number', 'direction', 'extreme', 'total', 'p', 'table-test', 'restated'] as const;
type Kind = (typeof KINDS)[number];

interface Plant {
  kind: Kind;
  file: string;
  /** The replaced span of the original text, and its replacement. */
  start: number;
  end: number;
  replacement: string;
  /** Where a finding must overlap, in the original text's offsets. */
  region: { start: number; end: number };
  /** For the report. */
  description: string;
  /**
   * For a number: how plainly the sentence ties it to its cell, as the harness sees it — 'cell'
   * (one cell has that value among the cells whose row and column the sentence names, or its table
   * is named), 'axis' (one such cell, named by its row or its column only), 'several' (more than
   * one cell could be the one it restates).
   */
  evidence?: 'cell' | 'axis' | 'several';
}

const PROSE = new Set(['paragraph', 'list-item', 'quote', 'footnote']);

/** The prose blocks of a check with their sentences, in source offsets. */
interface ProseSentence {
  file: string;
  section: number;
  text: string;
  /** The sentence before it in its paragraph ('' for the first). */
  previous: string;
  start: number;
  end: number;
  offsets: number[];
}

function proseSentences(result: CheckResult): ProseSentence[] {
  const out: ProseSentence[] = [];
  const m = result.manuscript;
  for (const block of m.blocks) {
    if (!PROSE.has(block.kind)) continue;
    const role = m.sections[block.section]?.role;
    if (role === 'references' || role === 'front' || role === 'acknowledgements') continue;
    let previous = '';
    for (const s of sentences(block.text)) {
      const start = block.offsets[s.start];
      const end = block.offsets[s.end - 1] + 1;
      out.push({
        file: block.file,
        section: block.section,
        text: block.text.slice(s.start, s.end),
        previous,
        start,
        end,
        offsets: block.offsets.slice(s.start, s.end + 1),
      });
      previous = block.text.slice(s.start, s.end);
    }
  }
  return out;
}

/** Digits and separators of a written number, for comparing "9,41" with "9,41 %". */
function writtenKey(raw: string): string {
  return raw.replace(/[^\d.,]/g, '').replace(/[.,]$/, '');
}

interface CellKey {
  key: string;
  file: string;
  start: number;
  end: number;
  raw: string;
  /** The table's index in the manuscript. */
  table: number;
  /** Words of the cell's row labels and column headers, lower-cased, and the table's number. */
  words: Set<string>;
  rowWords: Set<string>;
  columnWords: Set<string>;
}

/** Words of a label that may name it in prose (lower-cased, three letters or more, or a code such as "X1"). */
function labelWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}\p{N}]{2,}|[\p{L}]\d+/gu) ?? []).filter((w) => !LABEL_FILLER.has(w));
}
const LABEL_FILLER = new Set('dan the and yang dari untuk dengan pada total jumlah nilai value mean rata persentase percentage frekuensi frequency'.split(' '));

/** The numeric cells of every table: their written keys, and each cell with its span. */
function tableCells(result: CheckResult): CellKey[] {
  const out: CellKey[] = [];
  result.manuscript.tables.forEach((table, index) => {
    const header = table.rows.slice(0, table.headerRows);
    for (const row of table.rows.slice(table.headerRows)) {
      // Row labels: the cells of the row that hold no number.
      const rowWords = row.filter((c) => !/\d/.test(c.text)).flatMap((c) => labelWords(c.text));
      row.forEach((cell, c) => {
        if (c === 0) return;
        const m = /[-−]?\d[\d.,]*/.exec(cell.text);
        if (!m || !/^\s*[-−]?(?:Rp\.?\s*)?\d[\d.,]*\s*%?\**\s*$/.test(cell.text)) return;
        const columnWords = header.flatMap((h) => labelWords(h[c]?.text ?? ''));
        const words = new Set([...rowWords, ...columnWords, ...labelWords(row[0]?.text ?? ''), ...(table.number ? [`#${table.number}`] : [])]);
        out.push({
          key: writtenKey(m[0]),
          file: cell.file,
          start: cell.start,
          end: cell.end,
          raw: m[0],
          table: index,
          words,
          rowWords: new Set([...rowWords, ...labelWords(row[0]?.text ?? '')]),
          columnWords: new Set(columnWords),
        });
      });
    }
  });
  return out;
}

/** The chapter (top-level section) a position of the manuscript is in, by the sections' order. */
function chapterAt(result: CheckResult, section: number): number {
  const sections = result.manuscript.sections;
  for (let i = section; i >= 0; i--) if ((sections[i]?.level ?? 1) <= 1) return i;
  return 0;
}

/** `raw` with its last significant digit moved by 1–8, so that it names no cell of `avoid`. */
/**
 * The number with one digit changed: the last one, or the last whose place value is at least
 * `minPlace` (for a total, a change the rounding of its parts cannot explain).
 */
function perturbed(raw: string, avoid: Set<string>, next: () => number, minPlace = 0, decimals = 0): string | undefined {
  const digits = [...raw].map((c, i) => ({ c, i })).filter((d) => /\d/.test(d.c));
  if (digits.length === 0) return undefined;
  let from = digits.length - 1;
  while (from > 0 && 10 ** (digits.length - 1 - from - decimals) < minPlace) from--;
  if (10 ** (digits.length - 1 - from - decimals) < minPlace) return undefined;
  const last = digits[from];
  for (const step of shuffled([1, 2, 3, 4, 5, 6, 7, 8], next)) {
    const d = (Number(last.c) + step) % 10;
    // Never turn a leading digit into 0 ("9" → "0").
    if (digits.length === 1 && d === 0) continue;
    const candidate = raw.slice(0, last.i) + String(d) + raw.slice(last.i + 1);
    if (!avoid.has(writtenKey(candidate))) return candidate;
  }
  return undefined;
}

const REFERENCE_BEFORE =
  /\b(?:tabel|table|gambar|figure|fig|grafik|bab|chapter|lampiran|appendix|persamaan|equation|section|subbab|bagian|versi|version|diagram)\.?\s*~?$/i;
/** Right before a figure: a test's statistic, p, interval bound or a list's next value. */
const TEST_STATISTIC_BEFORE =
  /(?:(?<![\p{L}])(?:p|ps|d|b|r|t|F|z|β|η²|η2|df|SE|SD|M|CI|CrI|HDI|median)\s?(?:\([^)]{0,12}\))?\s?[=<>≤≥:]\s?|[[(,;]\s?|\d\s?[-–]\s?)$/u;
const LEAD_FILLER = new Set(
  'yang dengan pada sebesar adalah yaitu nilai dari untuk dalam this that with from were was which value sebanyak menunjukkan diperoleh'.split(' '),
);

const DIRECTION_PAIRS: [string, string][] = [
  ['meningkat', 'menurun'],
  ['naik', 'turun'],
  ['kenaikan', 'penurunan'],
  ['peningkatan', 'penurunan'],
  ['bertambah', 'berkurang'],
  ['lebih tinggi', 'lebih rendah'],
  ['lebih besar', 'lebih kecil'],
  ['lebih banyak', 'lebih sedikit'],
  ['lebih cepat', 'lebih lambat'],
  ['lebih baik', 'lebih buruk'],
  ['increased', 'decreased'],
  ['increase', 'decrease'],
  ['increases', 'decreases'],
  ['rose', 'fell'],
  ['higher', 'lower'],
  ['greater', 'smaller'],
  ['larger', 'smaller'],
  ['faster', 'slower'],
  ['better', 'worse'],
  ['improved', 'worsened'],
  // A figure against a criterion ("0,582 di atas 0,60", "(0.418) is above the 0.50 threshold"):
  // direction words only between two figures (see POSITIONAL), not "tabel di atas".
  ['di atas', 'di bawah'],
  ['above', 'below'],
  ['exceeds', 'falls below'],
];
/** Words that are also positions on the page ("tabel di atas", "shown below"): planted only between two figures. */
const POSITIONAL = new Set(['di atas', 'di bawah', 'above', 'below']);

const EXTREME_PAIRS: [string, string][] = [
  ['tertinggi', 'terendah'],
  ['terbesar', 'terkecil'],
  ['terbanyak', 'tersedikit'],
  ['terbaik', 'terburuk'],
  ['tercepat', 'terlambat'],
  ['paling tinggi', 'paling rendah'],
  ['paling besar', 'paling kecil'],
  ['paling banyak', 'paling sedikit'],
  ['highest', 'lowest'],
  ['largest', 'smallest'],
  ['best', 'worst'],
  ['fastest', 'slowest'],
];

function wordSwaps(pairs: [string, string][]): { pattern: RegExp; opposite: Map<string, string> } {
  const opposite = new Map<string, string>();
  for (const [a, b] of pairs) {
    if (!opposite.has(a)) opposite.set(a, b);
    if (!opposite.has(b)) opposite.set(b, a);
  }
  const words = [...opposite.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
  return { pattern: new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'giu'), opposite };
}

function sameCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

function plantsOf(result: CheckResult, prepared: Prepared, style: NumberStyle, kinds: Set<Kind>, next: () => number): Plant[] {
  const plants: Plant[] = [];
  const text = (file: string) => readText(prepared, file) ?? '';
  const cells = tableCells(result);
  const cellKeys = new Set(cells.map((c) => c.key));
  const prose = proseSentences(result);
  const tables = result.manuscript.tables;
  const tableChapter = tables.map((t) => chapterAt(result, t.section));
  // The tables a sentence may speak of: those of its chapter, and those it names by number.
  const chapterTables = (s: ProseSentence) => new Set(tables.map((_, i) => i).filter((i) => tableChapter[i] === chapterAt(result, s.section)));
  const namedTables = (s: ProseSentence) => {
    const numbers = [...s.text.matchAll(/\b(?:Tabel|Table)\s+([0-9]+(?:[.\-][0-9]+)*)/giu)].map((m) => m[1]);
    return new Set(tables.map((t, i) => (t.number && numbers.includes(t.number) ? i : -1)).filter((i) => i >= 0));
  };
  /** The cells of the tables near a sentence, by written form. */
  const nearCells = (s: ProseSentence) => {
    const near = new Set([...chapterTables(s), ...namedTables(s)]);
    const byKey = new Map<string, CellKey[]>();
    for (const c of cells) if (near.has(c.table)) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    return byKey;
  };
  /**
   * A number that restates a cell: written exactly as one. A whole number under 100 ("10
   * responden", "95% CI", "50 states") matches cells by coincidence too often: it counts only when
   * a single cell has it. A confidence level ("95% CI") never does.
   */
  const restates = (n: { raw: string; value: number; decimals: number; year: boolean; end: number }, s: ProseSentence, near: Map<string, CellKey[]>) => {
    if (n.year || (n.decimals === 0 && Math.abs(n.value) < 10)) return false;
    const same = near.get(writtenKey(n.raw)) ?? [];
    if (same.length === 0) return false;
    if (/^\s*%?\s*(?:CI|confidence|kepercayaan)/i.test(s.text.slice(n.end, n.end + 16))) return false;
    if (!(n.decimals > 0 || Math.abs(n.value) >= 100 || same.length === 1)) return false;
    // It speaks of that cell: the sentence (or the one before it) has a word of the cell's row or
    // column labels, or names its table.
    const context = new Set([
      ...labelWords(s.previous + ' ' + s.text),
      ...[...s.text.matchAll(/\b(?:Tabel|Table)\s+([0-9]+(?:[.\-][0-9]+)*)/giu)].map((m) => `#${m[1]}`),
    ]);
    return same.some((c) => [...c.words].some((w) => context.has(w)));
  };
  /** How plainly the sentence ties a number that restates a cell to that cell (see Plant.evidence). */
  const evidenceOf = (n: { raw: string }, s: ProseSentence, near: Map<string, CellKey[]>): Plant['evidence'] => {
    const context = new Set([
      ...labelWords(s.previous + ' ' + s.text),
      ...[...s.text.matchAll(/\b(?:Tabel|Table)\s+([0-9]+(?:[.\-][0-9]+)*)/giu)].map((m) => `#${m[1]}`),
    ]);
    const hit = (words: Set<string>) => [...words].some((w) => context.has(w));
    const same = (near.get(writtenKey(n.raw)) ?? []).filter((c) => hit(c.words));
    if (same.length !== 1) return 'several';
    const [c] = same;
    const named = tables[c.table]?.number !== undefined && context.has(`#${tables[c.table].number}`);
    return named || (hit(c.rowWords) && hit(c.columnWords)) ? 'cell' : 'axis';
  };
  /** A sentence about a table: it names one, or writes a number exactly as a cell of a table of its chapter. */
  const aboutTable = (s: ProseSentence) => {
    if (namedTables(s).size > 0) return true;
    const near = nearCells(s);
    return extractNumbers(s.text, style).some((n) => restates(n, s, near));
  };

  if (kinds.has('number') || kinds.has('restated')) {
    const seen = new Map<string, { file: string; start: number; end: number }[]>();
    for (const s of prose) {
      const near = kinds.has('number') ? nearCells(s) : new Map<string, CellKey[]>();
      for (const n of extractNumbers(s.text, style)) {
        if (n.year || (n.decimals === 0 && Math.abs(n.value) < 10)) continue;
        const start = s.offsets[n.start];
        const end = s.offsets[n.end - 1] + 1;
        if (text(s.file).slice(start, end) !== n.raw) continue;
        const key = writtenKey(n.raw);
        if (kinds.has('number') && restates(n, s, near)) {
          const replacement = perturbed(n.raw, cellKeys, next);
          if (replacement)
            plants.push({
              kind: 'number',
              file: s.file,
              start,
              end,
              replacement,
              region: { start, end },
              description: `${n.raw} → ${replacement} in «${s.text.slice(0, 140)}»`,
              evidence: evidenceOf(n, s, near),
            });
        }
        const list = seen.get(key) ?? [];
        list.push({ file: s.file, start, end });
        seen.set(key, list);
      }
    }
    if (kinds.has('restated')) {
      for (const [key, places] of seen) {
        // A figure with decimals or of four digits and more, stated exactly twice, and in no table.
        if (places.length !== 2 || cellKeys.has(key) || !/[.,]\d|\d{4}/.test(key)) continue;
        // Two statements of one figure: not a table's, figure's or section's number, and with a
        // content word in common just before each ("R Square sebesar 0,477" … "R Square 0,477").
        const lead = (at: { file: string; start: number }) => text(at.file).slice(Math.max(0, at.start - 60), at.start);
        if (places.some((at) => REFERENCE_BEFORE.test(lead(at)))) continue;
        const words = places.map(
          (at) =>
            new Set(
              (
                lead(at)
                  .toLowerCase()
                  .match(/\p{L}{4,}/gu) ?? []
              )
                .slice(-6)
                .filter((w) => !LEAD_FILLER.has(w)),
            ),
        );
        // One figure stated twice names its measure the same way both times: the two content words
        // right before each are the same ("Cronbach's Alpha sebesar 0.926" … "Cronbach's Alpha
        // sebesar 0.926"). Not a statistic of a test, whose equal values are as often two tests'
        // ("p = .006" twice, two CI bounds "[0.58, 1.00]", ".29" in a table pasted as text).
        const lastTwo = places.map((at) =>
          [
            ...lead(at)
              .toLowerCase()
              .matchAll(/\p{L}{3,}/gu),
          ]
            .map((m) => m[0])
            .filter((w) => !LEAD_FILLER.has(w))
            .slice(-2)
            .join(' '),
        );
        if (lastTwo[0] === '' || lastTwo[0] !== lastTwo[1] || ![...words[0]].some((w) => words[1].has(w))) continue;
        if (places.some((at) => TEST_STATISTIC_BEFORE.test(lead(at)))) continue;
        const target = places[Math.floor(next() * 2)];
        const raw = text(target.file).slice(target.start, target.end);
        const replacement = perturbed(raw, new Set([key]), next);
        if (replacement)
          plants.push({
            kind: 'restated',
            file: target.file,
            start: target.start,
            end: target.end,
            replacement,
            region: target,
            description: `${raw} → ${replacement} (also stated elsewhere) ${places.map((at) => `«…${lead(at).replace(/\s+/g, ' ').slice(-50)}${raw}»`).join(' / ')}`,
          });
      }
    }
  }

  for (const [kind, pairs] of [
    ['direction', DIRECTION_PAIRS],
    ['extreme', EXTREME_PAIRS],
  ] as const) {
    if (!kinds.has(kind)) continue;
    const { pattern, opposite } = wordSwaps(pairs);
    for (const s of prose) {
      if (!aboutTable(s)) continue;
      for (const m of s.text.matchAll(pattern)) {
        const word = m[0].toLowerCase().replace(/\s+/g, ' ');
        const other = opposite.get(word);
        if (!other) continue;
        if (POSITIONAL.has(word) && !(/\d[^\d]{0,60}$/.test(s.text.slice(0, m.index)) && /^[^\d]{0,40}\d/.test(s.text.slice(m.index + m[0].length)))) continue;
        const start = s.offsets[m.index];
        const end = s.offsets[m.index + m[0].length - 1] + 1;
        if (text(s.file).slice(start, end) !== m[0]) continue;
        const replacement = sameCase(m[0], other);
        plants.push({
          kind,
          file: s.file,
          start,
          end,
          replacement,
          region: { start: s.start, end: s.end },
          description: `${m[0]} → ${replacement} in «${s.text.slice(0, 160)}»`,
        });
      }
    }
  }

  if (kinds.has('total')) {
    for (const table of result.manuscript.tables) {
      const body = table.rows.slice(table.headerRows);
      const totalRow = body.findIndex((r) => /^\s*(?:jumlah|total|jumlah total|grand total|total keseluruhan)\s*$/i.test(r[0]?.text ?? ''));
      if (totalRow < 1) continue;
      const data = body.slice(0, totalRow);
      for (let c = 1; c < body[totalRow].length; c++) {
        const totalCell = body[totalRow][c];
        const total = parseCell(totalCell.text, style);
        const values = data.map((r) => (r[c] ? parseCell(r[c].text, style) : undefined));
        if (!total || values.some((v) => v === undefined)) continue;
        const sum = values.reduce((a, v) => a + v!.value, 0);
        const tolerance = data.length * 0.5 * 10 ** -Math.max(0, ...values.map((v) => v!.decimals)) + 0.5 * 10 ** -total.decimals;
        if (Math.abs(sum - total.value) > tolerance) continue;
        const m = /[-−]?\d[\d.,]*/.exec(totalCell.text)!;
        const offset = text(totalCell.file).indexOf(m[0], totalCell.start);
        if (offset < 0 || offset > totalCell.end) continue;
        const replacement = perturbed(m[0], new Set([writtenKey(m[0])]), next, 2 * tolerance, total.decimals);
        if (replacement) {
          plants.push({
            kind: 'total',
            file: totalCell.file,
            start: offset,
            end: offset + m[0].length,
            replacement,
            region: { start: totalCell.start, end: totalCell.end },
            description: `${table.label ?? 'table'} total ${m[0]} → ${replacement}`,
          });
        }
      }
    }
  }

  if (kinds.has('p')) {
    // Reported tests as the engine reads them (math put back), with a statistic, its df and an exact p.
    for (const block of result.manuscript.blocks) {
      if (!PROSE.has(block.kind)) continue;
      const st = statText(block, text(block.file));
      if (!/\d/.test(st.text)) continue;
      for (const test of extractParagraph(st.text, style).tests) {
        const p = test.p;
        if (!p || !test.statistic || !test.df || p.operator !== '=' || p.value <= 0 || p.value >= 1) continue;
        const start = st.offsets[p.start];
        const end = st.offsets[p.end - 1] + 1;
        if (text(block.file).slice(start, end) !== p.raw) continue;
        const replacement = pAcross(p.raw, p.value);
        const statement = test.head ? st.offsets[test.head.start] : start;
        plants.push({
          kind: 'p',
          file: block.file,
          start,
          end,
          replacement,
          region: { start: Math.min(statement, start), end },
          description: `p ${p.raw} → ${replacement} in «${st.text.slice(Math.max(0, (test.head?.start ?? p.start) - 20), p.end + 10)}»`,
        });
      }
    }
  }
  if (kinds.has('table-test')) plants.push(...tableTestPlants(result, style, text));
  return plants;
}

/** A column header as read by a person: the header rows' texts of the column, without parentheses. */
const P_HEADER_WORDS = /^(?:sig\.?|sig\.?\s*\(2-tailed\)|p|p-value|p value|prob\.?|probability|probabilitas|signifikansi|asymp\.? sig\.?(?:\s*\(2-sided\))?)$/i;
const STATISTIC_HEADER_WORDS =
  /^(?:t|f|t hitung|f hitung|t-value|f-value|t value|f value|t-stat|t statistic|t-statistic|f-statistic|χ²|χ2|chi-square|pearson chi-square|value)$/i;
const DF_HEADER_WORDS = /^(?:df|d\.?f\.?|db)$/i;

function tableTestPlants(result: CheckResult, style: NumberStyle, text: (file: string) => string): Plant[] {
  const plants: Plant[] = [];
  for (const table of result.manuscript.tables) {
    const header = table.rows.slice(0, table.headerRows);
    const width = Math.max(0, ...table.rows.map((r) => r.length));
    const headers = Array.from({ length: width }, (_, c) =>
      header
        .map((h) => h[c]?.text ?? '')
        .join(' ')
        .replace(/\([^)]*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const column = (pattern: RegExp) => headers.findIndex((h) => pattern.test(h));
    const pColumn = column(P_HEADER_WORDS);
    const statisticColumn = column(STATISTIC_HEADER_WORDS);
    const dfColumn = column(DF_HEADER_WORDS);
    const bColumn = headers.findIndex((h) => /^(?:b|unstandardized coefficients b|koefisien|coefficient|estimate)$/i.test(h) || /\bB$/.test(h));
    const seColumn = headers.findIndex((h) => /(?:^|\s)(?:std\.? error|se|standard error|s\.e\.)$/i.test(h));
    // A table's own decimal mark (SPSS output pasted into an Indonesian text keeps its points).
    const body = table.rows.slice(table.headerRows).flat();
    const commas = body.filter((c) => /\d,\d{1,3}\s*\**\s*$/.test(c.text) && !/\./.test(c.text)).length;
    const points = body.filter((c) => /\d\.\d{1,3}\s*\**\s*$/.test(c.text) && !/,/.test(c.text)).length;
    const tableStyle: NumberStyle = points > commas ? 'en' : commas > points ? 'id' : style;
    for (const row of table.rows.slice(table.headerRows)) {
      const cell = (c: number) => (c >= 0 ? row[c] : undefined);
      const value = (c: number) => {
        const cl = cell(c);
        return cl ? parseCell(cl.text.replace(/\*+\s*$/, ''), tableStyle) : undefined;
      };
      const spanOf = (c: number) => {
        const cl = cell(c)!;
        const m = /[-−]?\d[\d.,]*/.exec(cl.text);
        if (!m) return undefined;
        const source = text(cl.file);
        const at = source.indexOf(m[0], cl.start);
        return at >= 0 && at + m[0].length <= cl.end ? { file: cl.file, start: at, end: at + m[0].length, raw: m[0] } : undefined;
      };
      const cells = row.filter((c) => c.file === row[0]?.file);
      const region = { start: Math.min(...cells.map((c) => c.start)), end: Math.max(...cells.map((c) => c.end)) };
      const plant = (at: { file: string; start: number; end: number }, replacement: string, what: string) =>
        plants.push({ kind: 'table-test', file: at.file, start: at.start, end: at.end, replacement, region, description: `${table.label ?? 'table'} ${what}` });
      const statistic = value(statisticColumn);
      const p = value(pColumn);
      const df = value(dfColumn);
      if (statistic && p && df && df.value >= 1 && p.value >= 0 && p.value < 1 && Math.abs(statistic.value) > 0) {
        const at = spanOf(pColumn);
        if (!at) continue;
        const replacement = pAcross(at.raw, p.value);
        plant(
          at,
          replacement,
          `p ${at.raw} → ${replacement} (${headers[statisticColumn]} ${cell(statisticColumn)!.text.trim()}, df ${cell(dfColumn)!.text.trim()})`,
        );
        continue;
      }
      const b = value(bColumn);
      const se = value(seColumn);
      const t = headers.findIndex((h) => /^t$/i.test(h));
      const tValue = value(t);
      if (
        dfColumn < 0 &&
        b &&
        se &&
        tValue &&
        se.value > 0 &&
        Math.abs(tValue.value) >= 1 &&
        Math.abs(b.value / se.value - tValue.value) <= 0.05 * Math.abs(tValue.value) + 0.06
      ) {
        const at = spanOf(t);
        if (!at) continue;
        const sep = at.raw.includes(',') ? ',' : '.';
        const scaled = Math.abs(tValue.value) * 1.5;
        const written = scaled.toFixed(tValue.decimals).replace('.', sep);
        const replacement = (tValue.value < 0 ? at.raw.match(/^[-−]/)![0] : '') + written;
        plant(at, replacement, `t ${at.raw} → ${replacement} (B ${cell(bColumn)!.text.trim()}, SE ${cell(seColumn)!.text.trim()})`);
      }
    }
  }
  return plants;
}

/** A p written like `raw`, across .05 and far from it: .001 → .45, .30 → .001. */
function pAcross(raw: string, value: number): string {
  const sep = raw.includes(',') ? ',' : '.';
  const lead = /^0/.test(raw) ? '0' : '';
  const digits = Math.max(2, raw.replace(/^0?[.,]/, '').length);
  return value < 0.05 ? `${lead}${sep}${'45'.padEnd(digits, '0')}` : `${lead}${sep}${'1'.padStart(Math.max(3, digits), '0')}`;
}

function parseCell(text: string, style: NumberStyle): { value: number; decimals: number } | undefined {
  const t = text
    .replace(/^\s*Rp\.?\s*/i, '')
    .replace(/\s*%\s*$/, '')
    .trim();
  if (!/^[-−]?\d[\d.,]*$/.test(t)) return undefined;
  const negative = /^[-−]/.test(t);
  const parsed = parseLocaleNumber(t.replace(/^[-−]/, ''), style);
  return parsed && { value: negative ? -parsed.value : parsed.value, decimals: parsed.decimals };
}

function findingKey(f: Finding): string {
  return `${f.code}\0${f.file}\0${f.message}`;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, options } = parseHarnessArgs(argv);
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run eval:stats -- DIR… [--per-kind N] [--seed N] [--kinds number,direction,…] [--only NAME] [--verbose]\n');
    return 2;
  }
  const perKind = Number(options.get('per-kind') ?? 10);
  const seed = Number(options.get('seed') ?? 1);
  const kinds = new Set((options.get('kinds') ?? KINDS.join(',')).split(',') as Kind[]);
  const only = options.get('only');
  const verbose = options.has('verbose');
  const entries = positionals.flatMap((dir) => readCollection(dir)).filter((e) => !only || e.name.includes(only));

  const totals = new Map<Kind, { planted: number; found: number }>(KINDS.map((k) => [k, { planted: 0, found: 0 }]));
  const byEvidence = new Map<string, { planted: number; found: number }>();
  const rows: string[] = [];
  const unmodified: string[] = [];
  for (const entry of entries) {
    const prepared = await prepare(entry);
    if (prepared.specs.length === 0) continue;
    const cache = new ParseCache();
    // Read every file whole, as the CLI does: planted offsets are offsets in the real files.
    cache.segmentMinChars = undefined;
    const [result] = check(prepared, new Map(), cache);
    if (!result) continue;
    const style = result.analysis.numberStyle;
    const baseline = new Set(result.findings.filter((f) => f.code.startsWith('stats/')).map(findingKey));
    for (const f of result.findings) {
      if (!f.code.startsWith('stats/')) continue;
      const file = result.files.get(f.file);
      const { start } = rangeAt(file, f.start, f.end);
      unmodified.push(`${entry.name}/${path.relative(entry.dir, f.file)}:${start.line + 1}:${start.character + 1} ${f.severity} ${f.code} ${f.message}`);
    }
    const next = random(seed ^ hash(entry.name));
    const all = plantsOf(result, prepared, style, kinds, next);
    const counts = new Map<Kind, { planted: number; found: number }>(KINDS.map((k) => [k, { planted: 0, found: 0 }]));
    for (const kind of kinds) {
      for (const plant of shuffled(
        all.filter((p) => p.kind === kind),
        next,
      ).slice(0, perKind)) {
        const original = readText(prepared, plant.file) ?? '';
        const changed = original.slice(0, plant.start) + plant.replacement + original.slice(plant.end);
        const delta = plant.replacement.length - (plant.end - plant.start);
        const region = { start: plant.region.start, end: plant.region.end + (plant.region.end >= plant.end ? delta : 0) };
        const [planted] = check(prepared, new Map([[plant.file, changed]]), cache);
        const over = (s: { file: string; start: number; end: number }) => s.file === plant.file && s.start < region.end && s.end > region.start;
        // Two statements of one figure that disagree are one finding at the later, relating the
        // earlier: a plant at either is found.
        const hit = planted.findings.some(
          (f) =>
            f.code.startsWith('stats/') &&
            !baseline.has(findingKey(f)) &&
            (over(f) || (kind === 'restated' && f.code === 'stats/text-contradiction' && (f.related ?? []).some(over))),
        );
        const c = counts.get(kind)!;
        c.planted++;
        if (hit) c.found++;
        if (plant.evidence) {
          const e = byEvidence.get(plant.evidence) ?? { planted: 0, found: 0 };
          e.planted++;
          if (hit) e.found++;
          byEvidence.set(plant.evidence, e);
        }
        if (verbose) {
          // What the unmodified manuscript's analysis read at the planted place: tells a number never
          // aligned from one aligned only by its value.
          const read = result.analysis.statistics.comparisons
            .filter((c) => c.span.file === plant.file && c.span.start < plant.region.end && c.span.end > plant.region.start)
            .map((c) => c.kind);
          const evidence = plant.evidence ? ` {${plant.evidence}}` : '';
          process.stdout.write(`${hit ? 'FOUND' : 'MISSED'} ${entry.name} ${kind}:${evidence} [read: ${read.join(',') || 'none'}] ${plant.description}\n`);
        }
      }
    }
    for (const kind of KINDS) {
      const c = counts.get(kind)!;
      const t = totals.get(kind)!;
      t.planted += c.planted;
      t.found += c.found;
    }
    rows.push(
      `| ${entry.name} | ${KINDS.filter((k) => kinds.has(k))
        .map((k) => `${counts.get(k)!.found}/${counts.get(k)!.planted}`)
        .join(' | ')} | ${baseline.size} |`,
    );
  }
  const shown = KINDS.filter((k) => kinds.has(k));
  process.stdout.write(
    `\n| manuscript | ${shown.join(' | ')} | stats findings unmodified |\n|---|${shown.map(() => '---|').join('')}---|\n${rows.join('\n')}\n`,
  );
  process.stdout.write(`\n| kind | planted | found | recall |\n|---|---|---|---|\n`);
  for (const kind of shown) {
    const t = totals.get(kind)!;
    process.stdout.write(`| ${kind} | ${t.planted} | ${t.found} | ${t.planted ? ((100 * t.found) / t.planted).toFixed(0) : '—'} % |\n`);
  }
  if (byEvidence.size > 0) {
    // Numbers by how plainly their sentence ties them to their cell: a reader cannot tell which cell
    // a number of the 'several' class restates either.
    process.stdout.write(`\n| number plants, by evidence | planted | found | recall |\n|---|---|---|---|\n`);
    for (const evidence of ['cell', 'axis', 'several']) {
      const e = byEvidence.get(evidence);
      if (e) process.stdout.write(`| ${evidence} | ${e.planted} | ${e.found} | ${((100 * e.found) / e.planted).toFixed(0)} % |\n`);
    }
  }
  process.stdout.write(`\nStatistics findings on the unmodified manuscripts (${unmodified.length}):\n${unmodified.join('\n')}\n`);
  return 0;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`eval:stats: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
