// Runs every registered check over one manuscript. The engine stamps code, severity and docs
// link on each finding and turns a check that throws into a finding instead of a crash.
import type { Check } from './checks/check';
import { docsUrl, type Finding, type Severity } from './findings';
import type { FileHost } from './host';
import type { SourceFile } from './model';
import type { ManuscriptSpec } from './project';
import { buildManuscript, type Manuscript } from './manuscript';
import { AnalysisCache } from './analysis';
import { registry } from './checks/registry';
import { applySuppressions } from './suppressions';
import type { LoadedConfig } from './config';
import type { CoverageReport } from './coverage/types';
import type { ParseCache } from './cache';

export interface CheckOptions {
  /** Prose language; 'auto' (default) detects it per section. */
  lang?: 'id' | 'en' | 'auto';
  /** Per-code severity override, or 'off'. */
  severities?: Record<string, Severity | 'off'>;
  /** The project's thesislint.json: its `severity` table (which `severities` overrides) and pinned frameworks. */
  config?: LoadedConfig;
  /**
   * Files, models and bibliographies kept from earlier checks (the language server keeps one):
   * only files whose text changed are parsed again. Without it every file is parsed.
   */
  cache?: ParseCache;
}

export interface CheckResult {
  spec: ManuscriptSpec;
  manuscript: Manuscript;
  /** Findings sorted by file, then position. */
  findings: Finding[];
  /** Every file a finding may point into (chapters, bibliographies, project files). */
  files: Map<string, SourceFile>;
  /** The frameworks the manuscript uses and which dimensions each part names (computed on first read). */
  readonly coverage: CoverageReport;
}

export const allChecks: readonly Check[] = registry;

export function checkManuscript(spec: ManuscriptSpec, host: FileHost, options: CheckOptions = {}): CheckResult {
  const manuscript = buildManuscript(spec, host, options);
  const analysis = new AnalysisCache(manuscript, { frameworks: options.config?.frameworks });
  const findings: Finding[] = [];
  for (const problem of manuscript.problems) {
    findings.push({ ...problem, severity: problem.severity ?? 'error', docs: docsUrl(problem.code) });
  }
  for (const check of registry) {
    const configured = options.severities?.[check.meta.code] ?? options.config?.config.severity?.[check.meta.code];
    if (configured === 'off') continue;
    try {
      for (const draft of check.run({ manuscript, analysis })) {
        findings.push({
          ...draft,
          code: check.meta.code,
          severity: configured ?? draft.severity ?? check.meta.defaultSeverity,
          docs: docsUrl(check.meta.code),
        });
      }
    } catch (error) {
      findings.push({
        code: 'internal/check-failed',
        severity: 'warning',
        docs: docsUrl('internal/check-failed'),
        message: `The check ${check.meta.code} failed on this manuscript and was skipped: ${error instanceof Error ? error.message : String(error)}`,
        file: spec.files[0] ?? spec.root,
        start: 0,
        end: 0,
      });
    }
  }
  const order = new Map(manuscript.fileOrder.map((f, i) => [f, i]));
  // Suppression comments filter after the checks ran, so every check honours them alike.
  const kept = applySuppressions(findings, manuscript.files.values());
  kept.sort(
    (a, b) =>
      (order.get(a.file) ?? 1e9) - (order.get(b.file) ?? 1e9) ||
      a.file.localeCompare(b.file) ||
      a.start - b.start ||
      a.end - b.end ||
      a.code.localeCompare(b.code),
  );
  return {
    spec,
    manuscript,
    findings: kept,
    files: manuscript.files,
    get coverage() {
      return analysis.coverage;
    },
  };
}
