// The pre-submission report for the webview: the CLI's HTML report (with its framework coverage
// matrix) of the latest check of a manuscript, or of every open one.
import type { CheckResult } from '../../engine/index';
import { formatHtml } from '../../report/html';
import { coverageMatrixHtml } from '../../report/coverage';
import { dirname } from '../../engine/paths';
import { pathFromUri } from '../uris';
import { freshResult, isFresh, type FeatureContext } from './context';

export interface ReportParams {
  /** A document of the manuscript to report on; every open manuscript when absent. */
  uri?: string;
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
  const root = results[0] ? dirname(results[0].spec.root) : '/';
  const bySpec = new Map(results.map((r) => [r.spec, r]));
  const coverage = (reported: { spec: CheckResult['spec'] }) => {
    const result = bySpec.get(reported.spec);
    return result ? coverageMatrixHtml(result) : '';
  };
  return formatHtml(results, root, ctx.version ?? '', [coverage]);
}
