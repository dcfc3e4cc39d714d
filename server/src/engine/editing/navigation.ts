// Navigation between citations and entries: go to definition, find references, rename a key,
// code lenses with citation counts, and the outline of sections with their roles.
import { say, t, type Locale, type Message } from '../messages';
import type { CheckResult } from '../engine';
import type { Span } from '../model';
import { describeEntry, type ReferenceEntry } from '../bibliography/entries';
import type { SectionRole } from '../model';
import { citationAt, citationsOf, entriesOf, entriesWithKey, entryAt } from './context';
import type { TextEdit } from './types';

type Result = Pick<CheckResult, 'manuscript' | 'files' | 'analysis'>;

/** Where an entry is defined: a .bib/CSL entry's key, or the whole written entry. */
function entryTarget(entry: ReferenceEntry): Span {
  return { file: entry.file, start: entry.start, end: entry.end };
}

/** The entries a citation at `offset` points to. */
export function definitionAt(result: Result, file: string, offset: number): Span[] {
  const at = citationAt(result, file, offset);
  return at ? entriesOf(result, at).map(entryTarget) : [];
}

/**
 * Every citation of the entry at `offset` (an entry, or a citation of it), across all chapters,
 * in reading order; with `includeDeclaration` the entries themselves come first.
 */
export function referencesAt(result: Result, file: string, offset: number, includeDeclaration: boolean): Span[] {
  const at = citationAt(result, file, offset);
  const entries = at ? entriesOf(result, at) : [entryAt(result.manuscript, file, offset)].filter((e): e is ReferenceEntry => !!e);
  if (entries.length === 0) {
    // A key nothing defines still has its other uses.
    if (at?.kind === 'key') return keyUses(result, at.resolved.citation.key);
    return [];
  }
  const citations: Span[] = [];
  for (const entry of entries) {
    const { keys, prose } = citationsOf(result, entry);
    for (const k of keys) citations.push({ file: k.file, start: k.start, end: k.end });
    for (const p of prose) citations.push({ file: p.citation.file, start: p.citation.start, end: p.citation.end });
  }
  return [...(includeDeclaration ? entries.map(entryTarget) : []), ...sortSpans(result, dedupe(citations))];
}

function keyUses(result: Result, key: string): Span[] {
  return result.manuscript.keyCitations.filter((k) => k.key === key).map((k) => ({ file: k.file, start: k.start, end: k.end }));
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const id = `${s.file}:${s.start}:${s.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function sortSpans(result: Result, spans: Span[]): Span[] {
  const order = (file: string) => {
    const i = result.manuscript.fileOrder.indexOf(file);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return spans.sort((a, b) => order(a.file) - order(b.file) || a.file.localeCompare(b.file) || a.start - b.start);
}

// ---- rename ----------------------------------------------------------------------------------

/** The key under `offset` that can be renamed: in a key citation, a .bib/CSL entry head or a \bibitem. */
export function renameTargetAt(result: Result, file: string, offset: number): (Span & { key: string }) | undefined {
  const at = citationAt(result, file, offset);
  if (at?.kind === 'key') return { ...spanOf(at.resolved.citation), key: at.resolved.citation.key };
  const entry = entryAt(result.manuscript, file, offset);
  if (!entry?.key) return undefined;
  const span = keySpan(result, entry);
  return span && offset >= span.start && offset <= span.end ? { ...span, key: entry.key } : undefined;
}

function spanOf(s: Span): Span {
  return { file: s.file, start: s.start, end: s.end };
}

/** Where an entry writes its key: the span itself for .bib/CSL, `\bibitem[…]{key}` for a bibitem. */
function keySpan(result: Result, entry: ReferenceEntry): Span | undefined {
  const text = result.files.get(entry.file)?.text;
  if (!text || !entry.key) return undefined;
  if (entry.origin === 'bib' || entry.origin === 'csl') return text.slice(entry.start, entry.end) === entry.key ? spanOf(entry) : undefined;
  if (entry.origin === 'bibitem') {
    const m = /^\\bibitem\s*(?:\[[^\]]*\]\s*)?\{([^}]*)\}/.exec(text.slice(entry.start, entry.end));
    if (!m || m[1].trim() !== entry.key) return undefined;
    const start = entry.start + m[0].indexOf('{') + 1 + (m[1].length - m[1].trimStart().length);
    return { file: entry.file, start, end: start + entry.key.length };
  }
  return undefined;
}

export const VALID_KEY = /^[^\s,{}()[\]%#"'@\\;]+$/;

/**
 * Why `key` cannot become `newKey`, or undefined when it can: a key another entry already has
 * (BibTeX and biber compare keys without case) would merge two works, every citation of the old
 * key then pointing at the other one.
 */
export function renameConflict(result: Result, key: string, newKey: string, locale: Locale = 'en'): string | undefined {
  const lower = newKey.toLowerCase();
  const taken = [...result.manuscript.databaseEntries, ...result.manuscript.referenceList].find(
    (e) => e.key !== undefined && e.key !== key && e.key.toLowerCase() === lower,
  );
  if (taken?.key === undefined) return undefined;
  return t(locale, 'lsp.renameConflict', { newKey, taken: taken.key, key });
}

/** `crossref = {key}`, `xref = "key"`, `xdata = {a, key}`: BibTeX/biblatex fields that name other entries. */
const KEY_FIELD = /(?<![\p{L}\p{N}_-])(?:crossref|xref|xdata)\s*=\s*(?:\{([^{}]*)\}|"([^"]*)"|([^\s,{}"#%]+))/giu;

/** Where the .bib files the manuscript reads name `key` in a crossref/xref/xdata field. */
function keyFieldUses(result: Result, key: string): Span[] {
  const spans: Span[] = [];
  const paths = new Set<string>();
  for (const b of result.manuscript.bibliographies) if (b.database && /\.bib$/i.test(b.declaration.path)) paths.add(b.declaration.path);
  for (const path of paths) {
    const text = result.files.get(path)?.text;
    if (!text) continue;
    for (const m of text.matchAll(KEY_FIELD)) {
      const value = m[1] ?? m[2] ?? m[3];
      const valueStart = m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
      // xdata lists several keys: each comma-separated part on its own.
      let at = 0;
      for (const part of value.split(',')) {
        const lead = part.length - part.trimStart().length;
        if (part.trim() === key) spans.push({ file: path, start: valueStart + at + lead, end: valueStart + at + lead + key.length });
        at += part.length + 1;
      }
    }
  }
  return spans;
}

/** The edits that rename `key` everywhere: citations in every chapter, .bib/CSL entries, \bibitems and crossref/xdata fields. */
export function renameEdits(result: Result, key: string, newKey: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const use of keyFieldUses(result, key)) edits.push({ ...use, newText: newKey });
  for (const k of result.manuscript.keyCitations) {
    if (k.key !== key) continue;
    if (result.files.get(k.file)?.text.slice(k.start, k.end) !== key) continue;
    edits.push({ file: k.file, start: k.start, end: k.end, newText: newKey });
  }
  for (const entry of entriesWithKey(result.manuscript, key)) {
    const span = keySpan(result, entry);
    if (!span) continue;
    if (entry.origin === 'csl') {
      // "id": "key" in JSON: the key is a string, so the new one must be escaped as JSON.
      edits.push({ ...span, newText: JSON.stringify(newKey).slice(1, -1) });
    } else edits.push({ ...span, newText: newKey });
  }
  const seen = new Set<string>();
  return sortSpans(result, edits).filter((e) => {
    const id = `${e.file}:${e.start}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }) as TextEdit[];
}

