// A long single Markdown file read in parts: split at its headings (levels 1–3) into segments,
// each parsed and checked as a file of its own (offsets from 0), as the chapters of a
// multi-file project are. Everything the engine keeps between checks is keyed by file text or
// by the objects of a file's model, so an edit in one chapter of a one-file thesis re-parses and
// re-analyses that chapter only, instead of giving every block after the edit new offsets (and
// so new objects, and everything derived from them computed again).
//
// The segments are the engine's own: a check's findings are translated back to the real file
// before anyone sees them (engine.ts), and the editor features translate what they read and
// answer (lsp/features/context.ts). A file is split only where the parse of each segment is
// exactly the parse of that part of the whole file (see splitPoints); test/engine/segments.test.ts
// checks that the findings are exactly those of the file read whole, after edits too.
import type { SourceFile, Span } from './model';
import { positionAt } from './text/source';
import { commonPrefix, commonSuffix } from './text/common';
import { deepestNesting, DEFINITION, hasLongLine, MAX_NESTING } from './parse/markdown/limits';

/** Files shorter than this are read whole (a chapter file of a project is split too when it is this long). */
export const SEGMENT_MIN_CHARS = 30_000;
/** Segments shorter than this are joined to the one before (a split per short section costs more than it saves). */
export const SEGMENT_MIN_LENGTH = 4_000;

/** Where a segment of a real file stands in it. */
export interface SegmentOrigin {
  /** The real file. */
  path: string;
  /** Offset of the segment's first character in the real file. */
  base: number;
}

/** Segment path → its origin; empty when no file was split. */
export type Segmentation = Map<string, SegmentOrigin>;

const MARK = '§';

/** The path a segment of `path` is read under: the real path, a mark and the segment's number, the real extension. */
export function segmentPath(path: string, index: number): string {
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot) : '';
  return `${path}${MARK}${index}${ext}`;
}

/** The real path of a segment path as segmentPath writes it ("" for any other path). */
export function segmentOwner(path: string): string {
  const at = path.lastIndexOf(MARK);
  if (at < 0 || !/^\d+(?:\.[^/]*)?$/.test(path.slice(at + 1))) return '';
  return path.slice(0, at);
}

/** The real file and offset of a position in a segment (unchanged when `file` is no segment). */
export function realSpan<T extends Span>(segments: Segmentation | undefined, span: T): T {
  const origin = segments?.get(span.file);
  if (!origin) return span;
  return { ...span, file: origin.path, start: span.start + origin.base, end: span.end + origin.base };
}

/** The real file a path of the manuscript stands for (itself when it is no segment). */
export function realPath(segments: Segmentation | undefined, file: string): string {
  return segments?.get(file)?.path ?? file;
}

/**
 * The segment of `path` holding `offset`, with the offset in it; undefined when `path` was not
 * split. An offset at a boundary belongs to the segment that starts there.
 */
export function segmentAt(segments: Segmentation | undefined, path: string, offset: number): { path: string; offset: number } | undefined {
  if (!segments || segments.size === 0) return undefined;
  let best: { path: string; base: number } | undefined;
  for (const [segment, origin] of segments) {
    if (origin.path !== path || origin.base > offset) continue;
    if (!best || origin.base > best.base) best = { path: segment, base: origin.base };
  }
  return best ? { path: best.path, offset: offset - best.base } : undefined;
}

/** The segments of `path` in order (empty when it was not split). */
export function segmentsOf(segments: Segmentation | undefined, path: string): { path: string; base: number }[] {
  const out: { path: string; base: number }[] = [];
  for (const [segment, origin] of segments ?? []) if (origin.path === path) out.push({ path: segment, base: origin.base });
  return out.sort((a, b) => a.base - b.base);
}

/**
 * The offsets where a Markdown text may be cut into segments, or undefined when it is read whole
 * (too short, or written so that a part of it would not parse alone as it does in the whole).
 *
 * A cut goes before an ATX heading of level 1–3 ("# BAB IV …", "## 4.2 Hasil") at the left margin that follows a
 * blank line: there CommonMark holds no open construct but those tracked here — a fenced code
 * block, a display-math block, an HTML comment — and a cut inside one of those is not made. An
 * HTML block of the other kinds ends at the blank line; a list or quote needs indentation or a
 * marker to go on. Texts with link or footnote definitions (which act across the whole
 * document), very long lines (parsed in pieces) or nesting deep enough to be read line by line
 * are read whole. A table caption just before a cut could caption a table after the heading in
 * the whole file: no cut there either.
 */
