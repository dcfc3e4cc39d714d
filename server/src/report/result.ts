// What every rendering of a check reads (text, JSON, SARIF, GitHub annotations, the HTML report):
// enough to print, and cheap to send between threads (the CLI checks a cohort on workers).
import type { CheckResult } from '../engine';
import type { CheckedSummary } from '../engine';

export type ReportedResult = Pick<CheckResult, 'spec' | 'findings' | 'files'> & {
  /** "ABSTRAK 3/4, ABSTRACT 2/4" — abstract coverage for the cohort summary. */
  coverageSummary?: string;
  /** The coverage matrix as HTML, for the report. */
  coverageHtml?: string;
  /** What the check read and looked at (files, citations, entries, tables, tests, frameworks). */
  checked?: CheckedSummary;
  /** The check could not run (a crashed worker). */
  error?: string;
};
