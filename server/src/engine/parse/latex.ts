// LaTeX parser: source text in, FileModel out (headings, prose blocks with exact offsets,
// tables, citation keys, bibliography declarations, \bibitem entries, includes, metadata).
//
// The unified-latex PEG grammar tokenises (without attaching macro arguments, which we read
// ourselves to keep exact positions); see latex/chunks.ts for why the file is parsed in
// cached chunks and latex/walker.ts for what each construct becomes. Never throws: a chunk the
// grammar cannot handle falls back to a crude line-based extraction and is reported in
// `problems`.

import { emptyFileModel } from '../model';
import type { FileModel, SourceFile } from '../model';
import { parseMinimal } from '@unified-latex/unified-latex-util-parse';
import { parseChunk, scanChunkRange, scanChunks, type Chunk, type ScanOptions } from './latex/chunks';
import type * as Ast from '@unified-latex/unified-latex-types';
import { crudeExtract } from './latex/fallback';
import { carriedMetadata, LatexWalker, type WalkCarry, type WalkState } from './latex/walker';
import { IMPORT_COMMANDS, INCLUDE_COMMANDS } from './latex/vocabulary';
import { segmentPath } from '../segments';
import { commonPrefix, commonSuffix } from '../text/common';
import { say } from '../messages';

/** Models whose parse ran out of budget (read partly approximately): not worth caching. */
const partialModels = new WeakSet<FileModel>();

/** Whether `model` was cut short by the parse budget; a later parse, with more chunks cached, reads more of it properly. */
export function isPartialLatexModel(model: FileModel): boolean {
  return partialModels.has(model);
}

/**
 * How much of one file the grammar reads before the rest is read approximately: by characters, so
 * that what is found does not depend on the machine's load (3 MB: three 100k-word theses), in the
 * CLI and the language server alike. Only a grammar that runs away on some input meets the time
 * limit behind it. The language server does not cut a parse short to stay responsive: it parses
 * a file's new chunks beforehand, a slice of characters per turn of its event loop
 * (parseLatexChunks), so that the check's own parse finds them all cached.
 */
const PARSE_BUDGET_CHARS = 3_000_000;
const PARSE_LIMIT_MS = 60_000;

function emptyModel(file: SourceFile): FileModel {
  return emptyFileModel(file, 'latex');
}

function message(err: unknown): string {
  if (err instanceof RangeError) return 'nesting too deep';
  return err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : String(err).slice(0, 200);
}

/** Lengths of the model's output arrays, to roll back a chunk whose walk failed. */
function mark(model: FileModel): number[] {
  return [
    model.headings.length,
    model.blocks.length,
    model.tables.length,
    model.keyCitations.length,
    model.bibliographies.length,
    model.bibItems.length,
    model.includes.length,
  ];
}

function rollback(model: FileModel, m: number[]): void {
  model.headings.length = m[0];
  model.blocks.length = m[1];
  model.tables.length = m[2];
  model.keyCitations.length = m[3];
  model.bibliographies.length = m[4];
  model.bibItems.length = m[5];
  model.includes.length = m[6];
}

/** The grammar reads CR LF as two line ends (a paragraph break). Same-length normalisation keeps every offset: CR LF → space LF, a lone CR → LF. */
function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')) : text;
}

/**
 * Only the grammar's share of parseLatex: the same chunks parsed by the same PEG parser, with no
 * cache and no walk. The benchmark's parse floor for LaTeX. Returns the number of chunks.
 */
export function parseLatexSyntaxOnly(text: string): number {
  const normalised = normaliseLineEnds(text);
  const { chunks } = scanChunks(normalised);
  for (const chunk of chunks) {
    try {
      parseMinimal(normalised.slice(chunk.start, chunk.end));
    } catch {
      // parseLatex reads such a chunk approximately; the floor counts the attempt.
    }
  }
  return chunks.length;
}

export interface LatexParseOptions extends ScanOptions {
  /** Chunk trees of an earlier text of the same file, by chunk text: a chunk whose text is unchanged is not parsed again. */
  previous?: ReadonlyMap<string, Ast.Root>;
  /** Filled with the tree of every chunk of this text, by chunk text: the next parse's `previous`. */
  used?: Map<string, Ast.Root>;
}

