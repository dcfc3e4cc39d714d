// Assembles one manuscript from its files: parses each once, follows LaTeX includes, gives
// every heading a role, places blocks, tables and citations in sections, rejoins paragraphs
// split by page breaks, and reads the reference list and bibliography files.
import type { FileHost } from './host';
import type { BibItem, BibliographyDeclaration, FileModel, Heading, KeyCitation, Lang, Markup, SectionRole, SourceFile, Span, Table, TextBlock } from './model';
import { makeSourceFile } from './text/source';
import { describeHeading } from './structure/roles';
import { type DeclaredBibliography, latexIncludeCandidates, type ManuscriptSpec, resolveInclude } from './project';
import { markupFor } from './files';
import { basename, dirname, extname, resolvePath } from './paths';
import { isTexLiveBibliography, localPackageFiles, undeclaredBibliographies } from './bibliography/declared';
import { extractProseCitations, type ProseCitation } from './citations/authorYear';
import { extractPandocCitations } from './citations/pandoc';
import { continuesEntry, parseReferenceBlock } from './bibliography/referenceList';
import type { ReferenceEntry } from './bibliography/entries';
import { normalizeName } from './bibliography/names';
import { loadDatabase, type LoadedDatabase } from './bibliography/database';
import type { FindingDraft } from './findings';
import { parseFile, type ParseCache } from './cache';
import { DerivedCache, slot } from './derived';
import { realPath, type Segmentation } from './segments';
import { FILE_NOT_FOUND, INCLUDE_CYCLE, OUTSIDE_PROJECT, PARSE_PROBLEM } from './codes';
import { say } from './messages';

export interface Section {
  index: number;
  title: string;
  level: number;
  role: SectionRole;
  /** The role the heading itself names (not inherited). */
  ownRole?: SectionRole;
  lang?: Lang;
  heading?: Heading;
  parent: number;
}

export interface Placed {
  section: number;
}

export interface BibliographySource {
  declaration: DeclaredBibliography;
  /** Not declared anywhere: found in the project of a manuscript that cites and has nothing else to check against. */
  inferred?: boolean;
  /** Declared outside the project's boundary: not read (a manuscript/outside-project finding says so). */
  outside?: boolean;
  database?: LoadedDatabase;
}

export interface Manuscript {
  spec: ManuscriptSpec;
  markup: Markup;
  files: Map<string, SourceFile>;
  /** Manuscript files in reading order (bibliographies and project files follow). */
  fileOrder: string[];
  models: FileModel[];
  sections: Section[];
  blocks: (TextBlock & Placed)[];
  tables: (Table & Placed)[];
  keyCitations: (KeyCitation & Placed)[];
  proseCitations: (ProseCitation & Placed)[];
  bibliographies: BibliographySource[];
  /** Entries of the written reference list and of thebibliography. */
  referenceList: ReferenceEntry[];
  /** Entries of .bib / CSL-JSON files. */
  databaseEntries: ReferenceEntry[];
  /** Findings that come from building the model itself (unreadable files, include cycles). */
  problems: (FindingDraft & { code: string })[];
  /** What analyses of this manuscript keep between checks: the run's cache (see derived.ts). */
  derived: DerivedCache;
  /**
   * Long Markdown files read as segments (segments.ts): each segment path with its real file and
   * offset. Paths and offsets in the manuscript are the segments'; findings are translated back
   * by the engine. Empty when no file was split.
   */
  segments: Segmentation;
  /** The whole text of each file read as segments, by its real path. */
  segmentedTexts: Map<string, string>;
}

const MAX_INCLUDE_DEPTH = 20;

export interface BuildOptions {
  /** Reuse source files, parsed models, bibliography databases and derived analyses of unchanged files. */
  cache?: ParseCache;
}

