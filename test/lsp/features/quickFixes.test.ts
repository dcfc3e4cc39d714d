// Quick fixes over stdio against the bundled server: each action's exact WorkspaceEdit, and the
// finding gone once the edit is applied. Run `node scripts/build.mjs` first (npm test does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import type { Session } from '../session';
import { applyEdits, editsFor, openAndCheck, pos, range, startSession, Workspace } from './helpers';

let ws: Workspace;
let session: Session;
beforeAll(async () => {
  ws = new Workspace();
  session = await startSession();
});
afterAll(async () => {
  await session.dispose();
  ws.dispose();
});

function codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

/** Opens `name` with `text`, asks for the fixes of its only `code` diagnostic. */
async function fixesOf(name: string, text: string, code: string, languageId = 'markdown') {
  ws.write(name, text);
  const uri = ws.uri(name);
  const diagnostics = await openAndCheck(session, uri, text, languageId);
  const diagnostic = diagnostics.find((d) => d.code === code);
  expect(diagnostic, JSON.stringify(diagnostics)).toBeDefined();
  return { uri, diagnostic: diagnostic!, diagnostics, actions: await codeActions(uri, diagnostic!) };
}

/** Applies a fix to the open document and returns the diagnostics of the re-check. */
async function applyAndRecheck(uri: string, text: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const fixed = applyEdits(text, editsFor(action.edit, uri));
  await session.change(uri, 2, fixed);
  return { text: fixed, diagnostics: await session.nextDiagnostics(uri, 15000) };
}

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

