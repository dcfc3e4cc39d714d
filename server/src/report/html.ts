// The pre-submission report: one self-contained HTML page (no network, no scripts) that a
// supervisor can open, print or mail. Per manuscript: a summary per family, then every finding
// with the source lines around it and, for related locations (the table cell a number was
// compared with, the reference entry), those lines too.
import { CATALOGUE, FAMILIES as CODE_FAMILIES, familyTitle, rangeAt, type Finding, type SourceFile } from '../engine';
import { relative } from '../engine/paths';
import type { ReportedResult } from './result';
import { quotePath } from './names';

/** The families of the catalogue, in its order; those of the checks are always summarised, the others when they have findings. */
const FAMILIES = CODE_FAMILIES.map((f) => ({ title: f.title, always: CATALOGUE.some((c) => c.source === 'check' && c.family === f.id) }));

/**
 * The report is one page of text and its own styles: it runs no script and loads nothing, so a
 * manuscript's text in it (or a report saved and opened in a browser) can reach nothing outside.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The lines around [start, end) with the range marked; at most `context` lines either side. */
function excerpt(file: SourceFile | undefined, start: number, end: number, context = 2): string {
  if (!file) return '';
  const { start: a, end: b } = rangeAt(file, start, end);
  const first = Math.max(0, a.line - context);
  const last = Math.min(file.lineStarts.length - 1, b.line + context);
  const rows: string[] = [];
  for (let line = first; line <= last; line++) {
    const lineStart = file.lineStarts[line];
    const lineEnd = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] : file.text.length;
    let text = file.text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
    // Very long lines (Word exports put a paragraph on one line): keep a window around the range.
    let offset = lineStart;
    if (text.length > 400) {
      const from = line === a.line ? Math.max(0, a.character - 160) : 0;
      text = (from > 0 ? '…' : '') + text.slice(from, from + 400) + (from + 400 < text.length ? '…' : '');
      offset = lineStart + from - (from > 0 ? 1 : 0);
    }
    const hiStart = Math.max(0, start - offset);
    const hiEnd = Math.max(hiStart, Math.min(text.length, end - offset));
    const marked =
      start < offset + text.length && end > offset
        ? `${esc(text.slice(0, hiStart))}<mark>${esc(text.slice(hiStart, hiEnd))}</mark>${esc(text.slice(hiEnd))}`
        : esc(text);
    rows.push(`<tr><td class="ln">${line + 1}</td><td class="src">${marked}</td></tr>`);
  }
  return `<table class="code">${rows.join('')}</table>`;
}

function location(result: ReportedResult, file: string, start: number, cwd: string): string {
  const p = rangeAt(result.files.get(file), start, start).start;
  return `${esc(quotePath(relative(cwd, file) || file))}:${p.line + 1}:${p.character + 1}`;
}

function findingHtml(result: ReportedResult, f: Finding, cwd: string): string {
  const related = (f.related ?? [])
    .map(
      (r) =>
        `<div class="related"><div class="where">${location(result, r.file, r.start, cwd)} — ${esc(r.message)}</div>${excerpt(result.files.get(r.file), r.start, r.end, 1)}</div>`,
    )
    .join('');
  return `<article class="finding ${f.severity}">
<header><span class="badge ${f.severity}">${f.severity}</span> <a class="code" href="${esc(f.docs)}">${esc(f.code)}</a> <span class="where">${location(result, f.file, f.start, cwd)}</span></header>
<p class="message">${esc(f.message)}</p>
${excerpt(result.files.get(f.file), f.start, f.end)}
${related}
</article>`;
}

function summaryHtml(findings: Finding[]): string {
  const rows = FAMILIES.map((family) => {
    const own = findings.filter((f) => familyTitle(f.code) === family.title);
    if (own.length === 0 && !family.always) return '';
    const count = (s: string) => own.filter((f) => f.severity === s).length;
    return `<tr><th>${family.title}</th><td class="${count('error') ? 'error' : ''}">${count('error')}</td><td class="${count('warning') ? 'warning' : ''}">${count('warning')}</td><td>${count('info') + count('hint')}</td></tr>`;
  }).join('');
  return `<table class="summary"><thead><tr><th></th><th>errors</th><th>warnings</th><th>notes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** What the check read and looked at: the files, citations, entries, tables, tests and frameworks. */
function checkedHtml(result: ReportedResult, cwd: string): string {
  const c = result.checked;
  if (!c) return '';
  const shown = (p: string) => esc(quotePath(relative(cwd, p) || p));
  const { found, checked, resolved } = c.citations;
  const bibliographies = c.bibliographies.map(
    (b) => `${shown(b.path)} (${b.status === 'missing' ? 'not found' : `${b.entries} entries${b.status === 'inferred' ? ', declared nowhere' : ''}`})`,
  );
  const rows: [string, string][] = [
    ['files read', `${c.files.length}${c.files.length <= 12 ? `: ${c.files.map(shown).join(', ')}` : ''}`],
    ['citations', found === 0 ? 'none found' : `${found} found, ${checked} checked, ${resolved} resolved to an entry`],
    [
      'reference entries',
      `${c.referenceEntries}${c.referenceLists > 0 ? ` (${c.referenceLists} written reference ${c.referenceLists === 1 ? 'list' : 'lists'})` : ''}`,
    ],
    ['bibliography files', bibliographies.length === 0 ? 'none' : bibliographies.join(', ')],
    ['tables', String(c.tables)],
    ['numeric claims', String(c.numericClaims)],
    ['paragraphs read for reported tests', String(c.reportedTests)],
    ['frameworks', c.frameworks.length === 0 ? 'none found' : esc(c.frameworks.join(', '))],
  ];
  return `<table class="checked"><caption>What was checked</caption><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
}