export function buildManuscript(spec: ManuscriptSpec, host: FileHost, options: BuildOptions = {}): Manuscript {
  const cache = options.cache;
  const sourceFile = (path: string, text: string) => (cache ? cache.sourceFile(path, text) : makeSourceFile(path, text));
  const manuscript: Manuscript = {
    spec,
    markup: spec.markup,
    files: new Map(),
    fileOrder: [],
    models: [],
    sections: [],
    blocks: [],
    tables: [],
    keyCitations: [],
    proseCitations: [],
    bibliographies: [],
    referenceList: [],
    databaseEntries: [],
    problems: [],
    derived: cache?.derived ?? new DerivedCache(),
    segments: new Map(),
    segmentedTexts: new Map(),
  };
  const parts: ItemPart[] = [];
  const inOrder = new Set<string>();
  const visiting = new Set<string>();
  const rootDir = dirname(spec.files[0] ?? spec.root);

  /** A parsed model's items, its problems recorded. */
  const modelItems = (model: FileModel): Item[] => {
    manuscript.models.push(model);
    for (const p of model.problems) {
      const code = p.code ?? PARSE_PROBLEM;
      manuscript.problems.push({
        code,
        severity: code === PARSE_PROBLEM ? 'info' : undefined,
        ...p.span,
        message: p.message,
        ...(p.msg ? { msg: p.msg } : {}),
      });
    }
    return itemsOf(model, manuscript.derived);
  };

  const load = (path: string, depth: number, from?: Span & { written: string }): void => {
    if (visiting.has(path) || depth > MAX_INCLUDE_DEPTH) {
      if (from)
        manuscript.problems.push({
          code: INCLUDE_CYCLE,
          severity: 'warning',
          ...spanOf(from),
          ...say('manuscript.includeCycle', { written: from.written }),
        });
      return;
    }
    if (host.outside?.(path)) {
      const where = from ? spanOf(from) : { file: spec.projectFiles[0] ?? spec.files[0] ?? spec.root, start: 0, end: 0 };
      manuscript.problems.push({ code: OUTSIDE_PROJECT, severity: 'warning', ...where, ...outsideMessage(from?.written ?? path) });
      return;
    }
    const text = host.readFile(path);
    if (text === undefined) {
      if (from) manuscript.problems.push({ code: FILE_NOT_FOUND, severity: 'warning', ...spanOf(from), ...say('manuscript.includedFileNotFound', { path }) });
      else
        manuscript.problems.push({
          code: FILE_NOT_FOUND,
          severity: 'error',
          file: path,
          start: 0,
          end: 0,
          ...say('manuscript.fileNotFound', { path }),
        });
      return;
    }
    const markup = markupFor(path, spec.markup);
    const segments = cache?.segmentsOf(path, text, markup);
    const own: { model: FileModel; items: Item[] }[] = [];
    if (segments && cache) {
      // A long Markdown file: each chapter a file of its own (segments.ts).
      manuscript.segmentedTexts.set(path, text);
      for (const segment of segments) {
        manuscript.segments.set(segment.path, { path, base: segment.base });
        manuscript.files.set(segment.path, sourceFile(segment.path, segment.text));
        if (!inOrder.has(segment.path)) {
          inOrder.add(segment.path);
          manuscript.fileOrder.push(segment.path);
        }
        const model = cache.model(segment.path, segment.text, markup);
        own.push({ model, items: modelItems(model) });
      }
    } else {
      const file = sourceFile(path, text);
      manuscript.files.set(path, file);
      if (!inOrder.has(path)) {
        inOrder.add(path);
        manuscript.fileOrder.push(path);
      }
      const model = cache ? cache.model(path, text, markup) : parseFile(file, markup);
      own.push({ model, items: modelItems(model) });
    }
    visiting.add(path);
    for (const { model, items: ofModel } of own) {
      // A model that includes nothing and lists no \bibitem is placed as one part (see placeItems).
      if (model.includes.length === 0 && model.bibItems.length === 0) {
        parts.push({ model, items: ofModel });
        continue;
      }
      for (const item of ofModel) placeLater(item, path, depth, text);
    }
    visiting.delete(path);
  };
  /** An item of a model that includes files: an include is followed at once, anything else placed in order. */
  const placeLater = (item: Item, path: string, depth: number, text: string): void => {
    if (item.type === 'include') {
      const targets = resolveInclude(item.value.written, rootDir, path, host, text, item.value.start);
      // A chapter included twice (in both branches of an \ifthenelse) is read once.
      if (targets.length > 0) {
        for (const target of targets) if (visiting.has(target) || !manuscript.files.has(target)) load(target, depth + 1, item.value);
      } else if (latexIncludeCandidates(rootDir, dirname(path), item.value.written).every((c, _, all) => all.length > 0 && host.outside?.(c)))
        manuscript.problems.push({ code: OUTSIDE_PROJECT, severity: 'warning', ...spanOf(item.value), ...outsideMessage(item.value.written) });
      else
        manuscript.problems.push({
          code: FILE_NOT_FOUND,
          severity: 'warning',
          ...spanOf(item.value),
          ...say('manuscript.includedFileNotFound', { path: item.value.written }),
        });
    } else {
      const last = parts[parts.length - 1];
      if (last && last.model === undefined) last.items.push(item);
      else parts.push({ items: [item] });
    }
  };
  for (const path of spec.files) load(path, 0);
  for (const p of spec.projectFiles) {
    const text = host.readFile(p);
    if (text !== undefined) manuscript.files.set(p, sourceFile(p, text));
  }

  // Each placed block's model block, while the two hold the same text: what is found in a block
  // is kept with the cached model's block and reused while its file is unchanged.
  const origins = manuscript.derived.get(ORIGINS);
  placeItems(manuscript, parts);
  collectReferences(manuscript, (block, what, compute) => {
    const origin = origins.get(block);
    return origin ? manuscript.derived.of(origin, what, compute) : compute();
  });
  loadBibliographies(manuscript, host, rootDir, cache);
  return manuscript;
}

type Item =
  | { type: 'heading'; start: number; value: Heading }
  | { type: 'block'; start: number; value: TextBlock }
  | { type: 'table'; start: number; value: Table }
  | { type: 'key'; start: number; value: KeyCitation }
  | { type: 'bibitem'; start: number; value: BibItem }
  | { type: 'include'; start: number; value: Span & { written: string } };

const ITEM_ORDER: Record<Item['type'], number> = { heading: 0, include: 1, table: 2, block: 3, key: 4, bibitem: 5 };

// A cached model is shared between checks and never changes: its items are sorted once.
const MODEL_ITEMS = slot('manuscript: sorted items of a file model', () => new WeakMap<FileModel, Item[]>());

function itemsOf(model: FileModel, derived: DerivedCache): Item[] {
  const itemsOfModel = derived.get(MODEL_ITEMS);
  let items = itemsOfModel.get(model);
  if (!items) itemsOfModel.set(model, (items = sortedItems(model)));
  return items;
}

