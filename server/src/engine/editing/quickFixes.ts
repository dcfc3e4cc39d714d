// Quick fixes for findings, each a precise set of edits: nothing outside the replaced spans
// changes. Computed from the CheckResult the finding came from (its offsets are into that text).
import type { CheckResult } from '../engine';
import type { Finding } from '../findings';
import type { SourceFile } from '../model';
import type { Manuscript } from '../manuscript';
import type { ReferenceEntry } from '../bibliography/entries';
import type { AuthorProblem } from '../citations/resolve';
import { basename } from '../paths';
import { parseLocaleNumber } from '../numbers/parse';
import { entrySortKey, isLatexPath, isMarkdownPath, lineAround } from './context';
import type { Fix, TextEdit } from './types';
import { say, type MessageArg, type MessageId } from '../messages';

/** A fix's title in English and as catalogue data. */
function titled(messageId: MessageId, args?: Record<string, MessageArg>): { title: string; titleMsg: Fix['titleMsg'] } {
  const { message, msg } = say(messageId, args);
  return { title: message, titleMsg: msg };
}

type Result = Pick<CheckResult, 'manuscript' | 'files' | 'analysis'>;

/** Every fix for `finding`, the preferred one first; "ignore this finding here" comes last. */
export function fixesFor(result: Result, finding: Finding): Fix[] {
  const fixes: Fix[] = [];
  const file = result.files.get(finding.file);
  if (!file) return fixes;
  const data = finding.data ?? {};
  switch (finding.code) {
    case 'citation/year-mismatch':
      fixes.push(...yearFixes(result.manuscript, file, finding, data));
      break;
    case 'citation/author-mismatch': {
      const fix = authorFix(file, finding, data);
      if (fix) fixes.push(fix);
      break;
    }
    case 'citation/missing-reference': {
      const fix = missingReferenceFix(result, data);
      if (fix) fixes.push(fix);
      break;
    }
    case 'references/unsorted': {
      const fix = sortReferenceListFix(result, finding.file);
      if (fix) fixes.push(fix);
      break;
    }
    case 'stats/table-mismatch': {
      const fix = tableValueFix(file, finding, data);
      if (fix) fixes.push(fix);
      break;
    }
    case 'references/duplicate': {
      const fix = removeDuplicateFix(file, finding);
      if (fix) fixes.push(fix);
      break;
    }
  }
  const ignore = ignoreFix(file, finding);
  if (ignore) fixes.push(ignore);
  return fixes;
}

// ---- citation/year-mismatch ------------------------------------------------------------------

function yearFixes(manuscript: Manuscript, file: SourceFile, finding: Finding, data: Record<string, unknown>): Fix[] {
  const written = file.text.slice(finding.start, finding.end);
  if (typeof data.citedYear === 'string' && written !== data.citedYear) return [];
  const fixes: Fix[] = [];
  if (typeof data.expectedYear === 'string') {
    fixes.push({
      ...titled('fix.changeYear', { year: String(data.expectedYear) }),
      preferred: true,
      edits: [{ file: finding.file, start: finding.start, end: finding.end, newText: data.expectedYear }],
    });
    // Or the entry is the one that is wrong: give it the cited year.
    const entry = findEntry(manuscript, data.entry);
    if (entry?.yearSpan && typeof data.citedYear === 'string') {
      const entryFile = manuscript.files.get(entry.yearSpan.file);
      if (entryFile && entryFile.text.slice(entry.yearSpan.start, entry.yearSpan.end) === entry.year) {
        fixes.push({ ...titled('fix.changeListYear', { year: String(data.citedYear) }), edits: [{ ...entry.yearSpan, newText: data.citedYear }] });
      }
    }
  } else if (Array.isArray(data.candidateYears)) {
    for (const year of new Set(data.candidateYears.filter((y): y is string => typeof y === 'string'))) {
      fixes.push({ ...titled('fix.changeYear', { year }), edits: [{ file: finding.file, start: finding.start, end: finding.end, newText: year }] });
    }
  }
  return fixes;
}

function findEntry(manuscript: Manuscript, described: unknown): ReferenceEntry | undefined {
  if (!described || typeof described !== 'object') return undefined;
  const { file, start, end } = described as { file?: string; start?: number; end?: number };
  return [...manuscript.referenceList, ...manuscript.databaseEntries].find((e) => e.file === file && e.start === start && e.end === end);
}

// ---- citation/author-mismatch ----------------------------------------------------------------

