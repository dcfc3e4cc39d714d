// The statistics view of a manuscript, computed once per check and read by the stats checks:
// the tables as relations (tables.ts), and every comparison the prose allows with them — a
// number against the cell it restates, a change, range, average or extreme against what the
// table gives, a direction word or superlative against the order of the cells — each with what
// it was compared with, whether it agrees or not. Only what aligns to the table unambiguously is
// compared; the rest is counted as unchecked.
//
// Re-checks: the comparisons of a block depend only on the block and on what it was compared
// with — the tables it may speak of (candidateTables, by content: tableKeys), the places the
// tables name, the part of the manuscript it stands in, the number style — and are kept with the
// block object while all of these are the same (see reusable). An edit that changes one table
// re-does the blocks that may speak of it, not every block of the manuscript.
import type { Span, TextBlock } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import type { NumberStyle, NumberToken } from '../numbers/parse';
import { agreesAsWritten, oneSlipApart } from '../numbers/parse';
import { slot } from '../derived';
import { TextMemo } from '../memo';
import { sentences } from '../text/sentences';
import { statText, statTextIn, type StatText } from './reportedTests/statText';
import { blockSpan } from '../text/builder';
import { sentenceFacts, isLowerBetter, type Marker, type Quantity, type SentenceFacts } from './sentence';
import { agreesWithCell, bindGroups, inStatedUnit, mentionsIn, type Binding, type Place, type TableMentions } from './align';
import { tokenize, type Token } from './labels';
import { rowName, statTables, type NumericCell, type StatTable, type TableColumn, type TableRow } from './tables';
import { tableProblems, type TableProblem } from './arithmetic';
import { agree, sameFigure, slipKey, statementsOf, type Statement } from './restated';
import { headerUnit, unitAfter } from './units';
import { statedCriteria, thresholdComparisons } from './thresholds';
import { statedChanges } from './statedChange';

export interface CellRef {
  table: StatTable;
  row: TableRow;
  column: TableColumn;
  cell: NumericCell;
}

interface Base {
  /** Where the text states it: the number, or the word. */
  span: Span;
  agrees: boolean;
  /** The sentence, for messages and hovers. */
  sentence: string;
}

/** A number restating one cell. */
export interface CellComparison extends Base {
  kind: 'cell';
  stated: NumberToken;
  ref: CellRef;
  /** The row of the same column whose value the text gives instead, if one has it. */
  elsewhere?: TableRow;
}

/** A figure the text derives from cells: a change, difference, range end, extreme or average. */
export interface DerivedComparison extends Base {
  kind: 'derived';
  what: 'change' | 'difference' | 'range-low' | 'range-high' | 'max' | 'min' | 'mean' | 'total' | 'count';
  stated: NumberToken;
  expected: number;
  /** Decimals to show the expected value with. */
  decimals: number;
  basis: CellRef[];
  table: StatTable;
  column: TableColumn;
  /** For a count: the noun counted ("skenario"). */
  noun?: string;
  /** For a change: the direction its words give ("naik 3,2", "fell by 4"). */
  direction?: 'up' | 'down';
}

/** A direction word against two values (two cells, or two numbers of the sentence). */
export interface DirectionComparison extends Base {
  kind: 'direction';
  said: 'up' | 'down';
  /** The word as written. */
  word: string;
  from: { label: string; value: number; raw: string; ref?: CellRef };
  to: { label: string; value: number; raw: string; ref?: CellRef };
  /** A comparison ("A lebih tinggi daripada B") rather than a change over time. */
  comparative: boolean;
}

/** A row named the highest or lowest of a column. */
export interface ExtremeComparison extends Base {
  kind: 'extreme';
  said: 'max' | 'min';
  word: string;
  named: CellRef;
  actual: CellRef[];
  /** Ranked across the columns of the named row ("tertinggi di tahun 2021" in a table of years as columns), or across the pairs of a matrix. */
  across?: 'columns' | 'pairs';
}

/** A figure stated twice with different values. */
export interface RestatedComparison extends Base {
  kind: 'restated';
  stated: NumberToken;
  other: Statement;
}

/** A change stated beside both of its ends in its sentence, of another size than they give ("80,06, meningkat 0,56 poin dibandingkan … 79,60"). */
export interface StatedChangeComparison extends Base {
  kind: 'stated-change';
  stated: NumberToken;
  said: 'up' | 'down';
  from: NumberToken;
  to: NumberToken;
  /** to − from, and relative to from in per cent. */
  points: number;
  relative?: number;
}

export type Comparison = CellComparison | DerivedComparison | DirectionComparison | ExtremeComparison | RestatedComparison | StatedChangeComparison;

export interface StatisticsAnalysis {
  style: NumberStyle;
  tables: StatTable[];
  comparisons: Comparison[];
  /** Totals, shares and differences inside tables that do not add up. */
  problems: TableProblem[];
  /** Numbers in prose that state a quantity, and how many of them were compared with a table. */
  counts: { quantities: number; compared: number };
}

const PROSE = new Set(['paragraph', 'list-item', 'quote', 'footnote']);
const SKIPPED_ROLES = new Set(['references', 'front', 'acknowledgements', 'appendix']);

/** The facts of a sentence, kept by its text (and the number style). */
const FACTS = slot('stats: facts of a sentence', () => new TextMemo<SentenceFacts>(20_000));

interface BlockResult extends BlockAnalysis {
  /** What the comparisons were computed against besides the block (see reusable). */
  inputs: BlockInputs;
}
const TABLE_PROBLEMS = slot('stats: arithmetic problems of a table', () => new WeakMap<StatTable, { style: NumberStyle; problems: TableProblem[] }>());
const OF_BLOCK = slot('stats: comparisons of a placed block', () => new WeakMap<TextBlock & Placed, BlockResult>());
/** Whether a block may state a figure at all (prose with a digit or a word of comparing), kept per block object. */
const MAY_STATE = slot('stats: whether a block may state a figure', () => new WeakMap<TextBlock, boolean>());

/**
 * Everything a block's comparisons read besides the block object itself (whose text, offsets,
 * file and section index are fixed while it is the same object): the number style, the part of
 * the manuscript its section is in (summaryPart: section roles change with a heading's words,
 * not with the block), the places the tables name, whether there are tables at all, and the
 * tables it may speak of. The candidates are found again on every check from the block's
 * sentence facts (kept, so no sentence is read again): a cheap walk over the table list.
 */
interface BlockInputs {
  style: NumberStyle;
  part: number;
  entities: string;
  noTables: boolean;
  facts: SentenceFacts[];
  /** The candidate tables by content (tableKeys): each in order, with whether it is named or far. */
  candidates?: string;
  /** The world (worldOf) the candidates were last found the same in. */
  world: number;
}

type Candidates = ReturnType<typeof candidateTables>;

/**
 * What a table is, for a block that may speak of it: where it stands (file, offsets, section,
 * place in the table list), its source text and its caption. Two StatTables with one key read
 * alike (statTables derives everything from these and the number style), so a block compared
 * with the one is compared with the other: a section re-parsed after an edit gives its tables
 * new objects, and the blocks around them need not be compared again.
 */
function tableKeys(manuscript: Manuscript, tables: StatTable[], known: Interned): Map<StatTable, number> {
  const keys = new Map<StatTable, number>();
  if (known.ids.size > 50_000) known.ids.clear();
  tables.forEach((t, i) => {
    const table = t.table;
    const source = manuscript.files.get(table.file)?.text.slice(table.start, table.end) ?? '';
    const caption = [table.label, table.number, table.caption, table.captionSpan?.file, table.captionSpan?.start, table.captionSpan?.end, table.latexLabel];
    const key = JSON.stringify([i, table.file, table.start, table.end, table.section, caption, source]);
    let id = known.ids.get(key);
    if (id === undefined) known.ids.set(key, (id = known.next++));
    keys.set(t, id);
  });
  return keys;
}

/** Table keys as small numbers (the same key, the same number, from check to check). */
interface Interned {
  ids: Map<string, number>;
  next: number;
  /** What candidateTables read besides the block, as of the last check (see worldOf), and its number. */
  world: string;
  worldId: number;
}
const INTERNED = slot('stats: table keys', (): Interned => ({ ids: new Map(), next: 0, world: '', worldId: 0 }));

/**
 * Everything candidateTables reads besides the block and its sentence facts: the tables (by
 * key), the file order and the section tree. While it is unchanged (typing in prose), every
 * block's candidates are what they were, and are not looked for again.
 */
function worldOf(manuscript: Manuscript, keys: Map<StatTable, number>, known: Interned): number {
  const world = `${[...keys.values()].join(',')}\u0002${manuscript.fileOrder.join('\u0001')}\u0002${manuscript.sections.map((s) => `${s.level},${s.parent},${s.role}`).join(';')}`;
  if (world !== known.world) {
    known.world = world;
    known.worldId++;
  }
  return known.worldId;
}

function candidateKeys(candidates: Candidates | undefined, keys: Map<StatTable, number>): string | undefined {
  if (!candidates) return undefined;
  return candidates.tables.map((t) => `${keys.get(t)}${candidates.named.has(t) ? 'n' : ''}${candidates.far.has(t) ? 'f' : ''}`).join(',');
}

/** Whether a block's kept result was computed against exactly what it would read now. */
function reusable(
  kept: BlockResult,
  manuscript: Manuscript,
  block: TextBlock & Placed,
  tables: StatTable[],
  placement: Placement,
  now: { style: NumberStyle; part: number; entities: string; world: number },
  keys: Map<StatTable, number>,
): boolean {
  const was = kept.inputs;
  if (was.style !== now.style || was.part !== now.part || was.entities !== now.entities || was.noTables !== (tables.length === 0)) return false;
  if (tables.length === 0 || was.world === now.world) return true;
  if (was.candidates !== candidateKeys(candidateTables(manuscript, block, was.facts, tables, placement), keys)) return false;
  was.world = now.world;
  return true;
}

export function analyseStatistics(manuscript: Manuscript, style: NumberStyle): StatisticsAnalysis {
  const { derived } = manuscript;
  const tables = statTables(manuscript, style);
  const kept = derived.get(OF_BLOCK);
  const facts = derived.get(FACTS);
  const comparisons: Comparison[] = [];
  let quantities = 0;
  let compared = 0;
  const placement = tablePlacement(manuscript, tables);
  const entities = entitiesOf(tables).join('\0');
  const interned = derived.get(INTERNED);
  const keys = tableKeys(manuscript, tables, interned);
  const world = worldOf(manuscript, keys, interned);
  const statements: Statement[] = [];
  const read = derived.get(MAY_STATE);
  for (const block of manuscript.blocks) {
    let may = read.get(block);
    if (may === undefined)
      read.set(
        block,
        (may = PROSE.has(block.kind) && /\d|tabel|table|tertinggi|terendah|highest|lowest|lebih|meningkat|menurun|naik|turun|higher|lower/i.test(block.text)),
      );
    if (!may) continue;
    const role = manuscript.sections[block.section]?.role;
    if (role && SKIPPED_ROLES.has(role)) continue;
    const now = { style, part: summaryPart(manuscript, block.section), entities, world };
    let result = kept.get(block);
    if (!result || !reusable(result, manuscript, block, tables, placement, now, keys)) {
      const analysed = analyseBlock(manuscript, block, tables, placement, style, facts);
      result = { ...analysed, inputs: { ...now, noTables: tables.length === 0, facts: analysed.facts, candidates: candidateKeys(analysed.candidates, keys) } };
      kept.set(block, result);
    }
    comparisons.push(...result.comparisons);
    statements.push(...result.statements);
    quantities += result.quantities;
    compared += result.compared;
  }
  comparisons.push(...restatements(statements, comparisons));
  // A table's own arithmetic depends on the table alone (a StatTable is kept while its table is: statTables).
  const problemsOf = derived.get(TABLE_PROBLEMS);
  const problems = tables.flatMap((t) => {
    let found = problemsOf.get(t);
    if (!found || found.style !== style) problemsOf.set(t, (found = { style, problems: tableProblems(t, style) }));
    return found.problems;
  });
  return { style, tables, comparisons, problems, counts: { quantities, compared } };
}

/** Where a statement or comparison stands, as a key: its file and start. */
function placeOf(x: { span: Span }): string {
  return `${x.span.file}\0${x.span.start}`;
}

/** Statements of one figure that disagree (the later one is reported); those a table already checks are left to it. */
function restatements(statements: Statement[], comparisons: Comparison[]): Comparison[] {
  // The statements a table checks, by where they stand: those it confirms and those it contradicts.
  const confirmed = new Set<string>();
  const contradicted = new Set<string>();
  for (const c of comparisons) if (c.kind === 'cell') (c.agrees ? confirmed : contradicted).add(placeOf(c));
  const checked = (s: Statement) => confirmed.has(placeOf(s)) || contradicted.has(placeOf(s));
  const buckets = new Map<string, Statement[]>();
  for (const s of statements) {
    if (checked(s)) continue;
    const key = `${s.year ?? ''}\0${s.place ?? ''}\0${s.number.percent}\0${s.number.unit ?? ''}`;
    const list = buckets.get(key) ?? [];
    list.push(s);
    buckets.set(key, list);
  }
  // A statistic stated with two values in one part (an R² per regression) is not one figure of
  // the manuscript: its restatements elsewhere cannot be paired by name alone.
  const values = new Map<string, Set<number>>();
  for (const s of statements) {
    if (s.year !== undefined) continue;
    const key = `${s.part}\0${s.measure.join(' ')}\0${s.number.percent}`;
    const set = values.get(key) ?? new Set<number>();
    set.add(s.number.value);
    values.set(key, set);
  }
  const several = (s: Statement) => s.year === undefined && (values.get(`${s.part}\0${s.measure.join(' ')}\0${s.number.percent}`)?.size ?? 0) > 1;
  const out: Comparison[] = [];
  for (const list of buckets.values()) {
    const reported = new Set<Statement>();
    for (let i = 1; i < list.length; i++) {
      const later = list[i];
      if (several(later)) continue;
      const earlier = list.slice(0, i).find((e) => e.sentence !== later.sentence && !several(e) && sameFigure(e, later));
      if (!earlier || reported.has(later) || agree(earlier, later)) continue;
      reported.add(later);
      out.push({ kind: 'restated', span: later.span, agrees: false, sentence: later.sentence, stated: later.number, other: earlier });
    }
  }
  out.push(...slippedRestatements(statements, confirmed, contradicted, new Set(out.map(placeOf))));
  return out;
}

/**
 * One figure miswritten once: statements of one measure as written (slipKey) with exactly two
 * values, one slip of the pen apart. The value a table's cell confirms is the figure; else the
 * value stated more often; else the earlier statement. A statement a table contradicts is
 * reported by the table check, not here.
 */
function slippedRestatements(
  statements: Statement[],
  confirmed: ReadonlySet<string>,
  contradicted: ReadonlySet<string>,
  reported: ReadonlySet<string>,
): Comparison[] {
  const byKey = new Map<string, Statement[]>();
  for (const s of statements) {
    if (contradicted.has(placeOf(s))) continue;
    const key = slipKey(s);
    if (key === undefined) continue;
    const list = byKey.get(key) ?? [];
    list.push(s);
    byKey.set(key, list);
  }
  const out: Comparison[] = [];
  for (const list of byKey.values()) {
    const values = [...new Set(list.map((s) => s.number.value))];
    if (values.length !== 2) continue;
    const [one, two] = values.map((v) => list.filter((s) => s.number.value === v));
    if (!oneSlipApart(one[0].number, two[0].number)) continue;
    // A round figure ("flow set at 100") is a setting, no slip of the pen; a whole number after a
    // code ("MDDE 604", "ISO 9001") is a name.
    const name = (s: Statement) => s.number.decimals === 0 && /\p{Lu}\p{Lu}[\s-]?$/u.test(s.sentence.slice(Math.max(0, s.number.start - 16), s.number.start));
    if (significantDigits(one[0].number) < 3 || significantDigits(two[0].number) < 3 || name(one[0]) || name(two[0])) continue;
    // Two figures of one paragraph under one wording are as often two groups or two models as one figure.
    if (one.some((a) => two.some((b) => a.paragraph === b.paragraph))) continue;
    // "dk = 38 … t tabel 1,686" and "dk = 36 … t tabel 1,689", "12.45 years (SD = 5.66)" and
    // "15.65 years (SD = 5.67)": figures that follow other numbers are one figure only after the same ones.
    if (one.some((a) => two.some((b) => a.before !== '' && b.before !== '' && a.before !== b.before))) continue;
    const backed = (group: Statement[]) => group.some((s) => confirmed.has(placeOf(s)));
    // Stated once each, in the body both, and no table to tell: as often two groups' figures
    // ("kelas eksperimen … 78,4", "Pada kelas kontrol, … 72,4") as one miswritten.
    if (one.length === 1 && two.length === 1 && !backed(one) && !backed(two) && one[0].part === 0 && two[0].part === 0) continue;
    // Each value stated as often as the other ("R Square sebesar 0,0188" twice, "0,0108" twice):
    // two regressions, each restated faithfully.
    if (one.length === two.length && one.length > 1 && backed(one) === backed(two)) continue;
    // The figure: the value a table's cell confirms, else the one stated more often, else (one
    // statement each, one in the abstract or conclusion) the earlier; the other value is the slip.
    const firstIsFigure =
      backed(one) !== backed(two) ? backed(one) : one.length !== two.length ? one.length > two.length : list.indexOf(one[0]) < list.indexOf(two[0]);
    const [figure, slips] = firstIsFigure ? [one, two] : [two, one];
    for (const slip of slips) {
      if (confirmed.has(placeOf(slip)) || reported.has(placeOf(slip))) continue;
      const other = figure.find((s) => s.sentence !== slip.sentence) ?? figure[0];
      out.push({ kind: 'restated', span: slip.span, agrees: false, sentence: slip.sentence, stated: slip.number, other });
    }
  }
  return out;
}

/** Where each table stands: its file's position in reading order, its offset, its chapter. */
interface Placement {
  position: Map<StatTable, [number, number]>;
  chapter: Map<StatTable, number>;
}

function tablePlacement(manuscript: Manuscript, tables: StatTable[]): Placement {
  const fileIndex = new Map(manuscript.fileOrder.map((f, i) => [f, i]));
  const position = new Map<StatTable, [number, number]>();
  const chapter = new Map<StatTable, number>();
  for (const t of tables) {
    position.set(t, [fileIndex.get(t.table.file) ?? -1, t.table.start]);
    chapter.set(t, chapterOf(manuscript, t.table.section));
  }
  return { position, chapter };
}

/** 1 in the abstract, 2 in the conclusion (or a section under them), 0 elsewhere. */
function summaryPart(manuscript: Manuscript, index: number): number {
  for (let i = index, guard = 0; i >= 0 && guard < 64; guard++) {
    const section = manuscript.sections[i];
    if (!section) return 0;
    if (section.role === 'abstract') return 1;
    if (section.role === 'conclusion') return 2;
    if (section.parent === i || section.parent < 0) return 0;
    i = section.parent;
  }
  return 0;
}

function chapterOf(manuscript: Manuscript, index: number): number {
  let i = index;
  while (i > 0 && manuscript.sections[i].level > 1 && manuscript.sections[i].parent > 0) i = manuscript.sections[i].parent;
  return i;
}