/** The texts of the chunks parseLatex parses `file` in, in order (see parseLatexChunks). */
export function latexChunkTexts(file: SourceFile): string[] {
  const text = withoutUnclosedVerbatim(normaliseLineEnds(file.text), file.path, emptyModel(file));
  return scanChunks(text).chunks.map((chunk) => text.slice(chunk.start, chunk.end));
}

/**
 * Parses the chunks (latexChunkTexts) that `trees` does not hold yet into `trees`, in order,
 * stopping once `maxChars` of text were parsed. True when every chunk is held or was tried: a
 * chunk the grammar cannot read goes in `failed`, not tried again here, and is left to parseLatex
 * (which reports it). A parseLatex given `previous: trees` then parses nothing else. The language
 * server's slices of a first parse.
 */
export function parseLatexChunks(chunks: readonly string[], trees: Map<string, Ast.Root>, maxChars: number, failed: Set<string>): boolean {
  let parsed = 0;
  for (const src of chunks) {
    if (trees.has(src) || failed.has(src)) continue;
    if (parsed >= maxChars) return false;
    parsed += src.length;
    try {
      trees.set(src, parseChunk(src));
    } catch {
      failed.add(src);
    }
  }
  return true;
}

/** A string of its own with the characters of `text` (which may be a slice keeping a longer string alive). */
function ownCopy(text: string): string {
  // Concatenation makes a rope, and slicing the rope flattens it into a new string first (a
  // slice as short as 13 characters can be a view of its parent).
  return (' ' + text).slice(1);
}

/** The grammar's time and characters spent on one file's parse (the budgets of PARSE_BUDGET_CHARS and PARSE_LIMIT_MS). */
interface ParseRun {
  parseMs: number;
  parsedChars: number;
  budgetReported: boolean;
}

/**
 * Walks `chunks` of `text` (the file's normalised text; offsets in the file) into `model`, whose
 * offsets start at `base` of the file (0 for a file read whole, the segment's start otherwise).
 */
function walkChunks(
  model: FileModel,
  text: string,
  chunks: readonly Chunk[],
  base: number,
  walker: LatexWalker,
  options: LatexParseOptions,
  run: ParseRun,
): void {
  const file = model.file;
  for (const chunk of chunks) {
    if (walker.state.mode === 'after') break;
    const src = text.slice(chunk.start, chunk.end);
    const [start, end] = [chunk.start - base, chunk.end - base];
    let tree = options.previous?.get(src);
    let failure: string | undefined;
    if (tree === undefined) {
      if (run.parsedChars > PARSE_BUDGET_CHARS || run.parseMs > PARSE_LIMIT_MS) {
        if (!run.budgetReported) {
          run.budgetReported = true;
          partialModels.add(model);
          model.problems.push({
            span: { file: file.path, start, end: start },
            ...say('manuscript.latexTooLarge'),
          });
        }
      } else {
        const t0 = performance.now();
        try {
          // Parsed from a copy: the tree's strings are slices of what was parsed, and a slice of
          // the file's text would keep that whole text alive with the tree, an old one per edit.
          tree = parseChunk(ownCopy(src));
        } catch (err) {
          failure = message(err);
        }
        run.parseMs += performance.now() - t0;
        run.parsedChars += src.length;
      }
    }
    if (tree !== undefined) options.used?.set(src, tree);
    const state: WalkState = { ...walker.state };
    const before = mark(model);
    if (tree !== undefined) {
      try {
        walker.walkChunk(tree, start);
        continue;
      } catch (err) {
        failure = message(err);
        rollback(model, before);
        Object.assign(walker.state, state);
      }
    }
    if (failure !== undefined) {
      model.problems.push({
        span: { file: file.path, start, end },
        ...say('manuscript.latexUnparsable', { detail: failure }),
      });
    }
    crudeExtract(model, start, end, { prose: walker.state.mode === 'body' });
  }
}

