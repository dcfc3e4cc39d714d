// Hovers over stdio: a citation shows its APA reference (.bib, formatted by citation-js) or its
// written reference-list entry, or why it resolves nowhere; a checked number shows the table
// cell; an abstract heading shows the framework coverage matrix. Also the report request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, Hover, Location } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import type { Session } from '../session';
import { openAndCheck, pos, range, startSession, Workspace } from './helpers';

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

const hover = (uri: string, text: string, needle: string, delta = 1, occurrence = 0) =>
  session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos(text, needle, delta, occurrence) });
const markdown = (value: string) => ({ kind: 'markdown', value });

describe('hover and completion on citations', () => {
  it('shows the APA reference of a .bib entry, and why an unknown key resolves nowhere', async () => {
    ws.write(
      'refs.bib',
      '@book{sen1999,\n  author = {Sen, Amartya},\n  title = {Development as Freedom},\n  publisher = {Oxford University Press},\n  year = {1999}\n}\n',
    );
    const text = [
      '---',
      'bibliography: refs.bib',
      '---',
      '',
      '# Introduction',
      '',
      'Poverty is a lack of freedom [@sen1999], measured in many ways [@alkire2011].',
      '',
    ].join('\n');
    ws.write('keys.md', text);
    const uri = ws.uri('keys.md');
    expect((await openAndCheck(session, uri, text)).map((d) => d.code)).toEqual(['citation/missing-reference']);
    expect(await hover(uri, text, 'sen1999')).toEqual({
      contents: markdown('Sen, A. (1999). Development as Freedom. Oxford University Press.\n\n*sen1999 — refs.bib:1*'),
      range: range(text, 'sen1999'),
    });
    expect(await hover(uri, text, 'alkire2011')).toEqual({
      contents: markdown('**No entry** for the key `alkire2011` in refs.bib.'),
      range: range(text, 'alkire2011'),
    });
    expect(await hover(uri, text, 'Poverty')).toBeNull();
  });

  const LIST = [
    '# BAB II TINJAUAN PUSTAKA',
    '',
    'Kemiskinan dipahami sebagai kurangnya kebebasan (Sen, 2014). Menurut Chambers (1983), orang miskin terjebak. Hal ini juga dibahas (Alkire, 2011).',
    '',
    '# DAFTAR PUSTAKA',
    '',
    'Chambers, R. (1983). *Rural development: Putting the last first*. Longman.',
    '',
    'Sen, A. (1999). *Development as freedom*. Oxford University Press.',
    '',
  ].join('\n');

  it('shows the written reference-list entry, the year it differs in, and a citation with no entry', async () => {
    ws.write('bab2.md', LIST);
    const uri = ws.uri('bab2.md');
    expect((await openAndCheck(session, uri, LIST)).map((d) => d.code)).toEqual(['citation/year-mismatch', 'citation/missing-reference']);
    expect(await hover(uri, LIST, 'Sen, 2014')).toEqual({
      contents: markdown(
        'Sen, A. (1999). Development as freedom. Oxford University Press.\n\n*reference list — bab2.md:9*\n\n**Year differs:** cited 2014, listed 1999.',
      ),
      range: range(LIST, 'Sen, 2014'),
    });
    expect(await hover(uri, LIST, 'Chambers (1983)')).toEqual({
      contents: markdown('Chambers, R. (1983). Rural development: Putting the last first. Longman.\n\n*reference list — bab2.md:7*'),
      range: range(LIST, 'Chambers (1983)'),
    });
    expect(await hover(uri, LIST, 'Alkire, 2011')).toEqual({
      contents: markdown('**No entry** in the reference list for Alkire (2011).'),
      range: range(LIST, 'Alkire, 2011'),
    });
  });

  it('goes from an author–year citation to its reference-list entry, and back', async () => {
    const uri = ws.uri('bab2.md');
    const entry = 'Sen, A. (1999). *Development as freedom*. Oxford University Press.';
    expect(await session.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: { uri }, position: pos(LIST, 'Sen, 2014', 2) })).toEqual(
      [{ uri, range: range(LIST, entry) }],
    );
    expect(
      await session.connection.sendRequest<Location[]>('textDocument/references', {
        textDocument: { uri },
        position: pos(LIST, entry, 3),
        context: { includeDeclaration: false },
      }),
    ).toEqual([{ uri, range: range(LIST, 'Sen, 2014') }]);
  });

  it('completes "Author, Year" inside parentheses from the reference list, and keys after [@', async () => {
    const uri = ws.uri('bab2.md');
    const typed = LIST.replace('(Alkire, 2011)', '(Alkire, 2011; Ch');
    await session.change(uri, 2, typed);
    const at = pos(typed, '; Ch', 4);
    const items = await session.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at });
    const replace = { start: pos(typed, '; Ch', 2), end: at };
    expect(items).toEqual([
      {
        label: 'Chambers, 1983',
        kind: 12,
        detail: 'Chambers, R. (1983)',
        documentation: 'Chambers, R. (1983). Rural development: Putting the last first. Longman.',
        sortText: 'chambers, 1983',
        filterText: 'Chambers, 1983',
        textEdit: { range: replace, newText: 'Chambers, 1983' },
      },
      {
        label: 'Sen, 1999',
        kind: 12,
        detail: 'Sen, A. (1999)',
        documentation: 'Sen, A. (1999). Development as freedom. Oxford University Press.',
        sortText: 'sen, 1999',
        filterText: 'Sen, 1999',
        textEdit: { range: replace, newText: 'Sen, 1999' },
      },
    ]);
    // Not in running prose outside parentheses.
    expect(await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: pos(typed, 'Kemiskinan', 4) })).toEqual([]);

    const keysUri = ws.uri('keys.md');
    const keysText = readFileSync(ws.path('keys.md'), 'utf8').replace('[@alkire2011]', '[@');
    await session.change(keysUri, 2, keysText);
    const keyAt = pos(keysText, '[@', 2);
    expect(await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: keysUri }, position: keyAt })).toEqual([
      {
        label: 'sen1999',
        kind: 18,
        detail: 'Sen, A. (1999)',
        documentation: 'Development as Freedom',
        sortText: 'sen1999',
        filterText: 'sen1999',
        textEdit: { range: { start: keyAt, end: keyAt }, newText: 'sen1999' },
      },
    ]);
  });
});

