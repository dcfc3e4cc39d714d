// Hover text: a citation shows the reference it resolves to (APA for .bib/CSL entries, the entry
// as written for a reference list) or why it resolves nowhere; a number the statistics checks
// compared shows the table cell; an abstract heading shows the framework coverage matrix.
import type { CheckResult } from '../engine';
import type { ReferenceEntry } from '../bibliography/entries';
import { describeEntry } from '../bibliography/entries';
import { basename } from '../paths';
import { realLine, realPath } from '../segments';
import { formatNumber } from '../numbers/parse';
import { matricesOf, type CoverageMatrix, type CoverageStatus, type ItemRow } from '../coverage/types';
import { columnName, rowName, tableName } from '../stats/tables';
import type { CellRef } from '../stats/analysis';
import { apaReference } from './apa';
import { citationAt, entriesOf, type CitationAt } from './context';
import { entryLenses } from './navigation';
import type { HoverInfo } from './types';
import { m, t, type Locale } from '../messages';
import { columnTitle } from '../messages/columns';

type Result = Pick<CheckResult, 'manuscript' | 'files' | 'coverage' | 'analysis'>;

/** The hover at `offset`, its words in `locale` (names, numbers and entries as the manuscript writes them). */
export function hoverAt(result: Result, file: string, offset: number, locale: Locale = 'en'): HoverInfo | undefined {
  const citation = citationAt(result, file, offset);
  if (citation) return citationHover(result, citation, locale);
  return numberHover(result, file, offset, locale) ?? abstractHover(result, file, offset, locale) ?? entryHover(result, file, offset, locale);
}

// ---- reference entries -----------------------------------------------------------------------

/** Citations listed in an entry's hover; the rest are counted. */
const LISTED_CITATIONS = 10;

/**
 * A reference-list or .bib entry shows where it is cited: file and line of each citation with
 * the words around it (the code lens's count, for editors that show no lenses).
 */
function entryHover(result: Result, file: string, offset: number, locale: Locale): HoverInfo | undefined {
  const text = result.files.get(file)?.text;
  if (text === undefined) return undefined;
  const lens = entryLenses(result, file).find((l) => {
    const region = entryRegion(text, file, l.start, l.end);
    return region.start <= offset && offset <= region.end;
  });
  if (!lens) return undefined;
  const n = lens.citations.length;
  if (n === 0) return { file, start: lens.start, end: lens.end, markdown: t(locale, 'hover.notCited') };
  const lines = [t(locale, 'hover.cited', { count: n }), ''];
  for (const c of lens.citations.slice(0, LISTED_CITATIONS)) {
    const source = result.files.get(c.file);
    // The real file and line of a citation in a segment of a long file (segments.ts).
    const at = source ? realLine({ segments: result.manuscript.segments, files: result.files }, c) : undefined;
    const words = source ? around(source.text, c.start, c.end) : '';
    lines.push(`- ${basename(at?.file ?? c.file)}${at ? `:${at.line}` : ''} — ${escapeMarkdown(words)}`);
  }
  if (n > LISTED_CITATIONS) lines.push(`- ${t(locale, 'hover.andMore', { count: n - LISTED_CITATIONS })}`);
  return { file, start: lens.start, end: lens.end, markdown: lines.join('\n') };
}

