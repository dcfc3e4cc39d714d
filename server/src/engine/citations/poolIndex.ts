// Indexes of a reference pool kept between checks, and resolutions remembered while the citation
// and the pool are unchanged: the language server resolves every citation again after each
// keystroke, when all but a few are as they were. What is kept lives in the run's DerivedCache
// (RESOLUTION_MEMORY); the rules themselves are in rules.ts.
import type { ProseCitation } from './authorYear';
import type { ReferenceEntry } from '../bibliography/entries';
import { nameKeys, isAcronymShape, namesMatch, type NameKeys, type NameKeysMemo } from '../bibliography/names';
import { TextMemo } from '../memo';
import { slot } from '../derived';
import { dropFirstAuthor, resolveProse, type AuthorProblem, type PoolQueries, type Resolution } from './rules';
import { normalizeYear } from '../bibliography/entries';

/** What resolution keeps between checks. */
export interface ResolutionMemory {
  names: NameKeysMemo;
  /** The pools of the last few checks, newest first. */
  recentPools: PoolSnapshot[];
  /** Resolutions by the citation's authors array (see resolveProseMemo). */
  keptByAuthors: WeakMap<readonly string[], KeptProse[]>;
  /** The database entries of the last check by key (see databaseByKey). */
  lastDatabase?: { entries: ReferenceEntry[]; keys: (string | undefined)[]; byKey: Map<string, ReferenceEntry[]> };
}

export const RESOLUTION_MEMORY = slot('citations: pool indexes and remembered resolutions', (): ResolutionMemory => ({
  names: new TextMemo<NameKeys>(20_000),
  recentPools: [],
  keptByAuthors: new WeakMap(),
}));

// The database entries of the last check by key. They are the same objects from check to check
// while the bibliography files are unchanged (a ParseCache keeps the loaded databases); only the
// last check's are kept.
/** The entries with each key, in order (never an empty list). */
export function databaseByKey(entries: ReferenceEntry[], memory: ResolutionMemory): Map<string, ReferenceEntry[]> {
  const last = memory.lastDatabase;
  if (last !== undefined && last.entries.length === entries.length) {
    let same = true;
    for (let i = 0; i < entries.length && same; i++) same = entries[i] === last.entries[i] && entries[i].key === last.keys[i];
    if (same) return last.byKey;
  }
  const byKey = new Map<string, ReferenceEntry[]>();
  for (const e of entries) if (e.key) push(byKey, e.key, e);
  memory.lastDatabase = { entries: entries.slice(), keys: entries.map((e) => e.key), byKey };
  return byKey;
}

// Re-checks after an edit resolve the same citations against the same reference list. The pool is
// a new array of new entry objects on every check (reference-list entries are copied when placed),
// so what is kept between checks is keyed by the pool's content, compared field by field with the
// last pools seen (cheap: unchanged strings are the same string objects), and refers to entries by
// their position in the pool, never by object (no entry of an old check is retained).

/** What resolution reads of the pool's entries: their authors' family names, year, et al. and text. */
interface PoolSnapshot {
  against: 'list' | 'database';
  years: (string | undefined)[];
  etAl: (boolean | undefined)[];
  /** The reference list of each entry (several lists are pools of their own). */
  lists: (number | undefined)[];
  texts: string[];
  authorCounts: number[];
  families: (string | undefined)[];
  tables: PoolTables;
}

/** Lookup tables derived from a pool's content: positions in the pool, ascending. */
interface PoolTables {
  /** Positions by each key (familyKeys) of the entry's first author. */
  firstByKey: Map<string, number[]>;
  /** Positions by the acronym of the entry's first author. */
  firstByAcronym: Map<string, number[]>;
  /** Keys and acronyms of every author of every entry (for an optional first name), built when first needed. */
  anyAuthor?: { keys: Set<string>; acronyms: Set<string> };
  /** Positions by normalised year, and by year without suffix for years that start with a digit; built when first needed. */
  years?: { exact: Map<string, number[]>; base: Map<string, number[]> };
  /** Citations resolved against this pool, by their content (bounded). */
  byContent?: Map<string, KeptProse>;
}