function sortedItems(model: FileModel): Item[] {
  const items: Item[] = [];
  for (const h of model.headings) items.push({ type: 'heading', start: h.start, value: h });
  for (const b of model.blocks) if (b.kind !== 'heading') items.push({ type: 'block', start: b.start, value: b });
  for (const t of model.tables) items.push({ type: 'table', start: t.start, value: t });
  for (const k of model.keyCitations) items.push({ type: 'key', start: k.start, value: k });
  for (const b of model.bibItems) items.push({ type: 'bibitem', start: b.start, value: b });
  for (const i of model.includes) items.push({ type: 'include', start: i.start, value: i });
  return items.sort((a, b) => a.start - b.start || ITEM_ORDER[a.type] - ITEM_ORDER[b.type]);
}

function spanOf(s: Span): Span {
  return { file: s.file, start: s.start, end: s.end };
}

/** Items in reading order: a whole model's (`model` set: it includes nothing and lists no \\bibitem), or a run of items of a model that includes files. */
interface ItemPart {
  model?: FileModel;
  items: Item[];
}

/** Where placing stands between two items: the open sections, the current file, the paragraph a page break may continue. */
interface PlaceState {
  stack: Section[];
  current: Section;
  previousBlock: (TextBlock & Placed) | undefined;
  file: string | undefined;
}

/**
 * What placing a whole model gave, from a state with the same signature (see partSignature): the
 * sections it opened, its placed blocks (with their model blocks), tables and key citations, and
 * the state after it. Placing the same model from the same state gives the same, so an edit
 * places only the models (segments, chapter files) it changed — or those after a change of the
 * sections that are open where they start.
 */
interface PlacedPart {
  signature: string;
  sections: Section[];
  blocks: (TextBlock & Placed)[];
  tables: (Table & Placed)[];
  keys: (KeyCitation & Placed)[];
  /** The state after the part: the stack as section indices, the paragraph a page break may continue as an index into `blocks` (-1: none). */
  stack: number[];
  previous: number;
  file: string | undefined;
}

/**
 * The model block of each placed block (a placed copy stands for one model block for good; a block
 * joined across a page break is a copy of its own, in no check's cache, and has none).
 */
const ORIGINS = slot('manuscript: the model block of each placed block', () => new WeakMap<TextBlock, TextBlock>());

const PLACED_PARTS = slot('manuscript: what placing each whole model gave', () => new WeakMap<FileModel, PlacedPart>());

/**
 * Gives each heading a level and role, then places every other item in the current section.
 * Items come from file models that a ParseCache may share between checks: they are copied when
 * placed (and a page-break join rewrites only the copy), never modified. A whole model placed
 * from the same state as in an earlier check is not placed again: what it gave then is replayed.
 */
function placeItems(manuscript: Manuscript, parts: ItemPart[]): void {
  const headings: Heading[] = [];
  for (const part of parts) {
    if (part.model) for (const h of part.model.headings) headings.push(h);
    else for (const item of part.items) if (item.type === 'heading') headings.push(item.value);
  }
  const descriptions = manuscript.derived.get(HEADING_DESCRIPTIONS);
  const described = new Map(headings.map((h) => [h, describedHeading(h, descriptions)]));
  const placedCopies = manuscript.derived.get(PLACED_COPIES);
  const placedParts = manuscript.derived.get(PLACED_PARTS);
  const origins = manuscript.derived.get(ORIGINS);
  // Markup levels are unreliable in converted documents; numbering and known names decide first.
  const roleLevels = headings.filter((h) => described.get(h)?.role).map((h) => h.level);
  const baseLevel = roleLevels.length > 0 ? Math.min(...roleLevels) : Math.min(1, ...headings.map((h) => h.level));
  const romanChapters = headings.some((h) => {
    const n = described.get(h)?.numbering;
    return n === 'roman' || n === 'chapter';
  });

  const front: Section = { index: 0, title: '', level: 0, role: 'front', parent: -1 };
  manuscript.sections.push(front);
  const state: PlaceState = { stack: [front], current: front, previousBlock: undefined, file: undefined };
  const levels = `${baseLevel}|${romanChapters}`;

  for (const part of parts) {
    const model = part.model;
    // A paragraph of the same file before the part could be continued by its first block: placed item by item.
    if (!model || (state.previousBlock !== undefined && state.previousBlock.file === model.file.path)) {
      for (const item of part.items) placeItem(manuscript, item, state, described, baseLevel, romanChapters, origins, placedCopies);
      continue;
    }
    const signature = partSignature(manuscript, state, levels);
    const known = placedParts.get(model);
    if (known && known.signature === signature) {
      replayPart(manuscript, known, state);
      continue;
    }
    const before = {
      sections: manuscript.sections.length,
      blocks: manuscript.blocks.length,
      tables: manuscript.tables.length,
      keys: manuscript.keyCitations.length,
    };
    for (const item of part.items) placeItem(manuscript, item, state, described, baseLevel, romanChapters, origins, placedCopies);
    const blocks = manuscript.blocks.slice(before.blocks);
    placedParts.set(model, {
      signature,
      sections: manuscript.sections.slice(before.sections),
      blocks,
      tables: manuscript.tables.slice(before.tables),
      keys: manuscript.keyCitations.slice(before.keys),
      stack: state.stack.map((s) => s.index),
      previous: state.previousBlock === undefined ? -1 : blocks.lastIndexOf(state.previousBlock),
      file: state.file,
    });
  }
}

