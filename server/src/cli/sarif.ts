// SARIF 2.1.0 (what GitHub code scanning and most CI dashboards read): a rendering of the
// findings; nothing here decides anything. GitHub workflow commands are in github.ts.
import { CATALOGUE, docsUrl, rangeAt, type Finding, type Severity } from '../engine';
import { relative } from '../engine/paths';
import type { ReportedResult } from '../report/result';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function region(result: ReportedResult, file: string, start: number, end: number): Region {
  const { start: a, end: b } = rangeAt(result.files.get(file), start, end);
  return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

function ruleName(code: string): string {
  return code
    .split(/[/-]/)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

export function formatSarif(results: ReportedResult[], cwd: string, version: string): string {
  const rules = CATALOGUE;
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const uri = (path: string) => encodeURI(relative(cwd, path) || path);
  const sarifResults = results.flatMap((result) =>
    result.findings.map((f: Finding) => ({
      ruleId: f.code,
      ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' }, region: region(result, f.file, f.start, f.end) } }],
      ...(f.related && f.related.length > 0
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              message: { text: r.message },
              physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: '%SRCROOT%' }, region: region(result, r.file, r.start, r.end) },
            })),
          }
        : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'thesislint',
            version,
            informationUri: 'https://github.com/thesislint/thesislint',
            rules: rules.map((r) => ({
              id: r.code,
              name: ruleName(r.code),
              shortDescription: { text: r.description },
              helpUri: docsUrl(r.code),
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${encodeURI(cwd.endsWith('/') ? cwd : `${cwd}/`)}` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