// The pools of the last few checks (a workspace may hold several manuscripts), newest first.
const RECENT_POOLS = 4;

export function tablesFor(pool: ReferenceEntry[], against: 'list' | 'database', memory: ResolutionMemory): PoolTables {
  const { recentPools } = memory;
  for (let i = 0; i < recentPools.length; i++) {
    const snapshot = recentPools[i];
    if (!sameContent(snapshot, pool, against)) continue;
    if (i > 0) {
      recentPools.splice(i, 1);
      recentPools.unshift(snapshot);
    }
    return snapshot.tables;
  }
  const snapshot = snapshotOf(pool, against, memory.names);
  recentPools.unshift(snapshot);
  if (recentPools.length > RECENT_POOLS) recentPools.pop();
  return snapshot.tables;
}

function sameContent(snapshot: PoolSnapshot, pool: ReferenceEntry[], against: 'list' | 'database'): boolean {
  if (snapshot.against !== against || snapshot.texts.length !== pool.length) return false;
  const { years, etAl, lists, texts, authorCounts, families } = snapshot;
  let f = 0;
  for (let i = 0; i < pool.length; i++) {
    const e = pool[i];
    if (e.year !== years[i] || e.etAl !== etAl[i] || e.list !== lists[i] || e.text !== texts[i] || e.authors.length !== authorCounts[i]) return false;
    for (const a of e.authors) if (a?.family !== families[f++]) return false;
  }
  return true;
}

function snapshotOf(pool: ReferenceEntry[], against: 'list' | 'database', names: NameKeysMemo): PoolSnapshot {
  const snapshot: PoolSnapshot = {
    against,
    years: [],
    etAl: [],
    lists: [],
    texts: [],
    authorCounts: [],
    families: [],
    tables: { firstByKey: new Map(), firstByAcronym: new Map() },
  };
  const { firstByKey, firstByAcronym } = snapshot.tables;
  for (let i = 0; i < pool.length; i++) {
    const e = pool[i];
    snapshot.years.push(e.year);
    snapshot.etAl.push(e.etAl);
    snapshot.lists.push(e.list);
    snapshot.texts.push(e.text);
    snapshot.authorCounts.push(e.authors.length);
    for (const a of e.authors) snapshot.families.push(a?.family);
    const first = e.authors[0];
    if (!first) continue;
    const keys = nameKeys(first.family, names);
    for (const k of keys.keys) push(firstByKey, k, i);
    if (keys.acronym !== undefined) push(firstByAcronym, keys.acronym, i);
  }
  return snapshot;
}

/**
 * The pool of one check with its tables, so that a citation looks up the entries that may match
 * instead of comparing itself with every entry. Every lookup answers exactly what the
 * corresponding filter over the pool would, in pool order.
 */
export class PoolIndex implements PoolQueries {
  /** Position of each entry (its first, should an object be in the pool twice); built when first needed. */
  private positions?: Map<ReferenceEntry, number>;

  constructor(
    readonly pool: ReferenceEntry[],
    readonly tables: PoolTables,
    readonly names: NameKeysMemo,
  ) {}

  /** pool.filter((e) => e.authors[0] && namesMatch(e.authors[0].family, surname)) */
  byFirstAuthor(surname: string): ReferenceEntry[] {
    const lists: number[][] = [];
    if (isAcronymShape(surname)) {
      const list = this.tables.firstByAcronym.get(surname);
      if (list) lists.push(list);
    }
    const keys = nameKeys(surname, this.names).keys;
    for (const k of keys) {
      const list = this.tables.firstByKey.get(k);
      if (list) lists.push(list);
    }
    const found = this.entriesAt(lists);
    // A name of several words matches another of several words only as a whole (namesMatch).
    return keys.length > 2 ? found.filter((e) => namesMatch(e.authors[0].family, surname, this.names)) : found;
  }

