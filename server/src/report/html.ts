// The pre-submission report: one self-contained HTML page (no network, no scripts) that a
// supervisor can open, print or mail. Per manuscript, in this order: the framework coverage matrix
// and its quoted evidence, what was checked, a table of contents with counts, then the findings
// grouped by chapter and section — each paragraph shown once, its text rendered (emphasis, not
// raw `*…*`), with every finding in it listed below. Filters by severity and by family are radio
// buttons and CSS (:checked, :has), so they work in a webview without scripts. A cohort gets a
// summary table linking to one section (a printed page or more) per manuscript.
import { CATALOGUE, FAMILIES as CODE_FAMILIES, rangeAt, t, type Finding, type Locale, type MessageId, type SourceFile } from '../engine';
import { basename, relative } from '../engine/paths';
import { renderInline, type InlineMark } from './inline';
import { quotePath } from './names';
import type { ReportedResult, ReportHeading } from './result';

/**
 * The report is one page of text and its own styles: it runs no script and loads nothing, so a
 * manuscript's text in it (or a report saved and opened in a browser) can reach nothing outside.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Optional extra sections a caller can add per manuscript (the coverage matrix, say). */
export type ReportSection = (result: ReportedResult) => string;

type Level = 'error' | 'warning' | 'note';
const LEVELS: readonly Level[] = ['error', 'warning', 'note'];
const levelOf = (f: Finding): Level => (f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note');
const familyOf = (code: string) => CATALOGUE.find((c) => c.code === code)?.family ?? code.split('/')[0];
const FAMILY_IDS = CODE_FAMILIES.map((f) => f.id);
/** Families the checks belong to: always in the summary table, even with nothing found. */
const CHECK_FAMILIES = new Set(CATALOGUE.filter((c) => c.source === 'check').map((c) => c.family));

function familyName(locale: Locale, id: string): string {
  return (FAMILY_IDS as readonly string[]).includes(id) ? t(locale, `report.family.${id}` as MessageId) : id;
}

/** Counts the check read, when the result carries them (the CLI's `checked` summary). */
interface CheckedCounts {
  files?: readonly string[];
  citations?: { found: number; checked: number; resolved?: number };
  referenceEntries?: number;
  referenceLists?: number;
  bibliographies?: readonly { path: string; entries: number; status: 'declared' | 'inferred' | 'missing' }[];
  tables?: number;
  numericClaims?: number;
  reportedTests?: number;
  frameworks?: readonly string[];
}

type Reported = ReportedResult & {
  checked?: CheckedCounts;
  manuscript?: { sections: { heading?: { file: string; start: number }; level: number; title: string }[] };
};

function headingsOf(result: Reported): ReportHeading[] {
  if (result.headings) return result.headings;
  return (result.manuscript?.sections ?? []).flatMap((s) =>
    s.heading ? [{ file: s.heading.file, start: s.heading.start, level: s.level, title: s.title }] : [],
  );
}

// ---- paragraphs --------------------------------------------------------------------------------

interface Paragraph {
  file: string;
  start: number;
  end: number;
  findings: Finding[];
}

const isWord = (path: string) => /\.docx$/i.test(path);

/** The paragraph around an offset: a line of a Word file, else the text between blank lines. */
function paragraphAt(file: SourceFile, offset: number): { start: number; end: number } {
  const text = file.text;
  if (isWord(file.path)) {
    const line = rangeAt(file, offset, offset).start.line;
    const start = file.lineStarts[line];
    const end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] - 1 : text.length;
    return { start, end: Math.max(start, end) };
  }
  const before = text.lastIndexOf('\n\n', Math.max(0, offset - 1));
  let start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', offset);
  let end = after < 0 ? text.length : after;
  // A heading line on top of its first paragraph is not part of it.
  while (start < end && /^[ \t]*$/.test(text.slice(start, text.indexOf('\n', start) < 0 ? end : text.indexOf('\n', start))))
    start = text.indexOf('\n', start) + 1;
  if (end < start) end = start;
  return { start, end };
}

