// The language server speaks the locale the editor asks for: thesislint.locale, else the
// client's display language (InitializeParams.locale), else English.
import { describe, expect, it } from 'vitest';
import { makeSourceFile, say, type Finding, type SourceFile } from '../../server/src/engine/index';
import { checkFailedDiagnostic, diagnosticsByFile, toDiagnostic } from '../../server/src/lsp/diagnostics';
import { settingsFrom } from '../../server/src/lsp/settings';

const chapter = makeSourceFile('/skripsi/bab2.md', 'Menurut Sen (2024), kemiskinan tetap ada.\n');
const files = new Map<string, SourceFile>([[chapter.path, chapter]]);
const uriOf = (path: string) => `file://${path}`;
const start = chapter.text.indexOf('2024');
const finding: Finding = {
  code: 'citation/year-mismatch',
  severity: 'error',
  docs: 'https://example.test/codes.md#citation-year-mismatch',
  file: chapter.path,
  start,
  end: start + 4,
  ...say('citation.yearMismatch', { year: '2024', citation: 'Sen (2024)', entry: { id: 'entry.list', args: { entry: 'Sen, A. (1999)' } }, expected: '1999' }),
  related: [{ file: chapter.path, start: 0, end: 3, ...say('related.listedWithYear', { year: '1999' }) }],
};

describe('diagnostics per locale', () => {
  it('renders the message and the related messages in Indonesian', () => {
    const d = toDiagnostic(finding, files, uriOf, 'id');
    expect(d.message).toBe('Tahun 2024 pada sitasi Sen (2024) tidak sesuai dengan entri daftar pustaka Sen, A. (1999): tahun terbitnya 1999');
    expect(d.relatedInformation?.[0].message).toBe('tercantum dengan tahun terbit 1999');
    expect(diagnosticsByFile([finding], files, uriOf, 'id').get(chapter.path)?.[0].message).toBe(d.message);
  });

  it('keeps English by default and for a finding not yet converted', () => {
    expect(toDiagnostic(finding, files, uriOf).message).toBe(
      'Cited year 2024 does not match the reference list entry Sen, A. (1999): expected 1999 in Sen (2024)',
    );
    const plain: Finding = { ...finding, msg: undefined, related: undefined, message: 'Text gives 9,22% for 2019; Tabel 1 has 9,41' };
    expect(toDiagnostic(plain, files, uriOf, 'id').message).toBe('Text gives 9,22% for 2019; Tabel 1 has 9,41');
  });

  it('says in Indonesian that a manuscript could not be checked', () => {
    expect(checkFailedDiagnostic(new Error('boom'), 'id').message).toBe('thesislint tidak dapat memeriksa naskah ini: boom');
    expect(checkFailedDiagnostic(new Error('boom')).message).toBe('thesislint could not check this manuscript: boom');
  });

  it('reads thesislint.locale: id, en, or auto (the editor decides)', () => {
    expect(settingsFrom({ locale: 'id' }).locale).toBe('id');
    expect(settingsFrom({ locale: 'en' }).locale).toBe('en');
    expect(settingsFrom({ locale: 'auto' }).locale).toBeUndefined();
    expect(settingsFrom({ locale: 'fr' }).locale).toBeUndefined();
  });
});