describe('hover on numbers and abstracts', () => {
  it('shows the table cell a number was compared with', async () => {
    const text = [
      '# Results',
      '',
      'Table 2: Poverty rate in Central Java, 2019–2022',
      '',
      '| Year | Poor population | Poverty rate (%) |',
      '|---|---|---|',
      '| 2019 | 3,743,230 | 10.80 |',
      '| 2020 | 3,980,900 | 11.41 |',
      '',
      'As Table 2 shows, the poverty rate rose from 10.80% in 2019 to 11.14% in 2020.',
      '',
    ].join('\n');
    // A results chapter on its own: the project's thesislint.json marks it as a manuscript.
    ws.write('thesislint.json', '{}');
    ws.write('table.md', text);
    const uri = ws.uri('table.md');
    await openAndCheck(session, uri, text);
    expect(await hover(uri, text, '11.14')).toEqual({
      contents: markdown(
        'Compared with **Table 2** (table.md, line 8)\n\n| row | column | value |\n|---|---|---|\n| 2020 | Poverty rate | 11.41 |\n\nThe text says 11.14; the table has 11.41.',
      ),
      range: range(text, '11.14'),
    });
    expect(await hover(uri, text, '10.80%', 1)).toEqual({
      contents: markdown(
        'Compared with **Table 2** (table.md, line 7)\n\n| row | column | value |\n|---|---|---|\n| 2019 | Poverty rate | 10.80 |\n\nThe text agrees with the table.',
      ),
      range: range(text, '10.80', 1),
    });
  });

  it("shows the framework coverage matrix on an abstract's heading", async () => {
    const fixture = join(__dirname, '..', '..', '..', 'fixtures', 'coverage', 'abstract-missing-dimension', 'md-en-edward-iii', 'thesis.md');
    const text = readFileSync(fixture, 'utf8');
    const uri = URI.file(fixture).toString();
    expect((await openAndCheck(session, uri, text)).map((d) => d.code)).toEqual(['coverage/abstract-missing-dimension']);
    expect(await hover(uri, text, '# Abstract', 3)).toEqual({
      contents: markdown(
        [
          '**Edward III (1980)** — framework coverage (✓ named, ~ hinted, ✗ absent)',
          '',
          '| Dimension | Abstract | the theory chapter | the methods chapter | the results | the conclusion |',
          '|---|:-:|:-:|:-:|:-:|:-:|',
          '| communication | ✓ | ✓ | ✗ | ✓ | ✓ |',
          '| resources | ✓ | ✓ | ~ | ✓ | ✓ |',
          '| disposition | ✗ | ✓ | ✗ | ✓ | ✓ |',
          '| bureaucratic structure | ✓ | ✓ | ✗ | ✓ | ✓ |',
        ].join('\n'),
      ),
      range: range(text, '# Abstract'),
    });

    const html = await session.connection.sendRequest<string>('thesislint/report', { uri });
    expect(html).toContain('<h1>thesislint report</h1>');
    expect(html).toContain('1 manuscript, 1 finding');
    expect(html).toContain('<h3>Framework coverage: Edward III (1980)</h3><table class="matrix"><tr><th>dimension</th><th>Abstract</th>');
    expect(html).toContain('<tr><th>disposition <small>(disposisi)</small> <small>— discussed in the results</small></th><td class="no" title="absent">–</td>');
    await session.close(uri);
  });
});
