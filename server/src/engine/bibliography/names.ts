// Person names as manuscripts write them: initials, academic degrees mistaken for authors,
// diacritics, particles. Shared by reference-list parsing and citation matching.

import type { TextMemo } from '../memo';
export interface Author {
  family: string;
  given?: string;
  /** A corporate author ("Badan Pusat Statistik") written as one name. */
  literal?: boolean;
}

/** Lower-case letters only, diacritics removed: "Müller" → "muller", "O'Brien" → "obrien". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** "A.", "A. B.", "A.B.", "I. D. A.", "J", "Ch." — initials rather than a name. */
export function isInitials(token: string): boolean {
  const t = token.trim();
  if (t === '') return false;
  // Balinese given names are abbreviated in two letters: "I. A. Pt. S." (Putu), "I Md." (Made).
  return /^(?:(?:\p{Lu}|Ch|Th|Sh|Ph|Mc|(?:Pt|Md|Kt|Gst|Wy|Kd|Nym)(?=\.))\.?[\s-]*){1,5}$/u.test(t) && /\p{Lu}/u.test(t) && (t.length <= 3 || /\./.test(t));
}

// Indonesian and international degrees that Word-converted reference lists parse as authors.
const DEGREES = new Set(
  [
    'sh',
    'mh',
    'msi',
    'ssos',
    'mm',
    'se',
    'st',
    'spd',
    'mpd',
    'dr',
    'drs',
    'dra',
    'prof',
    'mkom',
    'skom',
    'mpa',
    'sip',
    'phd',
    'msc',
    'ma',
    'ba',
    'bsc',
    'ak',
    'ca',
    'ir',
    'skm',
    'mkes',
    'ssi',
    'mt',
    'mag',
    'ag',
    'sag',
    'mag',
    'lc',
    'mba',
    'mse',
    'msm',
    'mak',
    'sh.mh',
    'sked',
    'mkn',
    'sth',
    'mth',
    'shi',
    'mhum',
    'shum',
    'stp',
    'mp',
    'sp',
    'ssn',
    'msn',
    'sikom',
    'mikom',
    'mars',
    'sfarm',
    'apt',
    'msos',
    'mpsi',
    'spsi',
    'ssy',
    'msy',
    'mec',
    'dipl',
    'ing',
  ].map((d) => d.replace(/\./g, '')),
);

/** "SH", "M.Si", "S.Sos" — a degree, not a surname. */
export function isDegree(token: string): boolean {
  const t = token.trim();
  if (!/^[A-Z]/.test(t) || t.length > 8) return false;
  // "Ma" and "Ir" are surnames too; a degree is written in capitals or with points ("SH", "M.Si").
  if (!/^[A-Z]+$/.test(t) && !t.includes('.')) return false;
  return DEGREES.has(t.replace(/[.\s,]/g, '').toLowerCase());
}

const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'ter',
  'ten',
  'dos',
  'das',
]);

export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Whether two normalised surnames are close enough to be one name misspelt ("sugiono"/"sugiyono"). */
export function isLikelyMisspelling(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  if (a[0] !== b[0]) return false;
  const allowed = Math.max(a.length, b.length) >= 8 ? 2 : 1;
  return editDistance(a, b, allowed) <= allowed;
}

/** Display form of an author list in APA style: "Sen", "Ansell & Gash", "Emerson et al.". */
export function shortAuthors(authors: Author[], etAl = false): string {
  if (authors.length === 0) return '(no author)';
  if (etAl || authors.length >= 3) return `${authors[0].family} et al.`;
  if (authors.length === 2) return `${authors[0].family} & ${authors[1].family}`;
  return authors[0].family;
}

/** The words of a family name that can stand for it ("Edward III" → ["edward", "edwardiii"]). */
export function familyKeys(family: string): string[] {
  const words = family.split(/[\s-]+/).filter((w) => w && !isParticle(w));
  const keys = new Set<string>([normalizeName(family)]);
  for (const w of words) if (!/^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(w)) keys.add(normalizeName(w));
  keys.delete('');
  return [...keys];
}

export interface NameKeys {
  /** familyKeys of the name. */
  keys: string[];
  /** Initials of its capitalised words when there are at least two ("WHO" for World Health Organization). */
  acronym?: string;
}

/**
 * familyKeys normalizes every word (NFD, diacritics, case): resolution keeps the keys of a name
 * by the name (family names of unchanged entries and citations are the same strings from check
 * to check).
 */
export type NameKeysMemo = TextMemo<NameKeys>;

export function nameKeys(name: string, memo?: NameKeysMemo): NameKeys {
  const compute = () => ({ keys: familyKeys(name), acronym: acronymOf(name) });
  return memo ? memo.get(name, compute) : compute();
}

/**
 * Whether a cited surname names the entry's author: any significant word of either side when one
 * of them is a single word ("Klebanov" for Beigman Klebanov, "Google" for Google AI); when both
 * have several words, the words of one must all be among the other's ("Badan Pusat Statistik
 * Kabupaten Sragen" for Badan Pusat Statistik), so that two organisations sharing a word
 * ("OpenAI Service Status", "Google Cloud Status"; "Badan POM", "Badan Riset") stay apart.
 */
export function namesMatch(entryFamily: string, cited: string, memo?: NameKeysMemo): boolean {
  const entry = nameKeys(entryFamily, memo);
  if (entry.acronym !== undefined && entry.acronym === cited && isAcronymShape(cited)) return true;
  const entryKeys = entry.keys;
  const citedKeys = nameKeys(cited, memo).keys;
  if (!citedKeys.some((k) => entryKeys.includes(k))) return false;
  // keys[0] is the whole name; the words follow. Both sides of several words: one within the other.
  if (entryKeys.length > 2 && citedKeys.length > 2 && entryKeys[0] !== citedKeys[0]) {
    const entryWords = entryKeys.slice(1);
    const citedWords = citedKeys.slice(1);
    return citedWords.every((k) => entryWords.includes(k)) || entryWords.every((k) => citedWords.includes(k));
  }
  return true;
}

/** What a cited name must look like to be read as an acronym: 2–8 capitals ("BPS", "WHO"). */
export function isAcronymShape(cited: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(cited);
}

/** "BPS" for Badan Pusat Statistik, "WHO" for World Health Organization; undefined for fewer than two capitalised words. */
function acronymOf(family: string): string | undefined {
  const words = family.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined;
}
