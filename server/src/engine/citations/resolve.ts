// Matches each citation to the work it names. Key citations resolve by key; author–year prose
// resolves against the written reference list (or, when there is none, the bibliography files),
// tolerant of initials, first-name prefixes, diacritics, case, "&"/"dan"/"and", "et al."/"dkk.".
import type { KeyCitation } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import type { ProseCitation } from './authorYear';
import { normalizeYear, type ReferenceEntry } from '../bibliography/entries';
import { familyKeys, isLikelyMisspelling, normalizeName } from '../bibliography/names';
import { TextMemo } from '../memo';

export type AuthorProblem =
  | { kind: 'dropped'; missing: string[] }
  | { kind: 'extra'; extra: string[] }
  | { kind: 'misspelt'; written: string; expected: string }
  | { kind: 'not-an-author'; written: string }
  | { kind: 'first-author-missing'; expected: string }
  | { kind: 'et-al-single' };

export type Resolution =
  | { status: 'ok'; entry: ReferenceEntry }
  | { status: 'year-mismatch'; entry: ReferenceEntry; /** Every entry of that author, when there are several. */ others: ReferenceEntry[] }
  | { status: 'author-mismatch'; entry: ReferenceEntry; problem: AuthorProblem }
  | { status: 'ambiguous'; entries: ReferenceEntry[] }
  | { status: 'missing'; against: 'list' | 'database' }
  | { status: 'unchecked' };

export interface ResolvedProse {
  citation: ProseCitation & Placed;
  resolution: Resolution;
  against: 'list' | 'database';
}

export interface ResolvedKey {
  citation: KeyCitation & Placed;
  resolution: Resolution;
}

export interface CitationResolution {
  prose: ResolvedProse[];
  keys: ResolvedKey[];
  /** Entries some citation points to (with whatever defect). */
  cited: Set<ReferenceEntry>;
  /** `\nocite{*}`: every database entry counts as cited. */
  citeAll: boolean;
  /** The pool author–year prose was checked against, if any. */
  prosePool: ReferenceEntry[];
}

export function resolveCitations(manuscript: Manuscript): CitationResolution {
  const cited = new Set<ReferenceEntry>();
  // Entries by key, database entries first: found[0] is the database's when both have the key.
  const databaseKeys = databaseByKey(manuscript.databaseEntries);
  const listKeys = new Map<string, ReferenceEntry[]>();
  for (const e of manuscript.referenceList) if (e.key) push(listKeys, e.key, e);
  const haveKeySource = manuscript.databaseEntries.length > 0 || manuscript.referenceList.some((e) => e.origin === 'bibitem');
  const declaredButMissing = manuscript.bibliographies.some((b) => !b.database);
  // Keys whose entry is broken are reported once, as bibliography/syntax-error.
  const brokenKeys = new Set(manuscript.bibliographies.flatMap((b) => b.database?.problems.map((p) => p.key) ?? []));
  let citeAll = false;
  const keys: ResolvedKey[] = [];
  for (const citation of manuscript.keyCitations) {
    if (citation.key === '*') {
      citeAll = true;
      continue;
    }
    const inDatabase = databaseKeys.get(citation.key);
    const inList = listKeys.get(citation.key);
    let resolution: Resolution;
    if (inDatabase !== undefined || inList !== undefined) {
      resolution = { status: 'ok', entry: (inDatabase ?? inList)![0] };
      if (inDatabase !== undefined) for (const e of inDatabase) cited.add(e);
      if (inList !== undefined) for (const e of inList) cited.add(e);
    } else if (!haveKeySource || declaredButMissing || brokenKeys.has(citation.key)) {
      // Nothing to check against (or the declared file is missing, which is reported once).
      resolution = { status: 'unchecked' };
    } else {
      resolution = { status: 'missing', against: 'database' };
    }
    keys.push({ citation, resolution });
  }

  const listPool = manuscript.referenceList.filter((e) => e.origin !== 'bibitem' || e.authors.length > 0).filter((e) => !e.numbered && e.authors.length > 0);
  const against: 'list' | 'database' = listPool.length > 0 ? 'list' : 'database';
  const pool = listPool.length > 0 ? listPool : manuscript.databaseEntries.filter((e) => e.authors.length > 0);
  const index = pool.length === 0 ? undefined : new PoolIndex(pool, tablesFor(pool, against));
  const prose: ResolvedProse[] = [];
  for (const citation of manuscript.proseCitations) {
    const resolution = index === undefined ? ({ status: 'unchecked' } as const) : resolveProseMemo(citation, index, against);
    if (resolution.status === 'ok' || resolution.status === 'year-mismatch' || resolution.status === 'author-mismatch') cited.add(resolution.entry);
    if (resolution.status === 'ambiguous') for (const e of resolution.entries) cited.add(e);
    prose.push({ citation, resolution, against });
  }
  return { prose, keys, cited, citeAll, prosePool: pool };
}

