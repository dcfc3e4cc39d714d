// The one place where engine findings become LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { CHECK_FAILED, docsUrl, localizeFinding, rangeAt, say, type Finding, type Locale, type Severity, type SourceFile } from '../engine/index';

export const DIAGNOSTIC_SOURCE = 'thesislint';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(shown: Finding, files: ReadonlyMap<string, SourceFile>, uriOf: (path: string) => string, locale: Locale = 'en'): Diagnostic {
  const finding = localizeFinding(shown, locale);
  const diagnostic: Diagnostic = {
    range: rangeAt(files.get(finding.file), finding.start, finding.end),
    severity: SEVERITIES[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.code,
    codeDescription: { href: finding.docs },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r): DiagnosticRelatedInformation => ({
      location: { uri: uriOf(r.file), range: rangeAt(files.get(r.file), r.start, r.end) },
      message: r.message,
    }));
  }
  if (finding.data !== undefined) diagnostic.data = finding.data;
  return diagnostic;
}

/** Diagnostics grouped by the file they belong to, in the engine's order. */
export function diagnosticsByFile(
  findings: readonly Finding[],
  files: ReadonlyMap<string, SourceFile>,
  uriOf: (path: string) => string,
  locale: Locale = 'en',
): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const finding of findings) {
    let list = byFile.get(finding.file);
    if (!list) byFile.set(finding.file, (list = []));
    list.push(toDiagnostic(finding, files, uriOf, locale));
  }
  return byFile;
}

/** What the user sees (at the start of each open document) when checking a manuscript threw. */
export function checkFailedDiagnostic(error: unknown, locale: Locale = 'en'): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  const finding: Finding = {
    code: CHECK_FAILED,
    severity: 'warning',
    docs: docsUrl(CHECK_FAILED),
    ...say('internal.manuscriptFailed', { detail: reason }),
    file: '',
    start: 0,
    end: 0,
  };
  return toDiagnostic(finding, new Map(), (path) => path, locale);
}