describe('quick fixes', () => {
  it("citation/year-mismatch: the cited year becomes the entry's, or the entry's the cited one", async () => {
    const { uri, diagnostic, actions } = await fixesOf('year.md', YEAR, 'citation/year-mismatch');
    expect(actions).toEqual([
      {
        title: 'Change the year to 2014',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: range(YEAR, '2024'), newText: '2014' }] } },
      },
      {
        title: "Change the reference list entry's year to 2024",
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: range(YEAR, '2014'), newText: '2024' }] } },
      },
      {
        title: 'Ignore citation/year-mismatch here',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: {
          changes: {
            [uri]: [
              {
                range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
                newText: '<!-- thesislint-disable-next-line citation/year-mismatch -->\n',
              },
            ],
          },
        },
      },
    ]);
    const after = await applyAndRecheck(uri, YEAR, actions[0]);
    expect(after.text).toBe(YEAR.replace('(Sen, A., 2024)', '(Sen, A., 2014)'));
    expect(after.diagnostics).toEqual([]);
  });

  it('ignore this finding here: an HTML comment line above the finding that silences it', async () => {
    const { uri, actions } = await fixesOf('year-ignored.md', YEAR, 'citation/year-mismatch');
    const after = await applyAndRecheck(uri, YEAR, actions[2]);
    expect(after.text).toBe(YEAR.replace('Kemiskinan', '<!-- thesislint-disable-next-line citation/year-mismatch -->\nKemiskinan'));
    expect(after.diagnostics).toEqual([]);
  });

  it('citation/author-mismatch: a misspelt author gets the listed spelling', async () => {
    const text = [
      '# Bab III Metode Penelitian',
      '',
      'Penelitian ini menggunakan metode kualitatif (Sugiono, 2019).',
      '',
      '# Daftar Pustaka',
      '',
      'Sugiyono. (2019). *Metode penelitian kuantitatif, kualitatif, dan R&D*. Alfabeta.',
      '',
    ].join('\n');
    const { uri, diagnostic, actions } = await fixesOf('author.md', text, 'citation/author-mismatch');
    expect(actions[0]).toEqual({
      title: 'Change "Sugiono" to "Sugiyono"',
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: range(text, 'Sugiono'), newText: 'Sugiyono' }] } },
    });
    expect(actions.map((a) => a.title)).toEqual(['Change "Sugiono" to "Sugiyono"', 'Ignore citation/author-mismatch here']);
    const after = await applyAndRecheck(uri, text, actions[0]);
    expect(after.text).toContain('(Sugiyono, 2019)');
    expect(after.diagnostics).toEqual([]);
  });

  it('citation/missing-reference (key): a BibTeX stub is appended to the .bib, nothing else changes', async () => {
    const bib =
      '@book{sen1999,\n  author = {Sen, Amartya},\n  title = {Development as Freedom},\n  publisher = {Oxford University Press},\n  year = {1999}\n}\n';
    ws.write('refs.bib', bib);
    const text = ['---', 'bibliography: refs.bib', '---', '', '# Introduction', '', 'Poverty is multidimensional [@sen1999; @alkire2011].', ''].join('\n');
    const { uri, diagnostic, actions } = await fixesOf('keys.md', text, 'citation/missing-reference');
    const bibUri = ws.uri('refs.bib');
    const end = { line: 6, character: 0 };
    expect(actions).toEqual([
      {
        title: 'Add a BibTeX entry "alkire2011" to refs.bib',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: { changes: { [bibUri]: [{ range: { start: end, end }, newText: '\n@misc{alkire2011,\n  author = {},\n  title = {},\n  year = {}\n}\n' }] } },
      },
      {
        title: 'Ignore citation/missing-reference here',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: {
          changes: {
            [uri]: [
              {
                range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
                newText: '<!-- thesislint-disable-next-line citation/missing-reference -->\n',
              },
            ],
          },
        },
      },
    ]);
    // The .bib is not open: the editor writes it, the file watcher tells the server.
    ws.write('refs.bib', applyEdits(bib, editsFor(actions[0].edit, bibUri)));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: bibUri, type: 2 }] });
    expect(await session.nextDiagnostics(uri, 15000)).toEqual([]);
  });

  it('citation/missing-reference (author–year): a stub entry is placed alphabetically in the written list', async () => {
    const text = [
      '# Pendahuluan',
      '',
      'Kemiskinan dibahas dari banyak sisi (Chambers, 1983; Sen, 1999; Alkire & Foster, 2011).',
      '',
      '# Daftar Pustaka',
      '',
      'Chambers, R. (1983). *Rural development: Putting the last first*. Longman.',
      '',
      'Sen, A. (1999). *Development as freedom*. Oxford University Press.',
      '',
    ].join('\n');
    const { uri, diagnostic, actions } = await fixesOf('prose-missing.md', text, 'citation/missing-reference');
    const at = pos(text, 'Chambers, R.');
    expect(actions[0]).toEqual({
      title: 'Add "Alkire & Foster (2011)" to the reference list',
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: 'Alkire & Foster. (2011). *Judul*.\n\n' }] } },
    });
    const after = await applyAndRecheck(uri, text, actions[0]);
    expect(after.text).toBe(text.replace('Chambers, R. (1983)', 'Alkire & Foster. (2011). *Judul*.\n\nChambers, R. (1983)'));
    expect(after.diagnostics).toEqual([]);
  });

  it('citation/missing-reference (author–year): in a bulleted list the stub gets the list marker', async () => {
    const text = [
      '# Pendahuluan',
      '',
      'Kemiskinan dibahas dari banyak sisi (Alkire, 2011; Chambers, 1983; Sen, 1999).',
      '',
      '# Daftar Pustaka',
      '',
      '- Alkire, S. (2011). *Counting poverty*. Elsevier.',
      '- Sen, A. (1999). *Development as freedom*. Oxford University Press.',
      '',
    ].join('\n');
    const { uri, actions } = await fixesOf('bullets-missing.md', text, 'citation/missing-reference');
    const at = pos(text, 'Sen, A.');
    expect(actions[0].title).toBe('Add "Chambers (1983)" to the reference list');
    expect(editsFor(actions[0].edit, uri)).toEqual([{ range: { start: at, end: at }, newText: 'Chambers. (1983). *Judul*.\n- ' }]);
    const after = await applyAndRecheck(uri, text, actions[0]);
    expect(after.diagnostics).toEqual([]);
  });

  it('ignore this finding here: in a .bib file, a % comment line above the entry', async () => {
    const bib =
      '@book{a2020,\n  author = {Alpha, A.},\n  title = {T},\n  year = {2020}\n}\n\n@book{b2021,\n  author = {Beta, B.},\n  title = {U},\n  year = {2021}\n}\n';
    ws.write('ignore.bib', bib);
    const text = ['---', 'bibliography: ignore.bib', '---', '', '# Intro', '', 'Text [@a2020].', ''].join('\n');
    ws.write('bib-ignore.md', text);
    const bibUri = ws.uri('ignore.bib');
    await session.open(ws.uri('bib-ignore.md'), text);
    await session.open(bibUri, bib, 'bibtex');
    let diagnostics = await session.nextDiagnostics(bibUri, 15000);
    while (diagnostics.length === 0) diagnostics = await session.nextDiagnostics(bibUri, 15000);
    expect(diagnostics.map((d) => d.code)).toEqual(['citation/uncited-reference']);
    const actions = await codeActions(bibUri, diagnostics[0]);
    expect(actions).toEqual([
      {
        title: 'Ignore citation/uncited-reference here',
        kind: 'quickfix',
        diagnostics: [diagnostics[0]],
        edit: {
          changes: {
            [bibUri]: [
              {
                range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
                newText: '% thesislint-disable-next-line citation/uncited-reference\n',
              },
            ],
          },
        },
      },
    ]);
    await session.change(bibUri, 2, applyEdits(bib, editsFor(actions[0].edit, bibUri)));
    // A check of the unedited .bib (started when it was opened) may still publish first.
    let published = await session.nextPublish(bibUri, 15000);
    while (published.version !== 2) published = await session.nextPublish(bibUri, 15000);
    expect(published.diagnostics).toEqual([]);
  });

  it('references/unsorted: the list is sorted in place, keeping every entry and separator', async () => {
    const entries = {
      sen: 'Sen, A. (1999). *Development as freedom*. Oxford University Press.',
      alkire: 'Alkire, S., & Foster, J. (2011). Counting and multidimensional poverty measurement. *Journal of Public Economics, 95*(7), 476–487.',
      chambers: 'Chambers, R. (1983). *Rural development: Putting the last first*. Longman.',
    };
    const text = [
      '# Pendahuluan',
      '',
      'Kemiskinan dibahas dari banyak sisi (Sen, 1999; Alkire & Foster, 2011; Chambers, 1983).',
      '',
      '# Daftar Pustaka',
      '',
      `- ${entries.sen}`,
      `- ${entries.alkire}`,
      `- ${entries.chambers}`,
      '',
    ].join('\n');
    const { uri, diagnostic, actions } = await fixesOf('unsorted.md', text, 'references/unsorted');
    const start = pos(text, entries.sen);
    const end = pos(text, entries.chambers, entries.chambers.length);
    expect(actions[0]).toEqual({
      title: 'Sort the reference list alphabetically',
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start, end }, newText: `${entries.alkire}\n- ${entries.chambers}\n- ${entries.sen}` }] } },
    });
    const after = await applyAndRecheck(uri, text, actions[0]);
    expect(after.text).toBe(
      text.replace(`- ${entries.sen}\n- ${entries.alkire}\n- ${entries.chambers}`, `- ${entries.alkire}\n- ${entries.chambers}\n- ${entries.sen}`),
    );
    expect(after.diagnostics).toEqual([]);
  });

  it("stats/table-mismatch: use the table's value", async () => {
    const text = [
      '# Results',
      '',
      'Table 2: Poverty rate in Central Java, 2019–2022',
      '',
      '| Year | Poor population | Poverty rate (%) |',
      '|---|---|---|',
      '| 2019 | 3,743,230 | 10.80 |',
      '| 2020 | 3,980,900 | 11.41 |',
      '| 2021 | 4,109,750 | 11.79 |',
      '',
      'As Table 2 shows, the poverty rate rose from 10.80% in 2019 to 11.14% in 2020.',
      '',
    ].join('\n');
    // A results chapter on its own: the project's thesislint.json marks it as a manuscript.
    ws.write('thesislint.json', '{}');
    const { uri, diagnostic, actions } = await fixesOf('table.md', text, 'stats/table-mismatch');
    expect(actions[0]).toEqual({
      title: "Use the table's value 11.41",
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: range(text, '11.14'), newText: '11.41' }] } },
    });
    const after = await applyAndRecheck(uri, text, actions[0]);
    expect(after.text).toContain('to 11.41% in 2020');
    expect(after.diagnostics).toEqual([]);
  });

  it('ignore this finding here: a LaTeX comment line above the finding, indented like it, that the suppression parser honours', async () => {
    const text = [
      '\\documentclass{article}',
      '\\begin{document}',
      '\\section{Pendahuluan}',
      '  Kemiskinan tetap menjadi tantangan (Sen, 2024).',
      '\\begin{thebibliography}{9}',
      '\\bibitem{sen} Sen, A. (2014). Development as freedom. Oxford University Press.',
      '\\end{thebibliography}',
      '\\end{document}',
      '',
    ].join('\n');
    const { uri, diagnostic, actions } = await fixesOf('ignore.tex', text, 'citation/year-mismatch', 'latex');
    const ignore = actions.find((a) => a.title === 'Ignore citation/year-mismatch here');
    expect(ignore).toEqual({
      title: 'Ignore citation/year-mismatch here',
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [uri]: [
            {
              range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
              newText: '  % thesislint-disable-next-line citation/year-mismatch\n',
            },
          ],
        },
      },
    });
    // The engine honours the inserted comment: the finding is gone, and the comment is not reported as unused.
    const after = await applyAndRecheck(uri, text, ignore!);
    expect(after.text).toBe(text.replace('  Kemiskinan', '  % thesislint-disable-next-line citation/year-mismatch\n  Kemiskinan'));
    expect(after.diagnostics).toEqual([]);
  });

  it('references/duplicate: removes the second listing with its line, preferred, and the list checks clean', async () => {
    const text = [
      '# Pendahuluan',
      '',
      'Kemiskinan adalah perampasan kapabilitas (Sen, 1999).',
      '',
      '# Daftar Pustaka',
      '',
      '- Sen, A. (1999). *Development as freedom*. Oxford University Press.',
      '- Sen, A. (1999). *Development as freedom*. Oxford University Press.',
      '- Todaro, M. P. (2015). *Economic development*. Pearson.',
      '',
    ].join('\n');
    const withTodaro = text.replace('(Sen, 1999).', '(Sen, 1999; Todaro, 2015).');
    const { uri, diagnostic, actions } = await fixesOf('duplicate.md', withTodaro, 'references/duplicate');
    expect(actions[0]).toEqual({
      title: 'Remove this duplicate entry',
      kind: 'quickfix',
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } }, newText: '' }] } },
    });
    const after = await applyAndRecheck(uri, withTodaro, actions[0]);
    expect(after.text).toBe(withTodaro.replace('- Sen, A. (1999). *Development as freedom*. Oxford University Press.\n', ''));
    expect(after.diagnostics).toEqual([]);
  });

  it('citation/year-mismatch in LaTeX: "Change the year" is the preferred fix, as in Markdown', async () => {
    const text = [
      '\\documentclass{article}',
      '\\begin{document}',
      'Menurut Ansell dan Gash~(2007), kolaborasi penting.',
      '\\begin{thebibliography}{9}',
      '\\bibitem[Ansell and Gash(2008)]{ansell} Ansell, C., \\& Gash, A. (2008). Collaborative governance in theory and practice.',
      '\\end{thebibliography}',
      '\\end{document}',
      '',
    ].join('\n');
    const { uri, actions } = await fixesOf('year.tex', text, 'citation/year-mismatch', 'latex');
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Change the year to 2008', true],
      ["Change the reference list entry's year to 2007", false],
      ['Ignore citation/year-mismatch here', false],
    ]);
    const after = await applyAndRecheck(uri, text, actions[0]);
    expect(after.text).toContain('Gash~(2008)');
    expect(after.diagnostics).toEqual([]);
  });
});