export function parseLatex(file: SourceFile, options: LatexParseOptions = {}): FileModel {
  const model = emptyModel(file);
  try {
    // Output text is still cut from file.text.
    const text = withoutUnclosedVerbatim(normaliseLineEnds(file.text), file.path, model);
    const scan = scanChunks(text, options);
    const walker = new LatexWalker(model, scan.hasDocumentBegin);
    walkChunks(model, text, scan.chunks, 0, walker, options, { parseMs: 0, parsedChars: 0, budgetReported: false });
    model.metadata = walker.metadata();
    finish(model);
  } catch (err) {
    // Last resort (a bug in the walker outside any chunk): crude extraction of the whole file.
    const problems = model.problems;
    Object.assign(model, emptyModel(file));
    model.problems = problems;
    model.problems.push({
      span: { file: file.path, start: 0, end: 0 },
      ...say('manuscript.latexParserFailed', { detail: message(err) }),
    });
    try {
      crudeExtract(model, 0, file.text.length, { prose: true });
    } catch {
      // Nothing more to salvage.
    }
  }
  return model;
}

/** One segment of a LaTeX file read in segments (parseLatexSegments). */
export interface LatexSegment {
  /** The segment's path (segmentPath of the file's). */
  path: string;
  /** Offset of its first character in the file. */
  base: number;
  /** Its text (the file's characters from `base`). */
  text: string;
  /** Its chunks (latex/chunks.ts), offsets from `base`. */
  chunks: Chunk[];
  /** The syntax tree of each of its chunks, by chunk text (kept for the next parse). */
  trees: Map<string, Ast.Root>;
  /** What the walk carried into it, as text: with `text` and `path`, all its model depends on. */
  entry: string;
  /** What the walk carries out of it. */
  exit: WalkCarry;
  model: FileModel;
}

/** A LaTeX file read in segments. */
export interface LatexSegmentation {
  segments: LatexSegment[];
  /** The file's length. */
  length: number;
  /** Where its first \begin{document} is. */
  documentBeginAt: number;
}

/** Commands that read another file: their offsets are resolved against the file's text, so such a file is read whole. */
const READS_FILES = new RegExp(`\\\\(?:${[...INCLUDE_COMMANDS, ...IMPORT_COMMANDS].join('|')})(?![A-Za-z@])`);
/** A chunk that starts (after blank lines and white space) with a chapter, a section or a part. */
const OPENS_SECTION = /^\s*\\(?:part|chapter|section)(?![A-Za-z@])/;

/**
 * The chunks of `text` (normalised) from those of its previous reading in segments where it can:
 * the segments before and after the edit keep theirs (those after moved by the edit's length),
 * and only the text between them is scanned, from the last chunk start before the first changed
 * segment (where nothing is open, and which its text alone decides) to the start of the next
 * unchanged one, which must be a chunk start of the new scan too (scanChunkRange). Otherwise, or with nothing before, the whole text is scanned.
 */
