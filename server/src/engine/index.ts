// Public surface of the engine: the CLI, the language server and tests import from here only.
export type { Finding, FindingDraft, Severity, RelatedLocation } from './findings';
export { docsUrl, severityRank } from './findings';
export type { FileHost } from './host';
export { MemoryHost, OverlayHost } from './host';
export type { SourceFile, Span, Lang, Markup, SectionRole } from './model';
export { makeSourceFile, positionAt, offsetAt } from './text/source';
export type { ManuscriptSpec } from './project';
export { discoverManuscripts, manuscriptFor, isManuscriptFile } from './project';
export type { Manuscript } from './manuscript';
export type { CheckOptions, CheckResult } from './engine';
export { checkManuscript, allChecks } from './engine';
export type { ParseCacheStats } from './cache';
export { ParseCache } from './cache';
export type { ThesislintConfig, LoadedConfig, ConfigError, ConfigResult } from './config';
export { findConfig, loadConfig, isConfigError, CONFIG_FILE_NAMES } from './config';
export type { Framework, FrameworkInput } from './frameworks/schema';
export { builtinFrameworks } from './frameworks/builtin';
export type {
  CoverageReport,
  FrameworkCoverage,
  CoverageColumn,
  CoverageCell,
  CoverageStatus,
  DimensionRow,
  Evidence as CoverageEvidence,
  Detection as FrameworkDetection,
} from './coverage/types';
export { coverageAt, describeRowCoverage, renderCoverageMatrix } from './coverage/query';