/** The tables a block may speak of, most likely first; `strict` when none is near or named. */
function candidateTables(
  manuscript: Manuscript,
  block: TextBlock & Placed,
  all: SentenceFacts[],
  tables: StatTable[],
  placement: Placement,
): { tables: StatTable[]; named: Set<StatTable>; far: Set<StatTable> } {
  const named = new Set<StatTable>();
  const out: StatTable[] = [];
  const add = (t: StatTable | undefined, isNamed = false) => {
    if (!t) return;
    if (!out.includes(t)) out.push(t);
    if (isNamed) named.add(t);
  };
  const blockFile = manuscript.fileOrder.indexOf(block.file);
  const isBefore = (t: StatTable) => {
    const [f, s] = placement.position.get(t)!;
    return f < blockFile || (f === blockFile && s < block.start);
  };
  const before = tables.filter(isBefore);
  const after = tables.filter((t) => !isBefore(t));
  const blockChapter = chapterOf(manuscript, block.section);
  // LaTeX numbers its captioned floats itself, so their captions hold no number to match: "Tabel 4"
  // or "Tabel 7.4" written by hand names the fourth captioned table of the chapter, when no table
  // of the chapter has a written number.
  const floatNumbered = (n: string): StatTable | undefined => {
    const k = Number(/(?:^|\.)(\d+)$/.exec(n)?.[1]);
    if (!k) return undefined;
    // Counted among all the chapter's tables, those not read as data too, as LaTeX counts them.
    const ofChapter = manuscript.tables.filter((t) => chapterOf(manuscript, t.section) === blockChapter);
    if (ofChapter.some((t) => t.caption === undefined || (t.number !== undefined && t.number !== t.latexLabel))) return undefined;
    const table = ofChapter[k - 1];
    return table && tables.find((t) => t.table === table);
  };
  let unread = false;
  for (const f of all) {
    for (const n of f.tableNumbers) {
      // Two tables numbered alike (a slip in the captions): the one the paragraph follows.
      const t = before.filter((t) => t.table.number === n).pop() ?? after.find((t) => t.table.number === n) ?? floatNumbered(n);
      // A table the paragraph names but that could not be read as data: its figures are not
      // those of the tables around it.
      if (!t) unread = true;
      add(t, true);
    }
    if (f.tableAbove) add(before[before.length - 1], true);
    if (f.tableBelow) add(after[0], true);
  }
  for (const t of latexReferences(manuscript, block, tables)) add(t, true);
  if (unread && named.size === 0) return { tables: [], named, far: new Set() };
  const sameChapter = (t: StatTable) => placement.chapter.get(t) === blockChapter;
  // The nearest table before in the chapter, and the one right after in the section.
  for (let i = before.length - 1; i >= 0; i--) {
    if (!sameChapter(before[i])) break;
    add(before[i]);
    if (out.length >= 4) break;
  }
  const next = after[0];
  // The table right after in the section — also after headings that are only captions ("####
  // Gambar 5", "#### Tabel 2": a report converted from PDF or Word keeps captions as headings).
  const captionsBetween = (from: number, to: number) => {
    for (let i = from + 1; i <= to; i++) if (!CAPTION_HEADING.test(manuscript.sections[i]?.title ?? '')) return false;
    return to > from;
  };
  if (next && (next.table.section === block.section || captionsBetween(block.section, next.table.section))) add(next);
  // The chapter's other tables, nearest first: read only where the sentence names both a row and a column.
  const far = new Set<StatTable>();
  const rest = [...before.slice().reverse(), ...after].filter((t) => sameChapter(t) && !out.includes(t));
  for (const t of rest) {
    out.push(t);
    far.add(t);
  }
  return { tables: out, named, far };
}

/** "selama 7 tahun terakhir", "dalam lima tahun terakhir", "over the last five years", "in the past decade". */
const SPAN_OF_YEARS =
  /\b(?:(?:selama|dalam|dalam\s+kurun(?:\s+waktu)?)\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+tahun\s+(?:terakhir|belakangan)|(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years|(?:over|in|during)\s+the\s+(?:last|past)\s+decade)\b/iu;

const CAPTION_HEADING = /^\s*(?:tabel|table|gambar|figure|grafik|diagram|peta|map|chart)\s+[\dIVX]+(?:[.\-][\dIVX]+)*\b/iu;

/** Where the block's LaTeX source refers to a figure (`\ref{fig:…}`, `\ref{gambar:…}`): source offsets. */
function latexFigureReferences(manuscript: Manuscript, block: TextBlock): number[] {
  const source = manuscript.files.get(block.file)?.text.slice(block.start, block.end);
  if (!source || !source.includes('ref')) return [];
  const out: number[] = [];
  for (const m of source.matchAll(/\\(?:auto|c|v|name)?ref\*?\{(?:fig|gambar|gbr|img|pic|grafik|chart)[^}]{0,80}\}/gi)) out.push(block.start + m.index);
  return out;
}

/** "Tabel~\ref{tab:ipm}": LaTeX references leave no text, so they are read from the block's source. */
function latexReferences(manuscript: Manuscript, block: TextBlock, tables: StatTable[]): StatTable[] {
  const source = manuscript.files.get(block.file)?.text.slice(block.start, block.end);
  if (!source || !source.includes('ref')) return [];
  const out: StatTable[] = [];
  const opening = /\\(?:auto|c|C|v|name)?ref\*?\{/g;
  for (let m = opening.exec(source); m; m = opening.exec(source)) {
    const from = m.index + m[0].length;
    const close = source.indexOf('}', from);
    if (close < 0) break;
    const label = source.slice(from, close);
    const found = tables.find((t) => t.table.latexLabel === label);
    if (found && !out.includes(found)) out.push(found);
    opening.lastIndex = close + 1;
  }
  return out;
}

function analyseBlock(
  manuscript: Manuscript,
  block: TextBlock & Placed,
  tables: StatTable[],
  placement: Placement,
  style: NumberStyle,
  memo: TextMemo<SentenceFacts>,
): BlockAnalysis {
  const file = manuscript.files.get(block.file);
  const st: StatText = file ? statTextIn(file, block, manuscript.derived) : statText(block, undefined);
  const all = sentences(st.text).map((s) => ({
    s,
    facts: memo.get(st.text.slice(s.start, s.end), () => sentenceFacts(st.text.slice(s.start, s.end), style), style),
  }));
  const quantities = all.reduce((n, { facts }) => n + facts.quantities.length, 0);
  const statements: Statement[] = [];
  let place: string | undefined;
  for (const { s, facts } of all) {
    const found = statementsOf(facts, block.section, summaryPart(manuscript, block.section), place, (from, to) => statSpan(st, s.start + from, s.start + to));
    for (const statement of found.statements) statements.push({ ...statement, paragraph: `${block.file}\0${block.start}` });
    place = found.place;
  }
  if (tables.length === 0) {
    // No table: what the sentences say of their own numbers.
    const comparisons: Comparison[] = [];
    for (const { s, facts } of all) {
      const spanOf = (from: number, to: number): Span => statSpan(st, s.start + from, s.start + to);
      comparisons.push(...ownNumbers(facts, spanOf, facts.text, comparisons));
    }
    return { comparisons, statements, quantities, compared: 0, facts: all.map((a) => a.facts) };
  }
  const found = candidateTables(
    manuscript,
    block,
    all.map((a) => a.facts),
    tables,
    placement,
  );
  const { tables: candidates, named: namedTables, far } = found;
  const comparisons: Comparison[] = [];
  let compared = 0;
  const entities = entitiesOf(tables);
  const figureRefs = latexFigureReferences(manuscript, block);
  // A paragraph that discusses a figure and names no table is about the figure throughout.
  const paragraphOnFigure = figureRefs.length > 0 || all.some((a) => a.facts.figure);
  let paragraphPlace: string | undefined;
  /** Per table, the one row the paragraph's last sentence about it named. */
  const subjectRow = new Map<StatTable, number | undefined>();
  /** Per table, the one row the last sentence named (cleared at each sentence). */
  const lastRow = new Map<StatTable, number>();
  /** The one year the paragraph's last sentence naming years named ("tahun lalu" is the year before it). */
  let paragraphYear: number | undefined;
  let sentenceYear: number | undefined;
  for (const { s, facts } of all) {
    if (sentenceYear !== undefined) paragraphYear = sentenceYear;
    const ownYears = new Set(facts.years.filter((y) => !facts.periods.some((p) => y.start >= p.start && y.end <= p.end)).map((y) => y.value));
    sentenceYear = ownYears.size === 1 ? [...ownYears][0] : ownYears.size > 1 || facts.periods.length > 0 ? undefined : sentenceYear;
    const spanOf = (from: number, to: number): Span => statSpan(st, s.start + from, s.start + to);
    const sentence = facts.text;
    const done = new Set<number>();
    /** Per quantity, what tables the sentence does not name gave when it contradicts them; ambiguous once another table reads it too. */
    const readings = new Map<number, { found: Comparison[]; ambiguous: boolean; value: number }>();
    const sentenceStart = comparisons.length;
    // Per table, the one row the sentence right before named.
    const previousRow = new Map(lastRow);
    lastRow.clear();
    // The clauses that speak of a span of years ("selama 7 tahun terakhir"), read once per sentence.
    const overYears = facts.clauses.map(([a, b]) => SPAN_OF_YEARS.test(facts.text.slice(a, b)));
    // Each table's rows and columns this sentence names, read once.
    const mentioned = new Map<StatTable, TableMentions>();
    const mentionsOf = (t: StatTable): TableMentions => {
      let m = mentioned.get(t);
      if (!m) mentioned.set(t, (m = mentionsIn(t, facts, paragraphYear)));
      return m;
    };
    // The place the sentence is about: one it names, else the paragraph's; two named tell none.
    const named = placesNamed(facts, entities);
    const place = named.length > 1 ? AMBIGUOUS : named.length === 1 ? named[0] : paragraphPlace;
    if (named.length > 0) paragraphPlace = named[named.length - 1];
    const aboutPlace = (t: StatTable) => !t.entity || (place !== AMBIGUOUS && (place === undefined || samePlace(t.entity, place)));
    // "Pada Raspberry Pi 4, … sebesar 12,0372 ms, sedangkan pada Intel NUC, … 2,8435 ms": a sentence naming
    // two places speaks of each in turn; a figure is read against the table of the place named last before it.
    const lower = place === AMBIGUOUS ? facts.text.toLowerCase() : '';
    // Every place named, where: a sentence speaks of places in turns only where each place has its
    // figures before the next is named ("Kabupaten Sragen … di Jawa Tengah … 12,79%" names two at once).
    const occurrences =
      place === AMBIGUOUS
        ? named
            .flatMap((p) => {
              const out: { p: string; at: number; end: number }[] = [];
              for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + p.length)) out.push({ p, at: i, end: i + p.length });
              return out;
            })
            .sort((a, b) => a.at - b.at)
        : [];
    const figureBetween = (from: number, to: number) => facts.quantities.some((q) => q.number.start >= from && q.number.end <= to);
    const placeOf = (from: number, to: number): string | undefined => {
      // Named right after the figure ("2,8435 ms pada Intel NUC"), else last before it.
      const after = occurrences.find((o) => o.at >= to && PLACE_RIGHT_AFTER.test(lower.slice(to, o.at)));
      if (after) return after.p;
      const before = occurrences.filter((o) => o.end <= from);
      const last = before[before.length - 1];
      if (!last) return undefined;
      const previous = before[before.length - 2];
      return !previous || figureBetween(previous.end, last.at) ? last.p : undefined;
    };
    const byTurns = (t: StatTable) => place === AMBIGUOUS && !!t.entity && named.some((p) => samePlace(t.entity!, p));
    // Tables the sentence itself names come first.
    const own = candidates.filter((t) => facts.tableNumbers.includes(t.table.number ?? '\0') && aboutPlace(t));
    // A sentence about a figure ("Gambar 4.2 menunjukkan …", "\ref{fig:…}"), an assumption or a
    // scale's legend restates no table it does not name.
    const ownSpan = spanOf(0, facts.text.length);
    const aboutFigure = facts.figure || figureRefs.some((at) => at >= ownSpan.start && at < ownSpan.end) || (paragraphOnFigure && namedTables.size === 0);
    // In a paragraph about a figure, a sentence that itself names a row and a column of exactly one
    // nearby table of its section ("TPACK and STEM each had … High gains (26.3% and 24.2%, respectively)" beside
    // a table of gain categories by construct) restates that table: a figure charts its table.
    const crossNamed =
      aboutFigure && !facts.figure && !facts.hypothetical && !facts.legend && own.length === 0
        ? candidates.filter(
            (t) => !far.has(t) && t.table.section === block.section && aboutPlace(t) && mentionsOf(t).rows.length > 0 && mentionsOf(t).columns.length > 0,
          )
        : [];
    if ((aboutFigure || facts.hypothetical || facts.legend) && own.length === 0 && crossNamed.length !== 1) {
      comparisons.push(...ownNumbers(facts, spanOf, sentence, comparisons));
      continue;
    }
    // A paragraph that names its tables ("Berdasarkan Tabel 4.2", "As Table 1 shows") speaks of those.
    // Tables of no figures named ("berdasarkan Tabel \ref{tab:sus} berada pada kategori Excellent", a
    // scale's legend) leave the paragraph free to speak of the tables around them.
    const namedData = [...namedTables].some((t) => t.dataRows.length > 0);
    const pool = crossNamed.length === 1 ? crossNamed : namedData ? candidates.filter((t) => namedTables.has(t)) : candidates;
    const order = [...own, ...pool.filter((t) => !own.includes(t) && (aboutPlace(t) || byTurns(t)))];
    // The paragraph names a table, but this sentence names none of its rows: a row of a nearby table
    // it does name ("Berdasarkan tabel di atas … Semester 6 berjumlah 20 orang" after a figure).
    const unnamedRows =
      namedTables.size > 0 && own.length === 0 && !order.some((t) => mentionsOf(t).rows.length > 0)
        ? candidates.filter((t) => !namedTables.has(t) && !far.has(t) && aboutPlace(t) && mentionsOf(t).rows.length > 0)
        : [];
    order.push(...unnamedRows);
    for (const table of order) {
      const written = mentionsOf(table);
      const explicit = namedTables.has(table);
      const rowsNamed = distinctPlaces(written.rows);
      // "Fenomena … rasio LDR tabel 1.1 … . Lalu pada tahun 2020 mengalami penurunan dengan
      // menunjukan angka 72,5%": in a paragraph about a named table, a sentence that names one of
      // its years but none of its rows goes on about the row the sentence before named.
      // Without the table named, only from the sentence right before ("PjBL → TPACK → RPP menghasilkan
      // efek … (β = 0,309 …). VAF 35,0% konsisten dengan mediasi parsial.").
      const goesOn = rowsNamed.length === 0 && written.columns.length > 0;
      const carried = goesOn ? (explicit ? subjectRow.get(table) : previousRow.get(table)) : undefined;
      const loose = carried !== undefined && !explicit;
      const mentions = carried !== undefined ? { rows: [{ item: carried, start: 0, end: 0 }], columns: written.columns } : written;
      subjectRow.set(table, rowsNamed.length === 1 ? rowsNamed[0].item : rowsNamed.length > 1 ? undefined : carried);
      if (rowsNamed.length === 1) lastRow.set(table, rowsNamed[0].item);
      const bindings = bindGroups(table, facts, mentions);
      /** The bindings without the carried row, when a figure is not about it. */
      let ownBindings: Binding[] | undefined;
      const hasMention = mentions.rows.length > 0 || mentions.columns.length > 0 || (mentions.shared?.length ?? 0) >= 2;
      // Without a name, the sentence may still speak of the whole table: its place, or the period its rows span.
      const aboutTable =
        (table.entity !== undefined && named.some((p) => samePlace(p, table.entity!))) ||
        facts.periods.some((p) => table.dataRows.some((r) => r.year === p.from) && table.dataRows.some((r) => r.year === p.to)) ||
        // Or the criterion it compares with is a column of the table ("lebih besar dari 0,260" beside *R-Tabel* 0,260).
        facts.criteria.some((c) => criterionPartner(table, c.value) !== undefined);
      if (!hasMention && !explicit && !aboutTable) continue;
      // A table further away: only where the sentence names one of its rows and one of its columns.
      if (far.has(table) && (mentions.rows.length === 0 || mentions.columns.length === 0)) continue;
      // Numbers restating cells.
      // Numbers inside a row or column name ("30-39 tahun", "Sprint 3") are part of the name.
      const labelled = [...mentions.rows, ...mentions.columns];
      const turns = !aboutPlace(table) && byTurns(table);
      const labelShaped = numberedLabelWords(table);
      const ofTable: Comparison[] = [];
      const changeEnds = new Set<Comparison>();
      for (const q of facts.quantities) {
        if (done.has(facts.quantities.indexOf(q))) continue;
        if (turns) {
          const at = placeOf(q.number.start, q.number.end);
          if (!at || !samePlace(at, table.entity!)) continue;
        }
        // "selama 7 tahun terakhir … tumbuh sebesar 0,70 persen": a figure over a span of years no column holds.
        if (overYears[q.clause]) continue;
        if (labelled.some((m) => q.number.start >= m.start && q.number.end <= m.end)) continue;
        // A label of the table with digits written in the sentence ("usia 19-39 (dewasa awal)" beside the row "19-39 | Dewasa Awal"): its numbers are the name.
        if (insideDigitLabel(sentence, q.number, table)) continue;
        // Written as the table's labels are ("61 responden" beside columns "28 Responden", "70
        // Responden"): the name of another sample, not one of the cells.
        const nextWord = /^\s*(\p{L}+)/u.exec(sentence.slice(q.number.end, q.number.end + 30))?.[1]?.toLowerCase();
        if (nextWord && labelShaped.has(nextWord)) continue;
        const read = (b: Binding) =>
          (!b.row && !b.column ? matrixCell(q, facts, table, mentions, spanOf, sentence) : undefined) ??
          compareQuantity(q, facts, b, table, explicit, own.includes(table), spanOf, sentence);
        let found = read(bindings[q.group]);
        // After a sentence about one row, a figure that is neither that row's cell nor one slip of
        // the pen from it is about something else ("… at 0.9340 for one of them"): read as written.
        if (loose && found?.some((c) => c.kind === 'cell' && !c.agrees && (c.elsewhere || !slipOf(c.stated, c.ref.cell, c.ref.column))))
          found = read((ownBindings ??= bindGroups(table, facts, written))[q.group]);
        if (!found) continue;
        const index = facts.quantities.indexOf(q);
        // One figure read by two tables is one figure compared.
        if (!readings.has(index)) compared++;
        ofTable.push(...found);
        if (q.role === 'from' || q.role === 'to') for (const c of found) changeEnds.add(c);
        // A cell the figure contradicts, in a table the sentence does not name: another candidate
        // table may state the figure (then it restates that one), or contradict it as well (then
        // which table the sentence speaks of cannot be told: nothing is reported). So too, for a table
        // of another section, when another table of the chapter has a row of the same name and a
        // column the sentence names ("Rata-rata jumlah konstituen" × "Data ragam tulis" in the tables
        // of short, medium and long sentences). The quantity stays open to the other tables.
        const contradiction = found.find((c): c is CellComparison => c.kind === 'cell' && !c.agrees);
        if (contradiction && found.every((c) => c.kind === 'cell') && !explicit && !own.includes(table) && q.role !== 'from' && q.role !== 'to') {
          const twin =
            table.table.section !== block.section && twinRow(contradiction.ref, tables, placement, (t) => aboutPlace(t) && mentionsOf(t).columns.length > 0);
          const earlier = readings.get(index);
          // Two tables holding the same figure (a summary table repeating a chapter's table) are one reading.
          const other = !!earlier && earlier.value !== contradiction.ref.cell.value;
          readings.set(index, {
            found: [...(earlier?.found ?? []), ...found],
            ambiguous: twin || other || !!earlier?.ambiguous,
            value: contradiction.ref.cell.value,
          });
          continue;
        }
        const earlier = readings.get(index);
        if (earlier) earlier.ambiguous = true;
        done.add(index);
      }
      comparisons.push(...withoutSecondReadings(ofTable, changeEnds));
      // The sentence's other readings take the whole sentence as about one table: not so here.
      if (turns) continue;
      comparisons.push(...directionComparisons(facts, table, mentions, bindings, spanOf, sentence));
      comparisons.push(...reachedDirections(facts, table, bindings, labelShaped, spanOf, sentence));
      comparisons.push(...impliedComparisons(facts, table, written, spanOf, sentence));
      comparisons.push(...extremeComparisons(facts, table, written, explicit, spanOf, sentence, carried !== undefined ? mentions : undefined));
      comparisons.push(...matrixExtremes(facts, table, written, spanOf, sentence));
      comparisons.push(...allAgainstCriterion(facts, table, mentions, spanOf, sentence));
    }
    // Contradictions withdrawn: those of a figure another table also reads.
    const withdrawn = new Set([...readings.values()].filter((r) => r.ambiguous).flatMap((r) => r.found));
    if (withdrawn.size > 0) for (let i = comparisons.length - 1; i >= sentenceStart; i--) if (withdrawn.has(comparisons[i])) comparisons.splice(i, 1);
    comparisons.push(...ownNumbers(facts, spanOf, sentence, comparisons));
  }
  return { comparisons: dedupe(comparisons), statements, quantities, compared, facts: all.map((a) => a.facts), candidates: found };
}