function chunksAfter(text: string, before: LatexSegmentation | undefined, options: ScanOptions): { chunks: Chunk[]; documentBeginAt?: number } {
  const whole = () => {
    const scan = scanChunks(text, options);
    return { chunks: scan.chunks, ...(scan.documentBeginAt !== undefined ? { documentBeginAt: scan.documentBeginAt } : {}) };
  };
  if (!before) return whole();
  const old = before.segments;
  const delta = text.length - before.length;
  let a = 0;
  while (a < old.length && holdsAt(text, old[a].base, old[a].text)) a++;
  if (a === old.length) a = old.length - 1;
  let b = old.length - 1;
  while (b > a && old[b].base + delta >= old[a].base && holdsAt(text, old[b].base + delta, old[b].text)) b--;
  // From the last chunk start of the scan (not a piece of a long chunk) before the changed segment:
  // the segment's own start may be a chunk start only because of the sectioning command it opens
  // with, which the edit may have changed.
  let kept = 0;
  if (a > 0) {
    kept = old[a - 1].chunks.length - 1;
    while (kept > 0 && !old[a - 1].chunks[kept].hardStart) kept--;
  }
  const from = a > 0 ? old[a - 1].base + old[a - 1].chunks[kept].start : old[a].base;
  const oldTo = b + 1 < old.length ? old[b + 1].base : before.length;
  const to = b + 1 < old.length ? oldTo + delta : undefined;
  if (to !== undefined && to <= from) return whole();
  const region = scanChunkRange(text, options, from, to);
  if (!region) return whole();
  let documentBeginAt: number | undefined;
  if (before.documentBeginAt < from) documentBeginAt = before.documentBeginAt;
  else if (region.documentBeginAt !== undefined) documentBeginAt = region.documentBeginAt;
  else if (before.documentBeginAt >= oldTo) documentBeginAt = before.documentBeginAt + delta;
  else return whole();
  const chunks: Chunk[] = [];
  const moved = (segment: LatexSegment, base: number) => {
    for (const c of segment.chunks) chunks.push({ start: c.start + base, end: c.end + base, hardStart: c.hardStart });
  };
  for (let k = 0; k < a; k++) moved(old[k], old[k].base);
  if (a > 0) chunks.length -= old[a - 1].chunks.length - kept;
  chunks.push(...region.chunks);
  for (let k = b + 1; k < old.length; k++) moved(old[k], old[k].base + delta);
  return { chunks, documentBeginAt };
}

/**
 * Whether `text` holds `part` at `at`. Compared as a slice: V8 compares two flat strings as
 * memory, where startsWith reads them character by character (a few milliseconds over a thesis).
 */
function holdsAt(text: string, at: number, part: string): boolean {
  return at >= 0 && at + part.length <= text.length && text.slice(at, at + part.length) === part;
}

/** Characters an edit must neither add nor remove, nor have near it, to be quiet (see quietEdit). */
const LOUD = /[\\%{}\r\n]/;
const LOUD_NEAR = /[\\%{}]/;
/** How far from an edit a quiet edit has no command, brace or comment sign: more than any match of READS_FILES and any verbatim closer. */
const QUIET_MARGIN = 64;

/**
 * Whether the edit from the text `previous` was read from to `text` is quiet: it adds and removes
 * no backslash, brace, percent sign or line break, and there is none of the first three within
 * QUIET_MARGIN characters of it (white space around it skipped first). Then no match of
 * READS_FILES and no verbatim opener or closer can start or end inside the edit (a command starts
 * with a backslash close before it; the only unbounded part of an opener is the white space before
 * its brace, which the skip crosses), no line's comment changes, and the two texts have the same
 * commands, shifted: the previous text's verdicts — it reads no file, every verbatim is closed —
 * hold for this one.
 */
function quietEdit(text: string, previous: LatexSegmentation): boolean {
  const old = previous.segments;
  const delta = text.length - previous.length;
  // The common start: whole segments, then the first that differs character by character.
  let start: number;
  let k = 0;
  while (k < old.length && holdsAt(text, old[k].base, old[k].text)) k++;
  if (k === old.length) start = previous.length;
  else start = old[k].base + commonPrefix(old[k].text, text.slice(old[k].base, old[k].base + old[k].text.length));
  // The common end, at most what is left of the shorter text after the common start.
  const limit = Math.min(previous.length, text.length) - start;
  let end = 0;
  for (let j = old.length - 1; j >= 0 && end < limit; j--) {
    const at = old[j].base + delta;
    if (holdsAt(text, at, old[j].text)) {
      end += old[j].text.length;
      continue;
    }
    const from = Math.max(0, at);
    end += commonSuffix(old[j].text, text.slice(from, at + old[j].text.length));
    break;
  }
  end = Math.min(end, limit);
  const addedEnd = text.length - end;
  if (LOUD.test(text.slice(start, addedEnd))) return false;
  // What was removed: the previous text from `start` to its common end, read from its segments.
  const removedEnd = previous.length - end;
  for (const segment of old) {
    const from = Math.max(start, segment.base);
    const to = Math.min(removedEnd, segment.base + segment.text.length);
    if (from < to && LOUD.test(segment.text.slice(from - segment.base, to - segment.base))) return false;
  }
  let left = start;
  while (left > 0 && /\s/.test(text[left - 1])) left--;
  let right = addedEnd;
  while (right < text.length && /\s/.test(text[right])) right++;
  return !LOUD_NEAR.test(text.slice(Math.max(0, left - QUIET_MARGIN), right + QUIET_MARGIN));
}

