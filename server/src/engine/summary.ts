// What a check read and looked at, per manuscript: the files, the citations found and how many
// could be checked and resolved, the reference entries, tables, numeric claims, reported tests
// and frameworks. "0 errors" means nothing unless it says what was checked: every face shows
// this (the CLI's text and JSON, the HTML report, the editor's status bar), so that a manuscript
// whose citations were never looked at cannot pass for a clean one.
import type { CheckResult } from './engine';
import type { Markup } from './model';
import { t, type Locale } from './messages';

export interface CheckedBibliography {
  /** The file as declared (or found). */
  path: string;
  /** Entries read from it; 0 when it could not be read. */
  entries: number;
  /** `declared` somewhere, `inferred` (found in the project, declared nowhere), or `missing`. */
  status: 'declared' | 'inferred' | 'missing';
}

export interface CheckedSummary {
  root: string;
  markup: Markup;
  /** Manuscript files read, in reading order (bibliographies and project files not included). */
  files: string[];
  /** Project files read for the chapter order or bibliographies (_quarto.yml, metadata.yaml, …). */
  projectFiles: string[];
  bibliographies: CheckedBibliography[];
  citations: {
    /** Key and author–year citations (a `\nocite` and a bare "Name (Year)" that is no citation aside). */
    found: number;
    /** Those that had a reference list or bibliography to be checked against. */
    checked: number;
    /** Those that name an entry (with or without a defect in year or authors). */
    resolved: number;
  };
  /** Entries of written reference lists and thebibliography, and of .bib/CSL-JSON files. */
  referenceEntries: number;
  /** Written reference lists (a DAFTAR PUSTAKA section or file each; thebibliography counts as one). */
  referenceLists: number;
  tables: number;
  numericClaims: number;
  /** Prose blocks read for reported statistical tests (ReportedTestsAnalysis.paragraphs). */
  reportedTests: number;
  /** Frameworks whose coverage was checked, by name. */
  frameworks: string[];
}

export function summarizeCheck(result: CheckResult): CheckedSummary {
  const { manuscript, analysis } = result;
  const resolution = analysis.citations;
  let found = 0;
  let checked = 0;
  let resolved = 0;
  const count = (status: string) => {
    found++;
    if (status !== 'unchecked') checked++;
    if (status === 'ok' || status === 'year-mismatch' || status === 'author-mismatch' || status === 'ambiguous') resolved++;
  };
  for (const { citation, resolution: r } of resolution.keys) if (!citation.nocite) count(r.status);
  for (const { citation, resolution: r } of resolution.prose) {
    // A bare "Name (Year)" with no sign of a citation ("Jakarta (2019)") that names no entry is not
    // counted as one (citation/missing-reference does not report it either).
    if (!citation.strong && (r.status === 'missing' || r.status === 'unchecked')) continue;
    count(r.status);
  }
  const statistics = analysis.statistics;
  return {
    root: result.spec.root,
    markup: manuscript.markup,
    files: manuscript.models.map((m) => m.file.path).filter((p, i, all) => all.indexOf(p) === i),
    projectFiles: result.spec.projectFiles.filter((p) => manuscript.files.has(p)),
    bibliographies: manuscript.bibliographies.map((b) => ({
      path: b.declaration.path,
      entries: b.database?.entries.length ?? 0,
      status: !b.database ? 'missing' : b.inferred ? 'inferred' : 'declared',
    })),
    citations: { found, checked, resolved },
    referenceEntries: manuscript.referenceList.length + manuscript.databaseEntries.length,
    referenceLists: new Set(manuscript.referenceList.map((e) => e.list ?? -1)).size,
    tables: statistics.tables.length,
    numericClaims: statistics.counts.quantities,
    reportedTests: analysis.reportedTests.paragraphs,
    frameworks: result.coverage.frameworks.map((f) => f.framework.name),
  };
}

/**
 * One line saying what was checked, in `locale`: "3 files; 42 citations: 40 checked against 57
 * reference entries, 38 resolved; 12 tables, 30 numeric claims, 2 paragraphs read for reported
 * tests; framework: Ansell & Gash (2008)". `display` shortens paths.
 */
export function describeChecked(summary: CheckedSummary, display: (path: string) => string = (p) => p, locale: Locale = 'en'): string {
  const parts: string[] = [t(locale, 'checked.files', { count: summary.files.length })];
  const { found, checked, resolved } = summary.citations;
  const entries = summary.referenceEntries > 0 ? summary.referenceEntries : undefined;
  parts.push(found === 0 ? t(locale, 'checked.noCitations', { entries }) : t(locale, 'checked.citations', { found, checked, entries, resolved }));
  const inferred = summary.bibliographies.filter((b) => b.status === 'inferred').map((b) => display(b.path));
  if (inferred.length > 0) parts.push(t(locale, 'checked.undeclared', { paths: inferred }));
  const statistics = [
    summary.tables > 0 ? t(locale, 'checked.tables', { count: summary.tables }) : '',
    summary.numericClaims > 0 ? t(locale, 'checked.numericClaims', { count: summary.numericClaims }) : '',
    summary.reportedTests > 0 ? t(locale, 'checked.reportedTests', { count: summary.reportedTests }) : '',
  ].filter(Boolean);
  parts.push(statistics.length > 0 ? statistics.join(', ') : t(locale, 'checked.noStatistics'));
  parts.push(summary.frameworks.length === 0 ? t(locale, 'checked.noFramework') : t(locale, 'checked.frameworks', { names: summary.frameworks }));
  return parts.join('; ');
}
