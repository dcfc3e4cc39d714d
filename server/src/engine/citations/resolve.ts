// Matches each citation to the work it names. Key citations resolve by key; author–year prose
// resolves against the written reference list (or, when there is none, the bibliography files),
// tolerant of initials, first-name prefixes, diacritics, case, "&"/"dan"/"and", "et al."/"dkk.".
import type { KeyCitation } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import type { ProseCitation } from './authorYear';
import { normalizeYear, type ReferenceEntry } from '../bibliography/entries';
import { familyKeys, isLikelyMisspelling, normalizeName } from '../bibliography/names';
import { TextMemo } from '../cache';

export type AuthorProblem =
  | { kind: 'dropped'; missing: string[] }
  | { kind: 'extra'; extra: string[] }
  | { kind: 'misspelt'; written: string; expected: string }
  | { kind: 'not-an-author'; written: string }
  | { kind: 'first-author-missing'; expected: string }
  | { kind: 'et-al-single'; };

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
  const byKey = new Map<string, ReferenceEntry[]>();
  for (const e of [...manuscript.databaseEntries, ...manuscript.referenceList]) {
    if (!e.key) continue;
    const list = byKey.get(e.key) ?? [];
    list.push(e);
    byKey.set(e.key, list);
  }
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
    const found = byKey.get(citation.key);
    let resolution: Resolution;
    if (found && found.length > 0) {
      resolution = { status: 'ok', entry: found[0] };
      for (const e of found) cited.add(e);
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
  const prose: ResolvedProse[] = [];
  for (const citation of manuscript.proseCitations) {
    const resolution = pool.length === 0 ? ({ status: 'unchecked' } as const) : resolveProse(citation, pool, against);
    if (resolution.status === 'ok' || resolution.status === 'year-mismatch' || resolution.status === 'author-mismatch') cited.add(resolution.entry);
    if (resolution.status === 'ambiguous') for (const e of resolution.entries) cited.add(e);
    prose.push({ citation, resolution, against });
  }
  return { prose, keys, cited, citeAll, prosePool: pool };
}

function firstAuthorMatches(entry: ReferenceEntry, surname: string): boolean {
  const first = entry.authors[0];
  if (!first) return false;
  return namesMatch(first.family, surname);
}

/** Whether a cited surname names the entry's author (any significant word of either side). */
export function namesMatch(entryFamily: string, cited: string): boolean {
  if (isAcronymOf(cited, entryFamily)) return true;
  const entryKeys = keysOf(entryFamily);
  const citedKeys = keysOf(cited);
  return citedKeys.some((k) => entryKeys.includes(k));
}

// familyKeys normalizes every word (NFD, diacritics, case): each prose citation is matched against
// every entry of the pool on every check, so the keys of a name are kept (bounded) by the name.
const familyKeysOf = new TextMemo<string[]>(20_000);

function keysOf(family: string): string[] {
  return familyKeysOf.get(family, () => familyKeys(family));
}

/** "BPS" for Badan Pusat Statistik, "WHO" for World Health Organization. */
function isAcronymOf(cited: string, family: string): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(cited)) return false;
  const words = family.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 && words.map((w) => w[0]).join('') === cited;
}

function sameYear(entryYear: string | undefined, citedYear: string): boolean {
  const a = normalizeYear(entryYear);
  const b = normalizeYear(citedYear);
  if (!a || !b) return false;
  if (a === b) return true;
  // "2018" cited for an entry "2018a" (or the reverse) is the same year; ambiguity is judged separately.
  return a.replace(/[a-z]$/, '') === b.replace(/[a-z]$/, '') && /^\d/.test(a);
}

function resolveProse(citation: ProseCitation, pool: ReferenceEntry[], against: 'list' | 'database'): Resolution {
  if (citation.optionalFirst && citation.authors.length > 1 && !pool.some((e) => e.authors.some((a) => namesMatch(a.family, citation.authors[0])))) {
    // The first "author" was a sentence adverb ("Interestingly, Biggs et al. (2001)"): drop it.
    citation.authors = citation.authors.slice(1);
    citation.written = citation.written.slice(Math.max(0, citation.written.indexOf(citation.optionalFirst.writtenAuthors)));
    citation.writtenAuthors = citation.optionalFirst.writtenAuthors;
    citation.start = citation.authorSpan.start = citation.optionalFirst.start;
    citation.optionalFirst = undefined;
  }
  const first = citation.authors[0];
  if (first === undefined) return { status: 'unchecked' };
  const byFirst = pool.filter((e) => firstAuthorMatches(e, first));
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
      .map((e) => ({ e, fit: authorProblem(citation, e) === undefined ? 0 : 1, distance: Math.abs(Number.parseInt(e.year ?? '0', 10) - Number.parseInt(citation.year, 10)) || 0 }))
      .sort((a, b) => a.fit - b.fit || a.distance - b.distance);
    return { status: 'year-mismatch', entry: ranked[0].e, others: ranked.map((r) => r.e) };
  }
  const sameYearPool = pool.filter((e) => sameYear(e.year, citation.year));
  const misspelt = sameYearPool.filter((e) => e.authors[0] && isLikelyMisspelling(normalizeName(e.authors[0].family), normalizeName(first)));
  if (misspelt.length === 1) {
    return { status: 'author-mismatch', entry: misspelt[0], problem: { kind: 'misspelt', written: first, expected: misspelt[0].authors[0].family } };
  }
  // The cited names are co-authors of an entry whose first author is left out.
  const coauthored = sameYearPool.filter(
    (e) => e.authors.length > 1 && citation.authors.every((a) => e.authors.slice(1).some((x) => namesMatch(x.family, a))),
  );
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