// The database entries of the last check by key. They are the same objects from check to check
// while the bibliography files are unchanged (a ParseCache keeps the loaded databases); only the
// last check's are kept.
let lastDatabase: { entries: ReferenceEntry[]; keys: (string | undefined)[]; byKey: Map<string, ReferenceEntry[]> } | undefined;

/** The entries with each key, in order (never an empty list). */
function databaseByKey(entries: ReferenceEntry[]): Map<string, ReferenceEntry[]> {
  const last = lastDatabase;
  if (last !== undefined && last.entries.length === entries.length) {
    let same = true;
    for (let i = 0; i < entries.length && same; i++) same = entries[i] === last.entries[i] && entries[i].key === last.keys[i];
    if (same) return last.byKey;
  }
  const byKey = new Map<string, ReferenceEntry[]>();
  for (const e of entries) if (e.key) push(byKey, e.key, e);
  lastDatabase = { entries: entries.slice(), keys: entries.map((e) => e.key), byKey };
  return byKey;
}

/** Whether a cited surname names the entry's author (any significant word of either side). */
export function namesMatch(entryFamily: string, cited: string): boolean {
  const entry = nameKeys(entryFamily);
  if (entry.acronym !== undefined && entry.acronym === cited && isAcronymShape(cited)) return true;
  const entryKeys = entry.keys;
  return nameKeys(cited).keys.some((k) => entryKeys.includes(k));
}

interface NameKeys {
  /** familyKeys of the name. */
  keys: string[];
  /** Initials of its capitalised words when there are at least two ("WHO" for World Health Organization). */
  acronym?: string;
}

// familyKeys normalizes every word (NFD, diacritics, case): the keys of a name are kept by the
// name (family names of unchanged entries and citations are the same strings from check to check).
const nameKeyMemo = new TextMemo<NameKeys>(20_000);

function nameKeys(name: string): NameKeys {
  return nameKeyMemo.get(name, () => ({ keys: familyKeys(name), acronym: acronymOf(name) }));
}

/** What a cited name must look like to be read as an acronym: 2–8 capitals ("BPS", "WHO"). */
function isAcronymShape(cited: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(cited);
}

/** "BPS" for Badan Pusat Statistik, "WHO" for World Health Organization; undefined for fewer than two capitalised words. */
function acronymOf(family: string): string | undefined {
  const words = family.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined;
}

