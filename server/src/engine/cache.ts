// What the engine may reuse between checks of the same manuscript: per file, keyed by its path
// and exact text, the source file (line starts), the parsed file model, and the loaded
// bibliography database. The language server keeps one ParseCache and passes it in
// CheckOptions, so an edit re-parses only the document that changed; the CLI passes none and
// every check starts from scratch.
//
// Everything handed out is shared between checks and must be treated as read-only. The
// manuscript builder copies what it places (blocks, tables, citations) instead of stamping
// cached objects, and nothing downstream writes into a FileModel or a LoadedDatabase
// (test/robustness/cache.test.ts checks both: cached and uncached checks agree, repeatedly).
import type { FileModel, Markup, SourceFile, Span, TextBlock } from './model';
import { loadDatabase, type LoadedDatabase } from './bibliography/database';
import { makeSourceFile } from './text/source';
import { parseMarkdown, parseMarkdownKeepingTree, type MarkdownTree } from './parse/markdown';
import { isPartialLatexModel, latexChunkTexts, parseLatex, parseLatexChunks, parseLatexSegments, type LatexSegmentation } from './parse/latex';
import type * as Ast from '@unified-latex/unified-latex-types';
import { DerivedCache } from './derived';
import { SEGMENT_MIN_CHARS, SEGMENT_MIN_LENGTH, segmentOwner as segmentOf, segmentPath, splitPointsAfter, type KnownCuts } from './segments';

interface Entry {
  text: string;
  source: SourceFile;
  model?: { markup: Markup; model: FileModel };
  /** The model of the path's previous text, until this text is parsed (see keepUnchanged). */
  previous?: { markup: Markup; model: FileModel };
  database?: LoadedDatabase;
}

export interface ParseCacheStats {
  /** Models and databases that came from the cache. */
  hits: number;
  /** Models parsed and databases loaded because the text was new. */
  misses: number;
}

/** Parses one file without any cache (what a check does when it is given none). */
type KeptTree = { markup: 'markdown'; tree: MarkdownTree } | { markup: 'latex'; chunks: Map<string, Ast.Root> };

/** How many syntax trees of unpinned files a ParseCache keeps for incremental parsing. */
const KEPT_TREES = 3;

export function parseFile(file: SourceFile, markup: Markup): FileModel {
  return markup === 'latex' ? parseLatex(file) : parseMarkdown(file);
}

export class ParseCache {
  private readonly entries = new Map<string, Entry>();
  /** Syntax trees of pinned files and of the files parsed last, oldest first. */
  private readonly trees = new Map<string, KeptTree>();
  private pinned = new Set<string>();
  /** Where each long file was last cut into segments, and its text then (splitPointsAfter). */
  private readonly cuts = new Map<string, KnownCuts>();
  /** How each long LaTeX file was last read in segments, and its text then (latexSegments). */
  private readonly latexCuts = new Map<string, { text: string; min: number; read: LatexSegmentation | undefined }>();
  /** A LaTeX text being prepared (prepareLatex): its chunks, and those the grammar could not read (not tried again). */
  private readonly preparing = new Map<string, { text: string; chunks: string[]; failed: Set<string> }>();
  readonly stats: ParseCacheStats = { hits: 0, misses: 0 };
  /** What analyses derived from the cached files and texts (see derived.ts); cleared with the cache. */
  readonly derived = new DerivedCache();
  /** Called after every file parsed or bibliography loaded (the language server paces garbage collection by it). */
  afterParse?: () => void;
  /**
   * Markdown files at least this long are read as segments, one per chapter (segments.ts), so
   * that an edit re-parses and re-analyses one chapter; undefined reads every file whole.
   */
  segmentMinChars: number | undefined = SEGMENT_MIN_CHARS;

  /**
   * The segments a file is read as (segments.ts) — path, offset in the file, text — or undefined
   * when it is read whole.
   */
  segmentsOf(path: string, text: string, markup: Markup): { path: string; base: number; text: string }[] | undefined {
    if (this.segmentMinChars === undefined) return undefined;
    if (markup === 'latex') return this.latexSegments(path, text, this.segmentMinChars);
    if (markup !== 'markdown') return undefined;
    const known = this.cuts.get(path);
    const cuts = known?.text === text && known.min === this.segmentMinChars ? known.cuts : splitPointsAfter(known, text, this.segmentMinChars);
    this.cuts.set(path, { text, min: this.segmentMinChars, cuts });
    if (!cuts) return undefined;
    const starts = [0, ...cuts];
    return starts.map((base, i) => ({ path: segmentPath(path, i), base, text: text.slice(base, starts[i + 1] ?? text.length) }));
  }

