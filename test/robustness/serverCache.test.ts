// The language server's incremental work, in process with the real engine: an edit re-parses
// only the document that changed, the cache holds only files some manuscript reads, and the
// diagnostics are those of a check from scratch.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { InProcessSession } from '../lsp/inProcessSession';

const WAIT_MS = 10_000;

let dir: string;
let session: InProcessSession;
const file = (name: string) => path.join(dir, name).replace(/\\/g, '/');
const uri = (name: string) => URI.file(file(name)).toString();

beforeEach(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-cache-')));
  fs.writeFileSync(file('metadata.yaml'), 'bibliography: refs.bib\n');
  fs.writeFileSync(file('refs.bib'), '@book{sen1999, author = {Sen, Amartya}, title = {Development as Freedom}, year = {1999}}\n');
  fs.writeFileSync(file('01-pendahuluan.md'), '# Pendahuluan\n\nKemiskinan [@sen1999].\n');
  fs.writeFileSync(file('02-hasil.md'), '# Hasil\n\nTemuan [@putnam2000].\n');
  session = new InProcessSession(WAIT_MS);
  await session.initialize();
});
afterEach(() => {
  session.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the language server re-parses only what changed', () => {
  it('parses each file once, then only the edited document', async () => {
    const cache = session.server.parseCache;
    const text = fs.readFileSync(file('02-hasil.md'), 'utf8');
    await session.client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('02-hasil.md'), languageId: 'markdown', version: 1, text } });
    const first = await session.published(uri('02-hasil.md'), 1);
    expect(first.diagnostics.map((d) => d.code)).toEqual(['citation/missing-reference']);
    // Two chapters and the bibliography.
    expect(cache.stats.misses).toBe(3);
    expect(cache.paths().sort()).toEqual([file('01-pendahuluan.md'), file('02-hasil.md'), file('metadata.yaml'), file('refs.bib')].sort());

    for (let version = 2; version <= 4; version++) {
      const edited = text.replace('[@putnam2000]', version === 4 ? '[@sen1999]' : `[@putnam2000]${'!'.repeat(version)}`);
      await session.client.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri('02-hasil.md'), version },
        contentChanges: [{ text: edited }],
      });
      const after = await session.published(uri('02-hasil.md'), version);
      expect(after.diagnostics.map((d) => d.code)).toEqual(version === 4 ? [] : ['citation/missing-reference']);
      expect(cache.stats.misses, `after edit ${version - 1}`).toBe(3 + version - 1);
    }
  });

  it('keeps the syntax tree of the open document, parsed before four other chapters', async () => {
    for (let n = 3; n <= 6; n++) fs.writeFileSync(file(`0${n}-bab.md`), `# Bab ${n}\n\nIsi [@sen1999].\n`);
    const cache = session.server.parseCache;
    await session.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri('02-hasil.md'), languageId: 'markdown', version: 1, text: fs.readFileSync(file('02-hasil.md'), 'utf8') },
    });
    await session.published(uri('02-hasil.md'), 1);
    // Three trees of the chapters parsed last, and the open document's, so that its first edit is incremental.
    expect(cache.treePaths().sort()).toEqual([file('02-hasil.md'), file('04-bab.md'), file('05-bab.md'), file('06-bab.md')]);
  });

  it('forgets the files of a manuscript that is no longer open', async () => {
    const cache = session.server.parseCache;
    await session.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri('01-pendahuluan.md'), languageId: 'markdown', version: 1, text: fs.readFileSync(file('01-pendahuluan.md'), 'utf8') },
    });
    await session.published(uri('01-pendahuluan.md'), 1);
    expect(cache.size).toBeGreaterThan(0);
    await session.client.sendNotification('textDocument/didClose', { textDocument: { uri: uri('01-pendahuluan.md') } });
    await expect.poll(() => cache.size, { timeout: WAIT_MS }).toBe(0);
    expect(cache.treePaths()).toEqual([]);
  });
});