/**
 * Everything placing a model reads of the state it starts from: how many sections there are (the
 * indices it gives), the open sections (their place, level, role, language, and the heading of a
 * reference list, which keeps the headings below it in the list), the current file, and the
 * levels every heading is read against.
 */
function partSignature(manuscript: Manuscript, state: PlaceState, levels: string): string {
  let signature = `${manuscript.sections.length}|${state.current.index}|${state.file ?? ''}|${levels}`;
  for (const s of state.stack) {
    const h = s.heading;
    signature += `|${s.index}:${s.level}:${s.role}:${s.lang ?? ''}:${h ? `${realPath(manuscript.segments, h.file)}:${h.level}` : '-'}`;
  }
  return signature;
}

function replayPart(manuscript: Manuscript, part: PlacedPart, state: PlaceState): void {
  for (const s of part.sections) manuscript.sections.push(s);
  for (const b of part.blocks) manuscript.blocks.push(b);
  for (const t of part.tables) manuscript.tables.push(t);
  for (const k of part.keys) manuscript.keyCitations.push(k);
  state.stack = part.stack.map((i) => manuscript.sections[i]);
  state.current = state.stack[state.stack.length - 1];
  state.previousBlock = part.previous < 0 ? undefined : part.blocks[part.previous];
  state.file = part.file;
}

/** Places one item: a heading opens a section, anything else goes into the current one. */
function placeItem(
  manuscript: Manuscript,
  item: Item,
  state: PlaceState,
  described: Map<Heading, ReturnType<typeof describeHeading>>,
  baseLevel: number,
  romanChapters: boolean,
  origins: WeakMap<TextBlock, TextBlock>,
  placedCopies: WeakMap<object, Placed>,
): void {
  // A reference list ends with its file: the next chapter file may start without a chapter heading.
  const physical = realPath(manuscript.segments, item.value.file);
  if (physical !== state.file) {
    state.file = physical;
    if (state.current.role === 'references') {
      const untitled: Section = { index: manuscript.sections.length, title: '', level: 1, role: 'other', parent: 0 };
      manuscript.sections.push(untitled);
      state.stack.length = 1;
      state.stack.push(untitled);
      state.current = untitled;
      state.previousBlock = undefined;
    }
  }
  const { stack } = state;
  switch (item.type) {
    case 'heading': {
      const h = item.value;
      const info = described.get(h)!;
      let level: number;
      if (info.numbering === 'chapter' || info.numbering === 'roman') level = 1;
      else if (info.numbering === 'dotted') level = info.depth ?? 2;
      else if (info.numbering === 'single') level = romanChapters ? 3 : 1;
      else if (info.role && h.level <= baseLevel + 1 && !['introduction'].includes(info.role)) level = 1;
      else level = Math.max(1, h.level - baseLevel + 1);
      if (h.role === 'abstract') level = 1;
      // A heading written below a reference list's heading ("# DAFTAR PUSTAKA", "## Metodologi")
      // groups the list, whatever its name: it stays inside the list.
      const list = stack.find((section) => section.role === 'references' && section.heading !== undefined);
      if (
        list &&
        realPath(manuscript.segments, h.file) === realPath(manuscript.segments, list.heading!.file) &&
        h.level > list.heading!.level &&
        info.numbering !== 'chapter' &&
        info.numbering !== 'roman' &&
        info.role !== 'appendix'
      )
        level = Math.max(level, list.level + 1);
      while (stack.length > 1 && stack[stack.length - 1].level >= level) stack.pop();
      const parent = stack[stack.length - 1];
      const ownRole = h.role ?? info.role;
      const section: Section = {
        index: manuscript.sections.length,
        title: h.title,
        level,
        // A reference list grouped under headings ("## A", "## Metodologi Penelitian") is one list.
        role: parent.role === 'references' && ownRole !== 'appendix' ? 'references' : (ownRole ?? (parent.index === 0 ? 'other' : parent.role)),
        ownRole,
        lang: h.lang ?? info.lang ?? (ownRole === undefined ? parent.lang : undefined),
        heading: h,
        parent: parent.index,
      };
      manuscript.sections.push(section);
      stack.push(section);
      state.current = section;
      state.previousBlock = undefined;
      break;
    }
    case 'block': {
      const block = item.value;
      // Reference entries end with URLs and may start in lower case ("van Bergen, E."): never rejoined.
      if (state.previousBlock && state.current.role !== 'references' && continuesAfterPageBreak(state.previousBlock, block)) {
        // The placed copy may be shared with earlier checks: join into a copy of its own.
        if (origins.has(state.previousBlock)) {
          const own: TextBlock & Placed = {
            file: state.previousBlock.file,
            kind: state.previousBlock.kind,
            text: state.previousBlock.text,
            offsets: state.previousBlock.offsets,
            start: state.previousBlock.start,
            end: state.previousBlock.end,
            section: state.previousBlock.section,
          };
          manuscript.blocks[manuscript.blocks.length - 1] = own;
          state.previousBlock = own;
        }
        joinBlocks(state.previousBlock, block);
        break;
      }
      const placed = placedBlock(block, state.current.index, placedCopies);
      origins.set(placed, block);
      manuscript.blocks.push(placed);
      state.previousBlock = block.kind === 'paragraph' ? placed : undefined;
      break;
    }
    case 'table':
      manuscript.tables.push(placedCopy(item.value, state.current.index, placedCopies));
      break;
    case 'key':
      manuscript.keyCitations.push(placedCopy(item.value, state.current.index, placedCopies));
      break;
    case 'bibitem': {
      const where = { list: 0, origin: 'bibitem' as const, key: item.value.key, file: item.value.file, start: item.value.start, end: item.value.end };
      const entries = parseReferenceBlock(item.value.body);
      for (const entry of entries) manuscript.referenceList.push({ ...entry, ...where });
      // An item read as no entry still lists its key (once): the list is scanned only then.
      if (entries.length === 0 && !manuscript.referenceList.some((e) => e.key === item.value.key))
        manuscript.referenceList.push({ ...where, authors: [], text: item.value.body.text });
      break;
    }
  }
}

