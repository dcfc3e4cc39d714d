import type { Span } from './model';
import type { Message } from './messages/types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedLocation extends Span {
  message: string;
  /** The message as data, rendered per locale (messages/index.ts); `message` is its English text. */
  msg?: Message;
}

/** What a check yields; the engine stamps code, severity and docs link. */
export interface FindingDraft extends Span {
  /** English text. */
  message: string;
  /** The message as data (id + arguments), rendered per locale when shown; absent for checks not yet converted. */
  msg?: Message;
  related?: RelatedLocation[];
  /** Machine-readable facts for quick fixes, hovers and reports (e.g. the expected year). */
  data?: Record<string, unknown>;
  /** Lets a check lower (never raise) its default severity for one finding. */
  severity?: Severity;
}

export interface Finding extends FindingDraft {
  code: string;
  severity: Severity;
  docs: string;
}

export const DOCS_BASE = 'https://github.com/thesislint/thesislint/blob/main/docs/codes.md';

export function docsUrl(code: string): string {
  return `${DOCS_BASE}#${code.replace(/\//g, '-')}`;
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