function authorFix(file: SourceFile, finding: Finding, data: Record<string, unknown>): Fix | undefined {
  const problem = data.problem as AuthorProblem | undefined;
  const written = file.text.slice(finding.start, finding.end);
  if (problem?.kind === 'misspelt') {
    const at = findWord(written, problem.written);
    if (at < 0) return undefined;
    const start = finding.start + at;
    return {
      ...titled('fix.changeName', { written: problem.written, expected: problem.expected }),
      preferred: true,
      edits: [{ file: finding.file, start, end: start + problem.written.length, newText: problem.expected }],
    };
  }
  if (typeof data.expectedAuthors !== 'string' || !problem) return undefined;
  // The author part spans one line of prose; anything with markup in it is left to the writer.
  if (/[\n*_\\{}[\]]/.test(written)) return undefined;
  const replacement = inWritersStyle(data.expectedAuthors, written);
  if (replacement === written) return undefined;
  return {
    ...titled('fix.writeAuthors', { authors: replacement }),
    preferred: true,
    edits: [{ file: finding.file, start: finding.start, end: finding.end, newText: replacement }],
  };
}

/** `name` as a whole word in `text`. */
function findWord(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? m.index : -1;
}

/** "Ansell & Gash" written the way the citation joins names ("Ansell dan Gash", "Emerson dkk."). */
function inWritersStyle(expected: string, written: string): string {
  let out = expected;
  if (/\bdan\b/.test(written)) out = out.replace(' & ', ' dan ');
  else if (/\band\b/.test(written)) out = out.replace(' & ', ' and ');
  if (/\bdkk\b/.test(written)) out = out.replace(/ et al\.$/, ' dkk.');
  return out;
}

// ---- citation/missing-reference --------------------------------------------------------------

function missingReferenceFix(result: Result, data: Record<string, unknown>): Fix | undefined {
  const { manuscript } = result;
  if (data.kind === 'key' && typeof data.key === 'string') return bibStubFix(result, data.key, undefined, undefined);
  if (data.kind !== 'prose' || !Array.isArray(data.authors) || typeof data.year !== 'string') return undefined;
  const authors = data.authors.filter((a): a is string => typeof a === 'string');
  if (authors.length === 0) return undefined;
  const list = writtenList(manuscript);
  if (list.length > 0) return listStubFix(result, list, authors, data.year);
  // Checked against \bibitems: a stub would need a key and a place; left to the writer.
  if (result.analysis.citations.prose.some((p) => p.against === 'list')) return undefined;
  return bibStubFix(result, keyFor(manuscript, authors[0], data.year), authors, data.year);
}

/** The written reference list's entries (author–year, not numbered), in file order. */
function writtenList(manuscript: Manuscript): ReferenceEntry[] {
  return manuscript.referenceList
    .filter((e) => e.origin === 'list' && !e.numbered)
    .sort((a, b) => manuscript.fileOrder.indexOf(a.file) - manuscript.fileOrder.indexOf(b.file) || a.start - b.start);
}