/**
 * Whether another table of the cell's chapter has a row named as the cell's, with other figures
 * (not a table repeating the cell), and is one the sentence may speak of, naming a column of it (`named`).
 */
function twinRow(ref: CellRef, tables: StatTable[], placement: Placement, named: (t: StatTable) => boolean): boolean {
  const chapter = placement.chapter.get(ref.table);
  const rowKey = ref.row.key.trim().toLowerCase();
  const twin = (r: TableRow) => r.key.trim().toLowerCase() === rowKey && !Object.values(r.numbers).some((n) => n?.value === ref.cell.value);
  return tables.some((t) => t !== ref.table && placement.chapter.get(t) === chapter && t.dataRows.some(twin) && named(t));
}

/** What analyseBlock found in a block, with what it read to find it (kept in BlockInputs). */
interface BlockAnalysis {
  comparisons: Comparison[];
  statements: Statement[];
  quantities: number;
  compared: number;
  /** The facts of the block's sentences, in order. */
  facts: SentenceFacts[];
  /** The tables the block may speak of (absent when the manuscript has none). */
  candidates?: Candidates;
}

/** The places the tables' captions name, each once, in table order. */
function entitiesOf(tables: StatTable[]): string[] {
  return [...new Set(tables.map((t) => t.entity).filter((e): e is string => !!e))];
}

/** The words that follow a number in the table's own labels ("28 Responden", "Sprint 3" gives none). */
function numberedLabelWords(table: StatTable): Set<string> {
  const out = new Set<string>();
  const labels = [...table.columns.filter((c) => c.index >= table.stub).map((c) => c.header), ...table.dataRows.map((r) => r.key)];
  for (const label of labels) {
    // "28 Responden", "<= 5 konstituen", "6-10 konstituen", "Kalimat pendek (<=10 konstituen)".
    const m = /(?:^|[\s(<>≤≥=])\d+(?:\s*[-–]\s*\d+)?\s+(\p{L}+)\s*(?:\)\s*)?$/u.exec(label);
    if (m) out.add(m[1].toLowerCase());
  }
  return out;
}

/**
 * A sentence gives one value for a cell: where one of its numbers restates a cell, another number
 * read as that same cell speaks of something else ("sampel 70 responden telah melebihi jumlah
 * minimum … sekitar 61 responden").
 */
function withoutSecondReadings(comparisons: Comparison[], changeEnds: ReadonlySet<Comparison>): Comparison[] {
  const cellKey = (c: Comparison) => (c.kind === 'cell' ? `${c.ref.row.index}\0${c.ref.column.index}` : '');
  // A figure written as the cell ("70 responden") outweighs another read there; one that agrees
  // only once rounded ("kurang lebih 3 kali" beside 3,002) does not outweigh a slip of the pen from
  // the cell in the same sentence ("sebesar 3,008 … kurang lebih 3 kali").
  const agreed = new Set(comparisons.filter((c) => c.agrees && c.kind === 'cell' && c.stated.decimals >= c.ref.cell.decimals).map(cellKey));
  const rounded = new Set(comparisons.filter((c) => c.agrees && c.kind === 'cell').map(cellKey));
  const outweighed = (c: Comparison) =>
    c.kind === 'cell' &&
    (agreed.has(cellKey(c)) || (rounded.has(cellKey(c)) && !(significantDigits(c.stated) >= 3 && slipOf(c.stated, c.ref.cell, c.ref.column))));
  // Both ends of a change read as one cell, neither its value ("(9.6% → 19.8%)" against 16.63%):
  // the sentence is not restating that cell.
  const disagreeing = new Map<string, Set<number>>();
  const ofChange = new Set<string>();
  for (const c of comparisons) {
    if (c.kind !== 'cell' || c.agrees) continue;
    disagreeing.set(cellKey(c), (disagreeing.get(cellKey(c)) ?? new Set()).add(c.stated.value));
    if (changeEnds.has(c)) ofChange.add(cellKey(c));
  }
  const misread = (c: Comparison) => ofChange.has(cellKey(c)) && (disagreeing.get(cellKey(c))?.size ?? 0) >= 2;
  return comparisons.filter((c) => c.agrees || c.kind !== 'cell' || (!outweighed(c) && !misread(c)));
}

const AMBIGUOUS = '\0ambiguous';
/** Between a figure and the place it is of: a unit, then a preposition ("ms pada ", "% in "). */
const PLACE_RIGHT_AFTER = /^\s*(?:[\p{L}%]{1,12}\s+)?(?:pada|di|untuk|on|in|for|at)\s+$/u;

/** Places a sentence names: administrative names ("Kabupaten Sragen") and the places of the tables' captions. */
function placesNamed(facts: SentenceFacts, entities: string[]): string[] {
  const lower = facts.text.toLowerCase();
  const found: string[] = [];
  for (const e of entities) {
    const at = lower.indexOf(e);
    if (at >= 0 && !/[\p{L}]/u.test(lower[at - 1] ?? '') && !/[\p{L}]/u.test(lower[at + e.length] ?? '')) found.push(e);
  }
  for (const p of facts.places) if (!found.some((f) => samePlace(f, p))) found.push(p);
  return found;
}