/** Findings by paragraph (in order), each paragraph once. */
function paragraphsOf(result: ReportedResult, findings: readonly Finding[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const f of findings) {
    const file = result.files.get(f.file);
    const range = file ? paragraphAt(file, f.start) : { start: f.start, end: f.end };
    const same = out.find((p) => p.file === f.file && p.start === range.start);
    if (same) {
      same.findings.push(f);
      same.end = Math.max(same.end, range.end);
    } else out.push({ file: f.file, ...range, findings: [f] });
  }
  return out;
}

/** The paragraph's text with its findings marked; a long one as a window around them. */
function paragraphHtml(result: ReportedResult, p: Paragraph, numbers: Map<Finding, number>): string {
  const file = result.files.get(p.file);
  if (!file) return '';
  let from = p.start;
  let to = p.end;
  const first = Math.min(...p.findings.map((f) => f.start));
  const last = Math.max(...p.findings.map((f) => f.end));
  if (to - from > 1600) {
    from = Math.max(p.start, first - 500);
    to = Math.min(p.end, Math.max(last + 500, from + 1000));
  }
  const text = file.text.slice(from, to);
  const marks: InlineMark[] = p.findings
    .filter((f) => f.end >= from && f.start <= to)
    .map((f) => ({
      start: f.start - from,
      end: f.end - from,
      attributes: ` class="${levelOf(f)}" title="${esc(f.code)}"`,
      label: `<sup class="n ${levelOf(f)}">${numbers.get(f)}</sup>`,
    }));
  const table = /^\s*\|/.test(text) || /\\begin\{tabular/.test(text);
  const body = table ? `<pre class="src">${renderInlinePre(text, marks)}</pre>` : `<p class="src">${renderInline(text, marks).replace(/\n/g, ' ')}</p>`;
  return `${from > p.start ? '<span class="gap">…</span>' : ''}${body}${to < p.end ? '<span class="gap">…</span>' : ''}`;
}

/** A table's source keeps its lines; only the marks are placed (no inline rendering of pipes). */
function renderInlinePre(text: string, marks: InlineMark[]): string {
  return renderInline(text, marks);
}

/** "paragraph 12" (Word) or "line 30" (Markdown, LaTeX), with the file when the manuscript has several. */
function whereText(result: ReportedResult, file: string, offset: number, cwd: string, locale: Locale, withFile: boolean): string {
  const p = rangeAt(result.files.get(file), offset, offset).start;
  const at = t(locale, isWord(file) ? 'report.paragraph' : 'report.line', { number: p.line + 1 });
  return withFile ? `${quotePath(relative(cwd, file) || basename(file))}, ${at}` : at;
}

/** The source lines of a related location (a table cell, a reference entry), marked. */
function relatedHtml(result: ReportedResult, f: Finding, r: NonNullable<Finding['related']>[number], cwd: string, locale: Locale): string {
  const file = result.files.get(r.file);
  let excerpt = '';
  if (file) {
    const { start } = paragraphAt(file, r.start);
    const a = rangeAt(file, r.start, r.start).start.line;
    const lineStart = file.lineStarts[a];
    const lineEnd = a + 1 < file.lineStarts.length ? file.lineStarts[a + 1] - 1 : file.text.length;
    const from = Math.max(lineStart, start, r.start - 300);
    const to = Math.min(lineEnd, from + 600);
    const text = file.text.slice(from, to);
    const marked = renderInline(text, [{ start: r.start - from, end: r.end - from, attributes: '' }]);
    excerpt = /^\s*\|/.test(text) ? `<pre class="src">${marked}</pre>` : `<p class="src related-src">${marked}</p>`;
  }
  return `<div class="related"><div class="where">${esc(whereText(result, r.file, r.start, cwd, locale, r.file !== f.file))} — ${esc(r.message)}</div>${excerpt}</div>`;
}

function findingHtml(result: ReportedResult, f: Finding, n: number, cwd: string, locale: Locale): string {
  const level = levelOf(f);
  return `<article class="finding ${level} fam-${esc(familyOf(f.code))}">
<header><sup class="n ${level}">${n}</sup> <span class="badge ${level}">${esc(t(locale, `severity.${f.severity}`))}</span> <a class="code" href="${esc(f.docs)}">${esc(f.code)}</a></header>
<p class="message">${renderInline(f.message)}</p>
${(f.related ?? []).map((r) => relatedHtml(result, f, r, cwd, locale)).join('')}
</article>`;
}

// ---- groups by heading -------------------------------------------------------------------------

interface Group {
  id: string;
  title: string;
  level: number;
  paragraphs: Paragraph[];
}

/** Paragraphs under the heading in effect where each starts, in reading order. */
function groupsOf(result: Reported, paragraphs: Paragraph[], prefix: string, locale: Locale, cwd: string): Group[] {
  const headings = headingsOf(result);
  const order = new Map([...result.files.keys()].map((f, i) => [f, i]));
  const groups = new Map<string, Group>();
  for (const p of paragraphs) {
    let heading: ReportHeading | undefined;
    let index = -1;
    headings.forEach((h, i) => {
      if (h.file === p.file && h.start <= p.start) {
        heading = h;
        index = i;
      }
    });
    const key = heading ? `h${index}` : `f${order.get(p.file) ?? 0}`;
    let group = groups.get(key);
    if (!group) {
      const inManuscript = result.spec.files.includes(p.file) || isWord(p.file);
      const title = heading
        ? heading.title
        : inManuscript && headings.some((h) => h.file === p.file)
          ? t(locale, 'report.beforeFirstHeading')
          : relative(cwd, p.file) || basename(p.file);
      group = { id: `${prefix}-${key}`, title, level: heading?.level ?? 1, paragraphs: [] };
      groups.set(key, group);
    }
    group.paragraphs.push(p);
  }
  const rank = (g: Group) => {
    const p = g.paragraphs[0];
    return [order.get(p.file) ?? 1e9, p.start];
  };
  return [...groups.values()].sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
}

function countsHtml(findings: readonly Finding[]): string {
  return LEVELS.map((l) => {
    const n = findings.filter((f) => levelOf(f) === l).length;
    return n > 0 ? `<span class="count ${l}">${n}</span>` : '';
  }).join('');
}

function summaryHtml(findings: readonly Finding[], locale: Locale): string {
  const present = new Set(findings.map((f) => familyOf(f.code)));
  const rows = FAMILY_IDS.filter((id) => CHECK_FAMILIES.has(id) || present.has(id))
    .map((id) => {
      const own = findings.filter((f) => familyOf(f.code) === id);
      const count = (l: Level) => own.filter((f) => levelOf(f) === l).length;
      return `<tr><th>${esc(familyName(locale, id))}</th><td class="${count('error') ? 'error' : ''}">${count('error')}</td><td class="${count('warning') ? 'warning' : ''}">${count('warning')}</td><td>${count('note')}</td></tr>`;
    })
    .join('');
  return `<table class="summary"><thead><tr><th></th><th>${esc(t(locale, 'summary.errors'))}</th><th>${esc(t(locale, 'summary.warnings'))}</th><th>${esc(t(locale, 'summary.notes'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function checkedHtml(result: Reported, locale: Locale, cwd: string): string {
  const c = result.checked;
  const items: string[] = [];
  const files = c?.files ?? result.spec.files;
  items.push(
    `${esc(t(locale, 'report.checkedFiles', { count: files.length }))}: ${files.map((f) => `<code>${esc(quotePath(relative(cwd, f) || basename(f)))}</code>`).join(', ')}`,
  );
  if (c?.citations)
    items.push(
      esc(
        c.citations.resolved === undefined
          ? t(locale, 'report.checkedCitations', { count: c.citations.found })
          : t(locale, 'report.checkedCitationsResolved', { found: c.citations.found, checked: c.citations.checked, resolved: c.citations.resolved }),
      ),
    );
  if (c?.referenceEntries !== undefined) items.push(esc(t(locale, 'report.checkedReferences', { count: c.referenceEntries })));
  // Where the entries came from: written lists, and each bibliography file with its status.
  if (c?.referenceLists) items.push(esc(t(locale, 'report.checkedReferenceLists', { count: c.referenceLists })));
  for (const b of c?.bibliographies ?? [])
    items.push(
      `<code>${esc(quotePath(relative(cwd, b.path) || basename(b.path)))}</code>: ${esc(t(locale, 'report.bibliographyStatus', { status: b.status, entries: b.entries }))}`,
    );
  if (c?.tables !== undefined) items.push(esc(t(locale, 'report.checkedTables', { count: c.tables })));
  // The same words as the text output's line (describeChecked): paragraphs read, not tests found.
  if (c?.numericClaims !== undefined) items.push(esc(t(locale, 'checked.numericClaims', { count: c.numericClaims })));
  if (c?.reportedTests !== undefined) items.push(esc(t(locale, 'checked.reportedTests', { count: c.reportedTests })));
  if (c?.frameworks && c.frameworks.length > 0) items.push(esc(t(locale, 'checked.frameworks', { names: c.frameworks })));
  const families = FAMILY_IDS.filter((id) => CHECK_FAMILIES.has(id)).map((id) => familyName(locale, id));
  items.push(esc(t(locale, 'report.checkedFamilies', { families: families.join(', ') })));
  if ('lang' in result) items.push(esc(t(locale, 'report.language', { lang: result.lang ?? '' })));
  return `<section class="checked"><h3>${esc(t(locale, 'report.whatWasChecked'))}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></section>`;
}

function manuscriptHtml(result: Reported, index: number, cwd: string, extra: ReportSection[], locale: Locale): string {
  const prefix = `m${index + 1}`;
  const name = esc(quotePath(relative(cwd, result.spec.root) || result.spec.root));
  const findings = result.findings;
  const numbers = new Map(findings.map((f, i) => [f, i + 1]));
  const groups = groupsOf(result, paragraphsOf(result, findings), prefix, locale, cwd);
  const toc = groups
    .map((g) => {
      const own = g.paragraphs.flatMap((p) => p.findings);
      return `<li class="l${Math.min(4, g.level)}"><a href="#${g.id}">${renderInline(g.title)}</a> ${countsHtml(own)}</li>`;
    })
    .join('');
  const body = groups
    .map((g) => {
      const own = g.paragraphs.flatMap((p) => p.findings);
      const classes = [...new Set(own.flatMap((f) => [levelOf(f), `fam-${familyOf(f.code)}`]))].join(' ');
      const paragraphs = g.paragraphs
        .map((p) => {
          const pc = [...new Set(p.findings.flatMap((f) => [levelOf(f), `fam-${familyOf(f.code)}`]))].join(' ');
          return `<div class="para ${pc}"><div class="where">${esc(whereText(result, p.file, p.start, cwd, locale, result.spec.files.length > 1 || !result.spec.files.includes(p.file)))}</div>${paragraphHtml(result, p, numbers)}${p.findings.map((f) => findingHtml(result, f, numbers.get(f)!, cwd, locale)).join('\n')}</div>`;
        })
        .join('\n');
      return `<section class="group ${classes}" id="${g.id}"><h4>${renderInline(g.title)} ${countsHtml(own)}</h4>${paragraphs}</section>`;
    })
    .join('\n');
  const evidence = extra.map((s) => s(result)).join('\n');
  return `<section class="manuscript" id="${prefix}">
<h2>${name}</h2>
${summaryHtml(findings, locale)}
${evidence ? `<div class="evidence">${evidence}</div>` : ''}
${checkedHtml(result, locale, cwd)}
${
  findings.length === 0
    ? `<p class="clean">${esc(t(locale, 'report.noFindings'))}</p>`
    : `<nav class="toc"><h3>${esc(t(locale, 'report.contents'))}</h3><ol>${toc}</ol></nav>
<h3>${esc(t(locale, 'report.findingsIn', { count: findings.length }))}</h3>
${body}`
}
</section>`;
}

function cohortHtml(results: readonly Reported[], cwd: string, locale: Locale): string {
  const rows = results
    .map((r, i) => {
      const count = (l: Level) => r.findings.filter((f) => levelOf(f) === l).length;
      return `<tr><td><a href="#m${i + 1}">${esc(quotePath(relative(cwd, r.spec.root) || r.spec.root))}</a></td><td class="${count('error') ? 'error' : ''}">${r.error ? esc(t(locale, 'summary.failed')) : count('error')}</td><td class="${count('warning') ? 'warning' : ''}">${count('warning')}</td><td>${count('note')}</td><td>${esc(r.coverageSummary ?? '—')}</td></tr>`;
    })
    .join('');
  return `<section class="cohort"><h2>${esc(t(locale, 'report.cohortTitle'))}</h2><table class="summary cohort"><thead><tr><th>${esc(t(locale, 'summary.manuscript'))}</th><th>${esc(t(locale, 'summary.errors'))}</th><th>${esc(t(locale, 'summary.warnings'))}</th><th>${esc(t(locale, 'summary.notes'))}</th><th>${esc(t(locale, 'summary.abstractCoverage'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** The radio buttons of the filters (before the report, so that `:checked ~` reaches it) and their CSS. */
function filters(families: readonly string[]): { inputs: string; css: string } {
  const sev = ['all', ...LEVELS];
  const fam = ['all', ...families];
  const inputs = [
    ...sev.map((s) => `<input type="radio" class="filter" name="severity" id="sev-${s}"${s === 'all' ? ' checked' : ''}>`),
    ...fam.map((f) => `<input type="radio" class="filter" name="family" id="fam-${f}"${f === 'all' ? ' checked' : ''}>`),
  ].join('\n');
  const rules: string[] = [];
  for (const s of sev) {
    for (const f of fam) {
      if (s === 'all' && f === 'all') continue;
      const want = `${s === 'all' ? '' : `.${s}`}${f === 'all' ? '' : `.fam-${f}`}`;
      const scope = `#sev-${s}:checked ~ #fam-${f}:checked ~ .report`;
      rules.push(`${scope} .finding:not(${want}), ${scope} .para:not(:has(.finding${want})), ${scope} .group:not(:has(.finding${want})) { display: none; }`);
    }
  }
  for (const s of sev) rules.push(`#sev-${s}:checked ~ .report label[for="sev-${s}"]`);
  for (const f of fam) rules.push(`#fam-${f}:checked ~ .report label[for="fam-${f}"]`);
  const active = rules.splice(rules.length - sev.length - fam.length).join(', ');
  return { inputs, css: `${rules.join('\n')}\n${active} { background: #0969da; color: #fff; border-color: #0969da; }` };
}

function filterBar(families: readonly string[], locale: Locale): string {
  const label = (id: string, text: string, cls = '') => `<label for="${id}" class="${cls}">${esc(text)}</label>`;
  return `<div class="filters"><span>${esc(t(locale, 'report.filters'))}:</span> ${label('sev-all', t(locale, 'report.all'))}${LEVELS.map((l) =>
    label(`sev-${l}`, t(locale, l === 'error' ? 'summary.errors' : l === 'warning' ? 'summary.warnings' : 'summary.notes'), l),
  ).join(
    '',
  )} <span class="sep"></span> ${label('fam-all', t(locale, 'report.allFamilies'))}${families.map((f) => label(`fam-${f}`, familyName(locale, f))).join('')}</div>`;
}

export function formatHtml(results: ReportedResult[], cwd: string, version: string, extraSections: ReportSection[] = [], locale: Locale = 'en'): string {
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  const present = new Set(results.flatMap((r) => r.findings.map((f) => familyOf(f.code))));
  const families = FAMILY_IDS.filter((id) => present.has(id));
  const { inputs, css } = filters(families);
  const body = results.map((r, i) => manuscriptHtml(r as Reported, i, cwd, extraSections, locale)).join('\n');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t(locale, 'report.title'))}</title>
<style>
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
.report { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 20px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; } h3 { font-size: 16px; margin: 20px 0 8px; } h4 { font-size: 15px; margin: 0 0 8px; }
.lead { color: #57606a; margin: 0 0 16px; }
.manuscript, .cohort { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 20px 20px; margin-bottom: 24px; }
table.summary { border-collapse: collapse; margin: 8px 0 16px; } table.summary th, table.summary td { padding: 4px 14px; border-bottom: 1px solid #eaeef2; text-align: right; } table.summary th:first-child, table.summary td:first-child { text-align: left; }
td.error { color: #cf222e; font-weight: 600; } td.warning { color: #9a6700; font-weight: 600; }
.filter { position: absolute; opacity: 0; pointer-events: none; }
.filters { position: sticky; top: 0; z-index: 2; background: #f6f8fa; padding: 8px 0; margin-bottom: 12px; border-bottom: 1px solid #d0d7de; font-size: 13px; }
.filters label { display: inline-block; border: 1px solid #d0d7de; background: #fff; border-radius: 12px; padding: 1px 10px; margin: 2px 2px; cursor: pointer; }
.filters .sep { display: inline-block; width: 12px; }
.toc ol { list-style: none; padding-left: 0; columns: 2; column-gap: 32px; } .toc li { margin: 2px 0; break-inside: avoid; } .toc li.l2 { padding-left: 16px; } .toc li.l3, .toc li.l4 { padding-left: 32px; }
.toc a { color: #0969da; text-decoration: none; }
.count { display: inline-block; min-width: 18px; text-align: center; font-size: 11px; font-weight: 600; color: #fff; border-radius: 9px; padding: 0 5px; margin-left: 3px; background: #0969da; } .count.error { background: #cf222e; } .count.warning { background: #9a6700; }
.group { border-top: 1px solid #eaeef2; padding-top: 12px; margin-top: 12px; }
.para { margin: 10px 0 16px; padding: 8px 12px; background: #fafbfc; border: 1px solid #eaeef2; border-radius: 6px; }
p.src { margin: 4px 0 8px; font-family: Georgia, "Times New Roman", serif; font-size: 15px; line-height: 1.6; }
pre.src { margin: 4px 0 8px; white-space: pre-wrap; word-break: break-word; font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; background: #fff; border: 1px solid #eaeef2; padding: 4px 8px; }
.gap { color: #8c959f; }
mark { background: #fff8c5; outline: 1px solid #d4a72c; } mark.error { background: #ffebe9; outline-color: #cf222e; } mark.note { background: #ddf4ff; outline-color: #0969da; }
sup.n { font: 600 10px/1 system-ui, sans-serif; color: #fff; background: #8c959f; border-radius: 7px; padding: 1px 4px; margin-right: 1px; } sup.n.error { background: #cf222e; } sup.n.warning { background: #9a6700; } sup.n.note { background: #0969da; }
.finding { border-left: 4px solid #8c959f; padding: 4px 10px; margin: 8px 0 0; background: #fff; }
.finding.error { border-color: #cf222e; } .finding.warning { border-color: #d4a72c; } .finding.note { border-color: #0969da; }
.badge { display: inline-block; font-size: 11px; text-transform: uppercase; padding: 1px 6px; border-radius: 10px; color: #fff; background: #8c959f; }
.badge.error { background: #cf222e; } .badge.warning { background: #9a6700; } .badge.note { background: #0969da; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12.5px; } a.code { color: #0969da; text-decoration: none; }
.where { color: #57606a; font-size: 12.5px; } .message { margin: 4px 0; }
.related { margin: 4px 0 0 16px; } .clean { color: #1a7f37; }
.checked ul { margin: 4px 0; padding-left: 20px; font-size: 13.5px; }
table.matrix { border-collapse: collapse; font-size: 13px; } table.matrix tr > th:first-child { text-align: left; font-weight: 500; } table.matrix th, table.matrix td { border: 1px solid #d0d7de; padding: 3px 8px; } td.yes { background: #dafbe1; text-align: center; } td.no { background: #ffebe9; text-align: center; }
${css}
@media print {
  body { background: #fff; font-size: 12px; } .report { max-width: none; padding: 0; }
  .filters, .filter { display: none !important; }
  .manuscript, .cohort { border: none; padding: 0; } .manuscript { break-before: page; } .cohort + .manuscript, .lead + .manuscript { break-before: auto; }
  .para, .finding, table.matrix { break-inside: avoid; } .para { background: #fff; }
  a { color: inherit; text-decoration: none; } .toc ol { columns: 2; }
  mark { outline: none; }
}
</style>
</head>
<body>
${inputs}
<main class="report">
<h1>${esc(t(locale, 'report.title'))}</h1>
<p class="lead">${esc(t(locale, 'report.lead', { manuscripts: results.length, findings: total, version }))}</p>
${total > 0 ? filterBar(families, locale) : ''}
${results.length > 1 ? cohortHtml(results as Reported[], cwd, locale) : ''}
${body}
</main>
</body>
</html>
`;
}