  /**
   * A long LaTeX file read in segments (parseLatexSegments): the whole file's chunks parsed with
   * the kept trees of its previous text, and walked per segment from what the segments before it
   * carry, a segment unchanged in text and entry keeping its model. Each segment's model is then
   * the cached model of its path and text, so the check's `model` finds it.
   */
  private latexSegments(path: string, text: string, min: number): { path: string; base: number; text: string }[] | undefined {
    const known = this.latexCuts.get(path);
    const held = known?.read && known.read.segments.every((s) => this.entries.get(s.path)?.model?.model === s.model);
    if (known?.text === text && known.min === min && (known.read === undefined || held))
      return known.read?.segments.map((s) => ({ path: s.path, base: s.base, text: s.text }));
    const kept = this.trees.get(path);
    let read: LatexSegmentation | undefined;
    try {
      read = parseLatexSegments(
        path,
        text,
        min,
        Math.min(SEGMENT_MIN_LENGTH, min),
        (p, t) => this.entry(p, t).source,
        held ? known?.read : undefined,
        kept?.markup === 'latex' ? kept.chunks : undefined,
      );
    } catch {
      // A walker bug: the file is read whole, where parseLatex salvages what it can.
      read = undefined;
    }
    if (read === undefined) {
      this.latexCuts.set(path, { text, min, read });
      if (known?.read) {
        // Read whole from now on: with the chunk trees its segments held.
        const chunks = new Map<string, Ast.Root>();
        for (const segment of known.read.segments) for (const [src, tree] of segment.trees) chunks.set(src, tree);
        this.keepTree(path, { markup: 'latex', chunks });
      }
      return undefined;
    }
    // The trees are kept with the segments now.
    this.preparing.delete(path);
    this.trees.delete(path);
    for (const segment of read.segments) {
      const entry = this.entry(segment.path, segment.text);
      const now = entry.model?.markup === 'latex' ? entry.model.model : undefined;
      if (now === segment.model) {
        this.stats.hits++;
        continue;
      }
      this.stats.misses++;
      const before = now ?? (entry.previous?.markup === 'latex' ? entry.previous.model : undefined);
      if (before) keepUnchanged(before, segment.model);
      entry.previous = undefined;
      entry.model = { markup: 'latex', model: segment.model };
    }
    // A model cut short by the parse budget is not kept: the next check reads the file again.
    const partial = read.segments.some((s) => isPartialLatexModel(s.model));
    this.latexCuts.set(path, { text: partial ? '' : text, min, read });
    this.afterParse?.();
    return read.segments.map((s) => ({ path: s.path, base: s.base, text: s.text }));
  }

  /** Number of files with a cached text. */
  get size(): number {
    return this.entries.size;
  }

  /** Paths currently cached. */
  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** Whether `text` is what is cached for `path` and was parsed or loaded (so a check would not parse it again). */
  has(path: string, text: string): boolean {
    const entry = this.entries.get(path);
    return entry?.text === text && (entry.model !== undefined || entry.database !== undefined);
  }

  /** The SourceFile for `text` at `path`; a new text replaces whatever was cached for the path. */
  sourceFile(path: string, text: string): SourceFile {
    return this.entry(path, text).source;
  }

  /** The model of `text` at `path` read as `markup`, parsed only when the text (or markup) is new. */
  model(path: string, text: string, markup: Markup): FileModel {
    const entry = this.entry(path, text);
    if (entry.model && entry.model.markup === markup) {
      this.stats.hits++;
      return entry.model.model;
    }
    this.stats.misses++;
    // Parse the cached SourceFile so the model and the manuscript share one line table.
    const model = markup === 'markdown' ? this.markdownModel(path, entry.source) : this.latexModel(path, entry.source);
    if (entry.previous?.markup === markup) keepUnchanged(entry.previous.model, model);
    entry.previous = undefined;
    // A LaTeX model cut short by the parse budget is not kept: the next check reads it fully.
    if (!isPartialLatexModel(model)) entry.model = { markup, model };
    this.afterParse?.();
    return model;
  }