function samePlace(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

function statSpan(st: StatText, from: number, to: number): Span {
  return blockSpan({ file: st.file, text: st.text, offsets: st.offsets } as TextBlock, from, to);
}

/** One comparison per place and kind: the first table that gave it. */
function dedupe(comparisons: Comparison[]): Comparison[] {
  const seen = new Set<string>();
  return comparisons.filter((c) => {
    const key = `${c.kind}\0${c.span.file}\0${c.span.start}\0${c.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type SpanOf = (from: number, to: number) => Span;

function compareQuantity(
  q: Quantity,
  facts: SentenceFacts,
  binding: Binding,
  table: StatTable,
  explicit: boolean,
  ownTable: boolean,
  spanOf: SpanOf,
  sentence: string,
): Comparison[] | undefined {
  const n = q.number;
  if (q.role === 'change' || q.role === 'range-low' || q.role === 'range-high' || q.role === 'extreme')
    return derivedOf(q, facts, binding, table, spanOf, sentence);
  if (ownTable) {
    const count = countOf(q, facts, table, spanOf, sentence);
    if (count) return count;
  }
  const aggregate = aggregateOf(q, facts, binding, table, spanOf, sentence);
  if (aggregate) return aggregate;
  const row = binding.row;
  let column = binding.column;
  if (!row && !column) return undefined;
  // Without a name on either axis, only a table the text names may be read by its shape.
  if (!explicit && row?.via !== 'mention' && row?.via !== 'list' && column?.via !== 'mention' && column?.via !== 'list') return undefined;
  const group = facts.quantities.filter((o) => o.group === q.group);
  if (row) {
    const numeric = table.columns.filter((c) => c.index >= table.stub && row.row.numbers[c.index]);
    // Two numbers of one statement ("15 responden (50%)"): each to the column of its unit.
    if (group.length > 1 || !column) {
      const fitting = numeric.filter((c) => unitFits(n, row.row.numbers[c.index]!, c, row.row));
      if (column && !fitting.includes(column.column)) column = fitting.length === 1 ? { column: fitting[0], via: 'unit' } : undefined;
      if (!column) {
        const equal = numeric.filter((c) => equalsCell(n, row.row.numbers[c.index]!, c));
        const inPercent = n.percent && row.via !== 'single' ? percentColumns(fitting, row.row) : [];
        // "250g for the shaft" beside columns "m, g" and "F, N": the one column measured in its unit.
        const unit = row.via !== 'single' ? unitAfter(facts.text, n.end) : undefined;
        const measured = unit ? fitting.filter((c) => headerUnit(c.header) === unit) : [];
        if (equal.length === 1) column = { column: equal[0], via: 'value' };
        else if (fitting.length === 1 && row.via !== 'single') column = { column: fitting[0], via: 'unit' };
        else if (measured.length === 1) column = { column: measured[0], via: 'unit' };
        // "74,6%" beside a proportion column (0,7480) and a percentage column (74,8%): the one written in per cent.
        else if (inPercent.length === 1) column = { column: inPercent[0], via: 'unit' };
        else if (equal.length === 0 && row.via !== 'single') {
          // Equal to none of the named row's cells, one slip of the pen from exactly one of them.
          // Only for figures of four digits and more: a shorter one is too often another measure's
          // figure a digit away by chance ("Q² … STEM (0.430)" beside STEM's AVE 0.480).
          // And only for a row named before it in its clause (or paired in a list): a row named
          // after it or in an earlier clause may be another figure's.
          const place = row.place;
          // Or right after it, joined by a preposition ("sebanyak 59,49% kalimat pada data ragam lisan").
          const namedBefore =
            row.via === 'list' ||
            (!!place && place.end <= n.start && facts.clauses[q.clause][0] <= place.start) ||
            (!!place && place.start >= n.end && ROW_RIGHT_AFTER.test(facts.text.slice(n.end, place.start)));
          const slips = namedBefore && significantDigits(n) >= 4 ? fitting.filter((c) => slipOf(n, row.row.numbers[c.index]!, c)) : [];
          if (slips.length === 1) column = { column: slips[0], via: 'slip' };
        }
      }
    }
    if (!column) return undefined;
    const cell = row.row.numbers[column.column.index];
    if (!cell) return undefined;
    if (foreignStatistic(facts, q, table, column.column, row.row)) return undefined;
    // "hingga panjang kalimat 40 konstituen" is not a percentage of the table.
    // A figure in per cent against a cell written without the sign, where the sentence names both its row and
    // its column ("LDR … tahun 2020 … 72,5%" beside *LDR* × *2020* 72,5): the table dropped the sign, not the text.
    const namedBoth =
      row.via === 'mention' && column.via === 'mention' && n.percent && !cell.percent && column.column.unit !== 'count' && cell.value >= 0 && cell.value <= 100;
    if (!unitFits(n, cell, column.column, row.row) && !namedBoth) return undefined;
    const ref: CellRef = { table, row: row.row, column: column.column, cell };
    const agrees = agreesWithCell(n, cell, column.column);
    if (!agrees) {
      // A column holding one value on every row (*T Tabel* 2,048, *R Tabel* 0,361) is a criterion: a
      // different figure beside it is another statistic (the t hitung), not a misstated cell.
      if (constantColumn(table, column.column)) return undefined;
      // "memproses 1406 data receptor" beside *Waktu eksekusi (menit)*: a count of things, not a measure in the unit of the cell's column or row.
      if (
        [column.column.header, ...column.column.path, ...row.row.path].some((h) => headerUnit(h)) &&
        COUNTED_NOUN_AFTER.test(facts.text.slice(n.end, n.end + 24)) &&
        !unitAfter(facts.text, n.end)
      )
        return undefined;
      // A figure in per cent is no p or significance ("99,53%" beside *Probabilitas* 0,7919).
      if (n.percent && P_HEADER.test(column.column.header)) return undefined;
      // A p column's cell is restated only by a figure named as a p ("variabel CR berkontribusi sebesar 0,59" beside *Probabilitas* 0,7919 is not one).
      if (P_HEADER.test(column.column.header) && !P_WORD_BEFORE.test(facts.text.slice(facts.clauses[q.clause][0], n.start))) return undefined;
      // Nor, in a table the text does not name, a proportion ("kontribusi sebesar 99,96%" beside *Koefisien* 0,9328).
      if (n.percent && !explicit && !cell.percent && column.column.unit !== 'percent' && Math.abs(cell.value) <= 1) return undefined;
      // "daun jambu biji, kersen, dan sirih mempunyai nilai rata-rata recall 83%, precision 84%": a mean after the row's name, in a column that is no mean, is of the rows together.
      const meanAfterRow = facts.markers.some(
        (m) => m.kind === 'mean' && m.clause === q.clause && m.end <= n.start && (!row.place || m.start >= row.place.end),
      );
      if (meanAfterRow && column.via !== 'mention' && column.via !== 'list' && column.column.summary !== 'mean' && !MEAN_HEADER.test(column.column.header))
        return undefined;
      // "23,33% responden … pada kategori tidak puas dan sangat tidak puas": one figure of two rows together.
      if (row.via === 'mention' && !facts.respectively && listedWithAnotherRow(facts.text, facts.clauses[q.clause], table, row.row)) return undefined;
      // "rata-rata … sebesar 8,944364" beside cells of two decimals: a figure computed elsewhere.
      if (n.decimals >= 4 && n.decimals >= cell.decimals + 2) return undefined;
      // "latensi hingga 1800 milisekon" beside 1855: a round figure near the cell approximates it.
      if (n.decimals === 0 && cell.decimals === 0 && n.value !== 0 && n.value % 100 === 0 && Math.abs(n.value - cell.value) <= 0.05 * Math.abs(cell.value))
        return undefined;
      // A number that is another cell of the row was read against the wrong column.
      if (numeric.some((c) => c !== column!.column && equalsCell(n, row.row.numbers[c.index]!, c))) return undefined;
      if (!plausible(n, cell, column.column)) return undefined;
    }
    const elsewhere = agrees
      ? undefined
      : table.dataRows.find((r) => r !== row.row && r.numbers[column!.column.index] && equalsCell(n, r.numbers[column!.column.index]!, column!.column));
    return [{ kind: 'cell', span: spanOf(n.start, n.end), agrees, sentence, stated: n, ref, ...(elsewhere ? { elsewhere } : {}) }];
  }
  // A column but no row: the number restates the one cell of the column it equals, if exactly one.
  if (column && (column.via === 'mention' || column.via === 'list')) {
    const equal = table.dataRows.filter((r) => r.numbers[column!.column.index] && equalsCell(n, r.numbers[column!.column.index]!, column!.column));
    if (equal.length === 1) {
      const cell = equal[0].numbers[column.column.index]!;
      return [{ kind: 'cell', span: spanOf(n.start, n.end), agrees: true, sentence, stated: n, ref: { table, row: equal[0], column: column.column, cell } }];
    }
    // Equal to none of the named column's cells (nor to any other cell of the table), one slip of
    // the pen from exactly one of them: that cell, misstated.
    // A column many tables have ("Mean") ties a short figure to none of them in particular.
    // A round figure ("RPM 900-1000" beside 1100) is an approximation or a setting, no slip of the pen.
    const distinctColumn = significantDigits(n) >= 3 && (!GENERIC_COLUMN.test(column.column.header.trim()) || significantDigits(n) >= 4);
    // "akurasi … sebesar 95.80%, … dari 36 karakter yang ada": a figure of all the rows (the sentence counts them, or says "seluruh"), no row's slip.
    const overall = facts.aggregate || facts.quantities.some((o) => o !== q && o.number.decimals === 0 && o.number.value === table.dataRows.length);
    if (equal.length === 0 && distinctColumn && !overall && !foreignStatistic(facts, q, table, column.column)) {
      const slips = table.dataRows.filter((r) => r.numbers[column!.column.index] && slipOf(n, r.numbers[column!.column.index]!, column!.column));
      // Summary rows too: "rata-rata … 54.7%" is the mean row's figure, not a slip from P5's 54.4%.
      const elsewhere = () =>
        table.rows.some((r) =>
          table.columns.some(
            (c) => c.index >= table.stub && r.numbers[c.index] && !r.numbers[c.index]!.comparator && agreesWithCell(n, r.numbers[c.index]!, c),
          ),
        );
      if (slips.length === 1 && !elsewhere()) {
        const cell = slips[0].numbers[column.column.index]!;
        return [{ kind: 'cell', span: spanOf(n.start, n.end), agrees: false, sentence, stated: n, ref: { table, row: slips[0], column: column.column, cell } }];
      }
    }
  }
  return undefined;
}

/** A word right after a figure, as a counted thing is named ("1406 data", "30 responden", "5 buah"). */
const COUNTED_NOUN_AFTER = /^\s\p{L}{3,}/u;

/** Between a figure and the row named right after it: "% kalimat pada (data) ", " for the ", " siswa di kelas ", " tahun (" (Kepulauan Seribu). */
const ROW_RIGHT_AFTER = /^\s*(?:%\s*)?(?:(?:\p{L}+\s+){0,2}(?:pada|di|dalam|untuk|in|on|at|for|of|among)\s+(?:\p{L}+\s+)?|(?:\p{L}+\s*)?\(\s*)$/iu;

/** A cell that states the number: equal to it, not a bound ("< 0,001" contradicts no figure, nor states one). */
function equalsCell(n: NumberToken, cell: NumericCell, column: TableColumn): boolean {
  return !cell.comparator && agreesWithCell(n, cell, column);
}

/** Digits that carry information: "0,9323" has 4, "1000" has 1 (a round figure is no slip of the pen). */
function significantDigits(n: NumberToken): number {
  const digits = Math.round(Math.abs(n.value / n.scale) * 10 ** n.decimals)
    .toString()
    .replace(/^0+/, '');
  let end = digits.length;
  if (n.decimals === 0) while (end > 0 && digits[end - 1] === '0') end--;
  return end;
}

/** Headers of columns that many tables have ("Mean", "Nilai", "%"): naming one does not tie a figure to this table. */
const GENERIC_COLUMN =
  /^(?:mean|means|rata[\s-]?rata|rerata|average|median|nilai|value|skor|score|total|jumlah|n|f|frekuensi|frequency|persen(?:tase)?|percent(?:age)?|%|\(%\)|sd|std\.?\s*deviation|simpangan\s+baku)$/i;

/**
 * A correlation matrix, whose variables name both its rows and its columns: "Zung also correlated
 * strongly with DAS (r = 0.53)" is the cell of the two variables named last before the number in
 * its clause, in whichever half of the matrix holds it.
 */
function matrixCell(q: Quantity, facts: SentenceFacts, table: StatTable, mentions: TableMentions, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const n = q.number;
  if (!mentions.shared || n.percent || Math.abs(n.value) > 1) return undefined;
  // Only a sentence about how two variables go together ("correlated with", "hubungan antara"):
  // "46.6% in STEM (R² = 0.466)" names a variable of the matrix, not a pair.
  if (!PAIR_RELATION.test(facts.text)) return undefined;
  const [clauseStart] = facts.clauses[q.clause];
  // The variables named in the sentence up to the number (the subject may stand in an earlier clause).
  const before = mentions.shared.filter((m) => m.row.end <= n.start);
  const distinct = before.filter((m, i) => before.findIndex((o) => o.row.item === m.row.item) === i);
  if (distinct.length < 2 || !distinct.some((m) => m.row.start >= clauseStart)) return undefined;
  // Nothing else may be named between the second variable and the number ("… with DAS (r=0.53), ATS (r=0.53)").
  const b = distinct[distinct.length - 1];
  const numberBetween = (from: number, to: number) => facts.quantities.some((o) => o !== q && o.number.start >= from && o.number.end <= to);
  if (numberBetween(b.row.end, n.start)) return undefined;
  // Its partner: the variable right before it, unless that one has its own figure ("with Zung (r = 0.66)
  // and with DAS (r = 0.58)"); then the sentence's subject, named first.
  const partners = distinct.slice(0, -1).reverse();
  const a = partners.find((m) => !numberBetween(m.row.end, b.row.start)) ?? distinct[0];
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  const cellOf = (row: Place, column: Place) => {
    const r = table.dataRows[row.item];
    const c = dataColumns[column.item];
    const cell = r && c ? r.numbers[c.index] : undefined;
    return cell && !cell.comparator ? { table, row: r, column: c, cell } : undefined;
  };
  const refs = [cellOf(a.row, b.column), cellOf(b.row, a.column)].filter((r): r is CellRef => r !== undefined);
  if (refs.length === 0) return undefined;
  // Both halves filled (a matrix of two statistics, r below and p above): only when they agree.
  if (refs.length === 2 && refs[0].cell.value !== refs[1].cell.value) return undefined;
  const ref = refs[0];
  if (foreignStatistic(facts, q, table, ref.column, ref.row)) return undefined;
  const agrees = agreesWithCell(n, ref.cell, ref.column);
  if (!agrees && !plausible(n, ref.cell, ref.column)) return undefined;
  return [{ kind: 'cell', span: spanOf(n.start, n.end), agrees, sentence, stated: n, ref }];
}

/**
 * "The highest HTMT was observed for the PjBL–STEM pair (0.871)", "korelasi tertinggi terdapat
 * antara X1 dan Y": in a correlation (or HTMT) matrix, the pair named with a superlative against
 * the highest or lowest cell off the diagonal. Not for a matrix with negative cells (the strongest
 * correlation may be the lowest one).
 */
function matrixExtremes(facts: SentenceFacts, table: StatTable, mentions: TableMentions, spanOf: SpanOf, sentence: string): Comparison[] {
  const extremes = facts.markers.filter((m) => m.kind === 'superlative' && !m.quality);
  if (extremes.length === 0 || !(mentions.shared ?? []).length || !(PAIR_RELATION.test(facts.text) || PAIR_WORD.test(facts.text))) return [];
  const out: Comparison[] = [];
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  const variable = (r: TableRow) => (r.path[0] ?? r.key).trim().toLowerCase();
  // SPSS stacks "Pearson Correlation", "Sig. (2-tailed)", "N" under each variable: the coefficient rows only.
  const coefficientRows = table.dataRows.filter((r) => r.path.length < 2 || r.path[1] === table.dataRows[0].path[1]);
  const cells: CellRef[] = [];
  for (const row of coefficientRows)
    for (const column of dataColumns) {
      const cell = row.numbers[column.index];
      if (!cell || cell.comparator || variable(row) === column.header.trim().toLowerCase()) continue;
      cells.push({ table, row, column, cell });
    }
  if (cells.length < 2 || cells.some((c) => c.cell.value < 0)) return [];
  for (const marker of extremes) {
    const [a, b] = facts.clauses[marker.clause];
    // The variables named in the clause: as a row and a column, or (the first and last of a
    // triangular matrix, whose own row or column is empty) as one of them.
    const inClause = (p: Place) => p.start >= a && p.end <= b;
    const variables = [
      ...(mentions.shared ?? []).filter((m) => inClause(m.row)).map((m) => ({ row: m.row.item, column: m.column.item, start: m.row.start })),
      ...mentions.rows.filter(inClause).map((p) => ({ row: p.item, column: undefined, start: p.start })),
      ...mentions.columns.filter(inClause).map((p) => ({ row: undefined, column: p.item, start: p.start })),
    ].sort((x, y) => x.start - y.start);
    const pair = variables.filter((v, i) => variables.findIndex((o) => o.start === v.start) === i);
    if (pair.length !== 2) continue;
    const at = (row: number | undefined, column: number | undefined) =>
      row === undefined || column === undefined ? undefined : cells.find((c) => c.row === table.dataRows[row] && c.column === dataColumns[column]);
    const halves = [at(pair[0].row, pair[1].column), at(pair[1].row, pair[0].column)].filter((c): c is CellRef => c !== undefined);
    if (halves.length === 0 || (halves.length === 2 && halves[0].cell.value !== halves[1].cell.value)) continue;
    const values = cells.map((c) => c.cell.value);
    const extreme = marker.polarity === 'up' ? Math.max(...values) : Math.min(...values);
    const agrees = halves[0].cell.value === extreme;
    // Each pair once (a full matrix holds it in both halves).
    const pairKey = (c: CellRef) => [variable(c.row), c.column.header.trim().toLowerCase()].sort().join('\0');
    const top = cells.filter((c) => c.cell.value === extreme);
    const actual = top.filter((c, i) => top.findIndex((o) => pairKey(o) === pairKey(c)) === i);
    out.push({
      kind: 'extreme',
      span: spanOf(marker.start, marker.end),
      agrees,
      sentence,
      said: marker.polarity === 'up' ? 'max' : 'min',
      word: facts.text.slice(marker.start, marker.end),
      named: halves[0],
      actual,
      across: 'pairs',
    });
  }
  return out;
}
const PAIR_WORD = /\b(?:pair|pasangan)\b/iu;

const PAIR_RELATION = /correlat|korelasi|hubungan|associat|related|relationship|htmt|kovarian|covarian/iu;

/** The columns whose cell in the row is written as a percentage (or whose header says per cent). */
function percentColumns(columns: TableColumn[], row: TableRow): TableColumn[] {
  return columns.filter((c) => row.numbers[c.index]?.percent || c.unit === 'percent');
}

/** A stated number one slip of the pen away from a cell, in the cell's own unit. */
function slipOf(n: NumberToken, cell: NumericCell, column: TableColumn): boolean {
  return !cell.comparator && unitFits(n, cell, column) && inStatedUnit(n, cell, column) === cell.value && oneSlipApart(n, cell);
}

/**
 * The statistic a number is written as ("t-statistic sebesar 1,33", "n=6", "p-value 0,092") and
 * the column it would be read against: a VIF column does not hold t statistics, nor a column of
 * means the group sizes. [what the text names right before the number, what a header holding it says]
 */
const STATISTIC_CUES: [RegExp, RegExp][] = [
  [
    /(?:^|[^\p{L}])n\s*=\s*$/iu,
    /(?:^|[^\p{L}])(?:n|jumlah|frekuensi|frequency|count|f|responden|respondents?|sampel|sample|orang|siswa|students?)(?:$|[^\p{L}])/iu,
  ],
  [
    /(?:^|[^\p{L}])t[-\s]?(?:statistics?|stat|hitung|value|count|values?)\b[^\d]{0,20}$|(?:^|[^\p{L}])t\s*(?:\([^)]*\))?\s*=\s*$/iu,
    /(?:^|[^\p{L}])t(?:$|[^\p{L}])|t[-\s]?stat|t[-\s]?hitung|t[-\s]?value/iu,
  ],
  [
    /(?:^|[^\p{L}])(?:p[-\s]?values?|sig(?:nifikansi|\.)?|nilai\s+p|probabilit(?:as|y))\b[^\d]{0,20}$|(?:^|[^\p{L}])p\s*=\s*$/iu,
    /(?:^|[^\p{L}])(?:p|sig|signifikansi|probabilit\p{L}*)(?:$|[^\p{L}])|p[-\s]?value/iu,
  ],
  [/(?:^|[^\p{L}])f[-\s]?(?:hitung|statistic|value)\b[^\d]{0,20}$|(?:^|[^\p{L}])F\s*(?:\([^)]*\))?\s*=\s*$/u, /(?:^|[^\p{L}])f(?:$|[^\p{L}])|f[-\s]?hitung/iu],
  [/(?:^|[^\p{L}])vif\b[^\d]{0,20}$/iu, /vif|variance inflation/iu],
  // "(r=0.89, …)" beside a column of κ: a correlation is read only against a column of correlations.
  [/(?:^|[^\p{L}\p{N}])r\s*=\s*$/u, /(?:^|[^\p{L}])r(?:$|[^\p{L}])|r[-\s]?(?:hitung|value)|korelasi|correlation|pearson|spearman/iu],
  [
    /(?:^|[^\p{L}])(?:standar(?:d)?\s+deviasi(?:nya)?|simpangan\s+baku(?:nya)?|std\.?\s*dev(?:iation)?|standard\s+deviation|SD)\b[^\d]{0,25}$/iu,
    /deviasi|deviation|simpangan|std|(?:^|[^\p{L}])sd(?:$|[^\p{L}])/iu,
  ],
];

function foreignStatistic(facts: SentenceFacts, q: Quantity, table: StatTable, column: TableColumn, row?: TableRow): boolean {
  const [clauseStart] = facts.clauses[q.clause];
  const previous = facts.quantities.filter((o) => o.number.end <= q.number.start && o.number.start >= clauseStart).pop();
  const from = Math.max(previous?.number.end ?? clauseStart, q.number.start - 40);
  const before = facts.text.slice(from, q.number.start);
  // The group size is its own column; a statistic may be named by the caption ("Hasil Uji t").
  return STATISTIC_CUES.some(([cue, header], k) => {
    if (!cue.test(before)) return false;
    // A column headed "P" holds p-values only in a table of tests ("P" is as often a construct's initial).
    if (k === 2 && /^\s*p\s*$/i.test(column.header) && !table.columns.some((c) => TEST_COLUMN.test(c.header))) return true;
    // In a table of statistics as rows ("Simpangan Baku | 7,55"), the row names it.
    const rowLabel = row?.path.join(' ') ?? '';
    // A cell whose own labels name another statistic ("r = 0.11" against the row "(2-tailed) p=").
    const labels = `${column.header} ${rowLabel}`;
    // Item codes ("P7", "X1") are no statistic's name.
    const named = labels.replace(/(?<![\p{L}\p{N}])\p{L}{1,2}\d+(?![\p{L}\p{N}])/gu, ' ');
    if (k > 0 && !header.test(labels) && STATISTIC_CUES.some(([, other], j) => j > 0 && j !== k && other.test(named))) return true;
    return !header.test(k === 0 ? labels : `${labels} ${table.table.caption ?? ''}`);
  });
}

/** Headers of the statistic columns of a table of tests. */
const TEST_COLUMN =
  /^(?:t|f|z|b|β|beta|se|std\.?\s*error|estimate|coefficients?|koefisien|t[-\s]?(?:hitung|statistics?|value)|f[-\s]?hitung|original\s+sample.*|sample\s+mean.*|χ2|χ²|chi[-\s]?square|df|dk|mean\s+difference)$/i;

/**
 * "Pengujian dilakukan dengan 5 skenario seperti pada Tabel 3.2", "Table 4 lists 12 items": a
 * whole number followed by the noun the table's caption or first column uses for its rows,
 * against the number of data rows. Only for a table the sentence names.
 */
function countOf(q: Quantity, facts: SentenceFacts, table: StatTable, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const n = q.number;
  let rows = table.rows.filter((r) => !r.summary && r.cells.some((c) => c && c.text.trim() !== ''));
  // A numbered table ("No" 1…n) counts its numbered rows; "Skor Total", "Presentase" below them are not items.
  if (rows.some((r) => r.rank !== undefined)) rows = rows.filter((r) => r.rank !== undefined);
  if (n.decimals !== 0 || n.percent || n.value < 2 || n.value > 500 || n.year || rows.length < 2) return undefined;
  const nounMatch = /^\s+(\p{L}{4,})/u.exec(facts.text.slice(n.end, n.end + 40));
  const noun = nounMatch?.[1];
  if (!noun) return undefined;
  // "terdapat 10 faktor yang tidak signifikan", "3 items that loaded below .50": a count of some of the rows.
  if (SUBSET_AFTER.test(facts.text.slice(n.end + nounMatch[0].length, n.end + nounMatch[0].length + 30))) return undefined;
  const key = tokenize(noun)[0]?.key;
  if (!key) return undefined;
  // The rows' noun: the caption's first word ("Skenario Pengujian", not "Karakteristik Responden
  // …" whose rows are age groups) or a word of a label column's header.
  const captionHead = tokenize(withoutLabel(table.table.caption ?? ''))[0]?.key;
  const headers = tokenize(
    table.columns
      .filter((c) => !c.numeric)
      .map((c) => c.header)
      .join(' '),
  ).map((t) => t.key);
  if (captionHead !== key && !headers.includes(key)) return undefined;
  const expected = rows.length;
  return [
    {
      kind: 'derived',
      what: 'count',
      span: spanOf(n.start, n.end),
      agrees: n.value === expected,
      sentence,
      stated: n,
      expected,
      decimals: 0,
      basis: [],
      table,
      column: table.columns[0],
      noun,
    },
  ];
}

const P_HEADER = /(?<![\p{L}])(?:prob\p{L}*|sig\.?|signifikansi|p[\s-]?values?|p)(?![\p{L}])/iu;

/** Whether every data row holds the same value in the column (a critical value, a criterion). */
function constantColumn(table: StatTable, column: TableColumn): boolean {
  const cells = table.dataRows.map((r) => r.numbers[column.index]).filter((c): c is NumericCell => !!c);
  return cells.length >= 3 && cells.every((c) => c.value === cells[0].value);
}

const MEAN_HEADER = /(?:rata[\s-]?rata|rerata|mean|average)/iu;
const SUBSET_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:yang|that|which|who|with|dengan|having|memiliki|tidak|not|belum)(?![\p{L}])/iu;
const LISTED_BETWEEN = /^\s*(?:,\s*)?(?:dan|and|atau|or|serta|&|\+)\s+$/iu;

/**
 * Whether the clause names the figure's row joined by "dan"/"and" to another row of the table
 * ("23,33% responden … pada kategori tidak puas dan sangat tidak puas"): one figure of two rows together.
 */
function listedWithAnotherRow(text: string, clause: [number, number], table: StatTable, row: TableRow): boolean {
  const lower = text.slice(clause[0], clause[1]).toLowerCase();
  const spans: { start: number; end: number; row: TableRow }[] = [];
  for (const r of table.dataRows) {
    const key = r.key.toLowerCase().trim();
    if (key.length < 2) continue;
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) spans.push({ start: at, end: at + key.length, row: r });
  }
  // The longest name at a place ("sangat tidak puas", not the "tidak puas" inside it).
  const names = spans
    .filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start))
    .sort((x, y) => x.start - y.start);
  return names.some((s, i) => {
    const next = names[i + 1];
    return !!next && next.row !== s.row && (s.row === row || next.row === row) && LISTED_BETWEEN.test(lower.slice(s.end, next.start));
  });
}

/** After a mean or total word: a word of its own before a sign ("mean bias =", "total cost:"), not "rata-rata sebesar". */
const MEASURE_AFTER_MEAN =
  /^\s+(?!(?:of|the|dari|sebesar|adalah|yaitu|nilai|skor|score|value|was|is|were|are|per|for|seluruh|all|across|keseluruhan)\b)(\p{L}+)\s{0,3}[=:]\s{0,3}[-−]?$/iu;

/**
 * An average or total over the rows ("rata-rata … dari tahun 2019 hingga 2023 … 10,80%", "total …
 * seluruh responden"): the number right after "rata-rata"/"total" in a sentence that speaks of a
 * period or of all rows, when the table has no row or column of that name.
 */
function aggregateOf(q: Quantity, facts: SentenceFacts, binding: Binding, table: StatTable, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const n = q.number;
  if (binding.row?.via === 'mention' || binding.row?.via === 'list') return undefined;
  const [clauseStart] = facts.clauses[q.clause];
  const marker = facts.markers.filter((m) => (m.kind === 'mean' || m.kind === 'total') && m.end <= n.start && m.start >= clauseStart).pop();
  if (!marker) return undefined;
  if (facts.quantities.some((o) => o !== q && o.clause === q.clause && o.number.start > marker.end && o.number.start < n.start)) return undefined;
  // The table states the mean (or total) in a row of its own ("Rata-rata | 54.7% | 57.9%"): the number restates that row.
  const summaryRow = table.rows.find((r) => r.summary === (marker.kind === 'mean' ? 'mean' : 'total'));
  if (summaryRow) return summaryCell(q, facts, binding, table, summaryRow, spanOf, sentence);
  const period = facts.periods.find((p) => p.start >= clauseStart || facts.periods.length === 1);
  if (!period && !facts.aggregate) return undefined;
  // A table that has the mean (or total) as a row or column states it: that is a level, not an aggregate.
  const named = marker.kind === 'mean' ? /^(?:rata[\s-]?rata|rerata|mean|average)/i : /^(?:jumlah|total)/i;
  if (
    table.rows.some((r) => r.summary === (marker.kind === 'mean' ? 'mean' : 'total')) ||
    table.columns.some((c) => c.index >= table.stub && named.test(c.header))
  )
    return undefined;
  let column = binding.column?.via === 'mention' || binding.column?.via === 'list' || binding.column?.via === 'single' ? binding.column.column : undefined;
  // "MAE = 0.005, mean bias = −0.002": the mean word names a measure of its own right after it, not the column named before.
  const ownMeasure = MEASURE_AFTER_MEAN.exec(facts.text.slice(marker.end, n.start))?.[1]?.toLowerCase();
  if (!column) {
    const fitting = table.columns.filter(
      (c) => c.index >= table.stub && c.numeric && table.dataRows.every((r) => !r.numbers[c.index] || unitFits(n, r.numbers[c.index]!, c)),
    );
    const sameUnit = fitting.filter((c) => (n.percent ? c.unit === 'percent' : c.unit !== 'percent'));
    if (sameUnit.length !== 1) return undefined;
    column = sameUnit[0];
  }
  if (ownMeasure && !column.header.toLowerCase().includes(ownMeasure)) return undefined;
  let rows = table.dataRows.filter((r) => r.numbers[column!.index] && !r.numbers[column!.index]!.comparator);
  if (period && rows.every((r) => r.year !== undefined))
    rows = rows.filter((r) => r.year! >= Math.min(period.from, period.to) && r.year! <= Math.max(period.from, period.to));
  if (rows.length < 2) return undefined;
  // A column of one value throughout (the critical r of every item, a threshold) is not summed
  // or averaged in the text: the number restates that value.
  if (rows.every((r) => r.numbers[column!.index]!.value === rows[0].numbers[column!.index]!.value)) return undefined;
  const basis = rows.map((r) => ({ table, row: r, column: column!, cell: r.numbers[column!.index]! }));
  const values = basis.map((b) => inStatedUnit(n, b.cell, column!));
  const sum = values.reduce((a, v) => a + v, 0);
  const expected = marker.kind === 'mean' ? sum / values.length : sum;
  return [
    {
      kind: 'derived',
      what: marker.kind === 'mean' ? 'mean' : 'total',
      span: spanOf(n.start, n.end),
      agrees: agreesAsWritten(n, expected),
      sentence,
      stated: n,
      expected,
      decimals: Math.max(n.decimals, 0),
      basis,
      table,
      column,
    },
  ];
}

/** A mean or total stated in words, against the table's own mean or total row: the column named, or the one cell it equals (or slipped from). */
function summaryCell(
  q: Quantity,
  facts: SentenceFacts,
  binding: Binding,
  table: StatTable,
  row: TableRow,
  spanOf: SpanOf,
  sentence: string,
): Comparison[] | undefined {
  const n = q.number;
  // "rata-rata … Graph adalah 100%, Linked List 98%, dan Tree 94%": a mean per named item, listed — not the table's mean row.
  const listed = facts.quantities.some((o) => {
    if (o === q || o.number.start < n.end || o.number.percent !== n.percent) return false;
    const between = facts.text.slice(n.end, o.number.start);
    return between.length <= 60 && /,/.test(between) && !/[.;]/.test(between) && !COMPARED_ANYWHERE.test(between);
  });
  if (listed) return undefined;
  const numeric = table.columns.filter((c) => c.index >= table.stub && c.numeric && row.numbers[c.index] && !row.numbers[c.index]!.comparator);
  const via = binding.column?.via;
  let column = via === 'mention' || via === 'list' || via === 'single' ? binding.column!.column : undefined;
  if (!column) {
    const equal = numeric.filter((c) => equalsCell(n, row.numbers[c.index]!, c));
    const slips = numeric.filter((c) => slipOf(n, row.numbers[c.index]!, c));
    column = equal.length === 1 ? equal[0] : equal.length === 0 && slips.length === 1 ? slips[0] : undefined;
  }
  const cell = column ? row.numbers[column.index] : undefined;
  if (!column || !cell || cell.comparator || !unitFits(n, cell, column) || foreignStatistic(facts, q, table, column, row)) return undefined;
  const agrees = agreesWithCell(n, cell, column);
  if (!agrees && !plausible(n, cell, column)) return undefined;
  return [{ kind: 'cell', span: spanOf(n.start, n.end), agrees, sentence, stated: n, ref: { table, row, column, cell } }];
}

/** Whether a number and a cell are of one kind: a percentage with a percentage (or a proportion), a count with a count. */
function unitFits(n: NumberToken, cell: NumericCell, column: TableColumn, row?: TableRow): boolean {
  // A rate named by its row or column ("Recall | 90 | 80 | 90", "Akurasi") holds per cents written without the sign.
  const rate = n.percent && cell.value >= 0 && cell.value <= 100 && [column.header, ...(row?.path ?? [])].some((label) => RATE_LABEL.test(label));
  const cellPercent = cell.percent || column.unit === 'percent' || rate;
  if (n.percent) return cellPercent || (Math.abs(cell.value) <= 1 && cell.decimals > 0);
  return !cellPercent || Math.abs(n.value) <= 1;
}

/** Measures that are rates, given in per cent: recall, precision, F1, accuracy, error and success rates. */
const RATE_LABEL =
  /(?<![\p{L}])(?:recall|precision|precission|presisi|f[-\s]?(?:1|measure|score)|accuracy|akurasi|error\s+rate|tingkat\s+(?:keberhasilan|kesalahan|akurasi)|success\s+rate|sensitivity|sensitivitas|specificity|spesifisitas)(?![\p{L}])/iu;

/** Words that name a figure as a p: "p", "sig.", "signifikansi", "probabilitas", "p-value", "prob". */
const P_WORD_BEFORE = /(?<![\p{L}])(?:p|sig|signifikansi|significance|probabilitas|probability|prob|p[-\s]?values?|nilai\s+p)(?![\p{L}])/iu;

/** The ends of a measure's whole scale. */
const SCALE_ENDS = new Set(['0 1', '-1 1', '0 100']);

/** A misread, not a misstatement, when the two are of different magnitudes altogether. */
function plausible(n: NumberToken, cell: NumericCell, column: TableColumn): boolean {
  // The cell's digits with another separator ("1.250" in English prose for a cell 1250): read as written, it is wrong.
  if (n.raw.replace(/\D/g, '') === cell.raw.replace(/\D/g, '')) return true;
  const value = inStatedUnit(n, cell, column);
  const stated = n.value;
  if (value === 0 || stated === 0) return Math.abs(stated - value) <= 1;
  if (Math.sign(value) !== Math.sign(stated)) return false;
  const ratio = Math.abs(stated / value);
  // Half or double is as often another unit ("per minggu" against "per bulan") as a misstatement.
  return ratio > 0.6 && ratio < 1.67;
}

/** Changes, ranges and extremes stated as numbers. */
function derivedOf(q: Quantity, facts: SentenceFacts, binding: Binding, table: StatTable, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const n = q.number;
  if (q.role === 'change') {
    const read = differenceCell(q, binding, table, spanOf, sentence);
    if (read) return read;
  }
  const column = binding.column;
  if (!column || (column.via !== 'mention' && column.via !== 'list' && column.via !== 'single')) return undefined;
  const rows = table.dataRows.filter((r) => r.numbers[column.column.index] && !r.numbers[column.column.index]!.comparator);
  if (rows.length < 2) return undefined;
  const refs = rows.map((r) => ({ table, row: r, column: column.column, cell: r.numbers[column.column.index]! }));
  const values = refs.map((r) => inStatedUnit(n, r.cell, column.column));
  const make = (what: DerivedComparison['what'], expected: number, basis: CellRef[]): DerivedComparison => ({
    kind: 'derived',
    what,
    span: spanOf(n.start, n.end),
    agrees: agreesAsWritten({ ...n, value: Math.abs(n.value) }, Math.abs(expected)),
    sentence,
    stated: n,
    expected,
    decimals: Math.max(n.decimals, 0),
    basis,
    table,
    column: column.column,
  });
  if (q.role === 'range-low' || q.role === 'range-high') {
    // A range over the column: its lowest and highest values. It speaks of the column's values
    // only when an end is one of them (else it is a band or a criterion: "antara 0,40 dan 0,70");
    // in a table of groups, of the group whose cell it names ("PjBL indicators … from 0.804 to 0.850").
    const at = facts.quantities.indexOf(q);
    const partner = facts.quantities[q.role === 'range-low' ? at + 1 : at - 1];
    const ends = [q.number, ...(partner ? [partner.number] : [])];
    // "R-square berkisar antara 0 hingga 1", "−1 to 1", "0–100": the measure's scale, not its values here.
    if (
      partner &&
      SCALE_ENDS.has(
        ends
          .map((e) => e.value)
          .sort((x, y) => x - y)
          .join(' '),
      )
    )
      return undefined;
    const matched = refs.filter((r) => ends.some((e) => agreesWithCell(e, r.cell, column.column)));
    if (matched.length === 0) return undefined;
    // Both ends cells of the column: the range of some of its rows ("indikator X1 … berkisar antara 3,608 – 3,734"), as written.
    if (partner && ends.every((e) => refs.some((r) => agreesWithCell(e, r.cell, column.column)))) return undefined;
    const groups = new Set(matched.map((r) => groupOf(r.row)));
    if (groups.size > 1) return undefined;
    const group = [...groups][0];
    const scoped = refs.map((r, k) => ({ r, v: values[k] })).filter(({ r }) => group === undefined || groupOf(r.row) === group);
    const low = Math.min(...scoped.map((x) => x.v));
    const high = Math.max(...scoped.map((x) => x.v));
    const target = q.role === 'range-low' ? low : high;
    // "berkisar antara 0,526 hingga 0,815 untuk item positif, sedangkan dua item negatif … -0,742 dan -0,662":
    // the sentence states the column's other cells itself, so the range is of the rest.
    // Neither end the column's lowest or highest: the range of some of its rows (one variable's
    // indicators in a table of all of them), not of the column.
    if (!ends.some((e) => scoped.some((x) => (x.v === low || x.v === high) && agreesWithCell(e, x.r.cell, column.column)))) return undefined;
    const extremeRef = scoped.find((x) => x.v === target)!.r;
    if (
      !agreesWithCell(q.number, extremeRef.cell, column.column) &&
      // (written as the cell: "sekitar 5 hingga 6 mahasiswa" rounds 5,556 but does not state it)
      facts.quantities.some(
        (o) => o !== q && o !== partner && o.number.decimals >= extremeRef.cell.decimals && agreesWithCell(o.number, extremeRef.cell, column.column),
      )
    )
      return undefined;
    const c = make(q.role, target, [extremeRef]);
    // Both ends must speak of this column: one end restating the other end's cell means another reading.
    return binding.column?.via === 'single' && !c.agrees ? undefined : [c];
  }
  if (q.role === 'change') {
    // Between the row and the one before it (years), or between the two columns named.
    const row = binding.row?.row;
    if (!row || row.year === undefined) return undefined;
    const ordered = rows.filter((r) => r.year !== undefined).sort((a, b) => a.year! - b.year!);
    const at = ordered.indexOf(row);
    if (at <= 0) return undefined;
    const then = ordered[at - 1].numbers[column.column.index]!;
    const now = row.numbers[column.column.index]!;
    const difference = now.value - then.value;
    const relative = then.value !== 0 ? (difference / then.value) * 100 : NaN;
    const c = make('change', difference, [
      { table, row: ordered[at - 1], column: column.column, cell: then },
      { table, row, column: column.column, cell: now },
    ]);
    if (q.direction) c.direction = q.direction;
    const relativeAgrees = Number.isFinite(relative) && !n.percentagePoints && agreesAsWritten({ ...n, value: Math.abs(n.value) }, Math.abs(relative));
    c.agrees = c.agrees || relativeAgrees;
    if (q.direction && difference !== 0 && (q.direction === 'up') !== difference > 0) c.agrees = false;
    return [c];
  }
  return undefined;
}

/** A column that holds a difference or change ("Selisih", "Perubahan", "Δ", "Difference", "Gain"). */
const DIFFERENCE_HEADER = /\b(?:selisih|beda|perbedaan|diff(?:erence)?|gain|peningkatan|kenaikan|penurunan|change|perubahan|pertumbuhan|growth)\b|Δ|∆/iu;

/**
 * A change stated for a named row of a table that has its own difference column ("Hanya P4 dan P9
 * yang mengalami sedikit penurunan masing-masing sebesar 2.0% dan 0.2%" beside Selisih −2.0% and
 * −0.2%): the stated size against the cell, and the direction word against the cell's sign when
 * the column writes signs.
 */
function differenceCell(q: Quantity, binding: Binding, table: StatTable, spanOf: SpanOf, sentence: string): Comparison[] | undefined {
  const row = binding.row;
  if (!row || (row.via !== 'mention' && row.via !== 'list')) return undefined;
  const differences = table.columns.filter((c) => c.index >= table.stub && c.numeric && DIFFERENCE_HEADER.test(c.header));
  if (differences.length !== 1) return undefined;
  const column = differences[0];
  // A column the sentence names that is not the difference: a change between its years.
  if (binding.column && binding.column.via !== 'single' && binding.column.column !== column) return undefined;
  const cell = row.row.numbers[column.index];
  if (!cell || cell.comparator) return undefined;
  const n = q.number;
  if (!unitFits(n, cell, column)) return undefined;
  const expected = inStatedUnit(n, cell, column);
  const signed = table.dataRows.some((r) => (r.numbers[column.index]?.value ?? 0) < 0);
  let agrees = agreesAsWritten({ ...n, value: Math.abs(n.value) }, Math.abs(expected));
  // Of another magnitude altogether (another unit), unless both are written in per cent ("0.6%" for the row's −0.2%).
  const inPercent = n.percent && (cell.percent || column.unit === 'percent');
  if (!agrees && !inPercent && !plausible({ ...n, value: Math.abs(n.value) }, { ...cell, value: Math.abs(cell.value) }, column)) return undefined;
  if (signed && q.direction && expected !== 0 && (q.direction === 'up') !== expected > 0) agrees = false;
  const c: DerivedComparison = {
    kind: 'derived',
    what: 'change',
    span: spanOf(n.start, n.end),
    agrees,
    sentence,
    stated: n,
    expected,
    decimals: Math.max(n.decimals, 0),
    basis: [{ table, row: row.row, column, cell }],
    table,
    column,
  };
  if (q.direction) c.direction = q.direction;
  return [c];
}

/** The direction words of a sentence against the table: two rows, two columns or two years compared. */
function directionComparisons(
  facts: SentenceFacts,
  table: StatTable,
  mentions: TableMentions,
  bindings: Binding[],
  spanOf: SpanOf,
  sentence: string,
): Comparison[] {
  const out: Comparison[] = [];
  for (const marker of facts.markers) {
    if (marker.kind !== 'direction' && marker.kind !== 'comparative') continue;
    // A change word followed by its number is compared as a change (derivedOf).
    if (facts.quantities.some((q) => q.clause === marker.clause && (q.role === 'change' || q.role === 'from' || q.role === 'to'))) continue;
    const [a, b] = facts.clauses[marker.clause];
    const inClause = (m: Place) => m.start >= a && m.end <= b;
    const rows = distinctPlaces(mentions.rows.filter(inClause));
    const columns = distinctPlaces(mentions.columns.filter(inClause));
    let pair: [Place, Place] | undefined;
    let onRows = rows.length === 2;
    if (marker.kind === 'direction') {
      // "…, kemudian pada tahun 2019 mengalami penurunan dengan menunjukan angka 1,2%, lalu …": a step
      // of a narrated series, between commas, with one year and that year's own figure — compared
      // with the year before it in the table (the clause's other years are other steps).
      const [from, to] = commaSegment(facts.text, marker, a, b);
      const inSegment = (m: Place) => m.start >= from && m.end <= to;
      const segmentRows = rows.filter(inSegment);
      const segmentColumns = columns.filter(inSegment);
      const single =
        segmentRows.length === 1 && segmentColumns.length <= 1
          ? { place: segmentRows[0], onRows: true }
          : segmentColumns.length === 1 && segmentRows.length === 0
            ? { place: segmentColumns[0], onRows: false }
            : undefined;
      const previous = single ? previousYear(table, single.place, single.onRows) : undefined;
      if (single && previous) {
        const dataColumns = table.columns.filter((c) => c.index >= table.stub);
        const row = single.onRows ? table.dataRows[single.place.item] : otherRow(table, rows, bindings, marker, facts);
        const column = single.onRows
          ? (restatedColumn(table, [table.dataRows[single.place.item]], facts, marker) ?? otherColumn(table, columns, mentions, marker, facts))
          : dataColumns[single.place.item];
        const own = row ? refAt(table, row, column) : undefined;
        const givesCell = !!own && facts.quantities.some((q) => q.number.start >= from && q.number.end <= to && agreesWithCell(q.number, own.cell, own.column));
        if (givesCell) {
          pair = [previous, single.place];
          onRows = single.onRows;
        }
      }
    }
    pair ??= pairAround(marker, facts, rows.length === 2 ? rows : columns.length === 2 ? columns : []);
    if (!pair) continue;
    // A change runs over time or treatment ("2022 … 2023", "pretest … posttest", "dari A ke B");
    // "TPACK and STEM … gains" compares no two moments.
    if (marker.kind === 'direction' && !orderedPair(table, pair, onRows, facts)) continue;
    // The other axis: the one named (or the only one) of the other kind.
    let fromRef: CellRef | undefined;
    let toRef: CellRef | undefined;
    if (onRows) {
      const pairRows = [table.dataRows[pair[0].item], table.dataRows[pair[1].item]];
      const column = restatedColumn(table, pairRows, facts, marker) ?? otherColumn(table, columns, mentions, marker, facts);
      if (!column) continue;
      fromRef = refAt(table, table.dataRows[pair[0].item], column);
      toRef = refAt(table, table.dataRows[pair[1].item], column);
    } else {
      const row = otherRow(table, rows, bindings, marker, facts);
      if (!row) continue;
      const dataColumns = table.columns.filter((c) => c.index >= table.stub);
      fromRef = refAt(table, row, dataColumns[pair[0].item]);
      toRef = refAt(table, row, dataColumns[pair[1].item]);
    }
    if (!fromRef || !toRef || fromRef.cell.comparator || toRef.cell.comparator) continue;
    // Two columns of a row, one a criterion (*T Tabel* on every row): "t hitung … lebih besar dari t tabel"
    // compares a statistic the table may not hold (a *Koefisien* column is no t); the reported tests read it.
    if (!onRows && (constantColumn(table, fromRef.column) || constantColumn(table, toRef.column))) continue;
    const difference = toRef.cell.value - fromRef.cell.value;
    if (difference === 0) continue;
    const said = saidFor(marker, fromRef.column.header);
    if (!said) continue;
    out.push(cellsDirection(marker, facts.text, said, marker.kind === 'comparative', fromRef, toRef, onRows, spanOf, sentence));
  }
  return out;
}

/** Words that may stand between a name and the comparative said of it ("tingkat kesalahan yang lebih besar", "kelas eksperimen juga lebih tinggi"). */
const SAID_OF_BEFORE =
  /^(?:nya)?\s*(?:(?:yang|juga|jauh|sedikit|relatif|cenderung|memiliki|mempunyai|is|was|were|are|has|had|have|slightly|much|also|considerably|significantly|signifikan|secara)\s+){0,3}$/iu;
/** "a smaller margin of error", "skor yang lebih tinggi": the measure right after the word. */
const SAID_OF_AFTER = /^\s*(?:\p{L}+\s+)?$/u;

/**
 * A comparative with one side named and the other implied, in a table of exactly two groups
 * ("Sampel 32 Responden" | "Sampel 35 Responden", Eksperimen | Kontrol): "Pada sampel 32 responden
 * tingkat kesalahan yang lebih besar …", "sampel 35 responden … memiliki tingkat kesalahan yang
 * lebih kecil", "the experimental group had a higher posttest mean". The named group's cell is
 * compared with the other's, for the one measure the clause names, when the word is said of the
 * measure or the group right next to it. A clause that states a figure, or names the other side
 * ("daripada", "than"), is read elsewhere.
 */
function impliedComparisons(facts: SentenceFacts, table: StatTable, mentions: TableMentions, spanOf: SpanOf, sentence: string): Comparison[] {
  const out: Comparison[] = [];
  const text = facts.text;
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  for (const marker of facts.markers) {
    if (marker.kind !== 'comparative') continue;
    const [a, b] = facts.clauses[marker.clause];
    const inClause = (m: Place) => m.start >= a && m.end <= b;
    const named = [...mentions.rows, ...mentions.columns].filter(inClause);
    const inName = (q: Quantity) => named.some((m) => q.number.start >= m.start && q.number.end <= m.end);
    if (facts.quantities.some((q) => q.clause === marker.clause && !inName(q))) continue;
    if (facts.comparisonAt.some((at) => at >= marker.start && at < b) || COMPARED_WITH.test(text.slice(marker.end, marker.end + 30))) continue;
    const rows = distinctPlaces(mentions.rows.filter(inClause));
    const columns = distinctPlaces(mentions.columns.filter(inClause));
    const saidOf = (p: Place) =>
      (p.end <= marker.start && SAID_OF_BEFORE.test(text.slice(p.end, marker.start))) ||
      (p.start >= marker.end && SAID_OF_AFTER.test(text.slice(marker.end, p.start)));
    for (const onRows of [false, true]) {
      // The two groups: two numeric columns (or two rows); the measure: the one row (or column) named.
      const groups = onRows ? table.dataRows.map((_, i) => i) : dataColumns.map((c, i) => (c.numeric ? i : -1)).filter((i) => i >= 0);
      if (groups.length !== 2) continue;
      const group = (onRows ? rows : columns).filter((p) => groups.includes(p.item));
      const measures = onRows ? columns : rows;
      if (group.length !== 1) continue;
      // The measure the word is said of ("tingkat kesalahan yang lebih besar … mewakili populasi"),
      // or the only one named when the word is said of the group.
      const next = measures.filter(saidOf);
      const measure = next.length === 1 ? next : next.length === 0 && measures.length <= 1 && saidOf(group[0]) ? measures : [];
      // A mean row of a table of statistics by group (Rata-rata | 72,4 | 78,4) is the measure when
      // the word is said of its name ("rata-rata yang lebih tinggi", "a higher mean").
      const meanRow = !onRows && measure.length === 0 && measures.length === 0 ? meanRowSaidOf(table, text, a, b, saidOf) : undefined;
      // With no measure named, the group is the subject of the word ("kelompok eksperimen lebih tinggi"), named
      // before it: a name right after is what the word qualifies ("participants with higher AI anxiety").
      if (
        measure.length === 0 &&
        !meanRow &&
        !(onRows && measures.length === 0 && saidOf(group[0]) && group[0].end <= marker.start && dataColumns.filter((c) => c.numeric).length === 1)
      )
        continue;
      const other = groups.find((i) => i !== group[0].item)!;
      const column = onRows ? (measure[0] ? dataColumns[measure[0].item] : dataColumns.find((c) => c.numeric)) : undefined;
      const row = onRows ? undefined : (meanRow ?? table.dataRows[measure[0].item]);
      const toRef = onRows ? refAt(table, table.dataRows[group[0].item], column) : refAt(table, row!, dataColumns[group[0].item]);
      const fromRef = onRows ? refAt(table, table.dataRows[other], column) : refAt(table, row!, dataColumns[other]);
      if (!fromRef || !toRef || fromRef.cell.comparator || toRef.cell.comparator) continue;
      const difference = toRef.cell.value - fromRef.cell.value;
      if (difference === 0) continue;
      const said = saidFor(marker, onRows ? toRef.column.header : toRef.row.path.join(' ') || toRef.row.key);
      if (!said) continue;
      out.push(cellsDirection(marker, text, said, true, fromRef, toRef, onRows, spanOf, sentence));
      break;
    }
  }
  return out;
}

/** The table's one mean row, when the clause [a, b) names it right next to the comparative (`saidOf`). */
function meanRowSaidOf(table: StatTable, text: string, a: number, b: number, saidOf: (p: Place) => boolean): TableRow | undefined {
  const means = table.rows.filter((r) => r.summary === 'mean');
  if (means.length !== 1) return undefined;
  for (const m of text.slice(a, b).matchAll(/\b(?:rata-rata|rata2|rerata|mean|average)\b/giu)) {
    const start = a + (m.index ?? 0);
    if (saidOf({ item: -1, start, end: start + m[0].length })) return means[0];
  }
  return undefined;
}

/**
 * What a direction word says of a measure: its polarity, turned for a quality word ("lebih baik",
 * "lebih cepat") where the measure is better lower (error, time); undefined where the header does
 * not say which way is better.
 */
function saidFor(marker: Marker, header: string): 'up' | 'down' | undefined {
  if (!marker.quality) return marker.polarity;
  const better = betterOf(header, marker.quality);
  if (!better) return undefined;
  return better === 'lower' ? (marker.polarity === 'up' ? 'down' : 'up') : marker.polarity;
}

/** A direction word checked against two cells: the change from `fromRef` to `toRef`. */
function cellsDirection(
  marker: Marker,
  text: string,
  said: 'up' | 'down',
  comparative: boolean,
  fromRef: CellRef,
  toRef: CellRef,
  onRows: boolean,
  spanOf: SpanOf,
  sentence: string,
): Comparison {
  return {
    kind: 'direction',
    span: spanOf(marker.start, marker.end),
    agrees: (said === 'up') === toRef.cell.value - fromRef.cell.value > 0,
    sentence,
    said,
    word: text.slice(marker.start, marker.end),
    comparative,
    from: { label: placeLabel(fromRef, onRows), value: fromRef.cell.value, raw: fromRef.cell.raw, ref: fromRef },
    to: { label: placeLabel(toRef, onRows), value: toRef.cell.value, raw: toRef.cell.raw, ref: toRef },
  };
}

/** "meningkat menjadi", "turun ke", "rose to": the figure reached, right after the word. */
const REACHED =
  /^\s*(?:secara\s+\p{L}+\s+)?(?:(?:dengan|yaitu|yakni)\s+)?(?:menjadi|ke|hingga|sampai|mencapai|menunjuk{1,2}an|to|reaching)\s+(?:\p{L}+\s+){0,2}?(?:sebesar\s+|angka\s+)?$/iu;

/**
 * A direction word and the figure it reached, with no starting figure in the sentence ("nilai
 * Cronbach Alpha meningkat menjadi 0.848"): the figure is a cell, and where it came from is the
 * cell before it — the previous year, or the first of two columns of one kind (28 | 70 responden,
 * pretest | posttest).
 */
function reachedDirections(
  facts: SentenceFacts,
  table: StatTable,
  bindings: Binding[],
  shaped: ReadonlySet<string>,
  spanOf: SpanOf,
  sentence: string,
): Comparison[] {
  const out: Comparison[] = [];
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  const labelShaped = (q: Quantity) => shaped.has(/^\s*(\p{L}+)/u.exec(facts.text.slice(q.number.end, q.number.end + 30))?.[1]?.toLowerCase() ?? '');
  for (const marker of facts.markers) {
    if (marker.kind !== 'direction' || marker.quality) continue;
    // ("Setelah jumlah responden ditambah menjadi 70 responden, tingkat kesalahan menurun menjadi
    // 10%": "70 responden" is the name of a column, not a change's end.)
    if (facts.quantities.some((q) => q.clause === marker.clause && (q.role === 'from' || q.role === 'to' || q.role === 'change') && !labelShaped(q))) continue;
    const q = facts.quantities.find(
      (x) => x.clause === marker.clause && x.number.start >= marker.end && REACHED.test(facts.text.slice(marker.end, x.number.start)),
    );
    if (!q) continue;
    const binding = bindings[q.group];
    const row = binding.row && binding.row.via !== 'value' ? binding.row.row : undefined;
    if (!row) continue;
    const numeric = dataColumns.filter((c) => c.numeric && row.numbers[c.index]);
    const named = binding.column && binding.column.via !== 'value' ? binding.column.column : undefined;
    // (a per cent against the same figure written without the sign in a column the sentence names: "angka 72,5%" beside 72,5)
    const equal = numeric.filter(
      (c) =>
        equalsCell(q.number, row.numbers[c.index]!, c) ||
        (c === named && q.number.percent && !row.numbers[c.index]!.percent && q.number.value === row.numbers[c.index]!.value),
    );
    const column = named ?? (equal.length === 1 ? equal[0] : undefined);
    if (!column || !equal.includes(column)) continue;
    // Where it came from: the year before, or the other of exactly two of one kind — rows
    // ("28 Responden" | "70 Responden" as rows) or columns (pretest | posttest).
    const rowIndex = table.dataRows.indexOf(row);
    const rowBefore = previousYear(table, { item: rowIndex, start: 0, end: 0 }, true);
    // Two rows are two moments only when their labels say so ("Pretest"/"Posttest", "28 Responden"/"70 Responden").
    const originRow = rowBefore
      ? table.dataRows[rowBefore.item]
      : table.dataRows.length === 2 && rowIndex === 1 && moments(table.dataRows[0].key, row.key)
        ? table.dataRows[0]
        : undefined;
    const columnBefore = previousYear(table, { item: dataColumns.indexOf(column), start: 0, end: 0 }, false);
    const kind = numeric.filter((c) => c.unit === column.unit);
    const originColumn = columnBefore
      ? dataColumns[columnBefore.item]
      : kind.length === 2 && kind[1] === column && moments(kind[0].header, column.header)
        ? kind[0]
        : undefined;
    // One reading only.
    if (!originRow === !originColumn) continue;
    const fromRef = originRow ? refAt(table, originRow, column) : refAt(table, row, originColumn!);
    const toRef = refAt(table, row, column);
    if (!fromRef || !toRef || fromRef.cell.comparator || toRef.cell.comparator) continue;
    const difference = toRef.cell.value - fromRef.cell.value;
    if (difference === 0) continue;
    out.push(cellsDirection(marker, facts.text, marker.polarity, false, fromRef, toRef, !!originRow, spanOf, sentence));
  }
  return out;
}

/** The part of the clause between the commas (", " or "; ") around the marker: one step of a narrated series. */
function commaSegment(text: string, marker: Marker, clauseStart: number, clauseEnd: number): [number, number] {
  const before = text.slice(clauseStart, marker.start);
  const lastComma = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '));
  const after = text.slice(marker.end, clauseEnd);
  const next = after.search(/[,;]\s/);
  return [lastComma >= 0 ? clauseStart + lastComma + 1 : clauseStart, next >= 0 ? marker.end + next : clauseEnd];
}

/**
 * The item of the same axis for the year before the one `place` names (a place outside the text,
 * at its start), when the axis is made of years and has one.
 */
function previousYear(table: StatTable, place: Place, onRows: boolean): Place | undefined {
  const years = onRows ? table.dataRows.map((r) => r.year) : table.columns.filter((c) => c.index >= table.stub).map((c) => c.year);
  const year = years[place.item];
  if (year === undefined) return undefined;
  let best = -1;
  years.forEach((y, i) => {
    if (y !== undefined && y < year && (best < 0 || y > years[best]!)) best = i;
  });
  return best < 0 ? undefined : { item: best, start: place.start, end: place.start };
}

/** Two labels of two moments: both say so ("Pretest"/"Posttest"), or they differ only in their numbers ("28 Responden"/"70 Responden"). */
function moments(a: string, b: string): boolean {
  return (MOMENT.test(a) && MOMENT.test(b)) || (/\d/.test(a) && a.replace(/\d+/g, '#') === b.replace(/\d+/g, '#'));
}

const MOMENT =
  /\b(?:pre|post|pretest|posttest|pre-test|post-test|awal|akhir|sebelum|sesudah|setelah|before|after|baseline|endline|siklus|cycle|tahap|phase|periode|period|semester|triwulan|quarter|bulan|month|minggu|week)\b/i;

function orderedPair(table: StatTable, pair: [Place, Place], onRows: boolean, facts: SentenceFacts): boolean {
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  const moment = (p: Place) => {
    if (onRows) {
      const row = table.dataRows[p.item];
      return row.year !== undefined || MOMENT.test(row.key);
    }
    const column = dataColumns[p.item];
    return column.year !== undefined || MOMENT.test(column.header);
  };
  if (moment(pair[0]) && moment(pair[1])) return true;
  const [first, second] = pair[0].start < pair[1].start ? pair : [pair[1], pair[0]];
  return (
    /\b(?:dari|from)\s*$/iu.test(facts.text.slice(Math.max(0, first.start - 12), first.start)) &&
    /\b(?:ke|menjadi|hingga|to|into)\s*$/iu.test(facts.text.slice(Math.max(0, second.start - 14), second.start))
  );
}

function placeLabel(ref: CellRef, onRows: boolean): string {
  return onRows ? ref.row.path.join(' ') || ref.row.key : ref.column.header;
}

function distinctPlaces(places: Place[]): Place[] {
  return places.filter((p, i) => places.findIndex((q) => q.item === p.item) === i);
}

/**
 * The two things a direction word relates, as (from, to): for a comparison ("A lebih tinggi
 * daripada B", "A higher than B") the subject and what it is compared with — the rise is from B
 * to A; for a change ("dari A ke B", "A … meningkat … B") the earlier then the later.
 */
/** Between a comparative and its subject named after it: " pada (data) ", " for the ", " di kelas ". */
const SUBJECT_AFTER = /^\s*(?:pada|di|untuk|for|in|among)\s+(?:\p{L}+\s+){0,2}$/iu;

function pairAround(marker: Marker, facts: SentenceFacts, places: Place[]): [Place, Place] | undefined {
  if (places.length !== 2) return undefined;
  const [first, second] = places;
  if (marker.kind === 'comparative') {
    // The subject before the word, the other after "daripada/than/dibandingkan", or after a "dari"
    // right after the word ("lebih tinggi dari kelas kontrol"). Without one, the word describes
    // its subject ("tingkat kesalahan yang lebih besar menyebabkan …"), not a comparison of two rows.
    const direct = /^\s*dari\b/iu.exec(facts.text.slice(marker.end, marker.end + 12));
    const compareAt = direct ? marker.end : facts.comparisonAt.find((at) => at >= marker.start);
    if (first.end <= marker.start && second.start >= marker.end && compareAt !== undefined && second.start >= compareAt) return [second, first];
    // "nilai reliabilitas yang lebih tinggi pada data 70 responden … dibandingkan data awal dengan 28
    // responden": the subject right after the word, joined by a preposition, the other after the comparison.
    if (
      first.start >= marker.end &&
      SUBJECT_AFTER.test(facts.text.slice(marker.end, first.start)) &&
      compareAt !== undefined &&
      compareAt >= first.end &&
      second.start >= compareAt
    )
      return [second, first];
    return undefined;
  }
  // "2019 … turun dari tahun sebelumnya": a relative year is the earlier one, wherever it stands.
  if (second.start > first.end && (first.relative || second.relative)) return first.relative ? [first, second] : [second, first];
  // "2017 … meningkat dibandingkan 2016": the change runs from what it is compared with.
  if (second.start > first.end && COMPARED_WITH.test(facts.text.slice(marker.end, marker.end + 30))) return [second, first];
  // A change: from the first named to the second, both in the clause.
  if (second.start > first.end) return [first, second];
  return undefined;
}

/**
 * The column whose cells the clause restates after the direction word ("jumlah penduduk turun
 * sebanyak 26.161.160 jiwa dan 25.900.000 jiwa"): the numbers say which column the word is about
 * more surely than a label that also fits a neighbouring column. The first restated column after the word.
 */
function restatedColumn(table: StatTable, rows: TableRow[], facts: SentenceFacts, marker: Marker): TableColumn | undefined {
  const numeric = table.columns.filter((c) => c.index >= table.stub && c.numeric);
  const after = facts.quantities.filter((q) => q.clause === marker.clause && q.number.start >= marker.end).sort((x, y) => x.number.start - y.number.start);
  for (const q of after) {
    const hits = numeric.filter((c) => rows.some((r) => r.numbers[c.index] && equalsCell(q.number, r.numbers[c.index]!, c)));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

function otherColumn(table: StatTable, columns: Place[], mentions: TableMentions, marker: Marker, facts: SentenceFacts): TableColumn | undefined {
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  if (columns.length === 1) return dataColumns[columns[0].item];
  if (columns.length === 0) {
    const inSentence = distinctPlaces(mentions.columns);
    if (inSentence.length === 1) return dataColumns[inSentence[0].item];
    const numeric = dataColumns.filter((c) => c.numeric);
    if (numeric.length === 1) return numeric[0];
  }
  void marker;
  void facts;
  return undefined;
}

function otherRow(table: StatTable, rows: Place[], bindings: Binding[], marker: Marker, facts: SentenceFacts): TableRow | undefined {
  if (rows.length === 1) return table.dataRows[rows[0].item];
  if (rows.length === 0 && table.dataRows.length === 1) return table.dataRows[0];
  if (rows.length > 0) return undefined;
  // The row the clause's numbers are bound to ("NIM … pada tahun 2019 mengalami penurunan dengan angka 7,3%").
  const bound = new Set(
    facts.groups
      .map((g, k) => (g.clause === marker.clause ? bindings[k]?.row : undefined))
      .filter((r) => r && (r.via === 'mention' || r.via === 'list'))
      .map((r) => r!.row),
  );
  if (bound.size === 1) return [...bound][0];
  if (bound.size > 1) return undefined;
  return undefined;
}

function refAt(table: StatTable, row: TableRow, column: TableColumn | undefined): CellRef | undefined {
  if (!column) return undefined;
  const cell = row.numbers[column.index];
  return cell ? { table, row, column, cell } : undefined;
}

/**
 * A superlative against a column: the row it names is the highest or lowest ("Cluster 2025A
 * memiliki rata-rata tertinggi", "F1-score tertinggi … Logistic Regression"), or the number it
 * gives is ("skor terendah 72.5 dan tertinggi 87.5"). The column is the one named next to the
 * word, else the one the sentence names, else the only numeric one (or any, when all order the
 * rows alike). Rows named together with one value ("Fisika dan Kimia … masing-masing 5") are ties.
 */
/** Whether the superlative and the word after it stand together in one of the table's labels. */
function inLabel(table: StatTable, text: string, marker: Marker): boolean {
  const phrase = /^\p{L}+\s+\p{L}+/u
    .exec(text.slice(marker.start, marker.end + 40))?.[0]
    .toLowerCase()
    .replace(/\s+/g, ' ');
  if (!phrase) return false;
  const has = (label: string) => ` ${label.toLowerCase().replace(/\s+/g, ' ')} `.includes(` ${phrase} `);
  return table.dataRows.some((r) => r.path.some(has)) || table.columns.some((c) => has(c.header));
}

/** Whether a number stands inside a row or column label of the table that has digits ("19-39", "K=5", "<= 5"), written as in the table. */
function insideDigitLabel(sentence: string, n: NumberToken, table: StatTable): boolean {
  const keys = digitLabels(table);
  if (keys.length === 0) return false;
  const lower = sentence.toLowerCase();
  return keys.some((key) => {
    for (let at = lower.indexOf(key); at >= 0 && at <= n.start; at = lower.indexOf(key, at + 1)) if (n.start >= at && n.end <= at + key.length) return true;
    return false;
  });
}

/** A table's labels with digits and a letter or sign ("19-39", "k=5"), lower-case; kept per table object (it is read for every figure of every sentence). */
const DIGIT_LABELS = new WeakMap<StatTable, string[]>();
function digitLabels(table: StatTable): string[] {
  let keys = DIGIT_LABELS.get(table);
  if (!keys) {
    const labels = [...table.dataRows.flatMap((r) => r.path), ...table.columns.filter((c) => c.index >= table.stub).map((c) => c.header)];
    keys = [...new Set(labels.map((l) => l.toLowerCase().trim()).filter((k) => k.length >= 3 && /\d/.test(k) && /[^\d.,\s]/.test(k)))];
    DIGIT_LABELS.set(table, keys);
  }
  return keys;
}

const STATISTIC_WORD = /^(?:rata[\s-]?rata|rerata|mean|average|total|jumlah|nilai|skor|score|value)$/iu;

function extremeComparisons(
  facts: SentenceFacts,
  table: StatTable,
  mentions: TableMentions,
  explicit: boolean,
  spanOf: SpanOf,
  sentence: string,
  withCarried?: TableMentions,
): Comparison[] {
  const out: Comparison[] = [];
  if (table.dataRows.length < 1) return out;
  for (const marker of facts.markers) {
    if (marker.kind !== 'superlative') continue;
    // "Nilai minimum … adalah 20" where "Minimum" is a row: a name, not a claim.
    if ([...mentions.rows, ...mentions.columns].some((m) => m.start < marker.end && marker.start < m.end)) continue;
    // "the highest level reached with three or more incorrect responses" beside the row "Highest
    // level with 3 or more incorrect": the word and the next are a label's words, not a ranking.
    if (inLabel(table, facts.text, marker)) continue;
    const [a, clauseEnd] = facts.clauses[marker.clause];
    // "STEM (1.051), followed by TPACK (1.013), …": what follows is not the extreme.
    const followed = FOLLOWED_BY.exec(facts.text.slice(marker.end, clauseEnd));
    const b = followed ? marker.end + followed.index : clauseEnd;
    const inClause = (m: Place) => m.start >= a && m.end <= b;
    // "P2 memiliki rata-rata skor terendah" beside the row "Estimasi Rata-rata": a statistic's word names the measure ranked, not a row.
    const rows = distinctPlaces(mentions.rows.filter((m) => inClause(m) && !STATISTIC_WORD.test(facts.text.slice(m.start, m.end))));
    const columns = distinctPlaces(mentions.columns.filter(inClause));
    // "the highest hysteresis" where Hysteresis is a row: the row is the measure, ranked across the
    // columns, which this comparison does not read.
    const wordAfter = /^\s+([\p{L}][\p{L}\p{N}-]*)/u.exec(facts.text.slice(marker.end, marker.end + 40))?.[1]?.toLowerCase();
    const rowIsMeasure = !!wordAfter && table.dataRows.some((r) => /^[\p{L}][\p{L}\p{N}-]*/u.exec(r.key.trim())?.[0].toLowerCase() === wordAfter);
    // Years as columns ("tertinggi terdapat di tahun 2021"), or a row that is the measure ("the
    // highest hysteresis"): the row ranked across its columns.
    const across = acrossColumns(facts, table, withCarried ?? mentions, marker, inClause, rowIsMeasure, spanOf, sentence);
    if (across) {
      out.push(across);
      continue;
    }
    if (rowIsMeasure || table.dataRows.length < 2) continue;
    // The column named right next to the word ("F1-score tertinggi", "highest accuracy").
    // Not across a figure or a conjunction: "F1-score terendah (0.8878) dan ROC-AUC …" qualifies F1-score.
    const joined = (from: number, to: number) => !/\d|,|;|\b(?:dan|and|serta|or|atau)\b/iu.test(facts.text.slice(from, to));
    const adjacent = columns.filter(
      (m) =>
        (m.end <= marker.start && marker.start - m.end <= 25 && joined(m.end, marker.start)) ||
        (m.start >= marker.end && m.start - marker.end <= 25 && joined(marker.end, m.start)),
    );
    const dataColumns = table.columns.filter((c) => c.index >= table.stub);
    // No column named, but the clause gives the named rows' figures ("Fisika dan Kimia paling sedikit,
    // masing-masing 5 responden (8,8 %)"): the column whose cells those figures restate.
    const byFigure =
      columns.length === 0 && adjacent.length === 0
        ? restatedColumn(
            table,
            rows.map((p) => table.dataRows[p.item]),
            facts,
            marker,
          )
        : undefined;
    // The measure the word qualifies ("the largest coefficient", "akurasi tertinggi"): when it is
    // named and is not a column of this table, the sentence speaks of another table.
    if (adjacent.length === 0 && !byFigure && foreignMeasure(facts, marker, mentions)) continue;
    const column =
      byFigure ??
      (adjacent.length === 1 ? dataColumns[adjacent[0].item] : undefined) ??
      otherColumn(table, columns, mentions, marker, facts) ??
      (columns.length === 0 && explicit ? sameOrderColumn(table, marker.polarity) : undefined);
    if (!column) continue;
    let refs = table.dataRows.map((r) => refAt(table, r, column)).filter((r): r is CellRef => !!r && !r.cell.comparator);
    // Within its group: "Within STEM, Mathematics showed the greatest improvement" is about STEM's indicators.
    const group = rows.length > 0 ? groupOf(table.dataRows[rows[0].item]) : undefined;
    if (group !== undefined) refs = refs.filter((r) => groupOf(r.row) === group);
    // "ESD indicators …, with ESD-EVA exhibiting the highest gain": the rows the prefix names;
    // "Within STEM, …": a scope the table does not name leaves the rows unknown.
    const scoped = scopeRows(facts, marker, refs, rows.length > 0 ? table.dataRows[rows[0].item] : undefined);
    if (!scoped) continue;
    refs = scoped;
    if (refs.length < 2) continue;
    let said: 'max' | 'min' = marker.polarity === 'up' ? 'max' : 'min';
    if (marker.quality) {
      // "terbaik", "fastest": what is better of this measure must be known.
      const better = betterOf(column.header, marker.quality);
      if (!better) continue;
      if (better === 'lower') said = said === 'max' ? 'min' : 'max';
    }
    const values = refs.map((r) => r.cell.value);
    const extreme = said === 'max' ? Math.max(...values) : Math.min(...values);
    const actual = refs.filter((r) => r.cell.value === extreme);
    const word = facts.text.slice(marker.start, marker.end);
    const named = rows.map((p) => refAt(table, table.dataRows[p.item], column)).filter((r): r is CellRef => !!r && !r.cell.comparator);
    // The number the clause gives the named row ("STEM showed the largest coefficient (β = 0.484)")
    // must be its cell here: another number means another table.
    const given = facts.quantities.filter((q) => q.clause === marker.clause && q.number.start < b && (rows.length === 0 || q.number.start > rows[0].start));
    if (named.length === 1 && given.length > 0 && !given.some((q) => agreesWithCell(q.number, named[0].cell, column))) continue;
    if (named.length === rows.length && named.length > 0 && (named.length === 1 || named.every((r) => r.cell.value === named[0].cell.value))) {
      out.push({
        kind: 'extreme',
        span: spanOf(marker.start, marker.end),
        agrees: named[0].cell.value === extreme,
        sentence,
        said,
        word,
        named: named[0],
        actual,
      });
      continue;
    }
    if (rows.length > 0) continue;
    // No row named, but the clause's one figure after the word is exactly one row's cell ("nilai korelasi
    // tertinggi terdapat pada item koneksi internet … dengan nilai r-hitung sebesar 0,5631"): that row is the one ranked.
    const later = facts.quantities.filter((q) => q.clause === marker.clause && q.number.start >= marker.end && q.number.start < b);
    const gapToFigure = later.length === 1 ? facts.text.slice(marker.end, later[0].number.start) : '';
    if (later.length === 1 && !EXTREME_GAP.test(gapToFigure) && !/\d/.test(gapToFigure)) {
      const holding = refs.filter((r) => equalsCell(later[0].number, r.cell, column));
      if (holding.length === 1) {
        out.push({
          kind: 'extreme',
          span: spanOf(marker.start, marker.end),
          agrees: holding[0].cell.value === extreme,
          sentence,
          said,
          word,
          named: holding[0],
          actual,
        });
        continue;
      }
    }
    // No row named: the number right after the word ("terendah 72.5", "highest (0.871)").
    const n = facts.quantities.find(
      (q) => q.clause === marker.clause && q.number.start >= marker.end && EXTREME_GAP.test(facts.text.slice(marker.end, q.number.start)),
    )?.number;
    if (!n || n.percent !== (column.unit === 'percent' || refs.some((r) => r.cell.percent))) continue;
    // "masing-masing … tertinggi yaitu 99,166% dan 99,7392%": one extreme per group, not the table's.
    if (facts.quantities.filter((q) => q.clause === marker.clause && q.number.start >= marker.end).length > 1) continue;
    // A sentence that names a group of rows ("model LSTM-FCN … tercepat") speaks within it.
    const lower = sentence.toLowerCase();
    const namesGroup = table.dataRows.some((r) => r.path.slice(0, -1).some((label) => label.length >= 3 && containsWord(lower, label.toLowerCase())));
    if (namesGroup) continue;
    const stated = inStatedUnit(n, actual[0].cell, column);
    const agrees = agreesAsWritten(n, stated);
    // A number that is no cell of the column and far from its extreme speaks of something else.
    if (!agrees && !refs.some((r) => agreesWithCell(n, r.cell, column)) && !plausible(n, actual[0].cell, column)) continue;
    out.push({
      kind: 'derived',
      what: said,
      span: spanOf(n.start, n.end),
      agrees,
      sentence,
      stated: n,
      expected: stated,
      decimals: Math.max(n.decimals, 0),
      basis: actual.slice(0, 1),
      table,
      column,
    });
  }
  return out;
}

/**
 * A superlative that ranks one row across its columns: the clause names one column (a year of a
 * table whose columns are years, or any column when the word qualifies a row: "the highest
 * hysteresis … Z-Device"), and the sentence names one row (or goes on about the paragraph's).
 */
function acrossColumns(
  facts: SentenceFacts,
  table: StatTable,
  mentions: TableMentions,
  marker: Marker,
  inClause: (m: Place) => boolean,
  rowIsMeasure: boolean,
  spanOf: SpanOf,
  sentence: string,
): ExtremeComparison | undefined {
  if (marker.quality) return undefined;
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  const measured = measureRowBefore(facts, table, mentions, marker, inClause, spanOf, sentence);
  if (measured) return measured;
  const columns = distinctPlaces(mentions.columns.filter(inClause));
  if (columns.length !== 1) return undefined;
  const column = dataColumns[columns[0].item];
  const years = dataColumns.filter((c) => c.numeric && c.year !== undefined);
  const byYear = column.year !== undefined && years.length >= 3;
  if (!byYear && !rowIsMeasure) return undefined;
  const rows = distinctPlaces(mentions.rows);
  if (rows.length !== 1) return undefined;
  const row = table.dataRows[rows[0].item];
  const ranked = byYear ? years : dataColumns.filter((c) => c.numeric && c.unit === column.unit);
  const refs = ranked.map((c) => refAt(table, row, c)).filter((r): r is CellRef => !!r && !r.cell.comparator);
  const named = refs.find((r) => r.column === column);
  if (!named || refs.length < 3) return undefined;
  // The number the clause gives must be that cell: another number speaks of another table.
  const given = facts.quantities.filter((q) => q.clause === marker.clause);
  if (given.length > 0 && !given.some((q) => agreesWithCell(q.number, named.cell, column))) return undefined;
  const said: 'max' | 'min' = marker.polarity === 'up' ? 'max' : 'min';
  const values = refs.map((r) => r.cell.value);
  const extreme = said === 'max' ? Math.max(...values) : Math.min(...values);
  return {
    kind: 'extreme',
    span: spanOf(marker.start, marker.end),
    agrees: named.cell.value === extreme,
    sentence,
    said,
    word: facts.text.slice(marker.start, marker.end),
    named,
    actual: refs.filter((r) => r.cell.value === extreme),
    across: 'columns',
  };
}

/**
 * A table of measures as rows and groups as columns: "nilai recall yang tertinggi adalah daun jambu
 * biji dan sirih yaitu sebesar 90%" — the row named right before the word is the measure, the
 * columns named after it are the ones said to be its highest (or lowest); each must be.
 */
function measureRowBefore(
  facts: SentenceFacts,
  table: StatTable,
  mentions: TableMentions,
  marker: Marker,
  inClause: (m: Place) => boolean,
  spanOf: SpanOf,
  sentence: string,
): ExtremeComparison | undefined {
  const rowPlace = mentions.rows
    .filter((m) => inClause(m) && m.end <= marker.start && MEASURE_TO_SUPERLATIVE.test(facts.text.slice(m.end, marker.start)))
    .pop();
  if (!rowPlace) return undefined;
  // A confusion matrix names its classes as rows and as columns: after the word they are the columns ranked.
  const afterWord = (m: Place) => inClause(m) && m.start >= marker.end;
  const columns = distinctPlaces([...mentions.columns, ...(mentions.shared ?? []).map((x) => x.column)].filter(afterWord));
  if (columns.length === 0 || mentions.rows.some(afterWord)) return undefined;
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  const row = table.dataRows[rowPlace.item];
  const named = columns.map((p) => refAt(table, row, dataColumns[p.item])).filter((r): r is CellRef => !!r && !r.cell.comparator);
  if (named.length !== columns.length) return undefined;
  const refs = dataColumns
    .filter((c) => c.numeric && c.unit === named[0].column.unit)
    .map((c) => refAt(table, row, c))
    .filter((r): r is CellRef => !!r && !r.cell.comparator);
  if (refs.length < 3) return undefined;
  // The number the clause gives must be the named cells': another number speaks of another table.
  const given = facts.quantities.filter((q) => q.clause === marker.clause && q.number.start >= marker.end);
  if (given.length > 0 && !given.some((q) => named.some((r) => agreesWithCell(q.number, r.cell, r.column)))) return undefined;
  const said: 'max' | 'min' = marker.polarity === 'up' ? 'max' : 'min';
  const values = refs.map((r) => r.cell.value);
  const extreme = said === 'max' ? Math.max(...values) : Math.min(...values);
  const wrong = named.find((r) => r.cell.value !== extreme);
  return {
    kind: 'extreme',
    span: spanOf(marker.start, marker.end),
    agrees: !wrong,
    sentence,
    said,
    word: facts.text.slice(marker.start, marker.end),
    named: wrong ?? named[0],
    actual: refs.filter((r) => r.cell.value === extreme),
    across: 'columns',
  };
}
const MEASURE_TO_SUPERLATIVE = /^\s{0,3}(?:yang\s{1,3})?(?:paling\s{1,3})?$/iu;

/** Measures where more is better, as far as their names tell. */
const HIGHER_IS_BETTER =
  /\b(?:akurasi|accuracy|presisi|precision|recall|f1|f-?score|f-?measure|auc|skor|score|r2|r²|kepuasan|satisfaction|kelayakan|feasibility|efektivitas|effectiveness|efisiensi|efficiency|speedup|throughput|fps|kecepatan|speed|n-?gain|ipk|gpa|sensitivit(?:y|as)|specificit(?:y|as)|sus|usability|reliabilitas|reliability|validitas|validity)\b/i;

/** Whether "better" (or "faster") of a column means higher or lower values; undefined when its header does not tell. */
function betterOf(header: string, quality: 'good' | 'fast'): 'higher' | 'lower' | undefined {
  if (isLowerBetter(header)) return 'lower';
  if (quality === 'fast') return /\b(?:kecepatan|speed|speedup|throughput|fps|per\s+(?:second|detik))\b/i.test(header) ? 'higher' : undefined;
  return HIGHER_IS_BETTER.test(header) ? 'higher' : undefined;
}

/** Measures words qualified by a superlative may name that say nothing of which column. */
const GENERIC_MEASURE = new Set([
  'mean',
  'total',
  'respondent',
  'frequency',
  'percent',
  'nilai',
  'skor',
  'score',
  'value',
  'number',
  'angka',
  'tingkat',
  'level',
  'proporsi',
  'proportion',
  'share',
  'hasil',
  'result',
  'data',
  'jumlah',
  'banyak',
  'kategori',
  'category',
]);

/** The content word right next to a superlative, when it is neither a row nor a column of the table nor a generic measure. */
function foreignMeasure(facts: SentenceFacts, marker: Marker, mentions: TableMentions): boolean {
  const covered = (t: Token) => [...mentions.rows, ...mentions.columns].some((m) => t.start >= m.start && t.end <= m.end);
  const after = facts.tokens.find((t) => t.start >= marker.end && t.start - marker.end <= 2);
  const before = [...facts.tokens].reverse().find((t) => t.end <= marker.start && marker.start - t.end <= 2);
  const foreign = (t: Token | undefined) =>
    !!t &&
    /^\p{L}{4,}$/u.test(facts.text.slice(t.start, t.end)) &&
    !GENERIC_MEASURE.has(t.key) &&
    !covered(t) &&
    // The word as written too: keys are stems ("terdapat" is kept as "dapat").
    !NOT_A_MEASURE.has(t.key) &&
    !NOT_A_MEASURE.has(facts.text.slice(t.start, t.end).toLowerCase());
  // English puts the measure after the word ("highest accuracy"), Indonesian before it ("akurasi tertinggi").
  return (
    foreign(after) || (!after && foreign(before)) || (!!before && foreign(before) && !!after && !/^\p{L}{4,}$/u.test(facts.text.slice(after.start, after.end)))
  );
}
/** Words next to a superlative that are not what it measures. */
const NOT_A_MEASURE = new Set([
  'adalah',
  'yaitu',
  'yakni',
  'pada',
  'dengan',
  'sebesar',
  'terdapat',
  'berada',
  'dimiliki',
  'diperoleh',
  'ditunjukkan',
  'terjadi',
  'was',
  'were',
  'observed',
  'among',
  'with',
  'which',
  'that',
  'oleh',
  'dari',
  'dalam',
  'untuk',
  'ialah',
  'merupakan',
  'menjadi',
  'tercatat',
  'mencapai',
  'capa',
  'jadi',
  'catat',
  'oleh',
  'sedangkan',
]);

const SCOPE =
  /\b(?:within|among|di\s+antara|diantara|pada\s+(?:kelompok|dimensi|aspek|variabel|konstruk|indikator|kategori)|untuk\s+(?:kelompok|dimensi|aspek|variabel|konstruk))\s+([\p{L}][\p{L}\p{N}_-]*)/iu;

/**
 * The rows a superlative ranges over, narrowed by what the sentence says before it: a label
 * prefix its rows share ("ESD" of ESD-PCK, ESD-INQ, ESD-EVA) or a scope ("within STEM", "pada
 * kelompok kontrol"). Undefined when a scope names nothing the table's rows tell apart.
 */
function scopeRows(facts: SentenceFacts, marker: Marker, refs: CellRef[], named: TableRow | undefined): CellRef[] | undefined {
  const before = facts.text.slice(0, marker.start);
  const prefixOf = (r: TableRow) => /^([\p{L}\p{N}]+)[-_.\s]/u.exec(r.key.trim())?.[1]?.toLowerCase();
  const says = (w: string) => facts.tokens.some((t) => t.end <= marker.start && facts.text.slice(t.start, t.end).toLowerCase() === w);
  const scope = SCOPE.exec(before)?.[1]?.toLowerCase();
  const namedPrefix = named ? prefixOf(named) : undefined;
  const sharing = (p: string) => refs.filter((r) => prefixOf(r.row) === p);
  if (namedPrefix && sharing(namedPrefix).length >= 2 && sharing(namedPrefix).length < refs.length && says(namedPrefix)) return sharing(namedPrefix);
  if (scope && !/^(?:all|the|semua|seluruh|these|those)$/i.test(scope)) {
    const within = sharing(scope);
    return within.length >= 2 ? within : undefined;
  }
  return refs;
}

const FOLLOWED_BY = /\b(?:followed\s+by|diikuti(?:\s+oleh)?|disusul(?:\s+oleh)?|lalu|kemudian|then)\b/iu;

/** The group a row belongs to in a table whose rows are grouped ("STEM" of "STEM / Mathematics"); undefined when it has none. */
function groupOf(row: TableRow): string | undefined {
  return row.path.length >= 2 ? row.path[0] : undefined;
}

/** Between a superlative and its number: "terendah 72.5", "tertinggi sebesar 10,14%", "highest (0.871)", "maksimum yaitu 20". */
const EXTREME_GAP = /^\s*(?:(?:yaitu|yakni|adalah|sebesar|senilai|dengan|of|at|is|was|=|:)\s*)?(?:\(\s*)?$/iu;

/**
 * With no column named, the numeric columns that all put the same row first ("45 orang, 46,88 %"
 * beside "51 orang, 53,12 %"): "terbanyak" is about any of them. Undefined when they disagree.
 */
function sameOrderColumn(table: StatTable, polarity: 'up' | 'down'): TableColumn | undefined {
  const numeric = table.columns.filter((c) => c.index >= table.stub && c.numeric);
  let first: TableColumn | undefined;
  let winners: string | undefined;
  for (const column of numeric) {
    const refs = table.dataRows.map((r) => refAt(table, r, column)).filter((r): r is CellRef => !!r && !r.cell.comparator);
    if (refs.length < table.dataRows.length) return undefined;
    const values = refs.map((r) => r.cell.value);
    const extreme = polarity === 'up' ? Math.max(...values) : Math.min(...values);
    const these = refs
      .filter((r) => r.cell.value === extreme)
      .map((r) => r.row.key)
      .join('\u0000');
    if (winners !== undefined && these !== winners) return undefined;
    winners = these;
    first ??= column;
  }
  return first;
}

/** What a sentence says of its own numbers, with or without a table: a change's direction, two numbers compared, a lowest and a highest. */
function ownNumbers(facts: SentenceFacts, spanOf: SpanOf, sentence: string, found: Comparison[]): Comparison[] {
  const directions = textDirections(facts, spanOf, sentence, found);
  // Not where a change's direction was just read (the same word).
  const compared = textComparisons(facts, spanOf, sentence, found).filter(
    (c) => !directions.some((d) => d.span.file === c.span.file && d.span.start === c.span.start),
  );
  const read = [...found, ...directions, ...compared];
  // "0,582 > 0,60", "(0.418) is above the 0.50 threshold": a figure against a criterion, unless its comparison word was read above.
  const criteria = thresholdComparisons(facts)
    .map((t) => ({ t, span: spanOf(t.start, t.end) }))
    .filter(({ span }) => !read.some((c) => c.kind === 'direction' && c.span.file === span.file && c.span.start < span.end && c.span.end > span.start))
    .map(({ t, span }): DirectionComparison => ({
      kind: 'direction',
      span,
      agrees: t.agrees,
      sentence,
      said: t.said,
      word: t.word,
      comparative: true,
      from: { label: '', value: t.criterion.value, raw: t.criterion.raw },
      to: { label: '', value: t.subject.value, raw: t.subject.raw },
    }));
  // "Design Effect sebesar 3,324 … variansi … lebih besar dibandingkan … Simple Random Sampling": a design effect against 1.
  for (const c of designEffects(facts, spanOf, sentence))
    if (![...read, ...criteria].some((o) => o.span.file === c.span.file && o.span.start < c.span.end && o.span.end > c.span.start)) criteria.push(c);
  // "CNN3D achieves higher Pearson (0.514 vs. 0.291)": a comparison word and the two figures it compares.
  for (const c of versusPairs(facts, spanOf, sentence))
    if (![...read, ...criteria].some((o) => o.span.file === c.span.file && o.span.start < c.span.end && o.span.end > c.span.start)) criteria.push(c);
  // "mencapai 80,06, meningkat sebesar 0,46 poin dibandingkan … 79,60": a change beside both its ends.
  const changes: Comparison[] = [];
  for (const c of statedChanges(facts)) {
    const span = spanOf(c.change.start, c.change.end);
    if ([...read, ...criteria].some((o) => o.span.file === span.file && o.span.start < span.end && o.span.end > span.start)) continue;
    const word = directionWordBefore(
      facts,
      facts.quantities.find((q) => q.number === c.change)!,
    );
    if ((c.said === 'up') !== c.points > 0)
      changes.push({
        kind: 'direction',
        span,
        agrees: false,
        sentence,
        said: c.said,
        word,
        comparative: false,
        from: { label: 'from', value: c.from.value, raw: c.from.raw },
        to: { label: 'to', value: c.to.value, raw: c.to.raw },
      });
    else
      changes.push({
        kind: 'stated-change',
        span,
        agrees: c.sizeAgrees,
        sentence,
        stated: c.change,
        said: c.said,
        from: c.from,
        to: c.to,
        points: c.points,
        relative: c.relative,
      });
  }
  return [...directions, ...compared, ...extremePairs(facts, spanOf, sentence), ...criteria, ...changes];
}

/** The one numeric column beside a column that is the criterion on every row, or undefined. */
function criterionPartner(table: StatTable, criterion: number): TableColumn | undefined {
  const numeric = table.columns.filter((c) => c.index >= table.stub && c.numeric);
  const cells = (c: TableColumn) => table.dataRows.map((r) => r.numbers[c.index]).filter((n): n is NumericCell => !!n);
  const constant = numeric.filter((c) => cells(c).length >= 2 && cells(c).every((n) => n.value === criterion));
  const others = numeric.filter((c) => !constant.includes(c));
  return constant.length === 1 && others.length === 1 ? others[0] : undefined;
}

/** A regression's constant row: "(Konstanta)", "(Constant)", "Intercept". */
const CONSTANT_ROW = /^[\s(]*(?:konstanta|constant|const|intercept|intersep)[\s)]*$/iu;

const EVERY = /(?<![\p{L}])(?:semua|seluruh(?:nya)?|setiap|tiap|masing-masing|all|each|every)(?![\p{L}])/iu;

/**
 * "Karena semua indikator memiliki nilai korelasi yang lebih besar dari 0,260", "all loadings
 * exceeded 0.70": every cell of the column the clause names against the criterion; the cell that
 * is not is the finding (the lowest for "above", the highest for "below").
 */
function allAgainstCriterion(facts: SentenceFacts, table: StatTable, mentions: TableMentions, spanOf: SpanOf, sentence: string): Comparison[] {
  if (!EVERY.test(facts.text)) return [];
  const out: Comparison[] = [];
  const dataColumns = table.columns.filter((c) => c.index >= table.stub);
  for (const claim of statedCriteria(facts, true)) {
    const clause = facts.clauses.find(([a, b]) => claim.start >= a && claim.start < b);
    if (!clause) continue;
    const before = facts.text.slice(clause[0], claim.start);
    const every = EVERY.exec(before);
    if (!every) continue;
    const from = clause[0] + every.index;
    // "semua … 0,582 > 0,60": a figure of its own before the word is the subject (thresholds.ts).
    if (facts.quantities.some((q) => q.number.start > from && q.number.end <= claim.start)) continue;
    const named = [...new Set(mentions.columns.filter((m) => m.start >= clause[0] && m.end <= claim.start).map((m) => m.item))];
    if (named.length > 1 || mentions.rows.some((m) => m.start >= clause[0] && m.end <= claim.start)) continue;
    // No column named: a table holding the criterion as a column of its own (*R-Tabel* 0,260 on every row)
    // beside exactly one other numeric column ("semua indikator memiliki nilai korelasi yang lebih besar dari 0,260").
    const column = named.length === 1 ? dataColumns[named[0]] : criterionPartner(table, claim.criterion.value);
    if (!column) continue;
    // "semua variabel independen memiliki nilai signifikansi lebih besar dari 0,05": the constant of a regression is no variable.
    const refs = table.dataRows
      .filter((row) => !CONSTANT_ROW.test(rowName(row)))
      .map((row) => ({ row, cell: row.numbers[column.index] }))
      .filter((r): r is { row: TableRow; cell: NumericCell } => !!r.cell && !r.cell.comparator && r.cell.percent === claim.criterion.percent);
    if (refs.length < 2) continue;
    const c = claim.criterion.value;
    const fails = refs.filter(({ cell }) =>
      claim.said === 'up' ? (claim.inclusive ? cell.value < c : cell.value <= c) : claim.inclusive ? cell.value > c : cell.value >= c,
    );
    const worst = fails.sort((x, y) => (claim.said === 'up' ? x.cell.value - y.cell.value : y.cell.value - x.cell.value))[0] ?? refs[0];
    out.push({
      kind: 'direction',
      span: spanOf(claim.start, claim.end),
      agrees: fails.length === 0,
      sentence,
      said: claim.said,
      word: claim.word,
      comparative: true,
      from: { label: '', value: c, raw: claim.criterion.raw },
      to: { label: rowName(worst.row), value: worst.cell.value, raw: worst.cell.raw, ref: { table, row: worst.row, column, cell: worst.cell } },
    });
  }
  return out;
}

const DEFF = /(?<![\p{L}])(?:design\s+effect|deff)(?![\p{L}])/iu;
const SRS = /(?<![\p{L}])(?:srs|simple\s+random\s+sampling|(?:sampel|sampling|pengambilan\s+sampel)\s+acak\s+sederhana)(?![\p{L}])/iu;
/** What the comparison is said of: efficiency or precision (the inverse of the variance). */
const EFFICIENCY_BEFORE = /(?<![\p{L}])(?:efisien\p{L}*|efficien\p{L}*|presisi|precis\p{L}*|ketelitian|teliti)\s+(?:\p{L}+\s+){0,3}$/iu;

/**
 * A design effect is the variance of the design over that of simple random sampling: above 1 the
 * design's variance is larger ("Nilai Design Effect sebesar 3,324 menunjukkan bahwa variansi pada
 * metode Two-Stage Cluster Sampling lebih besar dibandingkan metode Simple Random Sampling"), below
 * 1 smaller; said of efficiency or precision, the other way round.
 */
function designEffects(facts: SentenceFacts, spanOf: SpanOf, sentence: string): DirectionComparison[] {
  const deff = DEFF.exec(facts.text);
  const srs = SRS.exec(facts.text);
  if (!deff || !srs) return [];
  const value = facts.quantities.find((q) => q.number.start > deff.index && q.number.start - (deff.index + deff[0].length) <= 30 && !q.number.percent);
  if (!value || value.number.value === 1) return [];
  const marker = facts.markers.find(
    (m) => m.kind === 'comparative' && !m.quality && m.start > value.number.end && m.end <= srs.index && srs.index - m.end <= 80,
  );
  if (!marker) return [];
  const inverse = EFFICIENCY_BEFORE.test(facts.text.slice(Math.max(0, marker.start - 40), marker.start));
  const larger = value.number.value > 1;
  return [
    {
      kind: 'direction',
      span: spanOf(marker.start, marker.end),
      agrees: (marker.polarity === 'up') === (inverse ? !larger : larger),
      sentence,
      said: marker.polarity,
      word: facts.text.slice(marker.start, marker.end),
      comparative: true,
      from: { label: '', value: 1, raw: '1' },
      // Efficiency or precision goes with 1 / Deff.
      to: inverse
        ? { label: `1 / ${deff[0]}`, value: 1 / value.number.value, raw: String(Number((1 / value.number.value).toPrecision(3))) }
        : { label: deff[0], value: value.number.value, raw: value.number.raw },
    },
  ];
}

/**
 * "CNN3D achieves higher Pearson (0.514 vs. 0.291), while ViT3D achieves lower MAE (0.040 vs.
 * 0.076)", "skor kelas eksperimen lebih tinggi (78,4 vs 72,1)": a comparison word followed in its
 * clause by the two figures it compares, the subject's first, joined by "vs."/"versus". Quality
 * words ("better") are not read: which way is better depends on the measure.
 */
function versusPairs(facts: SentenceFacts, spanOf: SpanOf, sentence: string): DirectionComparison[] {
  const out: DirectionComparison[] = [];
  if (!/(?<![\p{L}])(?:vs|versus)(?![\p{L}])/iu.test(facts.text)) return out;
  const qs = facts.quantities;
  for (const marker of facts.markers) {
    if ((marker.kind !== 'comparative' && marker.kind !== 'direction') || marker.quality) continue;
    const i = qs.findIndex((q) => q.number.start >= marker.end);
    const [a, b] = [qs[i], qs[i + 1]];
    if (!a || !b || a.clause !== marker.clause || b.clause !== marker.clause || a.number.start - marker.end > 40) continue;
    if (!VERSUS_LEAD.test(facts.text.slice(marker.end, a.number.start)) || !VERSUS_BETWEEN.test(facts.text.slice(a.number.end, b.number.start))) continue;
    if (a.number.percent !== b.number.percent || a.number.value === b.number.value) continue;
    out.push(figuresCompared(marker, facts.text, spanOf(marker.start, marker.end), a.number, b.number, sentence));
  }
  return out;
}

/** A comparison word between two figures of the sentence: the subject's (`to`) against the other's. */
function figuresCompared(marker: Marker, text: string, span: Span, subject: NumberToken, other: NumberToken, sentence: string): DirectionComparison {
  return {
    kind: 'direction',
    span,
    agrees: (marker.polarity === 'up') === subject.value > other.value,
    sentence,
    said: marker.polarity,
    word: text.slice(marker.start, marker.end),
    comparative: true,
    from: { label: '', value: other.value, raw: other.raw },
    to: { label: '', value: subject.value, raw: subject.raw },
  };
}
/** Between the comparison word and the first figure: a measure's name of a few words and an opening bracket, no clause. */
const VERSUS_LEAD = /^[^\d,;:.()]{0,30}\(\s?(?:\p{L}{1,4}\s?[=:]\s?)?$/u;
const VERSUS_BETWEEN = /^\s?%?\s?(?:vs\.?|versus)\s(?:\p{L}{1,4}\s?[=:]\s?)?$/iu;

/**
 * "skor tertinggi 72.5 dan terendah 87.5", "the lowest 4.1 and the highest 3.9": a lowest and a
 * highest stated side by side, each with its figure right after it, the highest below the lowest;
 * or one of them stated twice with two figures ("terendah 72.5 dan terendah 87.5").
 * Only when the two stand in one phrase (a connector between the first figure and the second word),
 * so that both speak of one measure.
 */
function extremePairs(facts: SentenceFacts, spanOf: SpanOf, sentence: string): Comparison[] {
  const out: Comparison[] = [];
  const figureAfter = (m: Marker) =>
    facts.quantities.find((q) => q.number.start >= m.end && FIGURE_AFTER_EXTREME.test(facts.text.slice(m.end, q.number.start)));
  const extremes = facts.markers.filter((m) => m.kind === 'superlative' && !m.quality);
  for (let i = 0; i + 1 < extremes.length; i++) {
    const [first, second] = [extremes[i], extremes[i + 1]];
    const a = figureAfter(first);
    const b = figureAfter(second);
    if (!a || !b || a.number.end > second.start || a.number.percent !== b.number.percent) continue;
    if (!PAIR_CONNECTOR.test(facts.text.slice(a.number.end, second.start))) continue;
    // "terendah 72.5 dan terendah 87.5": one lowest, stated with two figures.
    if (first.polarity === second.polarity) {
      if (a.number.value === b.number.value) continue;
      out.push({
        kind: 'direction',
        span: spanOf(second.start, second.end),
        agrees: false,
        sentence,
        said: second.polarity,
        word: facts.text.slice(second.start, second.end),
        comparative: true,
        from: { label: facts.text.slice(first.start, first.end), value: a.number.value, raw: a.number.raw },
        to: { label: facts.text.slice(second.start, second.end), value: b.number.value, raw: b.number.raw },
      });
      continue;
    }
    const [highest, lowest] = first.polarity === 'up' ? [first, second] : [second, first];
    const [high, low] = first.polarity === 'up' ? [a, b] : [b, a];
    if (high.number.value >= low.number.value) continue;
    out.push({
      kind: 'direction',
      span: spanOf(highest.start, highest.end),
      agrees: false,
      sentence,
      said: 'up',
      word: facts.text.slice(highest.start, highest.end),
      comparative: true,
      from: { label: facts.text.slice(lowest.start, lowest.end), value: low.number.value, raw: low.number.raw },
      to: { label: facts.text.slice(highest.start, highest.end), value: high.number.value, raw: high.number.raw },
    });
  }
  return out;
}
const FIGURE_AFTER_EXTREME = /^\s*(?:(?:yaitu|yakni|sebesar|senilai|adalah|of|at|was|is|=|:)\s*)?(?:\(\s*)?$/iu;
const PAIR_CONNECTOR = /^\s*(?:\)\s*)?(?:,\s*)?(?:dan|and|serta|hingga|sampai|to|-|–|,)\s*(?:(?:the|skor|nilai|score|value)\s+)?$/iu;

function textDirections(facts: SentenceFacts, spanOf: SpanOf, sentence: string, found: Comparison[]): Comparison[] {
  const out: Comparison[] = [];
  for (const to of facts.quantities) {
    if (to.role !== 'to' || !to.direction) continue;
    const from = facts.quantities[facts.quantities.indexOf(to) - 1];
    if (!from || from.role !== 'from' || from.number.percent !== to.number.percent) continue;
    const difference = to.number.value - from.number.value;
    if (difference === 0) continue;
    const span = spanOf(to.number.start, to.number.end);
    if (found.some((c) => c.kind === 'direction' && c.span.start === span.start && c.span.file === span.file)) continue;
    out.push({
      kind: 'direction',
      span,
      agrees: (to.direction === 'up') === difference > 0,
      sentence,
      said: to.direction,
      word: directionWordBefore(facts, to),
      comparative: false,
      from: { label: 'from', value: from.number.value, raw: from.number.raw },
      to: { label: 'to', value: to.number.value, raw: to.number.raw },
    });
  }
  return out;
}

/**
 * Two numbers of the sentence compared in words: "weighted estimate sebesar 74,8% sedikit lebih
 * tinggi dibandingkan naive estimate sebesar 74,35%", "UHH 2017 sebesar 72,55 tahun, meningkat
 * dibandingkan tahun 2016 sebesar 72,49 tahun", "t hitung (3,79) lebih besar dari t tabel
 * (2,02)". The subject is the number right before the word (within 80 characters), the other
 * the first number after "dibandingkan/daripada/dari/than" (within 60). Numbers of different
 * units, multipliers ("3 kali lebih besar") and words whose sense depends on the measure
 * ("lebih baik") are left alone.
 */
function textComparisons(facts: SentenceFacts, spanOf: SpanOf, sentence: string, found: Comparison[]): Comparison[] {
  const out: Comparison[] = [];
  // "(1)", "(0)" after a name: a class or item code ("penyewa yang tidak normal (1)"), not a quantity.
  const code = (q: Quantity) =>
    q.number.decimals === 0 &&
    Math.abs(q.number.value) < 10 &&
    /\(\s*$/.test(facts.text.slice(0, q.number.start)) &&
    /^\s*\)/.test(facts.text.slice(q.number.end));
  const numbers = facts.quantities.filter((q) => (q.role === 'level' || q.role === 'to') && !code(q));
  for (const marker of facts.markers) {
    if ((marker.kind !== 'comparative' && marker.kind !== 'direction') || marker.quality) continue;
    const span = spanOf(marker.start, marker.end);
    if (found.some((c) => c.kind === 'direction' && c.span.file === span.file && c.span.start === span.start)) continue;
    const subject = numbers.filter((q) => q.number.end <= marker.start && marker.start - q.number.end <= 80).pop();
    // "d = 1.55, but were only marginally greater than …": the figure of another clause is no subject.
    if (!subject || subject.clause !== marker.clause) continue;
    // "smaller than d = −0.49 or larger than d = 0.49": a number that is itself the other side of a comparison is no subject.
    if (COMPARED_BEFORE.test(facts.text.slice(Math.max(0, subject.number.start - 16), subject.number.start))) continue;
    if (facts.comparisonAt.some((at) => at > subject.number.end && at < marker.start)) continue;
    // "lebih tinggi daripada", "meningkat dibandingkan", "higher than": the comparison word right after the marker.
    const between = facts.text.slice(marker.end, marker.end + 30);
    const word = COMPARED_WITH.exec(between);
    if (!word) continue;
    const from = marker.end + word.index + word[0].length;
    const other = numbers.find((q) => q.number.start >= from && q.number.start - from <= 60);
    if (!other) continue;
    // "greater than chance, t(164) = 4.65": a figure after a comma, or a test's df, is not the other side.
    if (
      /[,;]/.test(facts.text.slice(from, other.number.start)) ||
      /\b[tFrzχ]\s?\($/u.test(facts.text.slice(Math.max(0, other.number.start - 3), other.number.start))
    )
      continue;
    // "d′2", "R2", "X1": a number written onto a name is part of the name.
    if ([subject, other].some((q) => /[\p{L}′'’]$/u.test(facts.text.slice(Math.max(0, q.number.start - 1), q.number.start)))) continue;
    if (subject.number.percent !== other.number.percent || /^\s*(?:kali|times|x\b)/i.test(facts.text.slice(subject.number.end, subject.number.end + 8)))
      continue;
    // Between them, no other number: "A 5% lebih tinggi dari B (p = 0,01) sebesar 3%" reads nothing.
    if (facts.quantities.some((q) => q !== subject && q !== other && q.number.start > subject.number.end && q.number.start < other.number.start)) continue;
    const difference = subject.number.value - other.number.value;
    if (difference === 0) continue;
    out.push(figuresCompared(marker, facts.text, span, subject.number, other.number, sentence));
  }
  return out;
}

const COMPARED_BEFORE = /\b(?:than|daripada|dibandingkan(?:\s+dengan)?|dibanding|dari)\s*(?:\p{L}{1,3}\s*=\s*)?$/iu;
const COMPARED_ANYWHERE = /\b(?:dibandingkan|dibanding|daripada|ketimbang|than|compared|lebih|more|less|higher|lower)\b/iu;
const COMPARED_WITH =
  /^\s*(?:(?:secara\s+)?(?:signifikan|nyata|sedikit|jauh)\s+)?(?:dibandingkan(?:\s+dengan)?|dibanding|daripada|ketimbang|dari|than|compared\s+(?:with|to)|relative\s+to)\b/iu;

function directionWordBefore(facts: SentenceFacts, q: Quantity): string {
  const markers = facts.markers.filter((m) => m.clause === q.clause && m.end <= q.number.start && (m.kind === 'direction' || m.kind === 'comparative'));
  const m = markers[markers.length - 1];
  return m ? facts.text.slice(m.start, m.end) : '';
}

/** A caption without its label: "Tabel 3.2 Skenario Pengujian" → "Skenario Pengujian". */
function withoutLabel(caption: string): string {
  return caption.replace(/^\s*(?:tabel|table|tab\.)\s*[\w.\-–]*[.:]?\s*/iu, '');
}

/** Whether `text` holds `word` as a whole word (not inside another). */
function containsWord(text: string, word: string): boolean {
  const inWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!inWord(text[at - 1]) && !inWord(text[at + word.length])) return true;
  }
  return false;
}
