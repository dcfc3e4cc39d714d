// Edits that cannot damage a manuscript (issue 17), over stdio against the bundled server:
// rename refuses a key another entry has and follows crossref/xdata fields; quick fixes carry
// the document version the request saw when the client supports versioned edits, and are not
// offered when the text they would replace changed on disk since the check; requests with null
// params and requests after shutdown are refused with the protocol's error codes.
import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { Session } from '../session';
import { applyEdits, editsFor, openAndCheck, pos, range, startSession, Workspace } from './helpers';

const THESIS = [
  '---',
  'bibliography: refs.bib',
  '---',
  '',
  '# Pendahuluan',
  '',
  'Pertumbuhan itu dibahas [@smith2020] dan [@jones2019], juga [@part2021; @art2022].',
  '',
].join('\n');
const BIB = [
  '@book{smith2020,',
  '  author = {Smith, John},',
  '  title = {Growth},',
  '  publisher = {Penerbit},',
  '  year = {2020}',
  '}',
  '',
  '@book{jones2019,',
  '  author = {Jones, Ann},',
  '  title = {Other growth},',
  '  publisher = {Penerbit},',
  '  year = {2019}',
  '}',
  '',
  '@incollection{part2021,',
  '  author = {Lee, Kim},',
  '  title = {A part},',
  '  crossref = {smith2020},',
  '  year = {2021}',
  '}',
  '',
  '@article{art2022,',
  '  author = {Tan, Budi},',
  '  title = {An article},',
  '  journal = {Jurnal},',
  '  xdata = {common, smith2020},',
  '  year = {2022}',
  '}',
  '',
  '@xdata{common,',
  '  publisher = {Penerbit}',
  '}',
  '',
].join('\n');

const YEAR = [
  '# Pendahuluan',
  '',
  'Kemiskinan tetap menjadi tantangan (Sen, A., 2024).',
  '',
  '# Daftar Pustaka',
  '',
  '- Sen, A. (2014). *Development as freedom*. Oxford University Press.',
  '',
].join('\n');

let ws: Workspace;
beforeAll(() => {
  ws = new Workspace('thesislint-safe-edits-');
});
afterAll(() => ws.dispose());

function rejection(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  return promise.then(
    (value) => {
      throw new Error(`expected an error, got ${JSON.stringify(value)}`);
    },
    (error: { code: number; message: string }) => ({ code: error.code, message: error.message }),
  );
}

describe('rename', () => {
  let session: Session;
  let thesis: string;
  let bib: string;
  beforeAll(async () => {
    ws.write('rename/thesis.md', THESIS);
    ws.write('rename/refs.bib', BIB);
    [thesis, bib] = [ws.uri('rename/thesis.md'), ws.uri('rename/refs.bib')];
    session = await startSession();
    await openAndCheck(session, thesis, THESIS);
  });
  afterAll(() => session.dispose());

  it('refuses a key another entry already has, in any case, with a message that says why', async () => {
    for (const newName of ['jones2019', 'Jones2019']) {
      const error = await rejection(
        session.connection.sendRequest('textDocument/rename', { textDocument: { uri: thesis }, position: pos(THESIS, 'smith2020', 1), newName }),
      );
      expect(error).toEqual({
        code: -32803,
        message: `"${newName}" is already the key of another entry (jones2019); renaming "smith2020" to it would merge two works. Choose another key.`,
      });
    }
  });

  it('renames crossref and xdata references with the key', async () => {
    const edit = await session.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: thesis },
      position: pos(THESIS, 'smith2020', 1),
      newName: 'smith2020growth',
    });
    const renamedBib = applyEdits(BIB, edit.changes?.[bib] ?? []);
    expect(renamedBib).toBe(
      BIB.replace('@book{smith2020,', '@book{smith2020growth,')
        .replace('crossref = {smith2020}', 'crossref = {smith2020growth}')
        .replace('xdata = {common, smith2020}', 'xdata = {common, smith2020growth}'),
    );
    expect(applyEdits(THESIS, edit.changes?.[thesis] ?? [])).toBe(THESIS.replace('[@smith2020]', '[@smith2020growth]'));
    expect(Object.keys(edit.changes ?? {}).sort()).toEqual([bib, thesis].sort());
  });
});