/** Optional extra sections a caller can add per manuscript (the coverage matrix, say). */
export type ReportSection = (result: ReportedResult) => string;

export function formatHtml(results: ReportedResult[], cwd: string, version: string, extraSections: ReportSection[] = []): string {
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  const body = results
    .map((result) => {
      const name = esc(quotePath(relative(cwd, result.spec.root) || result.spec.root));
      const findings = result.findings;
      const byFamily = FAMILIES.map((family) => {
        const own = findings.filter((f) => familyTitle(f.code) === family.title);
        if (own.length === 0) return '';
        return `<section><h3>${family.title} <small>(${own.length})</small></h3>${own.map((f) => findingHtml(result, f, cwd)).join('\n')}</section>`;
      }).join('\n');
      return `<section class="manuscript"><h2>${name}</h2>${checkedHtml(result, cwd)}${summaryHtml(findings)}${extraSections.map((s) => s(result)).join('\n')}${findings.length === 0 ? '<p class="clean">No findings.</p>' : byFamily}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>thesislint report</title>
<style>
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 20px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; } h3 { font-size: 16px; margin-top: 24px; }
.lead { color: #57606a; margin: 0 0 16px; }
.manuscript { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 20px 20px; margin-bottom: 24px; }
table.checked { border-collapse: collapse; margin: 8px 0 12px; font-size: 14px; } table.checked caption { text-align: left; font-weight: 600; padding-bottom: 4px; } table.checked th { text-align: left; font-weight: 500; color: #57606a; padding: 2px 14px 2px 0; vertical-align: top; } table.checked td { padding: 2px 0; }
table.summary { border-collapse: collapse; margin: 8px 0 16px; } table.summary th, table.summary td { padding: 4px 14px; border-bottom: 1px solid #eaeef2; text-align: right; } table.summary th:first-child { text-align: left; }
td.error { color: #cf222e; font-weight: 600; } td.warning { color: #9a6700; font-weight: 600; }
.finding { border-left: 4px solid #8c959f; padding: 6px 12px; margin: 12px 0; background: #fafbfc; }
.finding.error { border-color: #cf222e; } .finding.warning { border-color: #d4a72c; } .finding.info, .finding.hint { border-color: #0969da; }
.badge { display: inline-block; font-size: 12px; text-transform: uppercase; padding: 1px 6px; border-radius: 10px; color: #fff; background: #8c959f; }
.badge.error { background: #cf222e; } .badge.warning { background: #9a6700; } .badge.info, .badge.hint { background: #0969da; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; } a.code { color: #0969da; text-decoration: none; }
.where { color: #57606a; font-size: 13px; } .message { margin: 6px 0; }
table.code { border-collapse: collapse; width: 100%; font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; background: #fff; border: 1px solid #eaeef2; }
table.code td { padding: 0 8px; vertical-align: top; } td.ln { color: #8c959f; text-align: right; width: 1%; user-select: none; } td.src { white-space: pre-wrap; word-break: break-word; }
mark { background: #fff8c5; outline: 1px solid #d4a72c; }
.related { margin: 6px 0 0 16px; } .clean { color: #1a7f37; }
table.matrix { border-collapse: collapse; font-size: 13px; } table.matrix tr > th:first-child { text-align: left; font-weight: 500; } table.matrix th, table.matrix td { border: 1px solid #d0d7de; padding: 3px 8px; } td.yes { background: #dafbe1; text-align: center; } td.no { background: #ffebe9; text-align: center; }
@media print { body { background: #fff; } .manuscript { border: none; } }
</style>
</head>
<body>
<main>
<h1>thesislint report</h1>
<p class="lead">${results.length} manuscript${results.length === 1 ? '' : 's'}, ${total} finding${total === 1 ? '' : 's'} — thesislint ${esc(version)}</p>
${body}
</main>
</body>
</html>
`;
}
