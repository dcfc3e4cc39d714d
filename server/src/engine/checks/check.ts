import type { FindingDraft, Severity } from '../findings';
import type { Manuscript } from '../manuscript';
import type { AnalysisCache } from '../analysis';

export interface CheckMeta {
  /** Stable code `family/kebab-name`, the same as the check's file, fixture folder and docs anchor. */
  code: string;
  /** One sentence: what the check finds. */
  description: string;
  defaultSeverity: Severity;
  fixable?: boolean;
}

export interface CheckContext {
  manuscript: Manuscript;
  /** Shared, lazily computed analyses (citation resolution, …) reused by related checks. */
  analysis: AnalysisCache;
}

export interface Check {
  meta: CheckMeta;
  run(context: CheckContext): Iterable<FindingDraft>;
}
