// What every rendering of a check reads (text, JSON, SARIF, GitHub annotations, the HTML report):
// enough to print, and cheap to send between threads (the CLI checks a cohort on workers).
import type { CheckResult, Lang } from '../engine';

export type ReportedResult = Pick<CheckResult, 'spec' | 'findings' | 'files'> & {
  /** "ABSTRAK 3/4, ABSTRACT 2/4" — abstract coverage for the cohort summary. */
  coverageSummary?: string;
  /** The coverage matrix as HTML, for the report. */
  coverageHtml?: string;
  /** The manuscript's prose language, when it could be told (it chooses the messages' language). */
  lang?: Lang;
  /** The check could not run (a crashed worker). */
  error?: string;
};
