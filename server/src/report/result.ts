// What every rendering of a check reads (text, JSON, SARIF, GitHub annotations, the HTML report):
// enough to print, and cheap to send between threads (the CLI checks a cohort on workers).
import type { CheckResult, CheckedSummary, Lang } from '../engine';

export type ReportedResult = Pick<CheckResult, 'spec' | 'findings' | 'files'> & {
  /** "ABSTRAK 3/4, ABSTRACT 2/4" — abstract coverage for the cohort summary. */
  coverageSummary?: string;
  /** The coverage matrix as HTML, for the report. */
  coverageHtml?: string;
  /** The coverage matrix and its quoted evidence as HTML, per locale of the report. */
  coverageHtmlByLocale?: { en: string; id: string };
  /** The manuscript's prose language, when it could be told (it chooses the messages' language). */
  lang?: Lang;
  /** The manuscript's headings in reading order, for grouping the report by chapter and section. */
  headings?: ReportHeading[];
  /** What the check read and looked at (files, citations, entries, tables, tests, frameworks). */
  checked?: CheckedSummary;
  /** The check could not run (a crashed worker). */
  error?: string;
};

export interface ReportHeading {
  file: string;
  start: number;
  level: number;
  title: string;
}
