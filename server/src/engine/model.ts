// The manuscript model: built once per document version and read by every check.
// Everything here is plain data with source offsets (UTF-16 code units, as JavaScript strings
// and LSP positions count them) into the file named by `file`. No editor or protocol types.

export type Lang = 'id' | 'en';
export type Markup = 'markdown' | 'latex';

export type SectionRole =
  | 'front'
  | 'abstract'
  | 'introduction'
  | 'theory'
  | 'methods'
  | 'results'
  | 'discussion'
  | 'conclusion'
  | 'acknowledgements'
  | 'references'
  | 'appendix'
  | 'other';

/** A source file with its text; `lineStarts` lets adapters turn offsets into line/character. */
export interface SourceFile {
  path: string;
  text: string;
  lineStarts: number[];
}

/** A span in one file. `end` is exclusive. */
export interface Span {
  file: string;
  start: number;
  end: number;
}

/** A heading as found in one file, before the manuscript assigns roles and nesting. */
export interface Heading extends Span {
  /** Heading text without markup, numbering kept ("BAB IV HASIL DAN PEMBAHASAN"). */
  title: string;
  /** 1 = chapter/top level. Bold-only lines get the level their numbering suggests. */
  level: number;
  /** True when the heading is a starred/unnumbered command or a bold line acting as heading. */
  implicit?: boolean;
  /** Set by a parser that knows the role from markup (e.g. \begin{abstract}). */
  role?: SectionRole;
  lang?: Lang;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'caption' | 'quote' | 'footnote';

/**
 * A run of prose as plain text, with a map from every character back to its source offset.
 * `offsets[i]` is the source offset of `text[i]`; `offsets[text.length]` is the source offset
 * just after the last character (so a plain range [a, b) maps to source [offsets[a], offsets[b-1]+1)).
 * Markup (emphasis, links, HTML tags, LaTeX macros) is removed; inline code and math become
 * neither words nor citations (they are dropped or replaced by a single space).
 */
// placedBlock (manuscript.ts) copies a block field by field: a new field must be added there too.
export interface TextBlock {
  file: string;
  kind: BlockKind;
  text: string;
  offsets: number[];
  /** Source span of the whole block. */
  start: number;
  end: number;
}

export interface TableCell extends Span {
  text: string;
  /** Columns the cell spans (LaTeX \multicolumn, HTML colspan); 1 when absent. */
  colSpan?: number;
  /** Rows the cell spans (LaTeX \multirow, HTML rowspan): the cells below it in its column are left empty. */
  rowSpan?: number;
}

export interface Table extends Span {
  /** "Tabel 1", "Table 4.1", "Tabel III.1" as written, if a caption was found. */
  label?: string;
  /** The number part of the label ("1", "4.1", "III.1"), or a LaTeX \label{tab:…} key. */
  number?: string;
  caption?: string;
  captionSpan?: Span;
  latexLabel?: string;
  rows: TableCell[][];
  /** How many leading rows are header rows (0 when none could be recognised). */
  headerRows: number;
}

/** A key-based citation: Pandoc `[@key]`, `@key`, `[-@key]`, or a LaTeX \cite-family key. */
export interface KeyCitation extends Span {
  key: string;
  /** The command (`\citep`) or `pandoc`. */
  command: string;
  /** `\nocite` or `\nocite{*}`: counts as use, never reported as missing position text. */
  nocite?: boolean;
}

/** A bibliography file the manuscript declares (front matter, project file, \bibliography…). */
export interface BibliographyDeclaration extends Span {
  /** The path as written. */
  written: string;
  /** The path with a default extension added (.bib); the manuscript resolves it against the right folder. */
  path: string;
}

/** An entry of a `thebibliography` environment. */
export interface BibItem extends Span {
  key: string;
  /** The optional argument of \bibitem[…] (natbib: "Author(Year)"), if any. */
  label?: string;
  /** Plain text of the entry body, with offsets. */
  body: TextBlock;
}

/** An `\input`/`\include`/`\subfile` seen in a LaTeX file, in document order. */
export interface IncludeDirective extends Span {
  written: string;
  command: string;
}

/** A `\documentclass` or `\usepackage` (`\RequirePackage`) name: a local .cls or .sty file may declare the bibliography. */
export interface PackageUse extends Span {
  written: string;
  kind: 'class' | 'package';
}

/** What a parser returns for one file. */
export interface FileModel {
  file: SourceFile;
  markup: Markup;
  headings: Heading[];
  blocks: TextBlock[];
  tables: Table[];
  keyCitations: KeyCitation[];
  bibliographies: BibliographyDeclaration[];
  bibItems: BibItem[];
  includes: IncludeDirective[];
  /** LaTeX classes and packages the file loads (read for local .cls/.sty files). */
  packages: PackageUse[];
  /** Front matter / metadata values that matter to the engine (e.g. lang). */
  metadata: Record<string, unknown>;
  /**
   * Problems the parser met (unreadable construct, etc.): reported, never thrown; as
   * `manuscript/parse-problem` unless `code` names another engine code.
   */
  problems: { span: Span; message: string; code?: string }[];
}

/** A file model with nothing in it yet; parsers fill it. */
export function emptyFileModel(file: SourceFile, markup: Markup): FileModel {
  return {
    file,
    markup,
    headings: [],
    blocks: [],
    tables: [],
    keyCitations: [],
    bibliographies: [],
    bibItems: [],
    includes: [],
    packages: [],
    metadata: {},
    problems: [],
  };
}