/**
 * A long LaTeX file read in parts, as a long Markdown file is (segments.ts): cut before the
 * chunks (latex/chunks.ts) that open a \part, \chapter or \section, each part a file of its own
 * with offsets from 0. The walk of a chunk depends on the chunks before it only through what the
 * walker carries (WalkCarry), so segment k is walked from the carry out of segment k−1 and gives
 * exactly that part of the whole file's model. A segment whose path, text and entry carry are
 * those of `previous` keeps its model (the same object) without a walk: an edit walks the
 * segment it is in, and those after it only when it changed what they are walked from (an
 * \appendix, an unclosed \iffalse). The first segment's metadata is the whole file's. Chunk trees
 * are kept with the segments; `trees` (the chunks parsed beforehand, ParseCache.prepareLatex)
 * are read for chunks no previous segment holds.
 *
 * Undefined (read the file whole) when the file is shorter than `min`, longer than the parse
 * budget, includes other files, has an unclosed verbatim environment or no \begin{document}, or
 * has nowhere to be cut.
 */
export function parseLatexSegments(
  path: string,
  text: string,
  min: number,
  minLength: number,
  sourceOf: (path: string, text: string) => SourceFile,
  previous: LatexSegmentation | undefined,
  trees?: ReadonlyMap<string, Ast.Root>,
  options: ScanOptions = {},
): LatexSegmentation | undefined {
  if (text.length < min || text.length > PARSE_BUDGET_CHARS) return undefined;
  // The previous text was read in segments, so it read no file and closed every verbatim: an edit
  // far from any command, brace and comment keeps both (see quietEdit).
  const quiet = previous !== undefined && quietEdit(text, previous);
  if (!quiet && READS_FILES.test(text)) return undefined;
  const normalised = normaliseLineEnds(text);
  const probe = emptyModel({ path, text: '', lineStarts: [0] } as SourceFile);
  if (!quiet && withoutUnclosedVerbatim(normalised, path, probe) !== normalised) return undefined;
  const scan = chunksAfter(normalised, previous, options);
  if (scan.documentBeginAt === undefined) return undefined;
  const starts = [0];
  for (let i = 1; i < scan.chunks.length; i++) {
    const chunk = scan.chunks[i];
    if (!chunk.hardStart || chunk.start - starts[starts.length - 1] < minLength) continue;
    if (OPENS_SECTION.test(normalised.slice(chunk.start, Math.min(chunk.end, chunk.start + 200)))) starts.push(chunk.start);
  }
  if (starts.length < 2) return undefined;
  const old = previous?.segments;
  // A chunk's tree from the segment at the same place before, else from any segment before, else from those parsed beforehand.
  let all: Map<string, Ast.Root> | undefined;
  const treeOf = (k: number, src: string): Ast.Root | undefined => {
    const own = old?.[k]?.trees.get(src);
    if (own !== undefined) return own;
    if (old && all === undefined) {
      all = new Map();
      for (const segment of old) for (const [key, tree] of segment.trees) all.set(key, tree);
    }
    return all?.get(src) ?? trees?.get(src);
  };
  const segments: LatexSegment[] = [];
  const run: ParseRun = { parseMs: 0, parsedChars: 0, budgetReported: false };
  let carry: WalkCarry | undefined;
  /** The previous segment whose exit `carry` is (kept unchanged), if any. */
  let carriedFrom: LatexSegment | undefined;
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const base = starts[k];
    const end = starts[k + 1] ?? text.length;
    const segment = segmentPath(path, k);
    const segmentText = text.slice(base, end);
    const before = old?.[k];
    // Carried out of the segment before this one in the previous reading, unchanged: this one's entry then is what it was.
    const entry = carry === undefined ? '' : before && k > 0 && carriedFrom === old?.[k - 1] ? before.entry : JSON.stringify(carry);
    const chunks: Chunk[] = [];
    while (next < scan.chunks.length && scan.chunks[next].start < end) chunks.push(scan.chunks[next++]);
    if (before && before.path === segment && before.entry === entry && before.text === segmentText && !isPartialLatexModel(before.model)) {
      segments.push({ ...before, base });
      carry = before.exit;
      carriedFrom = before;
      continue;
    }
    carriedFrom = undefined;
    // The segment's own text (a slice would keep the whole text alive with the segment).
    const model = emptyModel(sourceOf(segment, segmentText));
    const walker = new LatexWalker(model, true, carry);
    const used = new Map<string, Ast.Root>();
    walkChunks(model, normalised, chunks, base, walker, { previous: { get: (src: string) => treeOf(k, src) } as ReadonlyMap<string, Ast.Root>, used }, run);
    finish(model);
    const exit = walker.carry();
    const relative = chunks.map((c) => ({ start: c.start - base, end: c.end - base, hardStart: c.hardStart }));
    // Keys of their own too (a chunk's text is a slice of the whole text).
    const kept = new Map<string, Ast.Root>();
    for (const [src, tree] of used) kept.set(ownCopy(src), tree);
    segments.push({ path: segment, base, text: model.file.text, chunks: relative, trees: kept, entry, exit, model });
    carry = exit;
  }
  // The file's metadata (read from its preamble) with its first segment, as a model of the whole file has it.
  const metadata = carriedMetadata(carry!);
  const first = segments[0];
  if (JSON.stringify(first.model.metadata) !== JSON.stringify(metadata)) {
    const model: FileModel = first.model === old?.[0]?.model ? { ...first.model } : first.model;
    model.metadata = metadata;
    segments[0] = { ...first, model };
  }
  return { segments, length: text.length, documentBeginAt: scan.documentBeginAt };
}

