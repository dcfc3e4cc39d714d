// Hover text: a citation shows the reference it resolves to (APA for .bib/CSL entries, the entry
// as written for a reference list) or why it resolves nowhere; a number the statistics checks
// compared shows the table cell; an abstract heading shows the framework coverage matrix.
import type { CheckResult } from '../engine';
import type { ReferenceEntry } from '../bibliography/entries';
import { describeEntry } from '../bibliography/entries';
import { basename } from '../paths';
import { positionAt } from '../text/source';
import { formatNumber } from '../numbers/parse';
import { matricesOf, type CoverageMatrix, type CoverageStatus, type ItemRow } from '../coverage/types';
import { columnName, rowName, tableName } from '../stats/tables';
import type { CellRef } from '../stats/analysis';
import { apaReference } from './apa';
import { render } from '../messages';
import { citationAt, entriesOf, type CitationAt } from './context';
import { entryLenses } from './navigation';
import type { HoverInfo } from './types';

type Result = Pick<CheckResult, 'manuscript' | 'files' | 'coverage' | 'analysis'>;

export function hoverAt(result: Result, file: string, offset: number): HoverInfo | undefined {
  const citation = citationAt(result, file, offset);
  if (citation) return citationHover(result, citation);
  return numberHover(result, file, offset) ?? abstractHover(result, file, offset) ?? entryHover(result, file, offset);
}

// ---- reference entries -----------------------------------------------------------------------

/** Citations listed in an entry's hover; the rest are counted. */
const LISTED_CITATIONS = 10;

/**
 * A reference-list or .bib entry shows where it is cited: file and line of each citation with
 * the words around it (the code lens's count, for editors that show no lenses).
 */
