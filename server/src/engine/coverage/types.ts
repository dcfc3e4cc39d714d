// The coverage matrices: for each framework a manuscript uses, which of its dimensions each part
// of the manuscript names, and for the manuscript's own research questions (with the objectives
// that mirror them) and hypotheses, which parts answer or report each; with the evidence. One
// structure for all (CoverageMatrix: rows × columns of cells). Part of the engine's output
// (CheckResult.coverage) for reports and hovers; the coverage/* checks read it.
import type { Lang, Span } from '../model';
import type { Message } from '../messages/types';
import type { Framework } from '../frameworks/schema';
import type { DimensionRow } from './phraseMatcher';

export type { DimensionRow } from './phraseMatcher';

/** A place where a dimension (or a hint of it) was found. */
export interface Evidence extends Span {
  /** The words as written in the plain text ("Kepemimpinan fasilitatif"). */
  text: string;
  /**
   * 'name' and 'variant' name the dimension (or, for an item, enough of its content words); a
   * 'hint' only points at it; 'reference' is an explicit reference to an item ("rumusan masalah
   * pertama", "H2 diterima"); 'aggregate' speaks of all items at once ("semua hipotesis diterima").
   */
  match: 'name' | 'variant' | 'hint' | 'reference' | 'aggregate';
  /** Found in a section heading rather than in prose. */
  heading: boolean;
  /** The manuscript section it is in. */
  section: number;
}

export type ColumnKind = 'abstract' | 'theory' | 'methods' | 'results' | 'conclusion';

/** A part of the manuscript that is checked on its own: one abstract, or one chapter role. */
export interface CoverageColumn {
  /** "abstract-2" (the section index), "theory", "methods", "results", "conclusion". */
  id: string;
  kind: ColumnKind;
  /** "ABSTRAK", "Abstract", "the results", … (English; `name` renders it in either language). */
  title: string;
  /** The title as a catalogue message: a written heading as it stands, a part thesislint names in the reader's language. */
  name: Message;
  lang?: Lang;
  sections: number[];
  /** Where findings about the whole column go: the heading of its first section, else its first paragraph. */
  anchor?: Span;
  /** Prose blocks in the column (an abstract with none is not judged). */
  blockCount: number;
}

/**
 * How a column covers one row:
 * - 'named': the dimension itself is named (one of its names or variants); for an item, a
 *   sentence (or two in a row) names enough of its content words (and, for a hypothesis, reports
 *   an outcome);
 * - 'sub-dimensions': not named, but two or more of its sub-dimensions are (a single stage such
 *   as "membangun kepercayaan" is ordinary vocabulary; two stages walk through the process);
 * - 'referenced': the item is referred to explicitly ("rumusan masalah kedua", "RQ2", "H2 diterima");
 * - 'aggregate': all items are spoken of at once ("semua hipotesis diterima");
 * - 'hinted': only hints ("kelembagaan"), a single sub-dimension, or some of an item's words: not covered;
 * - 'unknown': cannot tell: the column is in the other language and too few of the item's words
 *   have a known translation, or it is an abstract of next to no prose (never reported);
 * - 'absent': nothing at all.
 */
export type CoverageStatus = 'named' | 'sub-dimensions' | 'referenced' | 'aggregate' | 'hinted' | 'unknown' | 'absent';

export interface CoverageCell {
  status: CoverageStatus;
  /**
   * Items only: the share of the item's content words (by weight) that the best window holds, 0–1;
   * 0 when no window holds a word that tells the item apart from the others of its list.
   */
  score?: number;
  /** Where the dimension is named (its sub-dimensions' evidence is in their own rows). */
  evidence: Evidence[];
  hints: Evidence[];
}

export type DetectionSignal = 'pinned' | 'citation' | 'mention' | 'statement' | 'concept' | 'results-headings' | 'term-density';

export interface Statement extends Span {
  /** The sentence as written in the plain text. */
  text: string;
  section: number;
  /** Named by a mention or citation of the framework (not only its general concept). */
  specific: boolean;
  /** About this study ("penelitian ini menggunakan …"), not about an earlier one. */
  ownStudy: boolean;
}

