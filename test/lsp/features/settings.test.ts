// The contributed settings reach the checks: `thesislint.bibliography` adds bibliography files
// (relative to the manuscript's folder) and `thesislint.frameworks` pins the frameworks whose
// coverage is checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { Session } from '../session';
import { openAndCheck, pos, Workspace } from './helpers';

let ws: Workspace;
let session: Session;
beforeAll(async () => {
  ws = new Workspace();
  session = new Session({ initializationOptions: { settings: { thesislint: { bibliography: ['refs.bib'], frameworks: ['servqual'] } } } });
  await session.initialize();
});
afterAll(async () => {
  await session.dispose();
  ws.dispose();
});

describe('settings', () => {
  it('thesislint.bibliography: citations are checked against the listed file', async () => {
    ws.write('refs.bib', '@book{sen1999,\n  author = {Sen, Amartya},\n  title = {Development as Freedom},\n  year = {1999}\n}\n');
    const text = '# Introduction\n\nPoverty is a lack of freedom [@sen1999; @nope2020].\n';
    ws.write('intro.md', text);
    const diagnostics = await openAndCheck(session, ws.uri('intro.md'), text);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['citation/missing-reference', 'Citation key "nope2020" is not in refs.bib']]);
  });

  it('thesislint.frameworks: coverage is judged against the pinned framework only', async () => {
    const fixture = join(__dirname, '..', '..', '..', 'fixtures', 'coverage', 'abstract-missing-dimension', 'md-en-edward-iii', 'thesis.md');
    const text = readFileSync(fixture, 'utf8');
    const uri = URI.file(fixture).toString();
    await openAndCheck(session, uri, text);
    const hover = await session.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(text, '# Abstract', 3) });
    expect((hover.contents as { value: string }).value.split('\n')[0]).toBe(
      '**SERVQUAL (Parasuraman, Zeithaml & Berry 1988)** — framework coverage (✓ named, ~ hinted, ✗ absent)',
    );
    await session.close(uri);
  });
});