function entryHover(result: Result, file: string, offset: number): HoverInfo | undefined {
  const text = result.files.get(file)?.text;
  if (text === undefined) return undefined;
  const lens = entryLenses(result, file).find((l) => {
    const region = entryRegion(text, file, l.start, l.end);
    return region.start <= offset && offset <= region.end;
  });
  if (!lens) return undefined;
  const n = lens.citations.length;
  if (n === 0) return { file, start: lens.start, end: lens.end, markdown: '**Not cited** anywhere in the manuscript.' };
  const lines = [`**Cited ${n === 1 ? 'once' : `${n} times`}:**`, ''];
  for (const c of lens.citations.slice(0, LISTED_CITATIONS)) {
    const source = result.files.get(c.file);
    const line = source ? positionAt(source, c.start).line + 1 : undefined;
    const words = source ? around(source.text, c.start, c.end) : '';
    lines.push(`- ${basename(c.file)}${line ? `:${line}` : ''} — ${escapeMarkdown(words)}`);
  }
  if (n > LISTED_CITATIONS) lines.push(`- … and ${n - LISTED_CITATIONS} more`);
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

function citationHover(result: Result, at: CitationAt): HoverInfo {
  const span = at.kind === 'key' ? at.resolved.citation : { file: at.resolved.citation.file, start: at.resolved.citation.start, end: at.resolved.citation.end };
  const entries = entriesOf(result, at);
  const resolution = at.resolved.resolution;
  const parts: string[] = [];
  if (entries.length === 0) {
    parts.push(whyNowhere(result, at));
  } else {
    if (resolution.status === 'ambiguous') parts.push(`**Ambiguous:** matches ${entries.length} entries.`);
    for (const entry of entries) parts.push(entryText(result, entry));
    if (resolution.status === 'year-mismatch' && at.kind === 'prose') {
      parts.push(`**Year differs:** cited ${at.resolved.citation.year}, listed ${resolution.entry.year ?? 'n.d.'}.`);
    }
    if (resolution.status === 'author-mismatch') parts.push(`**Authors differ** from the entry (${describeEntry(resolution.entry)}).`);
  }
  return { ...span, markdown: parts.join('\n\n') };
}

/** The formatted reference with where it is written. */
function entryText(result: Result, entry: ReferenceEntry): string {
  const file = result.files.get(entry.file);
  const where = file ? `${basename(entry.file)}:${positionAt(file, entry.start).line + 1}` : basename(entry.file);
  if (entry.origin === 'bib' || entry.origin === 'csl') {
    const apa = apaReference(entry, file, result.manuscript.derived) ?? describeEntry(entry);
    return `${escapeMarkdown(apa)}\n\n*${entry.key} — ${where}*`;
  }
  const label = entry.origin === 'bibitem' ? `\\bibitem ${entry.key} — ${where}` : `reference list — ${where}`;
  return `${escapeMarkdown(entry.text.replace(/\s+/g, ' ').trim())}\n\n*${escapeMarkdown(label)}*`;
}

function whyNowhere(result: Result, at: CitationAt): string {
  const { manuscript } = result;
  const declared = manuscript.bibliographies;
  const missing = declared.filter((b) => !b.database).map((b) => basename(b.declaration.path));
  const files = declared.filter((b) => b.database).map((b) => basename(b.declaration.path));
  const status = at.resolved.resolution.status;
  if (at.kind === 'key') {
    const key = at.resolved.citation.key;
    if (status === 'unchecked') {
      if (missing.length > 0) return `**Not checked:** the bibliography ${missing.join(', ')} does not exist.`;
      return `**Not checked:** no bibliography is declared for \`${key}\`.`;
    }
    return `**No entry** for the key \`${key}\` in ${files.length > 0 ? files.join(', ') : 'the bibliography'}.`;
  }
  const citation = at.resolved.citation;
  const written = `${citation.authors.join(', ')} (${citation.year})`;
  if (status === 'unchecked') return `**Not checked:** there is no reference list or bibliography to check ${escapeMarkdown(written)} against.`;
  const where = at.resolved.against === 'list' ? 'the reference list' : files.length > 0 ? files.join(', ') : 'the bibliography';
  return `**No entry** in ${where} for ${escapeMarkdown(written)}.`;
}

// ---- numbers ---------------------------------------------------------------------------------

function numberHover(result: Result, file: string, offset: number): HoverInfo | undefined {
  const statistics = result.analysis.statistics;
  const comparison = statistics.comparisons.find((c) => c.span.file === file && offset >= c.span.start && offset <= c.span.end);
  if (!comparison) return undefined;
  const lines: string[] = [];
  const cellLine = (ref: CellRef) => `| ${escapeCell(rowName(ref.row))} | ${escapeCell(columnName(ref.column))} | ${escapeCell(ref.cell.raw)} |`;
  const table = (refs: CellRef[]) => `| row | column | value |\n|---|---|---|\n${refs.map(cellLine).join('\n')}`;
  /** "(table.md, line 8)": where the first cell compared is. */
  const at = (ref: CellRef | undefined) => {
    if (!ref) return '';
    const cellFile = result.files.get(ref.cell.cell.file);
    const line = cellFile ? `, line ${positionAt(cellFile, ref.cell.cell.start).line + 1}` : '';
    return ` (${escapeMarkdown(basename(ref.cell.cell.file) + line)})`;
  };
  switch (comparison.kind) {
    case 'cell':
      lines.push(`Compared with **${escapeMarkdown(tableName(comparison.ref.table))}**${at(comparison.ref)}`, table([comparison.ref]));
      lines.push(
        comparison.agrees
          ? 'The text agrees with the table.'
          : `The text says ${escapeMarkdown(comparison.stated.raw)}; the table has ${escapeMarkdown(comparison.ref.cell.raw)}.`,
      );
      break;
    case 'derived':
      lines.push(`Computed from **${escapeMarkdown(tableName(comparison.table))}**${at(comparison.basis[0])}`, table(comparison.basis));
      lines.push(
        `${comparison.agrees ? 'Agrees' : 'Disagrees'}: the text says ${escapeMarkdown(comparison.stated.raw)}, the table gives ${escapeMarkdown(formatNumber(comparison.expected, comparison.decimals, statistics.style))}.`,
      );
      break;
    case 'direction': {
      const refs = [comparison.from.ref, comparison.to.ref].filter((r): r is CellRef => r !== undefined);
      lines.push(
        `"${escapeMarkdown(comparison.word)}" compared with ${refs.length > 0 ? `**${escapeMarkdown(tableName(refs[0].table))}**${at(refs[0])}` : 'the numbers of the sentence'}`,
      );
      if (refs.length > 0) lines.push(table(refs));
      lines.push(`${escapeMarkdown(comparison.from.raw)} → ${escapeMarkdown(comparison.to.raw)}: ${comparison.agrees ? 'agrees' : 'the other way round'}.`);
      break;
    }
    case 'extreme':
      lines.push(
        `"${escapeMarkdown(comparison.word)}" compared with **${escapeMarkdown(tableName(comparison.named.table))}**${at(comparison.named)}`,
        table([comparison.named, ...comparison.actual.filter((r) => r !== comparison.named)]),
      );
      lines.push(
        comparison.agrees
          ? 'Agrees.'
          : `The ${comparison.said === 'max' ? 'highest' : 'lowest'} is ${escapeMarkdown(comparison.actual.map((r) => rowName(r.row)).join(', '))}.`,
      );
      break;
    case 'restated':
      lines.push(`Stated elsewhere as ${escapeMarkdown(comparison.other.number.raw)} (${escapeMarkdown(basename(comparison.other.span.file))}).`);
      break;
  }
  return { ...comparison.span, markdown: lines.join('\n\n') };
}

// ---- abstract headings -----------------------------------------------------------------------

const MARKS: Record<CoverageStatus, string> = { named: '✓', 'sub-dimensions': '✓', referenced: '✓', aggregate: '✓', hinted: '~', unknown: '?', absent: '✗' };

function abstractHover(result: Result, file: string, offset: number): HoverInfo | undefined {
  const section = result.manuscript.sections.find(
    (s) => s.role === 'abstract' && s.heading && s.heading.file === file && offset >= s.heading.start && offset <= s.heading.end,
  );
  if (!section?.heading) return undefined;
  const matrices = matricesOf(result.coverage);
  const markdown =
    matrices.length === 0
      ? '**Coverage:** no theoretical framework, research question or hypothesis was found in this manuscript.'
      : matrices.map((m) => coverageMatrix(m, section.index)).join('\n\n');
  return { file, start: section.heading.start, end: section.heading.end, markdown };
}

/**
 * The coverage matrix of a framework, or of the research questions or hypotheses, as a Markdown
 * table in the language of the abstract hovered (dimensions or items × parts of the manuscript).
 */
export function coverageMatrix(coverage: CoverageMatrix, abstractSection?: number): string {
  const lang = coverage.columns.find((c) => abstractSection !== undefined && c.sections.includes(abstractSection))?.lang ?? 'en';
  const columns = coverage.columns.map((c, i) => ({ c, i }));
  const items = coverage.kind === 'questions' || coverage.kind === 'hypotheses';
  const first = items
    ? lang === 'id'
      ? coverage.kind === 'questions'
        ? 'Rumusan masalah'
        : 'Hipotesis'
      : coverage.kind === 'questions'
        ? 'Question'
        : 'Hypothesis'
    : lang === 'id'
      ? 'Dimensi'
      : 'Dimension';
  const header = `| ${first} | ${columns.map(({ c }) => escapeCell(capitalise(render(c.name, lang)))).join(' | ')} |`;
  const rule = `|---|${columns.map(() => ':-:').join('|')}|`;
  const rows = coverage.rows.map((row, r) => {
    const statement = 'statements' in row ? (row as ItemRow).statements[0] : undefined;
    const text = statement ? ` ${quoteShort(statement.text)}` : '';
    const label = `${row.parent !== undefined ? '↳ ' : ''}${escapeCell(row.label[lang])}${text ? ` ${escapeCell(text)}` : ''}`;
    return `| ${label} | ${columns.map(({ i }) => MARKS[coverage.cells[r][i].status]).join(' | ')} |`;
  });
  const what = items
    ? 'coverage (✓ answered or reported, ~ only some of its words, ? other language, ✗ absent)'
    : 'framework coverage (✓ named, ~ hinted, ✗ absent)';
  const name = coverage.kind === 'derived-framework' || coverage.kind === 'framework' ? coverage.name : capitalise(coverage.name);
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