  /**
   * A Markdown file parsed again from the syntax tree of its previous text where it can be (only
   * the blocks around an edit are parsed). Trees are large, so only those of the files edited
   * last are kept: the one being typed in, and a few it was compared with.
   */
  private markdownModel(path: string, source: SourceFile): FileModel {
    const previous = this.trees.get(path);
    this.trees.delete(path);
    const { model, tree } = parseMarkdownKeepingTree(source, previous?.markup === 'markdown' ? previous.tree : undefined);
    if (tree) this.keepTree(path, { markup: 'markdown', tree });
    return model;
  }

  /**
   * Parses up to `maxChars` of the chunks of a LaTeX text not parsed yet, kept for its next parse
   * (see parseLatexChunks); true when none is left, or the text's model is cached already. The
   * language server calls it once per turn of its event loop before the first check of a file,
   * so that the check's parse — which reads the whole file however long that takes — only walks
   * cached trees.
   */
  prepareLatex(path: string, text: string, maxChars: number): boolean {
    const entry = this.entry(path, text);
    if (entry.model?.markup === 'latex') return true;
    const kept = this.trees.get(path);
    const trees = kept?.markup === 'latex' ? kept.chunks : new Map<string, Ast.Root>();
    let preparing = this.preparing.get(path);
    if (!preparing || preparing.text !== text) this.preparing.set(path, (preparing = { text, chunks: latexChunkTexts(entry.source), failed: new Set() }));
    const done = parseLatexChunks(preparing.chunks, trees, maxChars, preparing.failed);
    if (kept !== undefined) this.trees.delete(path);
    this.keepTree(path, { markup: 'latex', chunks: trees });
    return done;
  }

  /** Whether syntax trees of an earlier LaTeX text of `path` are kept (its next parse is incremental), with the file or with its segments. */
  hasLatexTrees(path: string): boolean {
    return this.trees.get(path)?.markup === 'latex' || this.latexCuts.get(path)?.read !== undefined;
  }

  /** A LaTeX file parsed with the chunk trees of its previous text (only changed chunks are parsed). */
  private latexModel(path: string, source: SourceFile): FileModel {
    this.preparing.delete(path);
    const previous = this.trees.get(path);
    this.trees.delete(path);
    const used = new Map<string, Ast.Root>();
    const model = parseLatex(source, { previous: previous?.markup === 'latex' ? previous.chunks : undefined, used });
    this.keepTree(path, { markup: 'latex', chunks: used });
    return model;
  }

  /**
   * Keeps the syntax tree of `path`: those of pinned files (the documents open in the editor, so
   * that the first keystroke in one is already incremental) and of the KEPT_TREES files parsed last.
   */
  private keepTree(path: string, tree: KeptTree): void {
    this.trees.set(path, tree);
    let unpinned = 0;
    for (const p of this.trees.keys()) if (!this.isPinned(p)) unpinned++;
    for (const p of this.trees.keys()) {
      if (unpinned <= KEPT_TREES) break;
      if (this.isPinned(p)) continue;
      this.trees.delete(p);
      unpinned--;
    }
  }

  /** Paths whose syntax trees are kept for incremental parsing, oldest first. */
  treePaths(): string[] {
    return [...this.trees.keys()];
  }

  /** The files whose syntax trees are always kept (the language server pins its open documents), with their segments. */
  pin(paths: Iterable<string>): void {
    this.pinned = new Set(paths);
  }

  private isPinned(path: string): boolean {
    return this.pinned.has(path) || this.pinned.has(segmentOf(path));
  }

  /** The bibliography database of `text` at `path`, loaded only when the text is new. */
  database(path: string, text: string): LoadedDatabase {
    const entry = this.entry(path, text);
    if (entry.database) {
      this.stats.hits++;
      return entry.database;
    }
    this.stats.misses++;
    entry.database = loadDatabase(path, text);
    this.afterParse?.();
    return entry.database;
  }