const VERBATIM_BEGIN = /\\begin\s*\{(verbatim\*?|filecontents\*?|comment|lstlisting|minted|Verbatim)\}/g;

/**
 * The text with the opener of every verbatim environment that is never closed blanked out (same
 * length, so every offset holds), each reported at its opener: unclosed, it would make the rest
 * of the file code, hiding its chapters and citations.
 */
function withoutUnclosedVerbatim(text: string, path: string, model: FileModel): string {
  if (!text.includes('\\begin')) return text;
  let out = text;
  VERBATIM_BEGIN.lastIndex = 0;
  for (let m = VERBATIM_BEGIN.exec(text); m !== null; m = VERBATIM_BEGIN.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/(?<!\\)%/.test(text.slice(lineStart, m.index))) continue;
    const closing = `\\end{${m[1]}}`;
    const closedAt = text.indexOf(closing, m.index + m[0].length);
    if (closedAt >= 0) {
      VERBATIM_BEGIN.lastIndex = closedAt + closing.length;
      continue;
    }
    // The opener with its arguments (\begin{lstlisting}[language=Python], \begin{minted}{python}).
    const args = /^(?:\s*\[[^\]\n]*\])?(?:\s*\{[^}\n]*\})?/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    const end = m.index + m[0].length + (m[1] === 'minted' || args.trimStart().startsWith('[') ? args.length : 0);
    model.problems.push({
      span: { file: path, start: m.index, end },
      code: 'manuscript/unclosed-block', // codes.ts: UNCLOSED_BLOCK
      ...say('manuscript.unclosedVerbatim', { environment: m[1], closing }),
    });
    out = out.slice(0, m.index) + ' '.repeat(end - m.index) + out.slice(end);
  }
  return out;
}

function finish(model: FileModel): void {
  // Footnotes and cells are emitted before the paragraph that holds them; keep document order.
  model.blocks.sort((a, b) => a.start - b.start);
  for (const table of model.tables) {
    if (table.number === undefined && table.latexLabel !== undefined) table.number = table.latexLabel;
  }
}