// A block of a cached model placed in the same section as in the last check is the same placed
// object (read-only like the model's block): no copy per block per check, and what analyses
// keep by block object stays valid while the block's file is unchanged.
// Tables and key citations likewise (nothing downstream changes them).
const PLACED_COPIES = slot('manuscript: placed copies of model items', () => new WeakMap<object, Placed>());

function placedCopy<T extends object>(item: T, section: number, placedCopies: WeakMap<object, Placed>): T & Placed {
  let placed = placedCopies.get(item) as (T & Placed) | undefined;
  if (!placed || placed.section !== section) placedCopies.set(item, (placed = { ...item, section }));
  return placed;
}

/**
 * A placed block, built as a literal: V8 gives a spread copy of each block its own hidden class,
 * which made every pass over the manuscript's blocks (every check makes several) some 25 times
 * slower to read than over objects of one shape.
 */
function placedBlock(block: TextBlock, section: number, placedCopies: WeakMap<object, Placed>): TextBlock & Placed {
  let placed = placedCopies.get(block) as (TextBlock & Placed) | undefined;
  if (!placed || placed.section !== section) {
    placed = { file: block.file, kind: block.kind, text: block.text, offsets: block.offsets, start: block.start, end: block.end, section };
    placedCopies.set(block, placed);
  }
  return placed;
}

// Headings of cached models are the same objects from check to check: each is described once.
const HEADING_DESCRIPTIONS = slot('manuscript: heading descriptions', () => new WeakMap<Heading, ReturnType<typeof describeHeading>>());

function describedHeading(h: Heading, descriptions: WeakMap<Heading, ReturnType<typeof describeHeading>>): ReturnType<typeof describeHeading> {
  let d = descriptions.get(h);
  if (!d) {
    d = describeHeading(h.title);
    // "DAFTAR PUSTAKA – BAB III", "Referensi Bab 2": the reference list of one chapter.
    if (d.role === undefined && (REFERENCES_OF.test(d.bare) || SUPPLEMENTARY_REFERENCES.test(d.bare))) d = { ...d, role: 'references' };
    descriptions.set(h, d);
  }
  return d;
}

