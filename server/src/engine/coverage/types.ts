// The coverage matrix: for each framework a manuscript uses, which of its dimensions each part
// of the manuscript names, with the evidence. Part of the engine's output (CheckResult.coverage)
// for reports and hovers; the coverage/* checks read it.
import type { Lang, Span } from '../model';
import type { Framework } from '../frameworks/schema';
import type { DimensionRow } from './phraseMatcher';

export type { DimensionRow } from './phraseMatcher';

/** A place where a dimension (or a hint of it) was found. */
export interface Evidence extends Span {
  /** The words as written in the plain text ("Kepemimpinan fasilitatif"). */
  text: string;
  /** 'name' and 'variant' name the dimension; a 'hint' only points at it. */
  match: 'name' | 'variant' | 'hint';
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
  /** "ABSTRAK", "Abstract", "the results", … */
  title: string;
  lang?: Lang;
  sections: number[];
  /** Where findings about the whole column go: the heading of its first section, else its first paragraph. */
  anchor?: Span;
  /** Prose blocks in the column (an abstract with none is not judged). */
  blockCount: number;
}

/**
 * How a column covers one dimension:
 * - 'named': the dimension itself is named (one of its names or variants);
 * - 'sub-dimensions': not named, but two or more of its sub-dimensions are (a single stage such
 *   as "membangun kepercayaan" is ordinary vocabulary; two stages walk through the process);
 * - 'hinted': only hints ("kelembagaan"), or a single sub-dimension: not covered;
 * - 'absent': nothing at all.
 */
export type CoverageStatus = 'named' | 'sub-dimensions' | 'hinted' | 'absent';

export interface CoverageCell {
  status: CoverageStatus;
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

export interface FrameworkCoverage {
  framework: Framework;
  detection: Detection;
  rows: DimensionRow[];
  columns: CoverageColumn[];
  /** cells[row][column], in the order of `rows` and `columns`. */
  cells: CoverageCell[][];
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

export interface CoverageReport {
  frameworks: FrameworkCoverage[];
}
