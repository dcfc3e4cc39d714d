// Shared lookups over one CheckResult for the editor features: the analyses the check computed
// (CheckResult.analysis) and what stands at an offset.
import type { CheckResult } from '../engine';
import type { Manuscript } from '../manuscript';
import type { KeyCitation, SourceFile } from '../model';
import type { ReferenceEntry } from '../bibliography/entries';
import type { ResolvedKey, ResolvedProse } from '../citations/resolve';
import { markupOf } from '../files';

/** What the editor features read of a check. */
export type FeatureResult = Pick<CheckResult, 'manuscript' | 'analysis'>;

export type CitationAt = { kind: 'key'; resolved: ResolvedKey } | { kind: 'prose'; resolved: ResolvedProse };

function within(start: number, end: number, offset: number): boolean {
  return offset >= start && offset <= end;
}

/** The citation whose text contains `offset` (a key, or an author–year citation from author to year). */
export function citationAt(result: FeatureResult, file: string, offset: number): CitationAt | undefined {
  const { keys, prose } = result.analysis.citations;
  const key = keys.find((k) => k.citation.file === file && !(k.citation.nocite && k.citation.key === '*') && within(k.citation.start, k.citation.end, offset));
  if (key) return { kind: 'key', resolved: key };
  const found = prose.find((p) => p.citation.file === file && within(p.citation.start, p.citation.end, offset));
  return found ? { kind: 'prose', resolved: found } : undefined;
}

/** Every entry a key names: .bib/CSL records and \bibitems with that key. */
export function entriesWithKey(manuscript: Manuscript, key: string): ReferenceEntry[] {
  const out: ReferenceEntry[] = [];
  for (const e of [...manuscript.databaseEntries, ...manuscript.referenceList]) if (e.key === key && !out.includes(e)) out.push(e);
  return out;
}

/** The entries a citation points to (with whatever defect); empty when it resolves nowhere. */
export function entriesOf(result: FeatureResult, at: CitationAt): ReferenceEntry[] {
  if (at.kind === 'key') return entriesWithKey(result.manuscript, at.resolved.citation.key);
  const r = at.resolved.resolution;
  if (r.status === 'ok' || r.status === 'year-mismatch' || r.status === 'author-mismatch') return [r.entry];
  if (r.status === 'ambiguous') return r.entries;
  return [];
}

/** The entry at `offset`: a .bib/CSL key, a \bibitem, or a reference-list entry. */
export function entryAt(manuscript: Manuscript, file: string, offset: number): ReferenceEntry | undefined {
  const all = [...manuscript.databaseEntries, ...manuscript.referenceList];
  return all.find((e) => e.file === file && e.end > e.start && within(e.start, e.end, offset));
}

/** Key citations and prose citations that point at `entry`. */
export function citationsOf(result: FeatureResult, entry: ReferenceEntry): { keys: (KeyCitation & { section: number })[]; prose: ResolvedProse[] } {
  const { keys, prose } = result.analysis.citations;
  return {
    keys: entry.key ? keys.filter((k) => k.citation.key === entry.key && !k.citation.nocite).map((k) => k.citation) : [],
    prose: prose.filter((p) => {
      const r = p.resolution;
      if (r.status === 'ok' || r.status === 'year-mismatch' || r.status === 'author-mismatch') return r.entry === entry;
      return r.status === 'ambiguous' && r.entries.includes(entry);
    }),
  };
}

/** The line of `offset` in `file`: its start, its end (before the line break) and its text. */
export function lineAround(file: SourceFile, offset: number): { start: number; end: number; text: string } {
  const start = file.text.lastIndexOf('\n', offset - 1) + 1;
  let end = file.text.indexOf('\n', offset);
  if (end < 0) end = file.text.length;
  const text = file.text.slice(start, end).replace(/\r$/, '');
  return { start, end: start + text.length, text };
}

/** Sort key of a reference-list entry: the one references/unsorted uses. */
export { entrySortKey } from '../bibliography/entries';

/** A file written in LaTeX syntax: a LaTeX manuscript file, a class or a package. */
export function isLatexPath(path: string): boolean {
  return markupOf(path) === 'latex' || /\.(sty|cls)$/i.test(path);
}

/** A file read as Markdown. */
export function isMarkdownPath(path: string): boolean {
  return markupOf(path) === 'markdown';
}
