// Navigation over stdio on a LaTeX thesis split into chapters with a .bib: go to definition,
// find references across chapters, rename a key everywhere, code lenses on the .bib entries,
// completion of keys, and the outline with section roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, CompletionItem, DocumentSymbol, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { Session } from '../session';
import { pos, range, startSession, Workspace } from './helpers';

const MAIN = [
  '\\documentclass{article}',
  '\\begin{document}',
  '\\input{bab1}',
  '\\input{bab2}',
  '\\bibliographystyle{apalike}',
  '\\bibliography{refs}',
  '\\end{document}',
  '',
].join('\n');
const BAB1 = ['\\section{Pendahuluan}', 'Kemiskinan bersifat multidimensi \\citep{sen1999}.', ''].join('\n');
const BAB2 = [
  '\\section{Tinjauan Pustaka}',
  'Menurut \\citet{sen1999}, kebebasan adalah tujuan pembangunan; lihat juga \\cite{alkire2011, sen1999}.',
  '\\subsection{Pengukuran}',
  'Ukuran kemiskinan multidimensi dibahas \\citet{alkire2011}.',
  '',
].join('\n');
const BIB = [
  '@book{sen1999,',
  '  author = {Sen, Amartya},',
  '  title = {Development as Freedom},',
  '  publisher = {Oxford University Press},',
  '  year = {1999}',
  // An entry opening on the line of the previous closing brace (as some exporters write them).
  '}@article{alkire2011,',
  '  author = {Alkire, Sabina and Foster, James},',
  '  title = {Counting and multidimensional poverty measurement},',
  '  journal = {Journal of Public Economics},',
  '  volume = {95},',
  '  number = {7},',
  '  pages = {476--487},',
  '  year = {2011}',
  '}',
  '',
  '@book{chambers1983,',
  '  author = {Chambers, Robert},',
  '  title = {Rural Development: Putting the Last First},',
  '  publisher = {Longman},',
  '  year = {1983}',
  '}',
  '',
].join('\n');

let ws: Workspace;
let session: Session;
let bab1: string;
let bab2: string;
let bib: string;
const loc = (uri: string, text: string, needle: string, occurrence = 0): Location => ({ uri, range: range(text, needle, occurrence) });

beforeAll(async () => {
  ws = new Workspace();
  ws.write('main.tex', MAIN);
  ws.write('bab1.tex', BAB1);
  ws.write('bab2.tex', BAB2);
  ws.write('refs.bib', BIB);
  [bab1, bab2, bib] = [ws.uri('bab1.tex'), ws.uri('bab2.tex'), ws.uri('refs.bib')];
  session = await startSession();
  await session.open(bab1, BAB1, 'latex');
  await session.open(bab2, BAB2, 'latex');
  await session.open(bib, BIB, 'bibtex');
  // The .bib's only finding: chambers1983 is never cited (a hint).
  expect((await session.nextDiagnostics(bib, 15000)).map((d) => d.code)).toEqual(['citation/uncited-reference']);
});
afterAll(async () => {
  await session.dispose();
  ws.dispose();
});

const request = <T>(method: string, params: unknown) => session.connection.sendRequest<T>(method, params);