const REFERENCES_OF =
  /^(?:daftar\s+(?:pustaka|rujukan|referensi)|referensi|rujukan|references|bibliography|bibliografi|kepustakaan)\s*(?:[-–—:(]|bab\b|chapter\b|for\b|untuk\b)/;

/** "Supplementary References", "Referensi Tambahan": a second list, for the supplement. */
const SUPPLEMENTARY_REFERENCES =
  /^(?:(?:supplementa(?:ry|l)|additional|appendix)\s+(?:references|bibliography)|(?:daftar\s+pustaka|referensi|rujukan)\s+(?:tambahan|lampiran|suplemen))$/;

/** A paragraph cut by a page break: the first part ends mid-sentence, the second starts in lower case. */
function continuesAfterPageBreak(previous: TextBlock, next: TextBlock): boolean {
  if (next.kind !== 'paragraph' || previous.file !== next.file) return false;
  if (/[.!?:;"”)\]]$/.test(previous.text)) return false;
  return /^[\p{Ll}]/u.test(next.text);
}

/** Appends `next` to `into`, a placed copy: new text and offset arrays, the cached block untouched. */
function joinBlocks(into: TextBlock, next: TextBlock): void {
  const offsets = into.offsets.slice(0, into.text.length);
  offsets.push(into.offsets[into.text.length]);
  into.text = `${into.text} ${next.text}`;
  into.offsets = offsets.concat(next.offsets);
  into.end = next.end;
}

/** Whether the list item starting at `start` is marked with a number ("1.", "2)"). */
function orderedItem(text: string | undefined, start: number): boolean {
  if (text === undefined) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*\d{1,3}[.)]\s*$/.test(text.slice(lineStart, start)) || /^\s*\d{1,3}[.)]\s/.test(text.slice(start, start + 6));
}

/** An entry that repeats the authors of the one above with a dash: "———.", "—.", "---.". */
const SAME_AUTHORS = /^(?:[—–]+|-{2,}|_{3,})\s*[.,]/;

/** A notes paragraph of a reference list: "Catatan:", "Keterangan:", "Note:". */
const NOTES_LABEL = /^[*_\s]*(?:catatan|keterangan|note|notes|nb|n\.b\.)[*_\s]*:/i;

const CITING_BLOCKS = new Set(['paragraph', 'list-item', 'quote', 'footnote', 'caption', 'table-cell']);

/** Computes what depends on a block's text alone, or reuses it (see DerivedCache.of). Results are shared: copy before changing. */
type BlockMemo = <T>(block: TextBlock, what: string, compute: () => T) => T;

/**
 * The citations of a run of blocks — consecutive blocks of one file outside reference lists —
 * kept with the run's first block: while the run holds the same placed blocks (the same model
 * blocks in the same sections), in sections with the same own roles, of the same file, they are
 * the same. A one-file thesis read as segments, or a project, re-reads only the run of the file
 * that changed, not every block of the manuscript on every check.
 */
interface CitingRun {
  blocks: (TextBlock & Placed)[];
  owns: (SectionRole | null)[];
  file: SourceFile | undefined;
  markdown: boolean;
  /** Each citation found, with its placed copy (undefined for one resolution may rewrite: copied afresh each check). */
  prose: { citation: ProseCitation; section: number; placed: (ProseCitation & Placed) | undefined }[];
  keys: (KeyCitation & Placed)[];
}

const CITING_RUNS = slot('manuscript: citations of runs of blocks', () => new WeakMap<TextBlock, CitingRun>());

function collectReferences(manuscript: Manuscript, memo: BlockMemo): void {
  // The key citations of the models, by place: read only when a Markdown run's Pandoc keys are collected again.
  let keyedPlaces: Set<string> | undefined;
  const keyed = () => (keyedPlaces ??= new Set(manuscript.keyCitations.map((k) => `${k.file}\0${k.start}`)));
  const placedCopies = manuscript.derived.get(PLACED_COPIES);
  const runs = manuscript.derived.get(CITING_RUNS);
  // Per section and per file, not per block.
  const ownRoles: (SectionRole | null | undefined)[] = [];
  // Front matter and acknowledgements name people and cohorts ("Tarung (Fasilkom UI 2017)"), and
  // the page that tells how to cite the thesis itself is not a citation of a source.
  const ownOf = (section: number): SectionRole | null => {
    let own = ownRoles[section];
    if (own === undefined) own = ownRoles[section] = manuscript.sections[section].ownRole ?? inheritedOwnRole(manuscript, section) ?? null;
    return own;
  };
  const markdownFiles = new Map<string, boolean>();
  // Written reference lists: a run of reference-list sections in one file is one list; prose
  // between two such runs (the next chapter) or another file starts a new one.
  const lists = { count: manuscript.referenceList.length > 0 ? 1 : 0, current: -1, file: '' };
  let notesIn = -1;
  // The last block of a reference list read, and how many entries it gave: a Word export may cut
  // an entry into paragraphs ("…, & Putri Armayani," / "D. (2023). ANALISA …").
  let lastRead: { block: TextBlock; section: number; count: number } | undefined;
  const blocks = manuscript.blocks;
  for (let i = 0; i < blocks.length;) {
    const block = blocks[i];
    const role = manuscript.sections[block.section].role;
    if (role === 'references') {
      i++;
      // "Catatan: daftar pustaka ini mengikuti APA …" and what follows it in the section: notes, not entries.
      if (notesIn === block.section) continue;
      if ((block.kind === 'paragraph' || block.kind === 'list-item') && NOTES_LABEL.test(block.text)) {
        notesIn = block.section;
        continue;
      }
      if (block.kind === 'paragraph' || block.kind === 'list-item') {
        const physical = realPath(manuscript.segments, block.file);
        if (lists.current < 0 || lists.file !== physical) {
          lists.current = lists.count++;
          lists.file = physical;
        }
        // "1. Wang, X. … 2014." in an ordered list: a numbered list, in the order of citation.
        const ordered = block.kind === 'list-item' && orderedItem(manuscript.files.get(block.file)?.text, block.start);
        const before =
          lastRead &&
          lastRead.section === block.section &&
          lastRead.block.file === block.file &&
          // (A list item is an entry of its own.)
          block.kind === 'paragraph' &&
          lastRead.block.kind === 'paragraph' &&
          continuesEntry(lastRead.block.text, block.text)
            ? lastRead
            : undefined;
        let read: TextBlock = block;
        if (before) {
          manuscript.referenceList.length -= before.count;
          const into = before.block;
          read = { file: into.file, kind: into.kind, text: into.text, offsets: into.offsets, start: into.start, end: into.end };
          joinBlocks(read, block);
        }
        const count = manuscript.referenceList.length;
        const parsedEntries = before ? parseReferenceBlock(read) : memo(block, 'references', () => parseReferenceBlock(block));
        for (const parsed of parsedEntries) {
          const entry = ordered && !parsed.numbered ? { ...parsed, ordered: true } : parsed;
          const previous = manuscript.referenceList[manuscript.referenceList.length - 1];
          // "———. Visualizing Data. 1994.": the same authors as the entry above (Chicago, MLA).
          const same = SAME_AUTHORS.test(entry.text) && previous?.list === lists.current ? { authors: previous.authors, etAl: previous.etAl } : {};
          manuscript.referenceList.push({ ...entry, ...same, list: lists.current, group: block.section });
        }
        lastRead = { block: read, section: block.section, count: manuscript.referenceList.length - count };
      }
      continue;
    }
    lastRead = undefined;
    // A run: this block and the next ones of its file outside reference lists.
    let end = i + 1;
    while (end < blocks.length && blocks[end].file === block.file && manuscript.sections[blocks[end].section].role !== 'references') end++;
    for (let k = i; k < end && lists.current >= 0; k++) if (blocks[k].kind !== 'heading') lists.current = -1;
    let markdown = markdownFiles.get(block.file);
    if (markdown === undefined)
      markdownFiles.set(block.file, (markdown = manuscript.markup === 'markdown' || markupFor(block.file, manuscript.markup) === 'markdown'));
    const file = manuscript.files.get(block.file);
    let run = runs.get(block);
    if (!run || !sameRun(run, blocks, i, end, ownOf, file, markdown)) {
      run = citingRun(blocks, i, end, { memo, ownOf, file, markdown, keyed, placedCopies });
      runs.set(block, run);
    }
    for (const p of run.prose) manuscript.proseCitations.push(p.placed ?? citationCopy(p.citation, p.section));
    for (const k of run.keys) {
      manuscript.keyCitations.push(k);
      keyedPlaces?.add(`${k.file}\0${k.start}`);
    }
    i = end;
  }
  const order = new Map(manuscript.fileOrder.map((f, i) => [f, i]));
  if (!inFileOrder(manuscript.keyCitations, order))
    manuscript.keyCitations.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.start - b.start);
}