function sameYear(entryYear: string | undefined, citedYear: string): boolean {
  const a = normalizeYear(entryYear);
  const b = normalizeYear(citedYear);
  if (!a || !b) return false;
  if (a === b) return true;
  // "2018" cited for an entry "2018a" (or the reverse) is the same year; ambiguity is judged separately.
  return a.replace(/[a-z]$/, '') === b.replace(/[a-z]$/, '') && /^\d/.test(a);
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
const recentPools: PoolSnapshot[] = [];

function tablesFor(pool: ReferenceEntry[], against: 'list' | 'database'): PoolTables {
  for (let i = 0; i < recentPools.length; i++) {
    const snapshot = recentPools[i];
    if (!sameContent(snapshot, pool, against)) continue;
    if (i > 0) {
      recentPools.splice(i, 1);
      recentPools.unshift(snapshot);
    }
    return snapshot.tables;
  }
  const snapshot = snapshotOf(pool, against);
  recentPools.unshift(snapshot);
  if (recentPools.length > RECENT_POOLS) recentPools.pop();
  return snapshot.tables;
}

function sameContent(snapshot: PoolSnapshot, pool: ReferenceEntry[], against: 'list' | 'database'): boolean {
  if (snapshot.against !== against || snapshot.texts.length !== pool.length) return false;
  const { years, etAl, texts, authorCounts, families } = snapshot;
  let f = 0;
  for (let i = 0; i < pool.length; i++) {
    const e = pool[i];
    if (e.year !== years[i] || e.etAl !== etAl[i] || e.text !== texts[i] || e.authors.length !== authorCounts[i]) return false;
    for (const a of e.authors) if (a?.family !== families[f++]) return false;
  }
  return true;
}

function snapshotOf(pool: ReferenceEntry[], against: 'list' | 'database'): PoolSnapshot {
  const snapshot: PoolSnapshot = {
    against,
    years: [],
    etAl: [],
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
    snapshot.texts.push(e.text);
    snapshot.authorCounts.push(e.authors.length);
    for (const a of e.authors) snapshot.families.push(a?.family);
    const first = e.authors[0];
    if (!first) continue;
    const names = nameKeys(first.family);
    for (const k of names.keys) push(firstByKey, k, i);
    if (names.acronym !== undefined) push(firstByAcronym, names.acronym, i);
  }
  return snapshot;
}

/**
 * The pool of one check with its tables, so that a citation looks up the entries that may match
 * instead of comparing itself with every entry. Every lookup answers exactly what the
 * corresponding filter over the pool would, in pool order.
 */
class PoolIndex {
  /** Position of each entry (its first, should an object be in the pool twice); built when first needed. */
  private positions?: Map<ReferenceEntry, number>;

  constructor(
    readonly pool: ReferenceEntry[],
    readonly tables: PoolTables,
  ) {}

  /** pool.filter((e) => e.authors[0] && namesMatch(e.authors[0].family, surname)) */
  byFirstAuthor(surname: string): ReferenceEntry[] {
    const lists: number[][] = [];
    if (isAcronymShape(surname)) {
      const list = this.tables.firstByAcronym.get(surname);
      if (list) lists.push(list);
    }
    for (const k of nameKeys(surname).keys) {
      const list = this.tables.firstByKey.get(k);
      if (list) lists.push(list);
    }
    return this.entriesAt(lists);
  }

  /** pool.some((e) => e.authors.some((a) => namesMatch(a.family, name))) */
  anyAuthorMatches(name: string): boolean {
    let any = this.tables.anyAuthor;
    if (!any) {
      any = { keys: new Set<string>(), acronyms: new Set<string>() };
      for (const e of this.pool) {
        for (const a of e.authors) {
          const names = nameKeys(a.family);
          for (const k of names.keys) any.keys.add(k);
          if (names.acronym !== undefined) any.acronyms.add(names.acronym);
        }
      }
      this.tables.anyAuthor = any;
    }
    const { keys, acronyms } = any;
    if (isAcronymShape(name) && acronyms.has(name)) return true;
    return nameKeys(name).keys.some((k) => keys.has(k));
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

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
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
  /** The optional first name was dropped. */
  dropFirst: boolean;
  resolution: KeptResolution;
}

// Kept by the citation's authors array: placed citations are copies of the citations a ParseCache
// keeps with the block, sharing that array while the block is unchanged (several citations may
// share one: "(Slavin, 1980, 2011)"). Kept as long as the array is, a few per array; each is
// checked against the citation's content and the pool before use.
const keptByAuthors = new WeakMap<readonly string[], KeptProse[]>();
const KEPT_PER_AUTHORS = 8;
// A citation in an edited block is a new object with a new authors array: found by its content
// among what was resolved against the same pool (PoolTables.byContent).
const KEPT_BY_CONTENT = 5_000;

/** resolveProse, reused while the citation and the pool's content are unchanged. */
function resolveProseMemo(citation: ProseCitation, index: PoolIndex, against: 'list' | 'database'): Resolution {
  const authors = citation.authors;
  const tables = index.tables;
  const optional = citation.optionalFirst !== undefined;
  const year = citation.year;
  const etAl = citation.etAl;
  let list = keptByAuthors.get(authors);
  let kept: KeptProse | undefined;
  if (list !== undefined) {
    for (const k of list) {
      if (k.tables === tables && k.year === year && k.etAl === etAl && k.optional === optional && sameStrings(k.authors, authors)) {
        kept = k;
        break;
      }
    }
  }
  if (kept === undefined) {
    const key = `${year}\u0000${etAl ? 1 : 0}${optional ? 1 : 0}\u0000${authors.join('\u0000')}`;
    const byContent = (tables.byContent ??= new Map());
    kept = byContent.get(key);
    if (kept === undefined || kept.year !== year || kept.etAl !== etAl || kept.optional !== optional || !sameStrings(kept.authors, authors)) {
      const snapshot = authors.slice();
      const resolution = resolveProse(citation, index, against);
      kept = { tables, authors: snapshot, year, etAl, optional, dropFirst: citation.authors !== authors, resolution: toKept(resolution, index) };
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

/** The first "author" was a sentence adverb ("Interestingly, Biggs et al. (2001)"): drop it. */
function dropFirstAuthor(citation: ProseCitation): void {
  const optionalFirst = citation.optionalFirst!;
  citation.authors = citation.authors.slice(1);
  citation.written = citation.written.slice(Math.max(0, citation.written.indexOf(optionalFirst.writtenAuthors)));
  citation.writtenAuthors = optionalFirst.writtenAuthors;
  citation.start = citation.authorSpan.start = optionalFirst.start;
  citation.optionalFirst = undefined;
}

function resolveProse(citation: ProseCitation, index: PoolIndex, against: 'list' | 'database'): Resolution {
  if (citation.optionalFirst && citation.authors.length > 1 && !index.anyAuthorMatches(citation.authors[0])) dropFirstAuthor(citation);
  const first = citation.authors[0];
  if (first === undefined) return { status: 'unchecked' };
  const byFirst = index.byFirstAuthor(first);
  if (byFirst.length > 0) {
    let sameYearEntries = byFirst.filter((e) => sameYear(e.year, citation.year));
    if (sameYearEntries.length > 1) {
      // Prefer the entry whose co-authors match; then an exact suffix match ("2018a").
      const byCoauthors = sameYearEntries.filter((e) => authorProblem(citation, e) === undefined);
      if (byCoauthors.length >= 1) sameYearEntries = byCoauthors;
      const exact = sameYearEntries.filter((e) => normalizeYear(e.year) === normalizeYear(citation.year));
      if (exact.length === 1) sameYearEntries = exact;
      // The same entry listed twice is references/duplicate, not an ambiguous citation.
      const distinct = new Set(sameYearEntries.map((e) => e.text.replace(/\s+/g, ' ').toLowerCase()));
      if (distinct.size === 1) sameYearEntries = sameYearEntries.slice(0, 1);
      if (sameYearEntries.length > 1) return { status: 'ambiguous', entries: sameYearEntries };
    }
    if (sameYearEntries.length === 1) {
      const entry = sameYearEntries[0];
      const problem = authorProblem(citation, entry);
      return problem ? { status: 'author-mismatch', entry, problem } : { status: 'ok', entry };
    }
    // Same author, other year(s): the cited year is wrong. Pick the entry whose authors fit best.
    const ranked = byFirst
      .map((e) => ({
        e,
        fit: authorProblem(citation, e) === undefined ? 0 : 1,
        distance: Math.abs(Number.parseInt(e.year ?? '0', 10) - Number.parseInt(citation.year, 10)) || 0,
      }))
      .sort((a, b) => a.fit - b.fit || a.distance - b.distance);
    return { status: 'year-mismatch', entry: ranked[0].e, others: ranked.map((r) => r.e) };
  }
  const sameYearPool = index.sameYear(citation.year);
  const misspelt = sameYearPool.filter((e) => e.authors[0] && isLikelyMisspelling(normalizeName(e.authors[0].family), normalizeName(first)));
  if (misspelt.length === 1) {
    return { status: 'author-mismatch', entry: misspelt[0], problem: { kind: 'misspelt', written: first, expected: misspelt[0].authors[0].family } };
  }
  // The cited names are co-authors of an entry whose first author is left out.
  const coauthored = sameYearPool.filter((e) => e.authors.length > 1 && citation.authors.every((a) => e.authors.slice(1).some((x) => namesMatch(x.family, a))));
  if (coauthored.length === 1) {
    return { status: 'author-mismatch', entry: coauthored[0], problem: { kind: 'first-author-missing', expected: coauthored[0].authors[0].family } };
  }
  return { status: 'missing', against };
}

/** What is wrong with the cited authors of an entry whose first author and year match. */
export function authorProblem(citation: ProseCitation, entry: ReferenceEntry): AuthorProblem | undefined {
  const cited = citation.authors;
  const listed = entry.authors;
  if (citation.etAl) {
    return listed.length === 1 && !entry.etAl ? { kind: 'et-al-single' } : undefined;
  }
  for (let i = 1; i < cited.length; i++) {
    const name = cited[i];
    if (listed.some((a) => namesMatch(a.family, name))) continue;
    const close = listed.find((a) => isLikelyMisspelling(normalizeName(a.family), normalizeName(name)));
    if (close) return { kind: 'misspelt', written: name, expected: close.family };
    if (listed.length >= cited.length || entry.etAl) return { kind: 'not-an-author', written: name };
  }
  if (cited.length < listed.length) {
    return { kind: 'dropped', missing: listed.filter((a) => !cited.some((c) => namesMatch(a.family, c))).map((a) => a.family) };
  }
  if (cited.length > listed.length && !entry.etAl) {
    return { kind: 'extra', extra: cited.filter((c) => !listed.some((a) => namesMatch(a.family, c))) };
  }
  return undefined;
}