describe('navigation', () => {
  it('goes from a citation in a chapter to its .bib entry', async () => {
    const result = await request<Location[]>('textDocument/definition', { textDocument: { uri: bab1 }, position: pos(BAB1, 'sen1999', 3) });
    expect(result).toEqual([loc(bib, BIB, 'sen1999')]);
    // "}@article{alkire2011,": the definition is the key on that line, not the file's first line.
    const glued = await request<Location[]>('textDocument/definition', { textDocument: { uri: bab2 }, position: pos(BAB2, 'alkire2011', 3) });
    expect(glued).toEqual([loc(bib, BIB, 'alkire2011')]);
  });

  it('finds every citation of an entry across chapters, from the entry or from a citation', async () => {
    const citations = [loc(bab1, BAB1, 'sen1999'), loc(bab2, BAB2, 'sen1999'), loc(bab2, BAB2, 'sen1999', 1)];
    expect(
      await request('textDocument/references', { textDocument: { uri: bib }, position: pos(BIB, 'sen1999', 2), context: { includeDeclaration: false } }),
    ).toEqual(citations);
    expect(
      await request('textDocument/references', { textDocument: { uri: bab2 }, position: pos(BAB2, 'sen1999', 0, 1), context: { includeDeclaration: true } }),
    ).toEqual([loc(bib, BIB, 'sen1999'), ...citations]);
  });

  it('renames a key in every chapter and in the .bib', async () => {
    const prepared = await request('textDocument/prepareRename', { textDocument: { uri: bab2 }, position: pos(BAB2, 'alkire2011', 1) });
    expect(prepared).toEqual({ range: range(BAB2, 'alkire2011'), placeholder: 'alkire2011' });
    const edit = await request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: bab2 },
      position: pos(BAB2, 'alkire2011', 1),
      newName: 'alkireFoster2011',
    });
    expect(edit).toEqual({
      changes: {
        [bab2]: [
          { range: range(BAB2, 'alkire2011'), newText: 'alkireFoster2011' },
          { range: range(BAB2, 'alkire2011', 1), newText: 'alkireFoster2011' },
        ],
        [bib]: [{ range: range(BIB, 'alkire2011'), newText: 'alkireFoster2011' }],
      },
    });
    // From the .bib entry too, and across both chapters.
    const fromBib = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: bib }, position: pos(BIB, 'sen1999'), newName: 'sen1999dev' });
    expect(Object.keys(fromBib.changes ?? {}).sort()).toEqual([bab1, bab2, bib].sort());
    expect(fromBib.changes![bab1]).toEqual([{ range: range(BAB1, 'sen1999'), newText: 'sen1999dev' }]);
    expect(fromBib.changes![bab2]).toEqual([
      { range: range(BAB2, 'sen1999'), newText: 'sen1999dev' },
      { range: range(BAB2, 'sen1999', 1), newText: 'sen1999dev' },
    ]);
    await expect(request('textDocument/rename', { textDocument: { uri: bab1 }, position: pos(BAB1, 'sen1999'), newName: 'sen 1999' })).rejects.toThrow(
      '"sen 1999" is not a valid citation key',
    );
    expect(await request('textDocument/prepareRename', { textDocument: { uri: bab1 }, position: pos(BAB1, 'Kemiskinan') })).toBeNull();
  });

  it('shows a code lens above each .bib entry with how often it is cited, running a command the server declares', async () => {
    const lenses = await request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: bib } });
    const at = (needle: string) => ({ start: pos(BIB, needle), end: pos(BIB, needle) });
    expect(lenses).toEqual([
      {
        range: at('sen1999'),
        command: {
          title: 'cited 3 times',
          command: 'thesislint.showCitations',
          arguments: [bib, pos(BIB, 'sen1999'), [loc(bab1, BAB1, 'sen1999'), loc(bab2, BAB2, 'sen1999'), loc(bab2, BAB2, 'sen1999', 1)]],
        },
      },
      {
        range: at('alkire2011'),
        command: {
          title: 'cited 2 times',
          command: 'thesislint.showCitations',
          arguments: [bib, pos(BIB, 'alkire2011'), [loc(bab2, BAB2, 'alkire2011'), loc(bab2, BAB2, 'alkire2011', 1)]],
        },
      },
      { range: at('chambers1983'), command: { title: 'never cited', command: 'thesislint.showCitations', arguments: [bib, pos(BIB, 'chambers1983'), []] } },
    ]);
    // Any LSP client can run it: the server answers with the citations (and opens the first where the client can).
    const [sen] = lenses;
    expect(await request('workspace/executeCommand', sen.command)).toEqual(sen.command!.arguments![2]);
    expect(await request('workspace/executeCommand', lenses[2].command)).toEqual([]);
    await expect(request('workspace/executeCommand', { command: 'thesislint.nothing', arguments: [] })).rejects.toThrow(
      /does not run the command "thesislint.nothing"/,
    );
  });

  it('completes keys inside \\cite{…}, after the keys already written', async () => {
    const text = BAB1.replace('\\citep{sen1999}', '\\citep{sen1999, ch');
    await session.change(bab1, 2, text);
    const items = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: bab1 }, position: pos(text, ', ch', 4) });
    const replace = { start: pos(text, ', ch', 2), end: pos(text, ', ch', 4) };
    expect(items).toEqual([
      {
        label: 'alkire2011',
        kind: 18,
        detail: 'Alkire, S., & Foster, J. (2011)',
        documentation: 'Counting and multidimensional poverty measurement',
        sortText: 'alkire2011',
        filterText: 'alkire2011',
        textEdit: { range: replace, newText: 'alkire2011' },
      },
      {
        label: 'chambers1983',
        kind: 18,
        detail: 'Chambers, R. (1983)',
        documentation: 'Rural Development: Putting the Last First',
        sortText: 'chambers1983',
        filterText: 'chambers1983',
        textEdit: { range: replace, newText: 'chambers1983' },
      },
      {
        label: 'sen1999',
        kind: 18,
        detail: 'Sen, A. (1999)',
        documentation: 'Development as Freedom',
        sortText: 'sen1999',
        filterText: 'sen1999',
        textEdit: { range: replace, newText: 'sen1999' },
      },
    ]);
    await session.change(bab1, 3, BAB1);
  });

  it('outlines a chapter with its sections and their roles', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: bab2 } });
    const end = pos(BAB2, 'alkire2011}.', 'alkire2011}.'.length);
    expect(symbols).toEqual([
      {
        name: 'Tinjauan Pustaka',
        detail: 'theory',
        kind: 2,
        range: { start: { line: 0, character: 0 }, end },
        selectionRange: range(BAB2, '\\section{Tinjauan Pustaka}'),
        children: [
          {
            name: 'Pengukuran',
            detail: 'theory',
            kind: 3,
            range: { start: pos(BAB2, '\\subsection'), end },
            selectionRange: range(BAB2, '\\subsection{Pengukuran}'),
            children: [],
          },
        ],
      },
    ]);
  });
});
