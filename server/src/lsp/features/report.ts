// The pre-submission report for the webview: the CLI's HTML report (with its framework coverage
// matrix) of the latest check of a manuscript, or of every open one.
import { localeOf, localizeFinding, type CheckResult } from '../../engine/index';
import { formatHtml } from '../../report/html';
import { coverageMatrixHtml } from '../../report/coverage';
import { dirname } from '../../engine/paths';
import { pathFromUri } from '../uris';
import { freshResult, isFresh, reportView, type FeatureContext } from './context';

export interface ReportParams {
  /** A document of the manuscript to report on; every open manuscript when absent. */
  uri?: string;
  /** The language of the report: `id` or `en` (the extension sends thesislint.locale or VS Code's display language). */
  locale?: string;
}

export const REPORT_REQUEST = 'thesislint/report';

export async function reportHtml(ctx: FeatureContext, params: ReportParams | undefined): Promise<string> {
  let results: CheckResult[];
  if (params?.uri && pathFromUri(params.uri)) {
    const located = await freshResult(ctx, params.uri);
    results = located ? [located.result] : [];
  } else {
    results = ctx.latestResults().filter((r) => isFresh(ctx, r));
  }
  // A file read as segments (engine/segments.ts) is reported as the one file it is.
  results = results.map(reportView);
  const root = results[0] ? dirname(results[0].spec.root) : '/';
  const bySpec = new Map(results.map((r) => [r.spec, r]));
  const locale = localeOf(params?.locale) ?? 'en';
  const coverage = (reported: { spec: CheckResult['spec'] }) => {
    const result = bySpec.get(reported.spec);
    return result ? coverageMatrixHtml(result, locale) : '';
  };
  const shown = results.map((r) => ({ ...r, findings: r.findings.map((f) => localizeFinding(f, locale)) }));
  return formatHtml(shown, root, ctx.version ?? '', [coverage], locale);
}
