// The rules by which an author–year citation names a work of its pool (the written reference
// list, or the bibliography files when there is none): first author by any significant word of
// the name (initials, prefixes, diacritics, case and acronyms tolerated), then the year, then the
// co-authors; what is wrong when they do not all agree. Pure: the pool is read through
// PoolQueries (poolIndex.ts answers them from indexes kept between checks).
import type { ProseCitation } from './authorYear';
import { normalizeYear, oneWorkInSeveralLists, type ReferenceEntry } from '../bibliography/entries';
import { isLikelyMisspelling, namesMatch, normalizeName, type NameKeysMemo } from '../bibliography/names';

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

/** What resolution asks of a pool: each answer is what the corresponding filter over the pool gives, in pool order. */
export interface PoolQueries {
  /** pool.filter((e) => e.authors[0] && namesMatch(e.authors[0].family, surname)) */
  byFirstAuthor(surname: string): ReferenceEntry[];
  /** pool.some((e) => e.authors.some((a) => namesMatch(a.family, name))) */
  anyAuthorMatches(name: string): boolean;
  /** pool.filter((e) => sameYear(e.year, year)) */
  sameYear(year: string): ReferenceEntry[];
  /** The memo of name keys to match names with. */
  names?: NameKeysMemo;
}

export function sameYear(entryYear: string | undefined, citedYear: string): boolean {
  const a = normalizeYear(entryYear);
  const b = normalizeYear(citedYear);
  if (!a || !b) return false;
  if (a === b) return true;
  // "2018" cited for an entry "2018a" (or the reverse) is the same year; ambiguity is judged separately.
  return a.replace(/[a-z]$/, '') === b.replace(/[a-z]$/, '') && /^\d/.test(a);
}

/** The first "author" was a sentence adverb ("Interestingly, Biggs et al. (2001)"): drop it. */
export function dropFirstAuthor(citation: ProseCitation): void {
  const optionalFirst = citation.optionalFirst!;
  citation.authors = citation.authors.slice(1);
  citation.firstWritten = undefined;
  citation.written = citation.written.slice(Math.max(0, citation.written.indexOf(optionalFirst.writtenAuthors)));
  citation.writtenAuthors = optionalFirst.writtenAuthors;
  citation.start = citation.authorSpan.start = optionalFirst.start;
  citation.optionalFirst = undefined;
}