/** The words around a citation on its line, cut at word boundaries ("…" where cut). */
function around(text: string, start: number, end: number, reach = 50): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  let from = Math.max(lineStart, start - reach);
  let to = Math.min(lineEnd, end + reach);
  if (from > lineStart) from = text.indexOf(' ', from) + 1 || start;
  if (to < lineEnd) to = Math.max(end, text.lastIndexOf(' ', to));
  const words = text.slice(Math.min(from, start), to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${words}${to < lineEnd ? '…' : ''}`;
}

/** The whole entry around its span: a .bib entry from its `@` to the next one; a written entry as it is. */
function entryRegion(text: string, file: string, start: number, end: number): { start: number; end: number } {
  if (!/\.bib$/i.test(file)) return { start, end };
  const at = text.lastIndexOf('@', start);
  const next = text.indexOf('\n@', end);
  return { start: at < 0 ? start : at, end: next < 0 ? text.length : next };
}

// ---- citations -------------------------------------------------------------------------------

function citationHover(result: Result, at: CitationAt, locale: Locale): HoverInfo {
  const span = at.kind === 'key' ? at.resolved.citation : { file: at.resolved.citation.file, start: at.resolved.citation.start, end: at.resolved.citation.end };
  const entries = entriesOf(result, at);
  const resolution = at.resolved.resolution;
  const parts: string[] = [];
  if (entries.length === 0) {
    parts.push(whyNowhere(result, at, locale));
  } else {
    if (resolution.status === 'ambiguous') parts.push(t(locale, 'hover.ambiguous', { count: entries.length }));
    for (const entry of entries) parts.push(entryText(result, entry, locale));
    if (resolution.status === 'year-mismatch' && at.kind === 'prose') {
      parts.push(t(locale, 'hover.yearDiffers', { cited: at.resolved.citation.year, listed: resolution.entry.year ?? m('year.none') }));
    }
    if (resolution.status === 'author-mismatch')
      parts.push(t(locale, 'hover.authorsDiffer', { entry: escapeMarkdown(describeEntry(resolution.entry, locale)) }));
  }
  return { ...span, markdown: parts.join('\n\n') };
}

/** The formatted reference with where it is written. */
function entryText(result: Result, entry: ReferenceEntry, locale: Locale): string {
  const file = result.files.get(entry.file);
  const at = realLine({ segments: result.manuscript.segments, files: result.files }, entry);
  const where = at ? `${basename(at.file)}:${at.line}` : basename(realPath(result.manuscript.segments, entry.file));
  if (entry.origin === 'bib' || entry.origin === 'csl') {
    const apa = apaReference(entry, file, result.manuscript.derived) ?? describeEntry(entry, locale);
    return `${escapeMarkdown(apa)}\n\n*${entry.key} — ${where}*`;
  }
  const label = entry.origin === 'bibitem' ? `\\bibitem ${entry.key} — ${where}` : `${t(locale, 'hover.referenceList')} — ${where}`;
  return `${escapeMarkdown(entry.text.replace(/\s+/g, ' ').trim())}\n\n*${escapeMarkdown(label)}*`;
}

function whyNowhere(result: Result, at: CitationAt, locale: Locale): string {
  const { manuscript } = result;
  const declared = manuscript.bibliographies;
  const missing = declared.filter((b) => !b.database).map((b) => basename(b.declaration.path));
  const files = declared.filter((b) => b.database).map((b) => basename(b.declaration.path));
  const status = at.resolved.resolution.status;
  if (at.kind === 'key') {
    const key = at.resolved.citation.key;
    if (status === 'unchecked') {
      if (missing.length > 0) return t(locale, 'hover.bibliographyMissing', { files: escapeMarkdown(missing.join(', ')) });
      return t(locale, 'hover.noBibliographyFor', { key });
    }
    return t(locale, 'hover.noEntryForKey', { key, where: files.length > 0 ? escapeMarkdown(files.join(', ')) : m('place.bibliography') });
  }
  const citation = at.resolved.citation;
  const written = `${citation.authors.join(', ')} (${citation.year})`;
  if (status === 'unchecked') return t(locale, 'hover.nothingToCheckAgainst', { written: escapeMarkdown(written) });
  const where = at.resolved.against === 'list' ? m('place.referenceList') : files.length > 0 ? escapeMarkdown(files.join(', ')) : m('place.bibliography');
  return t(locale, 'hover.noEntryFor', { where, written: escapeMarkdown(written) });
}

// ---- numbers ---------------------------------------------------------------------------------

function numberHover(result: Result, file: string, offset: number, locale: Locale): HoverInfo | undefined {
  const statistics = result.analysis.statistics;
  const comparison = statistics.comparisons.find((c) => c.span.file === file && offset >= c.span.start && offset <= c.span.end);
  if (!comparison) return undefined;
  const lines: string[] = [];
  const cellLine = (ref: CellRef) => `| ${escapeCell(rowName(ref.row))} | ${escapeCell(columnName(ref.column))} | ${escapeCell(ref.cell.raw)} |`;
  const table = (refs: CellRef[]) => `${t(locale, 'hover.cellsHeader')}\n|---|---|---|\n${refs.map(cellLine).join('\n')}`;
  /** "(table.md, line 8)": where the first cell compared is. */
  const at = (ref: CellRef | undefined) => {
    if (!ref) return '';
    const cell = realLine({ segments: result.manuscript.segments, files: result.files }, ref.cell.cell);
    return ` (${escapeMarkdown(t(locale, 'hover.fileLine', { file: basename(cell?.file ?? realPath(result.manuscript.segments, ref.cell.cell.file)), line: cell?.line }))})`;
  };
  switch (comparison.kind) {
    case 'cell':
      lines.push(t(locale, 'hover.comparedWith', { table: escapeMarkdown(tableName(comparison.ref.table)), at: at(comparison.ref) }), table([comparison.ref]));
      lines.push(
        comparison.agrees
          ? t(locale, 'hover.cellAgrees')
          : t(locale, 'hover.cellDiffers', { stated: escapeMarkdown(comparison.stated.raw), value: escapeMarkdown(comparison.ref.cell.raw) }),
      );
      break;
    case 'derived':
      lines.push(t(locale, 'hover.computedFrom', { table: escapeMarkdown(tableName(comparison.table)), at: at(comparison.basis[0]) }), table(comparison.basis));
      lines.push(
        t(locale, 'hover.derived', {
          agrees: comparison.agrees ? 'yes' : undefined,
          stated: escapeMarkdown(comparison.stated.raw),
          expected: escapeMarkdown(formatNumber(comparison.expected, comparison.decimals, statistics.style)),
        }),
      );
      break;
    case 'stated-change':
      lines.push(
        t(locale, 'hover.statedChange', {
          agrees: comparison.agrees ? 'yes' : undefined,
          stated: escapeMarkdown(comparison.stated.raw),
          from: escapeMarkdown(comparison.from.raw),
          to: escapeMarkdown(comparison.to.raw),
          expected: escapeMarkdown(
            formatNumber(comparison.points / comparison.to.scale, Math.max(comparison.from.decimals, comparison.to.decimals), statistics.style),
          ),
        }),
      );
      break;
    case 'direction': {
      const refs = [comparison.from.ref, comparison.to.ref].filter((r): r is CellRef => r !== undefined);
      lines.push(
        t(locale, 'hover.wordComparedWith', {
          word: escapeMarkdown(comparison.word),
          table: refs.length > 0 ? escapeMarkdown(tableName(refs[0].table)) : undefined,
          at: refs.length > 0 ? at(refs[0]) : undefined,
        }),
      );
      if (refs.length > 0) lines.push(table(refs));
      lines.push(
        t(locale, 'hover.direction', {
          from: escapeMarkdown(comparison.from.raw),
          to: escapeMarkdown(comparison.to.raw),
          agrees: comparison.agrees ? 'yes' : undefined,
        }),
      );
      break;
    }
    case 'extreme':
      lines.push(
        t(locale, 'hover.wordComparedWith', {
          word: escapeMarkdown(comparison.word),
          table: escapeMarkdown(tableName(comparison.named.table)),
          at: at(comparison.named),
        }),
        table([comparison.named, ...comparison.actual.filter((r) => r !== comparison.named)]),
      );
      lines.push(
        comparison.agrees
          ? t(locale, 'hover.agrees')
          : t(locale, 'hover.extreme', { said: comparison.said, rows: escapeMarkdown(comparison.actual.map((r) => rowName(r.row)).join(', ')) }),
      );
      break;
    case 'restated':
      lines.push(
        t(locale, 'hover.restated', {
          value: escapeMarkdown(comparison.other.number.raw),
          file: escapeMarkdown(basename(realPath(result.manuscript.segments, comparison.other.span.file))),
        }),
      );
      break;
  }
  return { ...comparison.span, markdown: lines.join('\n\n') };
}

// ---- abstract headings -----------------------------------------------------------------------

const MARKS: Record<CoverageStatus, string> = { named: '✓', 'sub-dimensions': '✓', referenced: '✓', aggregate: '✓', hinted: '~', unknown: '?', absent: '✗' };

function abstractHover(result: Result, file: string, offset: number, locale: Locale): HoverInfo | undefined {
  const section = result.manuscript.sections.find(
    (s) => s.role === 'abstract' && s.heading && s.heading.file === file && offset >= s.heading.start && offset <= s.heading.end,
  );
  if (!section?.heading) return undefined;
  const matrices = matricesOf(result.coverage);
  const markdown = matrices.length === 0 ? t(locale, 'hover.noCoverage') : matrices.map((matrix) => coverageMatrix(matrix, section.index, locale)).join('\n\n');
  return { file, start: section.heading.start, end: section.heading.end, markdown };
}

/**
 * The coverage matrix of a framework, or of the research questions or hypotheses, as a Markdown
 * table (dimensions or items × parts of the manuscript): dimensions named in the language of the
 * abstract hovered; headings and legend in `locale` (without one: the first heading in the
 * abstract's language, the rest in English).
 */
export function coverageMatrix(coverage: CoverageMatrix, abstractSection?: number, locale?: Locale): string {
  const lang = coverage.columns.find((c) => abstractSection !== undefined && c.sections.includes(abstractSection))?.lang ?? 'en';
  const chrome = locale ?? 'en';
  const columns = coverage.columns.map((c, i) => ({ c, i }));
  const items = coverage.kind === 'questions' || coverage.kind === 'hypotheses' || coverage.kind === 'variables';
  const first = items
    ? (locale ?? lang) === 'id'
      ? coverage.kind === 'questions'
        ? 'Rumusan masalah'
        : coverage.kind === 'variables'
          ? 'Variabel'
          : 'Hipotesis'
      : coverage.kind === 'questions'
        ? 'Question'
        : coverage.kind === 'variables'
          ? 'Variable'
          : 'Hypothesis'
    : (locale ?? lang) === 'id'
      ? 'Dimensi'
      : 'Dimension';
  const header = `| ${first} | ${columns.map(({ c }) => escapeCell(columnTitle(c, chrome))).join(' | ')} |`;
  const rule = `|---|${columns.map(() => ':-:').join('|')}|`;
  const rows = coverage.rows.map((row, r) => {
    const statement = 'statements' in row ? (row as ItemRow).statements[0] : undefined;
    const text = statement ? ` ${quoteShort(statement.text)}` : '';
    const label = `${row.parent !== undefined ? '↳ ' : ''}${escapeCell(row.label[lang])}${text ? ` ${escapeCell(text)}` : ''}`;
    return `| ${label} | ${columns.map(({ i }) => MARKS[coverage.cells[r][i].status]).join(' | ')} |`;
  });
  const what = t(chrome, items ? 'hover.itemsLegend' : 'hover.frameworkLegend');
  const name =
    coverage.kind === 'derived-framework' || coverage.kind === 'framework'
      ? coverage.name
      : locale
        ? t(locale, coverage.kind === 'questions' ? 'report.questionsTitle' : 'report.hypothesesTitle')
        : capitalise(coverage.name);
  return [`**${escapeMarkdown(name)}** — ${what}`, [header, rule, ...rows].join('\n')].join('\n\n');
}

function quoteShort(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > 60 ? `${clean.slice(0, 57).trimEnd()}…` : clean}”`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function escapeCell(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}