/** Whether `keys` are sorted by file (in `order`) and start already: then sorting them (a stable sort) would change nothing. */
function inFileOrder(keys: readonly KeyCitation[], order: Map<string, number>): boolean {
  let file: string | undefined;
  let rank = -1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k.file !== file) {
      const next = order.get(k.file) ?? -1;
      if (next < rank) return false;
      if (next === rank && file !== undefined && keys[i - 1].start > k.start) return false;
      file = k.file;
      rank = next;
    } else if (keys[i - 1].start > k.start) return false;
  }
  return true;
}

function sameRun(
  run: CitingRun,
  blocks: (TextBlock & Placed)[],
  from: number,
  to: number,
  ownOf: (section: number) => SectionRole | null,
  file: SourceFile | undefined,
  markdown: boolean,
): boolean {
  if (run.blocks.length !== to - from || run.file !== file || run.markdown !== markdown) return false;
  for (let k = from; k < to; k++) if (run.blocks[k - from] !== blocks[k] || run.owns[k - from] !== ownOf(blocks[k].section)) return false;
  return true;
}

/** The citations of blocks[from, to), a run of one file outside reference lists (see CitingRun). */
function citingRun(
  blocks: (TextBlock & Placed)[],
  from: number,
  to: number,
  context: {
    memo: BlockMemo;
    ownOf: (section: number) => SectionRole | null;
    file: SourceFile | undefined;
    markdown: boolean;
    keyed: () => Set<string>;
    placedCopies: WeakMap<object, Placed>;
  },
): CitingRun {
  const { memo, ownOf, file, markdown, keyed, placedCopies } = context;
  const run: CitingRun = { blocks: blocks.slice(from, to), owns: [], file, markdown, prose: [], keys: [] };
  for (let k = from; k < to; k++) {
    const block = blocks[k];
    const own = ownOf(block.section);
    run.owns.push(own);
    if (!CITING_BLOCKS.has(block.kind)) continue;
    if (own === 'front' || own === 'acknowledgements') continue;
    // A footnote or list item that is a whole reference entry ("DeVides, Z. B., and E. E. Harris. …
    // Journal of Accounting, Auditing & Finance (2025)", "As'ari, A. R., dkk. (2017). Buku Guru …")
    // cites the one work it writes out — its first author and year — and nothing else: the names
    // and years inside its title, journal and pages are no citations. Resolved like any citation,
    // it is silent when the work is in a reference list or .bib and reported when it is in none.
    const writtenOut = block.kind === 'footnote' || block.kind === 'list-item' ? memo(block, 'entry-written-out', () => entryWrittenOut(block)) : undefined;
    const prose = memo(block, 'prose-citations', () => extractProseCitations(block));
    const cited = writtenOut ? citationOfWrittenEntry(writtenOut, prose) : prose;
    for (const c of cited)
      run.prose.push({
        citation: c,
        section: block.section,
        placed: c.optionalFirst === undefined ? placedCitation(c, block.section, placedCopies) : undefined,
      });
    if (writtenOut || !markdown || !file) continue;
    for (const k of memo(block, 'pandoc-citations', () => extractPandocCitations(block, file))) {
      const id = `${k.file}\0${k.start}`;
      if (keyed().has(id)) continue;
      keyed().add(id);
      run.keys.push(placedCopy(k, block.section, placedCopies));
    }
  }
  return run;
}

/**
 * A citation placed in `section`, built as a literal (see placedBlock: a spread copy per citation
 * per check was most of collectReferences' time, and every pass over the copies read objects of
 * many shapes). Resolution rewrites a citation whose first name may be a sentence adverb
 * (rules.ts dropFirstAuthor, the only change made to a placed citation, and only to one with
 * `optionalFirst`): such a citation is copied afresh for every check, author span included; any
 * other is the same placed object while its block's model and its section are unchanged.
 */
function placedCitation(c: ProseCitation, section: number, placedCopies: WeakMap<object, Placed>): ProseCitation & Placed {
  if (c.optionalFirst !== undefined) return citationCopy(c, section);
  let placed = placedCopies.get(c) as (ProseCitation & Placed) | undefined;
  if (!placed || placed.section !== section) placedCopies.set(c, (placed = citationCopy(c, section)));
  return placed;
}

