// Splits a LaTeX file into independently parsable chunks and parses them with unified-latex,
// caching the syntax tree of every chunk by its text.
//
// Why: the unified-latex PEG parser costs a few microseconds per character (≈0.3 s for an
// 80 kB chapter), and the language server re-parses on every keystroke. Chunks end at blank
// lines outside any group or environment (TeX cannot carry an open group, inline math or an
// environment across such a point without it being one chunk anyway), so an edit only
// re-parses the paragraph it touches; every other chunk comes from the cache.

import { parseMinimal } from '@unified-latex/unified-latex-util-parse';
import type * as Ast from '@unified-latex/unified-latex-types';
import { SECTIONING_COMMANDS } from './vocabulary';

export interface Chunk {
  start: number;
  end: number;
  /** False when the chunk was cut out of an oversized chunk at a line end (not a paragraph break). */
  hardStart: boolean;
}

export interface ChunkScan {
  chunks: Chunk[];
  /** The file has `\begin{document}` outside comments and verbatim: text before it is preamble. */
  hasDocumentBegin: boolean;
  /** Where the first such `\begin{document}` is (undefined when there is none). */
  documentBeginAt?: number;
}

/** Environments the PEG grammar reads verbatim; the scanner must skip them the same way. */
const PEG_VERBATIM_ENVS = new Set(['verbatim', 'verbatim*', 'filecontents', 'filecontents*', 'comment', 'lstlisting', 'minted']);

/** A chunk larger than this is cut further at line ends (pathological or unbalanced input). */
const MAX_CHUNK = 120_000;
/** Target size of the pieces an oversized chunk is cut into. */
const PIECE = 40_000;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Reads `{name}` (after optional spaces) at `from`; returns the name and the offset after `}`. */
function readBracedName(text: string, from: number): { name: string; end: number } | null {
  let k = from;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (text[k] !== '{') return null;
  const close = text.indexOf('}', k + 1);
  if (close < 0 || close - k > 64) return null;
  return { name: text.slice(k + 1, close).trim(), end: close + 1 };
}

/**
 * Sectioning commands end the paragraph before them, so a chunk may end before one that starts a
 * line outside any group or environment: files written without blank lines (some are, CR LF and
 * all) would otherwise be one chunk, and the grammar's memo table grows with the chunk (a 47 kB
 * chapter in one piece took ~90 MB and 0.4 s to parse, and each keystroke re-parsed all of it).
 */

export interface ScanOptions {
  /** Also end chunks before sectioning commands (default true; false only to test that it changes nothing). */
  sections?: boolean;
}

export function scanChunks(text: string, options: ScanOptions = {}): ChunkScan {
  return scanChunkRange(text, options, 0)!;
}

/**
 * The chunks scanChunks finds in text[from, to), `from` being a chunk start of a scan of the
 * whole text (where nothing is open), or undefined when `to` is not a chunk start of that scan
 * (an edit before it left something open, or it is inside a chunk): past a chunk start where
 * nothing is open, the scan depends on the text after it only. Without `to`, to the end.
 * `documentBeginAt` is the first `\begin{document}` in the range.
 */
