// Completion of citation keys after `[@`/`@` (Pandoc) and inside `\cite{…}` (LaTeX), and of
// "Author, Year" inside parentheses in prose, from the entries the last check read. Works on the
// current text of the document (which may be newer than the check).
import type { Locale } from '../messages';
import type { CheckResult } from '../engine';
import type { ReferenceEntry } from '../bibliography/entries';
import { describeEntry } from '../bibliography/entries';
import { isLatexPath } from './context';

type Result = Pick<CheckResult, 'manuscript' | 'analysis'>;

export interface CompletionCandidate {
  label: string;
  /** Text inserted in place of [replaceStart, offset). */
  insertText: string;
  replaceStart: number;
  kind: 'key' | 'author-year';
  detail: string;
  documentation?: string;
  sortText: string;
}

const PANDOC_KEY = /(?:^|[\s[;(])-?@([\p{L}\p{N}_:.#$%&\-+?<>~/]*)$/u;
const OPEN_PAREN = /\(([^()\n]*)$/;

export interface CompletionOptions {
  /**
   * Asked for (Ctrl+Space, or any request that a trigger character did not send). "Author, Year"
   * is offered after "(" only when asked for or once a capital letter follows it: parentheses in
   * prose are mostly not citations.
   */
  explicit?: boolean;
  /** "Author, Year" completion at all (`thesislint.completion.authorYear`). */
  authorYear?: boolean;
  /** The language of the details ("dkk.", "t.t." in Indonesian). */
  locale?: Locale;
}

/** Completions at `offset` of the document text `text` (the file `path`). */
export function completionsAt(result: Result, path: string, text: string, offset: number, options: CompletionOptions = {}): CompletionCandidate[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  if (isLatexPath(path)) {
    const keys = latexCiteKeys(prefix);
    if (keys !== undefined) {
      const partial = /(?<![^,\s])[^,\s]*$/.exec(keys)![0];
      return keyCandidates(result, offset - partial.length, options.locale);
    }
  } else {
    const m = PANDOC_KEY.exec(prefix);
    if (m) return keyCandidates(result, offset - m[1].length, options.locale);
  }
  const paren = OPEN_PAREN.exec(prefix);
  if (options.authorYear !== false && paren && !paren[1].includes('@') && !/\\cite/.test(paren[1])) {
    const segment = paren[1].slice(paren[1].lastIndexOf(';') + 1);
    const partial = segment.replace(/^\s+/, '');
    // Only while the author is being typed: not after a year, a page or a second comma.
    if (/\d{4}|,.*,/.test(partial)) return [];
    // Typed, not asked for: only once the author's capital letter follows the "(" (or the ";").
    if (options.explicit !== true && !/^\p{Lu}/u.test(partial)) return [];
    return authorYearCandidates(result, offset - partial.length, options.locale);
  }
  return [];
}

/**
 * The text after the `{` of `\cite{…`, `\citep[…][…]{…` (any command with cite or bibentry in
 * its name, at most two bracket arguments) when `line` ends inside it. Parsed backwards from the
 * last `{`: the regex /\\[A-Za-z]*(?:cite|bibentry)[A-Za-z]*\*?(?:\s*\[[^\]\n]*\]){0,2}\s*\{([^{}\n]*)$/
 * did the same but backtracked quadratically on long lines.
 */
function latexCiteKeys(line: string): string | undefined {
  const brace = line.lastIndexOf('{');
  if (brace < 0) return undefined;
  const keys = line.slice(brace + 1);
  if (keys.includes('}') || keys.includes('\n')) return undefined;
  return citeHeadEndsAt(line, brace, 2) ? keys : undefined;
}

/** Whether `\command*` with up to `groups` `[…]` arguments (spaces before each and after) ends at `end`. */
function citeHeadEndsAt(line: string, end: number, groups: number): boolean {
  let k = end;
  while (k > 0 && /\s/.test(line[k - 1])) k--;
  if (line[k - 1] === ']') {
    if (groups === 0) return false;
    for (let open = k - 2; open >= 0 && line[open] !== ']' && line[open] !== '\n'; open--) {
      if (line[open] === '[' && citeHeadEndsAt(line, open, groups - 1)) return true;
    }
    return false;
  }
  const nameEnd = line[k - 1] === '*' ? k - 1 : k;
  let nameStart = nameEnd;
  while (nameStart > 0 && /[A-Za-z]/.test(line[nameStart - 1])) nameStart--;
  if (line[nameStart - 1] !== '\\') return false;
  const name = line.slice(nameStart, nameEnd);
  return name.includes('cite') || name.includes('bibentry');
}

function keyCandidates(result: Result, replaceStart: number, locale: Locale = 'en'): CompletionCandidate[] {
  const { manuscript } = result;
  const seen = new Set<string>();
  const out: CompletionCandidate[] = [];
  for (const entry of [...manuscript.databaseEntries, ...manuscript.referenceList]) {
    if (!entry.key || seen.has(entry.key)) continue;
    seen.add(entry.key);
    out.push({
      label: entry.key,
      insertText: entry.key,
      replaceStart,
      kind: 'key',
      detail: describeEntry(entry, locale),
      documentation: entry.title,
      sortText: entry.key.toLowerCase(),
    });
  }
  return out.sort((a, b) => a.sortText.localeCompare(b.sortText));
}

/** "Sen, 2014", "Ansell & Gash, 2008", "Emerson et al., 2012" (dkk. when the manuscript writes dkk.). */
export function authorYearLabel(entry: ReferenceEntry, etAlWord: string): string | undefined {
  const names = entry.authors.map((a) => a.family);
  if (names.length === 0 || !entry.year) return undefined;
  const authors = names.length === 1 && !entry.etAl ? names[0] : names.length === 2 && !entry.etAl ? `${names[0]} & ${names[1]}` : `${names[0]} ${etAlWord}`;
  return `${authors}, ${entry.year}`;
}

function authorYearCandidates(result: Result, replaceStart: number, locale: Locale = 'en'): CompletionCandidate[] {
  const { manuscript } = result;
  const list = manuscript.referenceList.filter((e) => e.origin === 'list' && !e.numbered && e.authors.length > 0);
  const pool = list.length > 0 ? list : manuscript.databaseEntries.filter((e) => e.authors.length > 0);
  const etAlWord = manuscript.proseCitations.some((c) => /\bdkk\b/.test(c.writtenAuthors)) ? 'dkk.' : 'et al.';
  const seen = new Set<string>();
  const out: CompletionCandidate[] = [];
  for (const entry of pool) {
    const label = authorYearLabel(entry, etAlWord);
    if (!label || seen.has(label)) continue;
    seen.add(label);
    out.push({
      label,
      insertText: label,
      replaceStart,
      kind: 'author-year',
      detail: describeEntry(entry, locale),
      documentation: entry.origin === 'list' ? entry.text : entry.title,
      sortText: label.toLowerCase(),
    });
  }
  return out.sort((a, b) => a.sortText.localeCompare(b.sortText));
}
