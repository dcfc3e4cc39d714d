// Suppression comments, applied after the checks ran (as texlab and ESLint do):
//   Markdown  <!-- thesislint-disable-next-line CODE … -->
//             <!-- thesislint-disable CODE … --> … <!-- thesislint-enable CODE … -->
//   LaTeX     % thesislint-disable-next-line CODE …   (and % thesislint-disable / -enable)
// CODE is a full code (citation/year-mismatch), a family (citation or citation/*), or nothing
// (every code). A suppression that silences nothing is itself reported, so stale ones get noticed.
import type { Finding, Severity } from './findings';
import { docsUrl } from './findings';
import type { SourceFile } from './model';
import { positionAt } from './text/source';
import { UNUSED_SUPPRESSION } from './codes';
import { slot, type DerivedCache } from './derived';
import { say } from './messages';

interface Directive {
  file: string;
  start: number;
  end: number;
  kind: 'next-line' | 'disable' | 'enable';
  codes: string[];
  /** Lines (0-based, inclusive) the directive covers. */
  fromLine: number;
  toLine: number;
  used: boolean;
}

const DIRECTIVE = /(?:<!--\s*|%\s*)thesislint-(disable-next-line|disable|enable)\b([^\n]*?)(?:(?<!\s)\s*-->|$)/gm;

// Whether a file's text holds a directive at all, per SourceFile (the same object while the text
// is unchanged): searching the whole manuscript's text on every check cost more than the rest.
const MAY_HOLD_DIRECTIVES = slot('suppressions: whether a source file holds a directive', () => new WeakMap<SourceFile, boolean>());

function parseDirectives(file: SourceFile, mayHoldDirectives: WeakMap<SourceFile, boolean>): Directive[] {
  let may = mayHoldDirectives.get(file);
  if (may === undefined) mayHoldDirectives.set(file, (may = file.text.includes('thesislint-')));
  if (!may) return [];
  const directives: Directive[] = [];
  const lines = file.lineStarts.length;
  for (const m of file.text.matchAll(DIRECTIVE)) {
    const start = m.index ?? 0;
    const kind = m[1] === 'disable-next-line' ? 'next-line' : (m[1] as 'disable' | 'enable');
    const codes = m[2].split(/[\s,]+/).filter((c) => c && c !== '-->');
    const line = positionAt(file, start).line;
    let fromLine = line + 1;
    if (kind === 'next-line') {
      // The next line with text: a blank line between comment and paragraph is common in Markdown.
      while (fromLine < lines && lineText(file, fromLine).trim() === '') fromLine++;
    }
    directives.push({
      file: file.path,
      start,
      end: start + m[0].length,
      kind,
      codes,
      fromLine,
      toLine: kind === 'next-line' ? fromLine : lines - 1,
      used: false,
    });
  }
  // A disable range ends at the matching enable (same codes, or an enable without codes).
  for (const d of directives) {
    if (d.kind !== 'disable') continue;
    const end = directives.find((e) => e.kind === 'enable' && e.start > d.start && (e.codes.length === 0 || d.codes.every((c) => e.codes.includes(c))));
    if (end) {
      d.toLine = positionAt(file, end.start).line;
      end.used = true;
    }
  }
  return directives.filter((d) => d.kind !== 'enable');
}

function lineText(file: SourceFile, line: number): string {
  const start = file.lineStarts[line];
  const end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] : file.text.length;
  return file.text.slice(start, end);
}

function covers(directive: Directive, code: string): boolean {
  if (directive.codes.length === 0) return true;
  return directive.codes.some((c) => c === code || c.replace(/\/\*$/, '') === code.split('/')[0]);
}

/**
 * Drops suppressed findings and reports suppressions that matched nothing, at the severity
 * `severityOf` gives `suppression/unused` (none when it is off).
 */
export function applySuppressions(
  findings: Finding[],
  sourceFiles: Iterable<SourceFile>,
  derived: DerivedCache,
  severityOf: (code: string, drafted: Severity | undefined) => Severity | 'off' = () => 'warning',
): Finding[] {
  const files = [...sourceFiles];
  const byFile = new Map<string, Directive[]>();
  const mayHoldDirectives = derived.get(MAY_HOLD_DIRECTIVES);
  for (const file of files) {
    const directives = parseDirectives(file, mayHoldDirectives);
    if (directives.length > 0) byFile.set(file.path, directives);
  }
  if (byFile.size === 0) return findings;
  const fileOf = new Map(files.map((f) => [f.path, f]));
  const kept = findings.filter((f) => {
    const directives = byFile.get(f.file);
    const source = fileOf.get(f.file);
    if (!directives || !source) return true;
    const line = positionAt(source, f.start).line;
    const matching = directives.filter((d) => line >= d.fromLine && line <= d.toLine && covers(d, f.code));
    for (const d of matching) d.used = true;
    return matching.length === 0;
  });
  const unused = severityOf(UNUSED_SUPPRESSION, undefined);
  if (unused === 'off') return kept;
  for (const directives of byFile.values()) {
    for (const d of directives) {
      if (d.used) continue;
      kept.push({
        code: UNUSED_SUPPRESSION,
        severity: unused,
        docs: docsUrl(UNUSED_SUPPRESSION),
        file: d.file,
        start: d.start,
        end: d.end,
        ...say('suppression.unused', d.codes.length > 0 ? { codes: d.codes.join(', ') } : {}),
      });
    }
  }
  return kept;
}