export function scanChunkRange(text: string, options: ScanOptions, from: number, to?: number): ChunkScan | undefined {
  const sections = options.sections ?? true;
  const n = text.length;
  const raw: Chunk[] = [];
  let depth = 0;
  let env = 0;
  /** Inside $…$ or $$…$$ (a section command there is math text to the parser, not a heading). */
  let math = false;
  let start = from;
  let documentBeginAt: number | undefined;
  let i = from;
  // A chunk starts at `to` when the scan cuts there: at a paragraph break before it, or before a
  // sectioning command on the line it starts.
  const last = to === undefined ? n : text.indexOf('\n', to) < 0 ? n : text.indexOf('\n', to);
  while (i < n) {
    if (to !== undefined) {
      if (start === to) break;
      if (start > to || i > last) return undefined;
    }
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      if (j === i + 1) {
        // Control symbol (\{, \%, \\): never opens anything.
        i += 2;
        continue;
      }
      const name = text.slice(i + 1, j);
      if (sections && depth === 0 && env === 0 && !math && SECTIONING_COMMANDS.has(name) && i > start && startsLine(text, i)) {
        const lineStart = text.lastIndexOf('\n', i - 1) + 1;
        if (lineStart > start) {
          raw.push({ start, end: lineStart, hardStart: true });
          start = lineStart;
        }
      }
      if (name === 'begin' || name === 'end') {
        const m = readBracedName(text, j);
        if (m) {
          j = m.end;
          if (name === 'begin') {
            if (m.name === 'document') documentBeginAt ??= i;
            else if (PEG_VERBATIM_ENVS.has(m.name)) {
              const closing = '\\end{' + m.name + '}';
              const at = text.indexOf(closing, j);
              j = at < 0 ? n : at + closing.length;
            } else env++;
            // `document` is not counted: it spans the whole body and would prevent any split.
          } else if (m.name !== 'document' && env > 0) env--;
        }
      } else if (name === 'verb') {
        let k = j;
        if (text[k] === '*') k++;
        const d = text[k];
        if (d !== undefined && d !== '\n' && !isLetter(text.charCodeAt(k))) {
          const close = text.indexOf(d, k + 1);
          const eol = text.indexOf('\n', k + 1);
          if (close >= 0 && (eol < 0 || close < eol)) j = close + 1;
        }
      }
      i = j;
      continue;
    }
    if (c === 37 /* % */) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    if (c === 36 /* $ */) {
      math = !math;
      i += text.charCodeAt(i + 1) === 36 ? 2 : 1;
      continue;
    }
    if (c === 123) depth++;
    else if (c === 125) {
      if (depth > 0) depth--;
    } else if (c === 10 && depth === 0 && env === 0) {
      let k = i + 1;
      while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
      if (k < n && text.charCodeAt(k) === 10) {
        // A paragraph break ends math too (TeX stops there with an error).
        math = false;
        raw.push({ start, end: i + 1, hardStart: true });
        start = i + 1;
        i = k + 1;
        continue;
      }
    }
    i++;
  }
  if (to !== undefined) {
    if (start !== to) return undefined;
  } else if (start < n || raw.length === 0) raw.push({ start, end: n, hardStart: true });

  const chunks: Chunk[] = [];
  for (const ch of raw) {
    if (ch.end - ch.start <= MAX_CHUNK) chunks.push(ch);
    else splitLarge(text, ch, chunks);
  }
  return { chunks, hasDocumentBegin: documentBeginAt !== undefined, ...(documentBeginAt !== undefined ? { documentBeginAt } : {}) };
}

/** Whether only spaces and tabs stand between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Cuts an oversized chunk at line ends outside groups, else at any white space, else anywhere. */
function splitLarge(text: string, ch: Chunk, out: Chunk[]): void {
  let pieceStart = ch.start;
  let hard = ch.hardStart;
  let depth = 0;
  let lastSpace = -1;
  for (let i = ch.start; i < ch.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    if (c === 123) depth++;
    else if (c === 125) {
      if (depth > 0) depth--;
    } else if (c === 10 || c === 32 || c === 9) {
      lastSpace = i;
      const size = i + 1 - pieceStart;
      if (c === 10 && depth === 0 && size >= PIECE) {
        out.push({ start: pieceStart, end: i + 1, hardStart: hard });
        pieceStart = i + 1;
        hard = false;
        lastSpace = -1;
        continue;
      }
    }
    if (i + 1 - pieceStart >= 2 * PIECE) {
      const cut = lastSpace > pieceStart ? lastSpace + 1 : i + 1;
      out.push({ start: pieceStart, end: cut, hardStart: hard });
      pieceStart = cut;
      hard = false;
      lastSpace = -1;
      depth = 0;
    }
  }
  if (pieceStart < ch.end) out.push({ start: pieceStart, end: ch.end, hardStart: hard });
}

// ---- cache -------------------------------------------------------------------------------

/** Parses `src` with the unified-latex PEG grammar (no macro argument attachment). Throws on failure. */
export function parseChunk(src: string): Ast.Root {
  return compactPositions(parseMinimal(src));
}

/**
 * One `{ offset }` object per offset, shared by every tree: a kept chunk tree needs only the
 * offsets of its nodes (latex/nodes.ts), and the grammar gives each node three objects for its
 * position (start and end with offset, line and column) — over a third of the language server's
 * heap on a 100k-word thesis, whose trees it keeps for incremental parsing.
 */
const OFFSETS: { readonly offset: number }[] = [];

function offsetObject(offset: number): { readonly offset: number } {
  let o = OFFSETS[offset];
  if (o === undefined) {
    for (let k = OFFSETS.length; k <= offset; k++) OFFSETS.push(Object.freeze({ offset: k }));
    o = OFFSETS[offset];
  }
  return o;
}

/** Replaces every node's position by one object holding the shared start and end offsets (line and column are never read). */
function compactPositions(root: Ast.Root): Ast.Root {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const node = value as Record<string, unknown>;
    for (const key in node) {
      const child = node[key];
      if (child === null || typeof child !== 'object') continue;
      if (key === 'position') {
        const position = child as { start?: { offset?: unknown }; end?: { offset?: unknown } };
        const start = position.start?.offset;
        const end = position.end?.offset;
        if (typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= 0)
          node.position = { start: offsetObject(start), end: offsetObject(end) };
        continue;
      }
      stack.push(child);
    }
  }
  return root;
}