function citationCopy(c: ProseCitation, section: number): ProseCitation & Placed {
  return {
    file: c.file,
    start: c.start,
    end: c.end,
    kind: c.kind,
    authors: c.authors,
    written: c.written,
    writtenAuthors: c.writtenAuthors,
    authorSpan: { file: c.authorSpan.file, start: c.authorSpan.start, end: c.authorSpan.end },
    etAl: c.etAl,
    year: c.year,
    yearSpan: c.yearSpan,
    secondaryOriginal: c.secondaryOriginal,
    firstWritten: c.firstWritten,
    titleHint: c.titleHint,
    strong: c.strong,
    withInitials: c.withInitials,
    optionalFirst: c.optionalFirst,
    section,
  };
}

/** The reference entry a footnote or list item writes out (Chicago's notes): names, a title, a year. */
function entryWrittenOut(block: TextBlock): ReferenceEntry | undefined {
  const text = block.text.replace(/^[-*•\s]+/, '');
  if (text.length < 40 || !/^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}/u.test(text)) return undefined;
  const entries = parseReferenceBlock(block);
  return entries.length === 1 && entries[0].year !== undefined && entries[0].authors.length > 0 ? entries[0] : undefined;
}

/** The citation of a written-out entry: the one whose first author and year are the entry's own. */
function citationOfWrittenEntry(entry: ReferenceEntry, prose: readonly ProseCitation[]): ProseCitation[] {
  const first = normalizeName(entry.authors[0].family);
  const year = entry.year?.replace(/[a-z]$/, '');
  const own = prose.find((c) => c.authors.length > 0 && normalizeName(c.authors[0]) === first && c.year.replace(/[a-z]$/, '') === year);
  // Names with initials, a year, a title and a publisher: as strong a sign of citing as "et al.".
  return own ? [{ ...own, strong: true }] : [];
}

/** The nearest role a heading names, looking up the section tree (undefined for the untitled start). */
function inheritedOwnRole(manuscript: Manuscript, index: number): SectionRole | undefined {
  for (let i = index; i > 0; i = manuscript.sections[i].parent) {
    const role = manuscript.sections[i].ownRole;
    if (role) return role;
  }
  return undefined;
}

function outsideMessage(written: string) {
  return say('manuscript.outsideProject', { written });
}

function loadBibliographies(manuscript: Manuscript, host: FileHost, rootDir: string, cache: ParseCache | undefined): void {
  const sourceFile = (path: string, text: string) => (cache ? cache.sourceFile(path, text) : makeSourceFile(path, text));
  const declared: { declaration: DeclaredBibliography; inferred?: boolean }[] = manuscript.spec.bibliographies.map((d) => ({ declaration: d }));
  const declare = (b: BibliographyDeclaration, base: string) =>
    declared.push({
      declaration: {
        written: b.written,
        path: resolvePath(base, b.path === b.written ? b.written : b.path),
        declaredIn: { file: b.file, start: b.start, end: b.end },
      },
    });
  for (const model of manuscript.models) {
    for (const b of model.bibliographies) declare(b, model.markup === 'latex' ? rootDir : dirname(model.file.path));
  }
  if (manuscript.markup === 'latex') {
    // A template's class or style file may declare the bibliography (\addbibresource in skripsi.cls).
    const loads = manuscript.models.flatMap((m) => m.packages);
    for (const found of localPackageFiles(loads, rootDir, host)) {
      if (found.bibliographies.length === 0) continue;
      manuscript.files.set(found.path, sourceFile(found.path, found.text));
      for (const b of found.bibliographies) declare(b, rootDir);
    }
  }
  // TeX Live's own bibliographies (\bibliography{IEEEabrv,pustaka}) are found by BibTeX, not here.
  const own = declared.filter((d) => !isTexLiveBibliography(d.declaration.written) || host.isFile(d.declaration.path));
  // Nothing declared, but the manuscript cites: a .bib in the project is what it cites from.
  const bibitems = manuscript.referenceList.some((e) => e.origin === 'bibitem');
  const cites =
    (manuscript.keyCitations.some((k) => k.key !== '*') && !bibitems) || (manuscript.proseCitations.length > 0 && manuscript.referenceList.length === 0);
  if (own.length === 0 && cites) {
    const folder = manuscript.markup === 'latex' || !host.isDirectory(manuscript.spec.root) ? rootDir : manuscript.spec.root;
    for (const path of undeclaredBibliographies(folder, host, manuscript.spec.searchRoot))
      own.push({ declaration: { written: basename(path), path }, inferred: true });
  }
  const seen = new Set<string>();
  for (const d of own) {
    if (seen.has(d.declaration.path)) continue;
    seen.add(d.declaration.path);
    let path = d.declaration.path;
    if (host.outside?.(path)) {
      manuscript.bibliographies.push({ declaration: d.declaration, inferred: d.inferred, outside: true });
      const where = d.declaration.declaredIn ?? { file: manuscript.fileOrder[0] ?? manuscript.spec.root, start: 0, end: 0 };
      manuscript.problems.push({ code: OUTSIDE_PROJECT, severity: 'warning', ...where, ...outsideMessage(d.declaration.written) });
      continue;
    }
    let text = host.readFile(path);
    if (text === undefined && !extname(path)) {
      text = host.readFile(path + '.bib');
      if (text !== undefined) path += '.bib';
    }
    const source: BibliographySource = { declaration: { ...d.declaration, path }, inferred: d.inferred };
    if (text !== undefined) {
      manuscript.files.set(path, sourceFile(path, text));
      source.database = cache ? cache.database(path, text) : loadDatabase(path, text);
      manuscript.databaseEntries.push(...source.database.entries);
    }
    manuscript.bibliographies.push(source);
  }
}
