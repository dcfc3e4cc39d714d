// .bib and CSL-JSON bibliographies through citation-js, with each entry's position in the file
// (citation-js gives records, not positions, so entries are located by their `@type{key,` head).
// A .bib with a syntax error is parsed entry by entry, so one broken entry costs only itself.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { ReferenceEntry } from './entries';
import type { Author } from './names';

export interface LoadedDatabase {
  path: string;
  entries: ReferenceEntry[];
  /** Syntax problems, each at the entry (or file start) where it was met. */
  problems: { start: number; end: number; message: string; key?: string }[];
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

interface CslItem {
  id?: string | number;
  'citation-key'?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts'?: (number | string)[][]; literal?: string; raw?: string };
  title?: string;
}

export function loadDatabase(path: string, text: string): LoadedDatabase {
  if (/\.json$/i.test(path)) return loadCslJson(path, text);
  return loadBibtex(path, text);
}

function loadCslJson(path: string, text: string): LoadedDatabase {
  const result: LoadedDatabase = { path, entries: [], problems: [] };
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    result.problems.push({
      start: 0,
      end: Math.min(1, text.length),
      message: `CSL-JSON could not be read: ${error instanceof Error ? error.message : String(error)}`,
    });
    return result;
  }
  if (!Array.isArray(items)) items = [items];
  for (const item of items as CslItem[]) {
    if (!item || typeof item !== 'object') continue;
    const key = String(item.id ?? item['citation-key'] ?? '');
    const at = key ? text.indexOf(JSON.stringify(key)) : -1;
    const start = at >= 0 ? at + 1 : 0;
    result.entries.push(toEntry(item, key, path, start, at >= 0 ? start + key.length : 0, 'csl'));
  }
  return result;
}

const ENTRY_HEAD = /@([A-Za-z]+)\s*[{(]\s*([^,\s{}()]*)\s*,?/g;

function loadBibtex(path: string, text: string): LoadedDatabase {
  const result: LoadedDatabase = { path, entries: [], problems: [] };
  const heads = locateEntries(text);
  let items: CslItem[] | undefined;
  try {
    items = parseBibtex(text);
  } catch {
    items = undefined;
  }
  if (items) {
    // Items come in file order; a key defined twice takes its heads in turn.
    const unused = heads.slice();
    for (const item of items) {
      const key = String(item['citation-key'] ?? item.id ?? '');
      const at = unused.findIndex((h) => h.key === key);
      const head = at >= 0 ? unused.splice(at, 1)[0] : undefined;
      result.entries.push(toEntry(item, key, path, head?.keyStart ?? 0, head?.keyEnd ?? 0, 'bib'));
    }
    return result;
  }
  // Some entry is broken: parse each on its own and report the ones that fail.
  for (const head of heads) {
    if (/^(string|preamble|comment)$/i.test(head.type)) continue;
    const chunk = text.slice(head.start, head.end);
    try {
      const parsed = parseBibtex(chunk);
      for (const item of parsed) result.entries.push(toEntry(item, head.key, path, head.keyStart, head.keyEnd, 'bib'));
    } catch (error) {
      // The parser's own line numbers count from the entry, not the file: leave them out.
      const message = (error instanceof Error ? error.message.split('\n')[0] : String(error)).replace(/(?<!\s)\s*at line \d+ col \d+:?\s*$/, '');
      result.problems.push({
        start: head.start,
        end: head.keyEnd > head.start ? head.keyEnd : head.start + 1,
        key: head.key,
        message: `${head.key ? `The BibTeX entry ${head.key}` : 'A BibTeX entry without a key'} could not be read (${message}); it is ignored`,
      });
    }
  }
  if (heads.length === 0 && text.trim() !== '') {
    result.problems.push({ start: 0, end: Math.min(1, text.length), message: 'No BibTeX entries found in this file' });
  }
  return result;
}

function parseBibtex(text: string): CslItem[] {
  return plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false }) as CslItem[];
}

interface EntryHead {
  type: string;
  key: string;
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
}

/** Finds `@type{key,` heads; each entry ends where the next head begins (enough to isolate it). */
function locateEntries(text: string): EntryHead[] {
  const heads: EntryHead[] = [];
  for (const m of text.matchAll(ENTRY_HEAD)) {
    const start = m.index ?? 0;
    // Only heads at the start of a line (after white space), or right after the closing brace of
    // the previous entry (`}@Book{key,`), are entries; '@' inside a field is not.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start).trim();
    if (before !== '' && !before.endsWith('}') && !before.endsWith(')')) continue;
    const keyStart = start + m[0].indexOf(m[2], m[1].length + 1);
    heads.push({ type: m[1], key: m[2], start, end: text.length, keyStart, keyEnd: keyStart + m[2].length });
  }
  for (let i = 0; i + 1 < heads.length; i++) heads[i].end = heads[i + 1].start;
  return heads;
}

function toEntry(item: CslItem, key: string, path: string, start: number, end: number, origin: 'bib' | 'csl'): ReferenceEntry {
  const names = item.author ?? item.editor ?? [];
  let etAl = false;
  const authors: Author[] = [];
  for (const n of names) {
    let family = (n.family ?? n.literal ?? '').trim();
    if (!family) continue;
    if (/^others$/i.test(family)) {
      etAl = true;
      continue;
    }
    // `author = {P. Giordani et al.}`: BibTeX reads "al." as the surname and "P. Giordani et" as the
    // given names (citation-js may take "et" as a particle): nobody is called "al.".
    if (/^al\.?$/i.test(family) && (n.given ?? '').trim() !== '') {
      const words = (n.given ?? '').trim().split(/\s+/);
      if (/^et$/i.test(words[words.length - 1] ?? '')) words.pop();
      etAl = true;
      family = words.pop() ?? '';
      if (!family) continue;
      authors.push(words.length > 0 ? { family, given: words.join(' ') } : { family });
      continue;
    }
    const etAlAt = family.search(/(?<=\s)et\.?\s*al\.?$/i);
    if (etAlAt > 0) {
      etAl = true;
      family = family.slice(0, etAlAt).trim();
      const words = family.split(/\s+/);
      // "P. Giordani" written as one literal name: the last word is the surname.
      if (words.length > 1 && words.slice(0, -1).every((w) => /^\p{Lu}\.?$/u.test(w))) {
        authors.push({ family: words[words.length - 1], given: words.slice(0, -1).join(' ') });
        continue;
      }
      authors.push({ family, literal: n.literal ? true : undefined });
      continue;
    }
    authors.push(n.literal || !n.given ? { family, literal: !!n.literal || undefined } : { family, given: n.given });
  }
  const entry: ReferenceEntry = { origin, key, file: path, start, end, authors, year: yearOf(item), title: item.title, text: '' };
  if (etAl) entry.etAl = true;
  entry.text = `${key}`;
  return entry;
}

function yearOf(item: CslItem): string | undefined {
  const issued = item.issued;
  if (!issued) return undefined;
  const first = issued['date-parts']?.[0]?.[0];
  if (first !== undefined && first !== null && String(first) !== '') return String(first);
  const literal = issued.literal ?? issued.raw;
  if (literal) {
    const m = /(1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\./.exec(literal);
    return m ? m[0] : literal;
  }
  return undefined;
}
