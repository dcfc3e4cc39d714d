// What a check says it read and looked at (summary.ts), and entries of a .bib written on the line
// of the previous entry's closing brace: positions, so that definition and rename land on the key.
import { describe, expect, it } from 'vitest';
import { checkProject, describeChecked, manuscriptFor, MemoryHost, summarizeCheck } from '../../server/src/engine';
import { definitionAt, renameEdits } from '../../server/src/engine/editing/navigation';

const MANUSCRIPT = [
  '# BAB I PENDAHULUAN',
  '',
  'Tata kelola kolaboratif [@ansell2008] menuntut dialog (Emerson dkk., 2012) dan kepercayaan [@vangen2003].',
  'Jakarta (2019) bukan sitasi. Pada tahun 2020 jumlah warga 1.250 orang.',
  '',
  '| Tahun | Warga |',
  '|---|---|',
  '| 2020 | 1.250 |',
  '',
].join('\n');
const BIB = [
  '@article{ansell2008,',
  '  author = {Ansell, Chris and Gash, Alison},',
  '  title = {Collaborative Governance in Theory and Practice},',
  '  year = {2008}',
  '}@Article{emerson2012,',
  '  author = {Emerson, Kirk and Nabatchi, Tina and Balogh, Stephen},',
  '  title = {An Integrative Framework for Collaborative Governance},',
  '  year = {2012}',
  '}',
].join('\n');

const host = new MemoryHost(
  new Map([
    ['/p/bab1.md', `---\nbibliography: refs.bib\n---\n\n${MANUSCRIPT}`],
    ['/p/refs.bib', BIB],
  ]),
);

describe('what was checked', () => {
  const result = checkProject(manuscriptFor('/p/bab1.md', host), host);

  it('counts files, citations found, checked and resolved, entries, tables and claims', () => {
    const summary = summarizeCheck(result);
    expect(summary).toEqual({
      root: '/p/bab1.md',
      markup: 'markdown',
      files: ['/p/bab1.md'],
      projectFiles: [],
      bibliographies: [{ path: '/p/refs.bib', entries: 2, status: 'declared' }],
      // Two keys and one author–year citation ("Jakarta (2019)" is no citation); vangen2003 is not in refs.bib.
      citations: { found: 3, checked: 3, resolved: 2 },
      referenceEntries: 2,
      referenceLists: 0,
      tables: 1,
      numericClaims: summary.numericClaims,
      // As the statistics analyses count them.
      reportedTests: result.analysis.reportedTests.paragraphs,
      frameworks: [],
    });
    expect(summary.numericClaims).toBe(result.analysis.statistics.counts.quantities);
    expect(describeChecked({ ...summary, numericClaims: 1, reportedTests: 0 })).toBe(
      '1 file; 3 citations: all checked against 2 reference entries, 2 resolved; 1 table, 1 numeric claim; no framework found',
    );
  });

  it('says when citations could not be checked', () => {
    const bare = new MemoryHost(new Map([['/q/bab1.md', MANUSCRIPT]]));
    const unchecked = checkProject(manuscriptFor('/q/bab1.md', bare), bare);
    expect(summarizeCheck(unchecked).citations).toEqual({ found: 3, checked: 0, resolved: 0 });
    expect(unchecked.findings.filter((f) => f.code.startsWith('citation/')).map((f) => `${f.code}: ${f.message}`)).toEqual([
      'citation/no-bibliography: 3 citations (2 by key, 1 author–year) could not be checked: no bibliography file or reference list was found. Name it with --bib FILE, list it under "bibliography" in thesislint.json, or declare it in the manuscript (bibliography: in the front matter)',
    ]);
  });
});

describe('a .bib entry that starts on the line of the previous closing brace', () => {
  const result = checkProject(manuscriptFor('/p/bab1.md', host), host);
  const keyAt = BIB.indexOf('emerson2012');

  it('is located at its own key', () => {
    const entry = result.manuscript.databaseEntries.find((e) => e.key === 'emerson2012')!;
    expect([entry.start, entry.end]).toEqual([keyAt, keyAt + 'emerson2012'.length]);
  });

  it('is where go-to-definition lands, and rename changes its key in the .bib too', () => {
    const text = result.files.get('/p/bab1.md')!.text;
    const citation = text.indexOf('Emerson dkk.');
    expect(definitionAt(result, '/p/bab1.md', citation + 2)).toEqual([{ file: '/p/refs.bib', start: keyAt, end: keyAt + 'emerson2012'.length }]);
    expect(renameEdits(result, 'emerson2012', 'emerson2012integrative')).toEqual([
      { file: '/p/refs.bib', start: keyAt, end: keyAt + 11, newText: 'emerson2012integrative' },
    ]);
  });
});