function joinAuthors(authors: string[]): string {
  if (authors.length === 1) return authors[0];
  if (authors.length === 2) return `${authors[0]} & ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;
}

/** "Sen. (2019). *Judul*." placed alphabetically, with the separator the list uses. */
function listStubFix(result: Result, list: ReferenceEntry[], authors: string[], year: string): Fix | undefined {
  const { manuscript } = result;
  // Only the first file that holds the list (the DAFTAR PUSTAKA chapter).
  const fileName = list[0].file;
  const entries = list.filter((e) => e.file === fileName);
  const file = result.files.get(fileName);
  if (!file) return undefined;
  const section = manuscript.sections.find((s) => s.role === 'references' && s.heading?.file === fileName);
  const title = section?.lang === 'en' ? 'Title' : 'Judul';
  const italic = isLatexPath(fileName) ? `\\textit{${title}}` : `*${title}*`;
  const stub = `${joinAuthors(authors)}. (${year}). ${italic}.`;
  const key = entrySortKey({ authors: [{ family: authors[0] }] } as ReferenceEntry);
  const before = entries.find((e) => entrySortKey(e).localeCompare(key, 'en') > 0);
  const separator = (i: number): string => file.text.slice(entries[i].end, entries[i + 1].start);
  let edit: TextEdit;
  if (entries.length === 1) {
    const line = lineAround(file, entries[0].start);
    const prefix = file.text.slice(line.start, entries[0].start);
    const sep = `\n${isMarkdownPath(fileName) ? '\n' : ''}${/^[\s>*+\-\d.)]*$/.test(prefix) ? prefix : ''}`;
    edit = before
      ? { file: fileName, start: before.start, end: before.start, newText: stub + sep }
      : { file: fileName, start: entries[0].end, end: entries[0].end, newText: sep + stub };
  } else if (before) {
    const i = entries.indexOf(before);
    edit = { file: fileName, start: before.start, end: before.start, newText: stub + separator(Math.max(0, i - 1)) };
  } else {
    const last = entries[entries.length - 1];
    edit = { file: fileName, start: last.end, end: last.end, newText: separator(entries.length - 2) + stub };
  }
  return { ...titled('fix.addToList', { entry: `${joinAuthors(authors)} (${year})` }), preferred: true, edits: [edit] };
}

/** A key for a new entry: surname and year, made unique ("sen2019", "sen2019a"). */
function keyFor(manuscript: Manuscript, author: string, year: string): string {
  const base = `${author
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}${year.replace(/[^0-9a-z]/gi, '')}`;
  const taken = new Set([...manuscript.databaseEntries, ...manuscript.referenceList].map((e) => e.key));
  if (!taken.has(base)) return base;
  for (const suffix of 'abcdefghijklmnopqrstuvwxyz') if (!taken.has(base + suffix)) return base + suffix;
  return `${base}-new`;
}

/** A BibTeX stub appended to the first .bib file the manuscript reads. */
function bibStubFix(result: Result, key: string, authors: string[] | undefined, year: string | undefined): Fix | undefined {
  const source = result.manuscript.bibliographies.find((b) => b.database && /\.bib$/i.test(b.declaration.path) && result.files.has(b.declaration.path));
  if (!source) return undefined;
  const path = source.declaration.path;
  const text = result.files.get(path)!.text;
  const lead = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  const author = authors ? authors.join(' and ') : '';
  const stub = `${lead}@misc{${key},\n  author = {${author}},\n  title = {},\n  year = {${year ?? ''}}\n}\n`;
  return {
    ...titled('fix.addBibtex', { key, file: basename(path) }),
    preferred: true,
    edits: [{ file: path, start: text.length, end: text.length, newText: stub }],
  };
}

// ---- references/unsorted ---------------------------------------------------------------------

/**
 * Sorts the written reference list of `fileName` by first author: replaces exactly the span from
 * the first to the last entry, keeping each entry's text and the separators between entries.
 */
export function sortReferenceListFix(result: Result, fileName: string): Fix | undefined {
  const file = result.files.get(fileName);
  if (!file) return undefined;
  const entries = result.manuscript.referenceList.filter((e) => e.origin === 'list' && !e.numbered && e.file === fileName).sort((a, b) => a.start - b.start);
  if (entries.length < 2) return undefined;
  // Entries must not overlap (one per line or block), or the separators would be meaningless.
  for (let i = 1; i < entries.length; i++) if (entries[i].start < entries[i - 1].end) return undefined;
  const sorted = entries.slice().sort((a, b) => entrySortKey(a).localeCompare(entrySortKey(b), 'en'));
  if (sorted.every((e, i) => e === entries[i])) return undefined;
  let text = '';
  for (let i = 0; i < entries.length; i++) {
    text += file.text.slice(sorted[i].start, sorted[i].end);
    if (i + 1 < entries.length) text += file.text.slice(entries[i].end, entries[i + 1].start);
  }
  return {
    ...titled('fix.sortList'),
    preferred: true,
    edits: [{ file: fileName, start: entries[0].start, end: entries[entries.length - 1].end, newText: text }],
  };
}

// ---- stats/table-mismatch --------------------------------------------------------------------

function tableValueFix(file: SourceFile, finding: Finding, data: Record<string, unknown>): Fix | undefined {
  const { replacement, statedText, stated } = data;
  if (typeof replacement !== 'string' || typeof statedText !== 'string' || typeof stated !== 'number') return undefined;
  if (file.text.slice(finding.start, finding.end) !== statedText) return undefined;
  // "25,9 juta" against a cell of 25.912.000: the cell's digits would not fit the scale word.
  const unscaled = (['id', 'en'] as const).some((style) => {
    const parsed = parseLocaleNumber(statedText, style);
    return parsed !== undefined && Math.abs(parsed.value - stated) < 1e-9;
  });
  if (!unscaled) return undefined;
  return {
    ...titled('fix.useTableValue', { value: replacement }),
    preferred: true,
    edits: [{ file: finding.file, start: finding.start, end: finding.end, newText: replacement }],
  };
}

// ---- references/duplicate ------------------------------------------------------------------

/**
 * Removes the second listing: the whole entry with its line (a list item, or a .bib entry from
 * its `@` to its closing brace), and one of the blank lines around it, so that the list keeps its
 * spacing. Not offered when anything else shares the entry's lines.
 */
function removeDuplicateFix(file: SourceFile, finding: Finding): Fix | undefined {
  const text = file.text;
  let start: number;
  let end: number;
  let title: ReturnType<typeof titled>;
  if (/\.bib$/i.test(file.path)) {
    // The finding spans the key: the entry runs from the `@` before it to its closing brace.
    const at = text.lastIndexOf('@', finding.start);
    if (at < 0 || !/^@[A-Za-z]+\s*[{(]\s*$/.test(text.slice(at, finding.start))) return undefined;
    const open = text.slice(at, finding.start).search(/[{(]/) + at;
    const close = matchingClose(text, open);
    if (close < 0) return undefined;
    start = at;
    end = close + 1;
    title = titled('fix.removeDuplicate', { entry: text.slice(finding.start, finding.end) });
  } else {
    start = finding.start;
    end = finding.end;
    title = titled('fix.removeDuplicate');
  }
  const first = lineAround(file, start);
  const last = lineAround(file, end);
  // Only list markers before the entry, only space after it.
  if (!/^[\s>*+\-\d.)]*$/.test(text.slice(first.start, start)) || text.slice(end, last.end).trim() !== '') return undefined;
  let from = first.start;
  let to = last.end < text.length ? text.indexOf('\n', last.end) + 1 || text.length : text.length;
  // A blank line before and after: one of them goes with the entry.
  const blankBefore = from >= 2 && /\n[ \t]*\r?\n$/.test(text.slice(Math.max(0, from - 4), from));
  const afterLine = lineAround(file, Math.min(to, text.length));
  if (blankBefore && to < text.length && afterLine.text.trim() === '') to = Math.min(text.length, afterLine.end + 1);
  else if (to >= text.length && blankBefore) from = text.lastIndexOf('\n', from - 2) + 1;
  return { ...title, preferred: !/\.bib$/i.test(file.path), edits: [{ file: file.path, start: from, end: to, newText: '' }] };
}

/** The offset of the brace or parenthesis that closes the one at `open`, or -1. */
function matchingClose(text: string, open: number): number {
  const closer = text[open] === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{' || (closer === ')' && c === '(')) depth++;
    else if (c === '}' || (closer === ')' && c === ')')) {
      depth--;
      if (depth === 0) return c === closer ? i : -1;
    }
  }
  return -1;
}

// ---- ignore this finding here ----------------------------------------------------------------

/**
 * Inserts the suppression comment on its own line above the finding's line, indented like it:
 * `<!-- thesislint-disable-next-line CODE -->` in Markdown, `% thesislint-disable-next-line CODE`
 * in LaTeX and BibTeX. Not offered where a comment line would change the document's structure
 * (inside YAML front matter or between the rows of a Markdown table) or in JSON/YAML files.
 */
export function ignoreFix(file: SourceFile, finding: Finding): Fix | undefined {
  const path = file.path;
  const latexLike = isLatexPath(path) || /\.bib$/i.test(path);
  if (!latexLike && !isMarkdownPath(path)) return undefined;
  const line = lineAround(file, finding.start);
  const indent = /^[ \t]*/.exec(line.text)![0];
  if (!latexLike) {
    if (inFrontMatter(file, line.start)) return undefined;
    if (line.start > 0 && /^\s*\|/.test(line.text) && /^\s*\|/.test(lineAround(file, line.start - 1).text)) return undefined;
  }
  const comment = latexLike ? `% thesislint-disable-next-line ${finding.code}` : `<!-- thesislint-disable-next-line ${finding.code} -->`;
  return { ...titled('fix.ignore', { code: finding.code }), edits: [{ file: path, start: line.start, end: line.start, newText: `${indent}${comment}\n` }] };
}

/** Whether `offset` is in the YAML front matter, its closing line included (a BOM may come first). */
function inFrontMatter(file: SourceFile, offset: number): boolean {
  const m = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(file.text);
  return !!m && offset < m[0].length;
}