export function resolveProse(citation: ProseCitation, index: PoolQueries, against: 'list' | 'database'): Resolution {
  // "Emadpoor, Lavasani, & Shahcheraghi (2015)": a list of three or more (a comma before its last
  // name) keeps its first name even when no entry has it.
  // ("Relatedly, Yang, Huang, and Shanks (2018)": an adverb in -ly is no name, list or not.)
  const serialList =
    citation.optionalFirst !== undefined &&
    /,\s*(?:&|and|dan)\s/.test(citation.optionalFirst.writtenAuthors) &&
    !/^\p{Lu}\p{Ll}{3,}ly$/u.test(citation.authors[0] ?? '');
  if (citation.optionalFirst && !serialList && citation.authors.length > 1 && !index.anyAuthorMatches(citation.authors[0])) dropFirstAuthor(citation);
  const first = citation.authors[0];
  if (first === undefined) return { status: 'unchecked' };
  const byFirst = index.byFirstAuthor(first);
  // "(Cleveland, Visualizing Data 1994)": the author's entry with that title is the one cited.
  if (citation.titleHint !== undefined) {
    const hint = normalizeName(citation.titleHint);
    const titled = byFirst.filter((e) => e.title !== undefined && hint.length >= 4 && normalizeName(e.title).startsWith(hint));
    if (titled.length > 0) {
      const entry = titled.find((e) => sameYear(e.year, citation.year));
      return entry ? { status: 'ok', entry } : { status: 'year-mismatch', entry: titled[0], others: titled };
    }
  }
  if (byFirst.length > 0) {
    let sameYearEntries = byFirst.filter((e) => sameYear(e.year, citation.year));
    if (sameYearEntries.length > 1) {
      // Prefer the entry named by the whole name as written: "(OpenAI, 2024)" is OpenAI's, not
      // OpenAI Service Status's; "(World Bank, 2019)" is not Bank Indonesia's.
      sameYearEntries = preferWholeName(sameYearEntries, citation, index.names);
      // Prefer the entry whose co-authors match; then an exact suffix match ("2018a").
      const byCoauthors = sameYearEntries.filter((e) => authorProblem(citation, e, index.names) === undefined);
      if (byCoauthors.length >= 1) sameYearEntries = byCoauthors;
      if (citation.etAl) sameYearEntries = etAlFits(sameYearEntries, citation, index.names);
      const exact = sameYearEntries.filter((e) => normalizeYear(e.year) === normalizeYear(citation.year));
      if (exact.length === 1) sameYearEntries = exact;
      // The same entry listed twice is references/duplicate, not an ambiguous citation.
      // (Written in two styles too: "Putrie, Rena Augia; Tawil, …" and "Putrie, R. A., Tawil, …", one title.)
      const distinct = new Set(
        sameYearEntries.map((e) => (e.title && e.title.length >= 20 ? `${normalizeName(e.title)}|${e.year}` : e.text.replace(/\s+/g, ' ').toLowerCase())),
      );
      if (distinct.size === 1) sameYearEntries = sameYearEntries.slice(0, 1);
      // So is one work listed in several reference lists (one per chapter or article).
      if (oneWorkInSeveralLists(sameYearEntries)) sameYearEntries = sameYearEntries.slice(0, 1);
      if (sameYearEntries.length > 1) return { status: 'ambiguous', entries: sameYearEntries };
    }
    if (sameYearEntries.length === 1) {
      const entry = sameYearEntries[0];
      const problem = authorProblem(citation, entry, index.names);
      return problem ? { status: 'author-mismatch', entry, problem } : { status: 'ok', entry };
    }
    // Same author, other year(s) — unless the cited year's entry spells the first author
    // differently ("Cresswell & Creswell (2018)" listed, "Creswell & Creswell, 2018" cited, a
    // 2023 edition listed too): then the spelling is what differs.
    const respelt = index
      .sameYear(citation.year)
      .filter(
        (e) =>
          e.authors[0] &&
          isLikelyMisspelling(normalizeName(e.authors[0].family), normalizeName(first)) &&
          authorProblem(citation, e, index.names) === undefined,
      );
    if (respelt.length === 1) {
      return { status: 'author-mismatch', entry: respelt[0], problem: { kind: 'misspelt', written: first, expected: respelt[0].authors[0].family } };
    }
    // "(Cover & Thomas, 2006)" when only Cover & Hart (1967) is listed: the co-authors name
    // another work of the first author, one that is not listed.
    const coauthorsFit = (e: ReferenceEntry) =>
      citation.authors
        .slice(1)
        .every((a) => e.authors.some((x) => namesMatch(x.family, a, index.names) || isLikelyMisspelling(normalizeName(x.family), normalizeName(a))));
    // (An entry of one author may have left its co-authors out: its year is what differs.)
    if (!citation.etAl && citation.authors.length > 1 && byFirst.every((e) => e.authors.length > 1 && !coauthorsFit(e))) return { status: 'missing', against };
    // Otherwise the cited year is wrong. Pick the entry whose authors fit best.
    const whole = new Set(preferWholeName(byFirst, citation, index.names));
    const ranked = byFirst
      .map((e) => ({
        e,
        fit: (authorProblem(citation, e, index.names) === undefined ? 0 : 1) + (whole.has(e) ? 0 : 2),
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
  const coauthored = sameYearPool.filter(
    (e) => e.authors.length > 1 && citation.authors.every((a) => e.authors.slice(1).some((x) => namesMatch(x.family, a, index.names))),
  );
  if (coauthored.length === 1) {
    return { status: 'author-mismatch', entry: coauthored[0], problem: { kind: 'first-author-missing', expected: coauthored[0].authors[0].family } };
  }
  return { status: 'missing', against };
}

/**
 * Of the same first author's works of one year, those an "et al." citation can name: APA cites a
 * work of two authors by both names, so "(Wickham et al., 2019)" is the work of three or more;
 * "(Anwyl-Irvine, Dalmaijer, et al., 2020)" names as many authors as tell the works apart, so
 * those names stand in that order in its entry. All of them when none fits.
 */
function etAlFits(entries: ReferenceEntry[], citation: ProseCitation, names?: NameKeysMemo): ReferenceEntry[] {
  const cited = citation.authors;
  const ordered = entries.filter((e) => cited.every((a, i) => i === 0 || (e.authors[i] !== undefined && namesMatch(e.authors[i].family, a, names))));
  const narrowed = ordered.length > 0 ? ordered : entries;
  const several = narrowed.filter((e) => e.authors.length > cited.length + 1 || e.etAl);
  return several.length > 0 ? several : narrowed;
}

/**
 * The entries whose first author is the cited name as written (the same name, else the whole
 * written name within theirs), or all of them when none is.
 */
function preferWholeName(entries: ReferenceEntry[], citation: ProseCitation, names?: NameKeysMemo): ReferenceEntry[] {
  const written = citation.firstWritten ?? citation.authors[0];
  const exact = entries.filter((e) => normalizeName(e.authors[0].family) === normalizeName(written));
  if (exact.length > 0) return exact;
  if (citation.firstWritten === undefined) return entries;
  const whole = entries.filter((e) => namesMatch(e.authors[0].family, written, names));
  return whole.length > 0 ? whole : entries;
}

/** What is wrong with the cited authors of an entry whose first author and year match. */
export function authorProblem(citation: ProseCitation, entry: ReferenceEntry, names?: NameKeysMemo): AuthorProblem | undefined {
  const cited = citation.authors;
  const listed = entry.authors;
  if (citation.etAl) {
    return listed.length === 1 && !entry.etAl ? { kind: 'et-al-single' } : undefined;
  }
  for (let i = 1; i < cited.length; i++) {
    const name = cited[i];
    if (listed.some((a) => namesMatch(a.family, name, names))) continue;
    const close = listed.find((a) => isLikelyMisspelling(normalizeName(a.family), normalizeName(name)));
    if (close) return { kind: 'misspelt', written: name, expected: close.family };
    if (listed.length >= cited.length || entry.etAl) return { kind: 'not-an-author', written: name };
  }
  if (cited.length < listed.length) {
    return { kind: 'dropped', missing: listed.filter((a) => !cited.some((c) => namesMatch(a.family, c, names))).map((a) => a.family) };
  }
  if (cited.length > listed.length && !entry.etAl) {
    return { kind: 'extra', extra: cited.filter((c) => !listed.some((a) => namesMatch(a.family, c, names))) };
  }
  return undefined;
}