// ---- code lenses -----------------------------------------------------------------------------

export interface EntryLens extends Span {
  /** In English; `titleMsg` is the same as catalogue data. */
  title: string;
  titleMsg: Message;
  /** Citations of the entry, for "show references". */
  citations: Span[];
}

/** "cited 3 times" / "cited once" / "never cited" above each entry of `file`. */
export function entryLenses(result: Result, file: string): EntryLens[] {
  const { manuscript } = result;
  const entries = [...manuscript.referenceList, ...manuscript.databaseEntries].filter((e) => e.file === file && !e.numbered);
  const lenses: EntryLens[] = [];
  const seen = new Set<string>();
  for (const entry of entries.sort((a, b) => a.start - b.start)) {
    const id = `${entry.start}:${entry.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const { keys, prose } = citationsOf(result, entry);
    const citations = sortSpans(result, dedupe([...keys.map(spanOf), ...prose.map((p) => spanOf(p.citation))]));
    const n = citations.length;
    const { message: title, msg: titleMsg } = say('lens.cited', { count: n });
    lenses.push({ file: entry.file, start: entry.start, end: entry.end, title, titleMsg, citations });
  }
  return lenses;
}

// ---- outline ---------------------------------------------------------------------------------

export interface OutlineSymbol extends Span {
  name: string;
  role: SectionRole;
  level: number;
  /** The heading itself. */
  selection: Span;
  children: OutlineSymbol[];
}

/** The sections whose headings are in `file`, nested, each spanning to the next heading of its level or above. */
export function outline(result: Result, file: string): OutlineSymbol[] {
  const text = result.files.get(file)?.text ?? '';
  const sections = result.manuscript.sections.filter((s) => s.heading && s.heading.file === file).sort((a, b) => a.heading!.start - b.heading!.start);
  const roots: OutlineSymbol[] = [];
  const stack: OutlineSymbol[] = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const h = s.heading!;
    const next = sections.slice(i + 1).find((t) => t.level <= s.level);
    const end = trimEnd(text, next ? next.heading!.start : text.length);
    const symbol: OutlineSymbol = {
      file,
      start: h.start,
      end: Math.max(end, h.end),
      name: s.title.replace(/\s+/g, ' ').trim() || '(untitled)',
      role: s.role,
      level: s.level,
      selection: spanOf(h),
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].level >= s.level) stack.pop();
    if (stack.length > 0) stack[stack.length - 1].children.push(symbol);
    else roots.push(symbol);
    stack.push(symbol);
  }
  return roots;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

// ---- .bib outline ----------------------------------------------------------------------------

export interface EntrySymbol extends Span {
  /** The key. */
  name: string;
  /** "Sen, A. (1999)" and the title. */
  detail: string;
  /** The key itself. */
  selection: Span;
}

/**
 * The entries of a bibliography file, in file order: each spans from its `@` to its closing brace
 * (or the next entry), selected at its key. From the manuscript's check when one read the file,
 * else from `entries` (the file parsed on its own).
 */
export function bibSymbols(text: string, file: string, entries: readonly ReferenceEntry[]): EntrySymbol[] {
  const own = entries.filter((e) => e.file === file && e.key).sort((a, b) => a.start - b.start);
  return own.map((e, i) => {
    const at = text.lastIndexOf('@', e.start);
    const nextAt = i + 1 < own.length ? text.lastIndexOf('@', own[i + 1].start) : text.length;
    let end = nextAt;
    while (end > e.end && /\s/.test(text[end - 1])) end--;
    return {
      file,
      start: at < 0 ? e.start : at,
      end: Math.max(end, e.end),
      name: e.key!,
      detail: e.title ? `${describeEntry(e)} ${e.title}` : describeEntry(e),
      selection: { file, start: e.start, end: e.end },
    };
  });
}