  /** Forgets every file not in `paths` (files no manuscript reads any more). */
  retain(paths: Iterable<string>): void {
    const keep = new Set(paths);
    const kept = (path: string) => keep.has(path) || keep.has(segmentOf(path));
    for (const path of this.entries.keys()) if (!kept(path)) this.entries.delete(path);
    for (const path of this.trees.keys()) if (!kept(path)) this.trees.delete(path);
    for (const path of this.cuts.keys()) if (!keep.has(path)) this.cuts.delete(path);
    for (const path of this.latexCuts.keys()) if (!keep.has(path)) this.latexCuts.delete(path);
    for (const path of this.preparing.keys()) if (!keep.has(path)) this.preparing.delete(path);
  }

  delete(path: string): void {
    for (const map of [this.entries, this.trees]) for (const p of map.keys()) if (p === path || segmentOf(p) === path) map.delete(p);
    this.cuts.delete(path);
    this.latexCuts.delete(path);
    this.preparing.delete(path);
  }

  clear(): void {
    this.cuts.clear();
    this.latexCuts.clear();
    this.preparing.clear();
    this.entries.clear();
    this.trees.clear();
    this.derived.clear();
  }

  private entry(path: string, text: string): Entry {
    const cached = this.entries.get(path);
    if (cached && cached.text === text) return cached;
    // A segment's text is a slice of its file's text, and V8 keeps the whole parent string alive
    // with a slice: an unchanged segment would hold every older text of the file it was cut from.
    const own = segmentOf(path) === '' ? text : flatCopy(text);
    const previous = cached?.model ?? cached?.previous;
    const entry: Entry = { text: own, source: makeSourceFile(path, own), ...(previous ? { previous } : {}) };
    this.entries.set(path, entry);
    return entry;
  }
}

/** A string of its own with the characters of `text` (which may be a slice keeping a longer string alive). */
function flatCopy(text: string): string {
  // Concatenation makes a rope, and slicing the rope flattens it into a new string first.
  return text.length < 64 ? text : (' ' + text).slice(1);
}

/**
 * A parse builds every block and table of a file anew, and what the analyses keep of a block or
 * table is kept with the object (statistics, coverage, citations: see derived.ts). A block of the
 * new model that equals one of the previous model of the file — same place, kind, text, offsets,
 * and the same source text under it (math is read back from the source) — is replaced by that
 * one, and so is an equal table: those an edit did not touch (before it, or after it when the edit
 * kept the length) keep their results. A one-file LaTeX thesis is walked whole on every edit.
 */
export function keepUnchanged(previous: FileModel, model: FileModel): void {
  const [before, now] = [previous.file.text, model.file.text];
  const sameSource = (a: Span, b: Span) => before.slice(a.start, a.end) === now.slice(b.start, b.end);
  keepEqual(
    previous.blocks,
    model.blocks,
    (a, b) => sameBlock(a, b) && sameSource(a, b),
    (b) => `${b.start}:${b.end}:${b.kind}`,
  );
  keepEqual(
    previous.tables,
    model.tables,
    (a, b) => sameSource(a, b) && JSON.stringify(a) === JSON.stringify(b),
    (t) => `${t.start}:${t.end}`,
  );
}

function keepEqual<T extends object>(previous: readonly T[], items: T[], same: (a: T, b: T) => boolean, placeOf: (item: T) => string): void {
  if (previous.length === 0) return;
  const byPlace = new Map<string, T>();
  for (const item of previous) byPlace.set(placeOf(item), item);
  for (let i = 0; i < items.length; i++) {
    const place = placeOf(items[i]);
    const old = byPlace.get(place);
    if (!old || !same(old, items[i])) continue;
    // Each old object stands for one new one at most.
    byPlace.delete(place);
    items[i] = old;
  }
}

function sameBlock(a: TextBlock, b: TextBlock): boolean {
  if (a.text !== b.text || a.file !== b.file || a.offsets.length !== b.offsets.length) return false;
  for (let i = 0; i < a.offsets.length; i++) if (a.offsets[i] !== b.offsets[i]) return false;
  // Any other field a parser sets (none today): equal values only.
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (key === 'offsets') continue;
    if ((a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key]) return false;
  }
  return true;
}