  /** pool.some((e) => e.authors.some((a) => namesMatch(a.family, name))) */
  anyAuthorMatches(name: string): boolean {
    let any = this.tables.anyAuthor;
    if (!any) {
      any = { keys: new Set<string>(), acronyms: new Set<string>() };
      for (const e of this.pool) {
        for (const a of e.authors) {
          const keys = nameKeys(a.family, this.names);
          for (const k of keys.keys) any.keys.add(k);
          if (keys.acronym !== undefined) any.acronyms.add(keys.acronym);
        }
      }
      this.tables.anyAuthor = any;
    }
    const { keys, acronyms } = any;
    if (isAcronymShape(name) && acronyms.has(name)) return true;
    return nameKeys(name, this.names).keys.some((k) => keys.has(k));
  }

  /** pool.filter((e) => sameYear(e.year, year)) */
  sameYear(year: string): ReferenceEntry[] {
    let years = this.tables.years;
    if (!years) {
      years = { exact: new Map<string, number[]>(), base: new Map<string, number[]>() };
      for (let i = 0; i < this.pool.length; i++) {
        const a = normalizeYear(this.pool[i].year);
        if (!a) continue;
        push(years.exact, a, i);
        if (/^\d/.test(a)) push(years.base, a.replace(/[a-z]$/, ''), i);
      }
      this.tables.years = years;
    }
    const b = normalizeYear(year);
    if (!b) return [];
    const lists: number[][] = [];
    const exact = years.exact.get(b);
    if (exact) lists.push(exact);
    const base = years.base.get(b.replace(/[a-z]$/, ''));
    if (base) lists.push(base);
    return this.entriesAt(lists);
  }

  /** Where `entry` stands in the pool. */
  positionOf(entry: ReferenceEntry): number {
    if (!this.positions) {
      this.positions = new Map();
      for (let i = this.pool.length - 1; i >= 0; i--) this.positions.set(this.pool[i], i);
    }
    const at = this.positions.get(entry);
    if (at === undefined) throw new Error('resolution chose an entry outside its pool');
    return at;
  }

  /** The entries at the positions of any of `lists` (each ascending), once each, in pool order. */
  private entriesAt(lists: number[][]): ReferenceEntry[] {
    if (lists.length === 0) return [];
    let positions = lists[0];
    if (lists.length > 1) {
      const all = new Set<number>();
      for (const list of lists) for (const i of list) all.add(i);
      positions = [...all].sort((x, y) => x - y);
    }
    return positions.map((i) => this.pool[i]);
  }
}

export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else list.push(value);
}

/** A resolution with entries named by their position in the pool. */
type KeptResolution =
  | { status: 'ok'; entry: number }
  | { status: 'year-mismatch'; entry: number; others: number[] }
  | { status: 'author-mismatch'; entry: number; problem: AuthorProblem }
  | { status: 'ambiguous'; entries: number[] }
  | { status: 'missing' }
  | { status: 'unchecked' };

/** What a citation resolved to against a pool, with what the resolution read of the citation. */
interface KeptProse {
  tables: PoolTables;
  authors: string[];
  year: string;
  etAl: boolean;
  optional: boolean;
  firstWritten: string | undefined;
  titleHint: string | undefined;
  /** The optional first name was dropped. */
  dropFirst: boolean;
  resolution: KeptResolution;
}

// Kept by the citation's authors array: placed citations are copies of the citations a ParseCache
// keeps with the block, sharing that array while the block is unchanged (several citations may
// share one: "(Slavin, 1980, 2011)"). Kept as long as the array is, a few per array; each is
// checked against the citation's content and the pool before use.
const KEPT_PER_AUTHORS = 8;
// A citation in an edited block is a new object with a new authors array: found by its content
// among what was resolved against the same pool (PoolTables.byContent).
const KEPT_BY_CONTENT = 5_000;