export function splitPoints(text: string, min = SEGMENT_MIN_CHARS, minLength = Math.min(SEGMENT_MIN_LENGTH, min)): number[] | undefined {
  if (text.length < min) return undefined;
  if (DEFINITION.test(text) || hasLongLine(text) || deepestNesting(text).depth > MAX_NESTING) return undefined;
  const cuts: number[] = [];
  let fence: string | undefined;
  let math = false;
  let comment = false;
  /** The closing tag of a raw HTML block (<pre>, <script>, <style>, <textarea>, CDATA, <?…?>), which ends there and not at a blank line. */
  let raw: string | undefined;
  let blankBefore = false;
  let lastText = '';
  let last = 0;
  // Front matter is the file's start up to its closing fence; YAML comments there start with "# ".
  let from = 0;
  if (/^(?:---|\+\+\+)[ \t]*\r?\n/.test(text)) {
    const close = /\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text);
    if (!close) return undefined;
    from = close.index + close[0].length;
  }
  for (let start = from; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (fence !== undefined) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
    } else if (math) {
      if (opensMath(line) || line.trimEnd().endsWith('$$')) math = false;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else if (raw !== undefined) {
      if (line.toLowerCase().includes(raw)) raw = undefined;
    } else {
      const trimmed = line.trim();
      if (blankBefore && start > 0 && /^#{1,3} \S/.test(line) && start - last >= minLength && !/\b(?:tabel|table)\b/i.test(lastText)) {
        cuts.push(start);
        last = start;
      }
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) fence = open[1];
      else if (opensMath(line) && !(line.trim().length > 3 && line.trimEnd().endsWith('$$'))) math = true;
      else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) comment = true;
      else {
        const html = /^ {0,3}<(?:(pre|script|style|textarea)(?=[\s>]|$)|(!\[CDATA\[)|(\?))/i.exec(line);
        const closing = html ? (html[1] ? `</${html[1].toLowerCase()}>` : html[2] ? ']]>' : '?>') : undefined;
        if (closing && !line.toLowerCase().slice(html![0].length).includes(closing)) raw = closing;
      }
      if (trimmed !== '') lastText = trimmed;
    }
    blankBefore = line.trim() === '';
    start = end + 1;
  }
  return cuts.length > 0 ? cuts : undefined;
}

/** The real file and 1-based line of a span's start (for messages that name a place): lines of the segments before it counted in. */
export function realLine(manuscript: { segments: Segmentation; files: Map<string, SourceFile> }, span: Span): { file: string; line: number } | undefined {
  const source = manuscript.files.get(span.file);
  if (!source) return undefined;
  const line = positionAt(source, span.start).line + 1;
  const origin = manuscript.segments.get(span.file);
  if (!origin) return { file: span.file, line };
  let before = 0;
  for (const [segment, o] of manuscript.segments) {
    if (o.path === origin.path && o.base < origin.base) before += (manuscript.files.get(segment)?.lineStarts.length ?? 1) - 1;
  }
  return { file: origin.path, line: line + before };
}

/** A line that starts a display-math block ("$$", at most three spaces in). */
function opensMath(line: string): boolean {
  const indent = line.length - line.trimStart().length;
  return indent <= 3 && line.startsWith('$$', indent);
}

/** The last text of a file and its cuts (see splitPointsAfter). */
export interface KnownCuts {
  text: string;
  min: number;
  cuts: number[] | undefined;
}

/** Characters that can open or close what splitPoints tracks, or make a line a heading, a definition or a container. */
const SIGNIFICANT = /[\n\r#`~$<>[\]:\-*+|]/;
/** Characters that make a line more than prose to splitPoints wherever they are in it (a closing fence, "$$", "-->", "</pre>"). */
const LINE_SIGNIFICANT = /[`~$<>#[\]|]/;

/**
 * splitPoints of `text`, from the cuts of the file's previous text when the edit between them
 * cannot move one: it changes no line break, leaves the start of its line as it was, adds and
 * removes none of the characters splitPoints reads (fences, math, HTML, headings, definitions,
 * list and quote markers), keeps the line short, and is on a line that names no table. Then the
 * cuts after the edit move by its length. Otherwise splitPoints reads the whole text again.
 */
export function splitPointsAfter(known: KnownCuts | undefined, text: string, min: number): number[] | undefined {
  if (!known || known.min !== min || known.cuts === undefined || text.length < min) return splitPoints(text, min);
  const old = known.text;
  const shorter = Math.min(old.length, text.length);
  const start = commonPrefix(old, text, shorter);
  const tail = commonSuffix(old, text, shorter - start);
  const removed = old.slice(start, old.length - tail);
  const added = text.slice(start, text.length - tail);
  if (SIGNIFICANT.test(removed) || SIGNIFICANT.test(added)) return splitPoints(text, min);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const oldLine = old.slice(lineStart, lineEnd - added.length + removed.length);
  // A prose line before and after: it starts with a letter (no heading, list or quote marker, no
  // fence), the edit is after that letter, and it holds nothing that opens or closes a block.
  const indent = line.length - line.trimStart().length;
  if (lineStart + indent >= start || !/^\p{L}/u.test(line.slice(indent)) || !/^\p{L}/u.test(oldLine.slice(indent)) || line.length > 20_000)
    return splitPoints(text, min);
  if (LINE_SIGNIFICANT.test(line) || LINE_SIGNIFICANT.test(oldLine) || /tabel|table/i.test(line) || /tabel|table/i.test(oldLine)) return splitPoints(text, min);
  const delta = added.length - removed.length;
  return known.cuts.map((c) => (c > start ? c + delta : c));
}