describe('quick fixes with versions', () => {
  let session: Session;
  beforeAll(async () => {
    session = new Session({ workspace: { workspaceEdit: { documentChanges: true } } });
    await session.initialize();
  });
  afterAll(() => session.dispose());

  const actionsFor = (uri: string, diagnostic: Diagnostic) =>
    session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });

  it('returns TextDocumentEdits carrying the version the request saw', async () => {
    ws.write('versions/year.md', YEAR);
    const uri = ws.uri('versions/year.md');
    const [diagnostic] = await openAndCheck(session, uri, YEAR);
    expect(diagnostic.code).toBe('citation/year-mismatch');
    const [first] = await actionsFor(uri, diagnostic);
    expect(first.edit).toEqual({ documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: range(YEAR, '2024'), newText: '2014' }] }] });

    // The user types above the finding: the fix asked for now is for version 2's text and says so.
    const typed = YEAR.replace('Kemiskinan', 'Sungguh, kemiskinan');
    await session.change(uri, 2, typed);
    const [moved] = await session.nextDiagnostics(uri, 15000);
    const [again] = await actionsFor(uri, moved);
    const change = again.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change).toEqual({ textDocument: { uri, version: 2 }, edits: [{ range: range(typed, '2024'), newText: '2014' }] });
    expect(applyEdits(typed, change.edits)).toBe(typed.replace('2024', '2014'));
  });

  it('does not offer a fix whose file changed on disk since the check', async () => {
    const bibText = '@book{sen1999,\n  author = {Sen, Amartya},\n  title = {Development as Freedom},\n  publisher = {OUP},\n  year = {1999}\n}\n';
    const text = ['---', 'bibliography: refs.bib', '---', '', '# Introduction', '', 'Poverty is multidimensional [@sen1999; @alkire2011].', ''].join('\n');
    ws.write('stale/refs.bib', bibText);
    ws.write('stale/keys.md', text);
    const uri = ws.uri('stale/keys.md');
    const diagnostic = (await openAndCheck(session, uri, text)).find((d) => d.code === 'citation/missing-reference')!;
    expect((await actionsFor(uri, diagnostic)).map((a) => a.title)).toEqual([
      'Add a BibTeX entry "alkire2011" to refs.bib',
      'Ignore citation/missing-reference here',
    ]);
    // Someone edits the .bib outside the editor (no watcher event reaches the server yet): the
    // stub computed for the old text would land at its old end, inside the new text.
    fs.writeFileSync(ws.path('stale/refs.bib'), bibText.replace('OUP', 'Oxford University Press'));
    expect((await actionsFor(uri, diagnostic)).map((a) => a.title)).toEqual(['Ignore citation/missing-reference here']);
  });
});

describe('protocol faults', () => {
  it('answers params: null with InvalidParams and keeps serving', async () => {
    const session = await startSession();
    try {
      ws.write('faults/year.md', YEAR);
      const uri = ws.uri('faults/year.md');
      await openAndCheck(session, uri, YEAR);
      for (const method of ['textDocument/codeAction', 'textDocument/hover', 'textDocument/rename', 'textDocument/completion']) {
        const error = await rejection(session.connection.sendRequest(method, null));
        expect(error).toEqual({ code: -32602, message: `${method}: params must be an object.` });
      }
      const hover = await session.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', {
        textDocument: { uri },
        position: pos(YEAR, 'Sen, A., 2024'),
      });
      expect(hover).not.toBeNull();
    } finally {
      await session.dispose();
    }
  });

  it('refuses requests after shutdown with InvalidRequest', async () => {
    const session = await startSession();
    try {
      ws.write('faults/shutdown.md', YEAR);
      const uri = ws.uri('faults/shutdown.md');
      await openAndCheck(session, uri, YEAR);
      await session.connection.sendRequest('shutdown');
      const error = await rejection(session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos(YEAR, '2024') }));
      expect(error).toEqual({ code: -32600, message: 'textDocument/hover: the server is shutting down.' });
    } finally {
      await session.dispose();
    }
  });
});

describe('edits are versioned only for clients that asked', () => {
  it('plain changes for a client without documentChanges', async () => {
    const session = await startSession();
    try {
      ws.write('plain/year.md', YEAR);
      const uri = ws.uri('plain/year.md');
      const [diagnostic] = await openAndCheck(session, uri, YEAR);
      const [first] = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      expect(editsFor(first.edit, uri)).toEqual([{ range: range(YEAR, '2024'), newText: '2014' }]);
    } finally {
      await session.dispose();
    }
  });
});

describe('files outside the project', () => {
  it('a bibliography declared outside is not read, not echoed and gets no diagnostics; the declaration gets one finding', async () => {
    const session = await startSession();
    try {
      ws.write('outside.bib', '@book{rahasia2020,\n  author = {Rahasia, Orang},\n  title = {Rahasia\n');
      const text = ['---', 'bibliography: ../outside.bib', '---', '', '# Pendahuluan', '', 'Kemiskinan bersifat multidimensi [@rahasia2020].', ''].join('\n');
      ws.write('project/thesis.md', text);
      const uri = ws.uri('project/thesis.md');
      const diagnostics = await openAndCheck(session, uri, text);
      expect(diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }))).toEqual([
        {
          code: 'manuscript/outside-project',
          range: range(text, '../outside.bib'),
          message: `"../outside.bib" lies outside the project (the manuscript's folder, its thesislint.json's folder or the opened folder) and is not read`,
        },
      ]);
      expect(JSON.stringify(diagnostics)).not.toContain('Rahasia');
      expect(session.nothingQueuedFor(ws.uri('outside.bib'))).toBe(true);
    } finally {
      await session.dispose();
    }
  });
});