/** resolveProse, reused while the citation and the pool's content are unchanged. */
export function resolveProseMemo(citation: ProseCitation, index: PoolIndex, against: 'list' | 'database', memory: ResolutionMemory): Resolution {
  const { keptByAuthors } = memory;
  const authors = citation.authors;
  const tables = index.tables;
  const optional = citation.optionalFirst !== undefined;
  const year = citation.year;
  const etAl = citation.etAl;
  const firstWritten = citation.firstWritten;
  const titleHint = citation.titleHint;
  let list = keptByAuthors.get(authors);
  let kept: KeptProse | undefined;
  if (list !== undefined) {
    for (const k of list) {
      if (
        k.tables === tables &&
        k.year === year &&
        k.etAl === etAl &&
        k.optional === optional &&
        k.firstWritten === firstWritten &&
        k.titleHint === titleHint &&
        sameStrings(k.authors, authors)
      ) {
        kept = k;
        break;
      }
    }
  }
  if (kept === undefined) {
    const key = `${year}\u0000${etAl ? 1 : 0}${optional ? 1 : 0}\u0000${firstWritten ?? ''}\u0000${titleHint ?? ''}\u0000${authors.join('\u0000')}`;
    const byContent = (tables.byContent ??= new Map());
    kept = byContent.get(key);
    if (
      kept === undefined ||
      kept.year !== year ||
      kept.etAl !== etAl ||
      kept.optional !== optional ||
      kept.firstWritten !== firstWritten ||
      kept.titleHint !== titleHint ||
      !sameStrings(kept.authors, authors)
    ) {
      const snapshot = authors.slice();
      const resolution = resolveProse(citation, index, against);
      kept = {
        tables,
        authors: snapshot,
        year,
        etAl,
        optional,
        firstWritten,
        titleHint,
        dropFirst: citation.authors !== authors,
        resolution: toKept(resolution, index),
      };
      if (byContent.size >= KEPT_BY_CONTENT) byContent.clear();
      byContent.set(key, kept);
    } else if (kept.dropFirst) {
      dropFirstAuthor(citation);
    }
    // Remember it by this authors array too, dropping what was kept against other pools.
    list = list === undefined ? [] : list.filter((k) => k.tables === tables);
    if (list.length >= KEPT_PER_AUTHORS) list.shift();
    list.push(kept);
    keptByAuthors.set(authors, list);
  } else if (kept.dropFirst) {
    dropFirstAuthor(citation);
  }
  // A new resolution each time: what is kept never reaches a caller.
  return fromKept(kept.resolution, index.pool, against);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function toKept(resolution: Resolution, index: PoolIndex): KeptResolution {
  switch (resolution.status) {
    case 'ok':
      return { status: 'ok', entry: index.positionOf(resolution.entry) };
    case 'year-mismatch':
      return { status: 'year-mismatch', entry: index.positionOf(resolution.entry), others: resolution.others.map((e) => index.positionOf(e)) };
    case 'author-mismatch':
      return { status: 'author-mismatch', entry: index.positionOf(resolution.entry), problem: copyProblem(resolution.problem) };
    case 'ambiguous':
      return { status: 'ambiguous', entries: resolution.entries.map((e) => index.positionOf(e)) };
    case 'missing':
      return { status: 'missing' };
    case 'unchecked':
      return { status: 'unchecked' };
  }
}

function fromKept(kept: KeptResolution, pool: ReferenceEntry[], against: 'list' | 'database'): Resolution {
  switch (kept.status) {
    case 'ok':
      return { status: 'ok', entry: pool[kept.entry] };
    case 'year-mismatch':
      return { status: 'year-mismatch', entry: pool[kept.entry], others: kept.others.map((i) => pool[i]) };
    case 'author-mismatch':
      return { status: 'author-mismatch', entry: pool[kept.entry], problem: copyProblem(kept.problem) };
    case 'ambiguous':
      return { status: 'ambiguous', entries: kept.entries.map((i) => pool[i]) };
    case 'missing':
      return { status: 'missing', against };
    case 'unchecked':
      return { status: 'unchecked' };
  }
}

function copyProblem(problem: AuthorProblem): AuthorProblem {
  switch (problem.kind) {
    case 'dropped':
      return { kind: 'dropped', missing: problem.missing.slice() };
    case 'extra':
      return { kind: 'extra', extra: problem.extra.slice() };
    default:
      return { ...problem };
  }
}
