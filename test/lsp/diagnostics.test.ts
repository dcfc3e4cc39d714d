// Finding -> LSP Diagnostic mapping.
import { describe, expect, it } from 'vitest';
import { makeSourceFile, type Finding, type SourceFile } from '../../server/src/engine/index';
import { checkFailedDiagnostic, diagnosticsByFile, toDiagnostic } from '../../server/src/lsp/diagnostics';

const chapter = makeSourceFile('/thesis/bab1.md', '# Bab 1\r\n\r\nMenurut Sen (2024), kemiskinan 😀 tetap ada.\n');
const bib = makeSourceFile('/thesis/refs.bib', '@book{sen1999,\n  year = {1999},\n}\n');
const files = new Map<string, SourceFile>([
  [chapter.path, chapter],
  [bib.path, bib],
]);
const uriOf = (path: string) => `file://${path}`;

function finding(overrides: Partial<Finding> = {}): Finding {
  const start = chapter.text.indexOf('2024');
  return {
    code: 'citation/year-mismatch',
    severity: 'error',
    docs: 'https://example.test/codes.md#citation-year-mismatch',
    message: 'Sen is cited as 2024 but listed as 1999.',
    file: chapter.path,
    start,
    end: start + 4,
    ...overrides,
  };
}

describe('toDiagnostic', () => {
  it('maps range, severity, code, source and docs link', () => {
    expect(toDiagnostic(finding(), files, uriOf)).toEqual({
      range: { start: { line: 2, character: 13 }, end: { line: 2, character: 17 } },
      severity: 1,
      code: 'citation/year-mismatch',
      codeDescription: { href: 'https://example.test/codes.md#citation-year-mismatch' },
      source: 'thesislint',
      message: 'Sen is cited as 2024 but listed as 1999.',
    });
  });

  it('maps every severity', () => {
    const severities = (['error', 'warning', 'info', 'hint'] as const).map((severity) => toDiagnostic(finding({ severity }), files, uriOf).severity);
    expect(severities).toEqual([1, 2, 3, 4]);
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    const start = chapter.text.indexOf('tetap');
    expect(toDiagnostic(finding({ start, end: start + 5 }), files, uriOf).range).toEqual({
      start: { line: 2, character: 34 },
      end: { line: 2, character: 39 },
    });
  });

  it('turns related locations into relatedInformation with URIs and passes data through', () => {
    const yearStart = bib.text.indexOf('{1999}') + 1;
    const diagnostic = toDiagnostic(
      finding({
        related: [{ file: bib.path, start: yearStart, end: yearStart + 4, message: 'Listed year' }],
        data: { expectedYear: '1999', key: 'sen1999' },
      }),
      files,
      uriOf,
    );
    expect(diagnostic).toEqual({
      range: { start: { line: 2, character: 13 }, end: { line: 2, character: 17 } },
      severity: 1,
      code: 'citation/year-mismatch',
      codeDescription: { href: 'https://example.test/codes.md#citation-year-mismatch' },
      source: 'thesislint',
      message: 'Sen is cited as 2024 but listed as 1999.',
      relatedInformation: [
        {
          location: { uri: 'file:///thesis/refs.bib', range: { start: { line: 1, character: 10 }, end: { line: 1, character: 14 } } },
          message: 'Listed year',
        },
      ],
      data: { expectedYear: '1999', key: 'sen1999' },
    });
  });

  it('omits relatedInformation when there is none', () => {
    expect(toDiagnostic(finding({ related: [] }), files, uriOf)).not.toHaveProperty('relatedInformation');
  });

  it('clamps offsets outside the file and never lets the end precede the start', () => {
    expect(toDiagnostic(finding({ start: 10_000, end: 5 }), files, uriOf).range).toEqual({
      start: { line: 3, character: 0 },
      end: { line: 3, character: 0 },
    });
  });

  it('puts a finding in an unknown file at its start', () => {
    expect(toDiagnostic(finding({ file: '/elsewhere.md', start: 40, end: 50 }), files, uriOf).range).toEqual({
      start: { line: 0, character: 0 },
      end: { line: 0, character: 0 },
    });
  });
});

describe('diagnosticsByFile', () => {
  it('groups by file and keeps the engine order', () => {
    const year = bib.text.indexOf('{1999}') + 1;
    const grouped = diagnosticsByFile(
      [
        finding({ message: 'first' }),
        finding({ file: bib.path, start: year, end: year + 4, code: 'bibliography/unused-entry', severity: 'warning', message: 'unused' }),
        finding({ message: 'second' }),
      ],
      files,
      uriOf,
    );
    expect([...grouped.keys()]).toEqual([chapter.path, bib.path]);
    expect(grouped.get(chapter.path)!.map((d) => d.message)).toEqual(['first', 'second']);
    expect(grouped.get(bib.path)).toEqual([
      {
        range: { start: { line: 1, character: 10 }, end: { line: 1, character: 14 } },
        severity: 2,
        code: 'bibliography/unused-entry',
        codeDescription: { href: 'https://example.test/codes.md#citation-year-mismatch' },
        source: 'thesislint',
        message: 'unused',
      },
    ]);
  });
});

describe('checkFailedDiagnostic', () => {
  it('is one warning at the start of the file carrying the error message', () => {
    expect(checkFailedDiagnostic(new Error('boom'))).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 2,
      code: 'internal/check-failed',
      codeDescription: { href: 'https://github.com/thesislint/thesislint/blob/main/docs/codes.md#internal-check-failed' },
      source: 'thesislint',
      message: 'thesislint could not check this manuscript: boom',
    });
    expect(checkFailedDiagnostic('not an error').message).toBe('thesislint could not check this manuscript: not an error');
  });
});
