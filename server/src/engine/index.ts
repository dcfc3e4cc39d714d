// Public surface of the engine: the CLI, the language server, the report and tests import from
// here. Everything in the engine is pure: files come in through a FileHost, findings go out.
export type { Finding, FindingDraft, Severity, RelatedLocation } from './findings';
export { docsUrl, severityRank } from './findings';
export type { CatalogueEntry, CodeMeta, FamilyId } from './codes';
export { CATALOGUE, FAMILIES, catalogueEntry, familyTitle, isKnownCode, CONFIG_INVALID, CHECK_FAILED } from './codes';
export type { FileHost } from './host';
export { MemoryHost, OverlayHost } from './host';
export type { SourceFile, Span, Lang, Markup, SectionRole } from './model';
export { makeSourceFile, positionAt, offsetAt, rangeAt, type LineCharacter, type Range } from './text/source';
export type { ManuscriptSpec, DeclaredBibliography } from './project';
export { discoverManuscripts, manuscriptFor, PROJECT_FILE_NAMES } from './project';
export { isManuscriptFile, markupFor, markupOf, MANUSCRIPT_EXTENSIONS, MANUSCRIPT_LANGUAGES, WATCHED_FILES_GLOB } from './files';
export type { Manuscript } from './manuscript';
export type { CheckOptions, CheckResult, CheckStep, EarlyStep } from './engine';
export type { CheckedSummary, CheckedBibliography } from './summary';
export { summarizeCheck, describeChecked } from './summary';
export { checkManuscript, checkManuscriptSteps, runToEnd, allChecks } from './engine';
export type { ResolvedProject, ProjectOptions } from './session';
export { checkProject, checkProjectSteps, resolveProject, checkResolved, checkResolvedSteps } from './session';
export { activationReason, textReason, type ActivationReason } from './activation';
export type { ParseCacheStats } from './cache';
export { ParseCache } from './cache';
export { DerivedCache } from './derived';
export type { ThesislintConfig, LanguageSetting, SeveritySetting } from './config/schema';
export { CONFIG_FILE_NAMES, LANGUAGES, SEVERITY_SETTINGS } from './config/schema';
export type { LoadedConfig, ConfigError, ConfigResult } from './config/load';
export { findConfig, loadConfig, isConfigError } from './config/load';
export type { Overrides, EffectiveSettings } from './config/apply';
export { configJsonSchema } from './config/jsonSchema';
export type { Framework, FrameworkInput } from './frameworks/schema';
export { builtinFrameworks, builtinFramework, BUILTIN_FRAMEWORK_IDS } from './frameworks/builtin';
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
export {
  CATALOGUES,
  CODE_DESCRIPTIONS_ID,
  LOCALES,
  localeOf,
  localizeFinding,
  m,
  render,
  say,
  t,
  type Locale,
  type Message,
  type MessageArg,
  type MessageId,
} from './messages';
