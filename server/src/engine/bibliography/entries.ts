import type { Span } from '../model';
import { t, type Locale } from '../messages';
import { normalizeName, type Author } from './names';

export type EntryOrigin = 'bib' | 'csl' | 'list' | 'bibitem';

/** One work the manuscript can cite: a .bib/CSL-JSON record, a reference-list line or a \bibitem. */
export interface ReferenceEntry extends Span {
  origin: EntryOrigin;
  /** Citation key (.bib, CSL-JSON, \bibitem). */
  key?: string;
  authors: Author[];
  /** The entry lists "et al."/"dkk."/"others" instead of every author. */
  etAl?: boolean;
  /** "2014", "2018a", "n.d." — as the entry has it. */
  year?: string;
  /** Where the year stands in the entry (reference lists), for fixes and hovers. */
  yearSpan?: Span;
  title?: string;
  /** The entry as written (reference lists) or a short APA-like rendering (databases). */
  text: string;
  /** Degrees parsed as authors in the written entry ("SH, M."), removed from `authors`. */
  degreesAsAuthors?: string[];
  /** Numbered list entry ("[3] …"): not an author–year list. */
  numbered?: boolean;
  /**
   * Written in IEEE style without its number ("V. Arinal and M. Azhari, "Title," …, 2023."): cited
   * by number ("[1]"), in the order of citation; still answers an author–year citation.
   */
  byNumber?: boolean;
  /** An author–year entry in an ordered (numbered) Markdown list: listed in its own order, not alphabetically. */
  ordered?: boolean;
  /**
   * Which written reference list the entry belongs to (reference lists and thebibliography): a
   * thesis may hold one per chapter or article, or a second list file. Lists are numbered from 0
   * in reading order.
   */
  list?: number;
  /**
   * The section of its list an entry is written in: a list grouped under headings (by topic, or
   * "A", "B", …) is sorted within each group.
   */
  group?: number;
}

/** "Sen, A. (2014)" — how messages name an entry. */
/** "Sen, A. (1999)", "Emerson, K. et al. (2012)"; in Indonesian "dkk." and "t.t." (tanpa tahun). */
export function describeEntry(entry: ReferenceEntry, locale: Locale = 'en'): string {
  const etAl = locale === 'id' ? 'dkk.' : 'et al.';
  const names = entry.authors.map((a) => (a.given && !a.literal ? `${a.family}, ${initialsOf(a.given)}` : a.family));
  let authorText: string;
  if (names.length === 0) authorText = entry.key ?? t(locale, 'completion.noAuthor');
  else if (names.length === 1) authorText = names[0];
  else if (names.length <= 3) authorText = `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  else authorText = `${names[0]} ${etAl}`;
  if (entry.etAl && names.length > 0 && names.length <= 3) authorText += ` ${etAl}`;
  return `${authorText} (${entry.year ?? t(locale, 'year.none')})`;
}

function initialsOf(given: string): string {
  if (/^[A-Z]\.?(\s*[A-Z]\.?)*$/.test(given.trim()))
    return given
      .trim()
      .replace(/([A-Z])(?!\.)/g, '$1.')
      .replace(/\.(?=[A-Z])/g, '. ');
  return given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => `${w[0].toUpperCase()}.`)
    .join(' ');
}

/** Year without its disambiguation letter: "2018a" → "2018". */
export function baseYear(year: string | undefined): string | undefined {
  return year?.replace(/[a-z]$/, '');
}

/** n.d., t.t., tanpa tahun, no date: all mean the same. */
export function normalizeYear(year: string | undefined): string | undefined {
  if (!year) return undefined;
  const y = year.trim().toLowerCase();
  if (/^(n\.?\s?d\.?|t\.?\s?t\.?|tanpa tahun|no date|s\.?\s?d\.?|undated)$/.test(y)) return 'n.d.';
  return y;
}

/** Where an entry sorts in an author–year list: its first author's surname, without diacritics or case. */
export function entrySortKey(entry: ReferenceEntry): string {
  return (entry.authors[0]?.family ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .trim();
}

/**
 * What makes two entries one work, for a thesis with several reference lists (one per chapter or
 * article, or a second list file) that lists a work in more than one: the first author's surname,
 * the year and the start of the title.
 */
export function workIdentity(entry: ReferenceEntry): string {
  return `${normalizeName(entry.authors[0]?.family ?? '')}|${normalizeYear(entry.year) ?? ''}|${normalizeName(entry.title ?? '').slice(0, 30)}`;
}

/**
 * Whether `entries` (of one first author and year) are one work listed once in each of several
 * reference lists: each list is a pool of its own, and within each the citation is not ambiguous.
 */
export function oneWorkInSeveralLists(entries: ReferenceEntry[]): boolean {
  if (entries.length < 2 || entries.some((e) => e.list === undefined)) return false;
  return new Set(entries.map((e) => e.list)).size === entries.length;
}
