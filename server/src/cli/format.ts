// The text and JSON renderings of a check, and of the catalogue of codes (`thesislint codes`).
import { describeChecked, docsUrl, rangeAt, t, type CatalogueEntry, type Finding, type Locale } from '../engine';
import type { ReportedResult } from '../report/result';
import { relative } from '../engine/paths';
import { oneLine, quotePath } from '../report/names';

export { oneLine, quotePath } from '../report/names';

function displayPath(path: string, cwd: string): string {
  const r = relative(cwd, path);
  return r === '' ? '.' : r;
}

function rangeOf(result: ReportedResult, file: string, start: number, end: number) {
  return rangeAt(result.files.get(file), start, end);
}

/** `path:line:col: severity code message`, 1-based, like a compiler. */
export function formatText(results: ReportedResult[], cwd: string, locale: Locale = 'en'): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const result of results) {
    for (const f of result.findings) {
      const range = rangeOf(result, f.file, f.start, f.end);
      lines.push(`${quotePath(displayPath(f.file, cwd))}:${range.start.line + 1}:${range.start.character + 1}: ${f.severity} ${f.code} ${oneLine(f.message)}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else others++;
    }
  }
  // What was checked, per manuscript: "0 errors" means nothing without it.
  for (const result of results) {
    if (result.checked)
      lines.push(`${quotePath(displayPath(result.spec.root, cwd))}: ${describeChecked(result.checked, (p) => quotePath(displayPath(p, cwd)), locale)}`);
  }
  if (results.length > 1) lines.push('', summaryTable(results, cwd, locale), '');
  lines.push(t(locale, 'summary.checked', { manuscripts: results.length, errors, warnings, others }));
  return `${lines.join('\n')}\n`;
}

/** The closing table of a cohort run: one row per manuscript. */
export function summaryTable(results: ReportedResult[], cwd: string, locale: Locale = 'en'): string {
  const rows = results.map((r) => {
    const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
    return [
      quotePath(displayPath(r.spec.root, cwd)),
      r.checked ? String(r.checked.files.length) : '',
      r.checked ? `${r.checked.citations.checked}/${r.checked.citations.found}` : '',
      r.error ? t(locale, 'summary.failed') : String(count('error')),
      r.error ? '' : String(count('warning')),
      oneLine(r.error ?? r.coverageSummary ?? '—'),
    ];
  });
  const header = [
    t(locale, 'summary.manuscript'),
    t(locale, 'summary.files'),
    t(locale, 'summary.citationsChecked'),
    t(locale, 'summary.errors'),
    t(locale, 'summary.warnings'),
    t(locale, 'summary.abstractCoverage'),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const format = (row: string[]) =>
    row
      .map((cell, i) => (i >= 1 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format)].join('\n');
}

interface JsonDiagnostic {
  code: string;
  severity: Finding['severity'];
  message: string;
  range: ReturnType<typeof rangeOf>;
  related: { path: string; range: ReturnType<typeof rangeOf>; message: string }[];
  docs: string;
  data?: Record<string, unknown>;
}

/** The stable JSON report: 0-based LSP positions, paths relative to the working directory. */
export function formatJson(results: ReportedResult[], cwd: string): string {
  const files = new Map<string, JsonDiagnostic[]>();
  const summary = { manuscripts: results.length, files: 0, error: 0, warning: 0, info: 0, hint: 0, failed: results.filter((r) => r.error).length };
  for (const result of results) {
    for (const f of result.findings) {
      const path = displayPath(f.file, cwd);
      const list = files.get(path) ?? [];
      list.push({
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: rangeOf(result, f.file, f.start, f.end),
        related: (f.related ?? []).map((r) => ({ path: displayPath(r.file, cwd), range: rangeOf(result, r.file, r.start, r.end), message: r.message })),
        docs: f.docs,
        ...(f.data ? { data: f.data } : {}),
      });
      files.set(path, list);
      summary[f.severity]++;
    }
  }
  summary.files = files.size;
  // What each manuscript's check read and looked at, with its finding counts.
  const manuscripts = results.map((r) => {
    const count = (...levels: string[]) => r.findings.filter((f) => levels.includes(f.severity)).length;
    const c = r.checked;
    return {
      path: displayPath(r.spec.root, cwd),
      markup: r.spec.markup,
      ...(r.error ? { failed: r.error } : {}),
      ...(c
        ? {
            files: c.files.map((f) => displayPath(f, cwd)),
            projectFiles: c.projectFiles.map((f) => displayPath(f, cwd)),
            bibliographies: c.bibliographies.map((b) => ({ path: displayPath(b.path, cwd), entries: b.entries, status: b.status })),
            citations: c.citations,
            referenceEntries: c.referenceEntries,
            referenceLists: c.referenceLists,
            tables: c.tables,
            numericClaims: c.numericClaims,
            reportedTests: c.reportedTests,
            frameworks: c.frameworks,
          }
        : {}),
      findings: { error: count('error'), warning: count('warning'), info: count('info'), hint: count('hint') },
    };
  });
  const report = { version: 1, files: [...files].map(([path, diagnostics]) => ({ path, diagnostics })), manuscripts, summary };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The catalogue of codes: in text, one line per code (code, default severity, description); in
 * JSON, an array of { code, family, defaultSeverity, fixable, description, docs }.
 */
export function formatCodes(catalogue: readonly CatalogueEntry[], format: 'text' | 'json'): string {
  if (format === 'json') {
    const codes = catalogue.map((c) => ({
      code: c.code,
      family: c.family,
      defaultSeverity: c.defaultSeverity,
      fixable: c.fixable === true,
      description: c.description,
      docs: docsUrl(c.code),
    }));
    return `${JSON.stringify(codes, null, 2)}\n`;
  }
  const width = Math.max(...catalogue.map((c) => c.code.length));
  const severityWidth = Math.max(...catalogue.map((c) => c.defaultSeverity.length));
  return `${catalogue.map((c) => `${c.code.padEnd(width)}  ${c.defaultSeverity.padEnd(severityWidth)}  ${c.description}`).join('\n')}\n`;
}