export interface Detection {
  /** 'pinned' by configuration, or 'detected' from the manuscript. */
  status: 'pinned' | 'detected';
  signals: DetectionSignal[];
  citations: Span[];
  mentions: Evidence[];
  concepts: Evidence[];
  /** Sentences saying the study uses the framework ("menggunakan teori … menurut Ansell dan Gash"). */
  statements: Statement[];
  /** Distinct dimensions and sub-dimensions named anywhere outside the reference list. */
  distinctDimensions: number;
  /** Distinct dimensions and sub-dimensions named in results or discussion headings. */
  resultsHeadingDimensions: number;
}

/** A dimension the results discuss, with where. */
export interface DiscussedDimension {
  row: number;
  /** Headings first, then paragraphs. */
  evidence: Evidence[];
}

/**
 * What a matrix is of: a framework of the catalogue or configuration, a framework the manuscript
 * defines in its theory chapter, its research questions (with their objectives), its hypotheses,
 * the coded variables of its quantitative design (X1, X2 … → Y, Z).
 */
export type MatrixKind = 'framework' | 'derived-framework' | 'questions' | 'hypotheses' | 'variables';

/** Rows (dimensions or items) × columns (parts of the manuscript), each cell with its evidence. */
export interface CoverageMatrix {
  kind: MatrixKind;
  /** The framework's id, or "research-questions" / "hypotheses" / "variables". */
  id: string;
  /** How messages and reports name it: "Ansell & Gash (2008)", "the research questions". */
  name: string;
  rows: DimensionRow[];
  columns: CoverageColumn[];
  /** cells[row][column], in the order of `rows` and `columns`. */
  cells: CoverageCell[][];
}

export interface FrameworkCoverage extends CoverageMatrix {
  kind: 'framework' | 'derived-framework';
  framework: Framework;
  detection: Detection;
  /**
   * The units the results discuss and the other parts should name: every top-level dimension
   * named in a results heading, in two or more results paragraphs, or through two of its
   * sub-dimensions. When results headings name two or more sub-dimensions of one dimension
   * and none names the dimension itself (a results chapter organised by Ansell & Gash's
   * stages), those sub-dimensions replace their parent as units.
   */
  discussed: DiscussedDimension[];
  /** Top-level dimensions the results never mention at all, not even by a hint or a sub-dimension. */
  absentFromResults: number[];
  /**
   * The first statement in the theory or methods chapter that this study uses the framework,
   * naming it specifically ("Penelitian ini menggunakan teori implementasi Edward III").
   */
  commitment?: Statement;
}

/** One statement of an item as the manuscript writes it: a question, an objective or a hypothesis. */
export interface ItemStatement extends Span {
  /** A variable: its name, labelled with its code ("X1"). */
  kind: 'question' | 'objective' | 'hypothesis' | 'variable';
  /** Its number in its list (or its label's: H2 → 2). */
  number: number;
  /** The label as written ("H1", "RQ2"), if any. */
  label?: string;
  /** The statement as written (plain text). */
  text: string;
  section: number;
  /** A hypothesis stated as an H0/Ha pair: the null's statement. */
  nullText?: string;
}

/** A row of an items matrix: one research question (with the objective that mirrors it), one objective, one hypothesis, or one variable. */
export interface ItemRow extends DimensionRow {
  /** The question first, then the objective that mirrors it; or the hypothesis. */
  statements: ItemStatement[];
  /**
   * Where a section in no part of the matrix (no role of its own: "## Hasil Uji Validitas" at the
   * level of the chapters) after the items are stated covers the item; the results are then not
   * said to leave it out.
   */
  addressedOutside?: Evidence;
}

export interface ItemCoverage extends CoverageMatrix {
  kind: 'questions' | 'hypotheses' | 'variables';
  rows: ItemRow[];
  /** Hypotheses stated as H0/H1 pairs, one pair per test ("H1 diterima" then names no hypothesis by number). */
  pairs: boolean;
}

export interface CoverageReport {
  /** Frameworks of the catalogue or configuration, and those the manuscript defines itself. */
  frameworks: FrameworkCoverage[];
  /** The manuscript's research questions (with their objectives), hypotheses and coded variables, when it states any. */
  items: ItemCoverage[];
}

/** Every matrix of a report: frameworks first, then questions and hypotheses. */
export function matricesOf(report: CoverageReport): CoverageMatrix[] {
  return [...report.frameworks, ...report.items];
}
