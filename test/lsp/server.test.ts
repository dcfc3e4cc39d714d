// End-to-end tests of the bundled language server (run `node scripts/build.mjs` first).
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { SERVER_BIN, SERVER_BUNDLE, Session, withTimeout } from './session';

const YEAR_MISMATCH_DOCS = 'https://github.com/thesislint/thesislint/blob/main/docs/codes.md#citation-year-mismatch';

const WRONG_YEAR = [
  '# Pendahuluan',
  '',
  'Kemiskinan tetap menjadi tantangan (Sen, A., 2024).',
  '',
  '# Daftar Pustaka',
  '',
  '- Sen, A. (2014). *Development as freedom*. Oxford University Press.',
  '',
].join('\n');
const RIGHT_YEAR = WRONG_YEAR.replace('2024', '2014');

/** The diagnostic the server must publish for `text`'s "2024" (positions located from the text itself). */
function expectedYearMismatch(text: string, uri: string, severity = 1) {
  const file = URI.parse(uri).fsPath;
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('(Sen, A., 2024)'));
  const character = lines[line].indexOf('2024');
  const entryLine = lines.findIndex((l) => l.startsWith('- Sen, A. (2014)'));
  const entryText = lines[entryLine].slice(2);
  const entryStart = text.indexOf(entryText);
  return {
    range: { start: { line, character }, end: { line, character: character + 4 } },
    severity,
    code: 'citation/year-mismatch',
    codeDescription: { href: YEAR_MISMATCH_DOCS },
    source: 'thesislint',
    message: 'Cited year 2024 does not match the reference list entry Sen, A. (2014): expected 2014 in (Sen, A., 2024)',
    relatedInformation: [
      {
        location: { uri, range: { start: { line: entryLine, character: 2 }, end: { line: entryLine, character: 2 + entryText.length } } },
        message: 'listed with year 2014',
      },
    ],
    data: {
      citedYear: '2024',
      expectedYear: '2014',
      entry: { file, start: entryStart, end: entryStart + entryText.length, origin: 'list', year: '2014', authors: ['Sen'] },
    },
  };
}

let tempDir: string;
const uriOf = (name: string) => URI.file(path.join(tempDir, name)).toString();

beforeAll(() => {
  tempDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-lsp-')));
});
afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describe('language server over stdio', () => {
  let session: Session;
  let initializeResult: InitializeResult;
  beforeAll(async () => {
    session = new Session();
    initializeResult = await session.initialize();
  });
  afterAll(() => session.dispose());
  afterAll(() => expect(session.protocolErrors).toEqual([]));

  it('announces incremental document sync', () => {
    expect(initializeResult.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2, save: { includeText: false } });
    expect(initializeResult.capabilities.diagnosticProvider).toEqual({ interFileDependencies: true, workspaceDiagnostics: false });
    // Every command the server's code lenses name, so that any LSP client can run them.
    expect(initializeResult.capabilities.executeCommandProvider).toEqual({ commands: ['thesislint.showCitations'] });
    expect(initializeResult.serverInfo?.name).toBe('thesislint');
  });

  it('watches bibliographies, chapters and project files when the client allows it', async () => {
    // The registration is sent after `initialized`; any later round trip guarantees it arrived.
    await session.connection.sendRequest('thesislint/no-such-request').catch(() => undefined);
    expect(session.registrations).toEqual([
      {
        id: expect.any(String),
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: { watchers: [{ globPattern: '**/*.{md,markdown,qmd,rmd,tex,ltx,Rmd,bib,json,yaml,yml}' }] },
      },
    ]);
  });

  it('publishes a citation year mismatch and clears it once fixed', async () => {
    const uri = uriOf('mismatch.md');
    await session.open(uri, WRONG_YEAR);
    const published = await session.nextPublish(uri);
    expect(published).toEqual({ uri, version: 1, diagnostics: [expectedYearMismatch(WRONG_YEAR, uri)] });

    await session.change(uri, 2, RIGHT_YEAR);
    expect(await session.nextPublish(uri)).toEqual({ uri, version: 2, diagnostics: [] });
    await session.close(uri);
  });

  it('tells the client what each check read and looked at (thesislint/checked), for its status bar', async () => {
    const uri = uriOf('checked.md');
    const checked = new Promise<unknown>((resolve) => {
      const subscription = session.connection.onNotification('thesislint/checked', (params: { root: string }) => {
        if (params.root !== uri) return;
        subscription.dispose();
        resolve(params);
      });
    });
    await session.open(uri, WRONG_YEAR);
    expect(await withTimeout(checked, 15000)).toEqual({
      root: uri,
      files: [uri],
      summary: {
        root: URI.parse(uri).fsPath,
        markup: 'markdown',
        files: [URI.parse(uri).fsPath],
        projectFiles: [],
        bibliographies: [],
        citations: { found: 1, checked: 1, resolved: 1 },
        referenceEntries: 1,
        referenceLists: 1,
        tables: 0,
        numericClaims: 0,
        reportedTests: 0,
        frameworks: [],
      },
      text: '1 file; 1 citation: all checked against 1 reference entry, 1 resolved; no tables, numeric claims or reported tests; no framework found',
      errors: 1,
      warnings: 0,
    });
    await session.close(uri);
  });

  it('checks only the newest version when edits arrive quickly', async () => {
    const uri = uriOf('typing.md');
    await session.open(uri, RIGHT_YEAR);
    for (let version = 2; version <= 20; version++) await session.change(uri, version, version % 2 ? RIGHT_YEAR : WRONG_YEAR);
    await session.change(uri, 21, WRONG_YEAR);
    // Every publish reflects a whole version; the last one is the newest text's.
    let last: PublishDiagnosticsParams;
    do last = await session.nextPublish(uri);
    while (last.version !== 21);
    expect(last.diagnostics).toEqual([expectedYearMismatch(WRONG_YEAR, uri)]);
    await session.close(uri);
    expect(await session.nextDiagnostics(uri)).toEqual([]);
  });

  it('publishes for chapters that are not open, and follows their changes on disk', async () => {
    const book = path.join(tempDir, 'book');
    fs.mkdirSync(book);
    fs.writeFileSync(path.join(book, '_quarto.yml'), 'project:\n  type: book\nbook:\n  chapters:\n    - index.md\n    - bab2.md\n');
    fs.writeFileSync(path.join(book, 'index.md'), '# Kata Pengantar\n\nTerima kasih.\n');
    fs.writeFileSync(path.join(book, 'bab2.md'), WRONG_YEAR);
    const indexUri = URI.file(path.join(book, 'index.md')).toString();
    const chapterUri = URI.file(path.join(book, 'bab2.md')).toString();

    await session.open(indexUri, fs.readFileSync(path.join(book, 'index.md'), 'utf8'));
    expect(await session.nextDiagnostics(chapterUri)).toEqual([expectedYearMismatch(WRONG_YEAR, chapterUri)]);
    expect(await session.nextDiagnostics(indexUri)).toEqual([]);

    fs.writeFileSync(path.join(book, 'bab2.md'), RIGHT_YEAR);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: chapterUri, type: 2 }] });
    expect(await session.nextDiagnostics(chapterUri)).toEqual([]);

    fs.writeFileSync(path.join(book, 'bab2.md'), WRONG_YEAR);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: chapterUri, type: 2 }] });
    expect(await session.nextDiagnostics(chapterUri)).toEqual([expectedYearMismatch(WRONG_YEAR, chapterUri)]);

    // Nothing of the book is open any more, so nothing of it may keep diagnostics.
    await session.close(indexUri);
    expect(await session.nextDiagnostics(chapterUri)).toEqual([]);
  });

  it('survives garbage and keeps answering', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const noise = Array.from({ length: 50_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
    const brackets = '({'.repeat(100_000);
    const noiseUri = uriOf('noise.md');
    const bracketsUri = uriOf('brackets.tex');
    await session.open(noiseUri, noise);
    await session.open(bracketsUri, brackets, 'latex');
    // Whatever the engine makes of these, each gets a (possibly empty) publish instead of a crash.
    await session.nextPublish(noiseUri, 30_000);
    await session.nextPublish(bracketsUri, 30_000);

    await expect(session.connection.sendRequest('thesislint/no-such-request')).rejects.toMatchObject({ code: -32601 });
    const uri = uriOf('after-garbage.md');
    await session.open(uri, WRONG_YEAR);
    expect(await session.nextDiagnostics(uri)).toEqual([expectedYearMismatch(WRONG_YEAR, uri)]);
    for (const u of [noiseUri, bracketsUri, uri]) await session.close(u);
    expect(session.child.exitCode).toBeNull();
  }, 60_000);

  it('shuts down cleanly on shutdown and exit', async () => {
    const exited = new Promise<number | null>((resolve) => session.child.once('exit', (code) => resolve(code)));
    await session.connection.sendRequest('shutdown');
    await session.connection.sendNotification('exit');
    expect(await withTimeout(exited, 3000)).toBe(0);
  });
});

describe('settings', () => {
  let settings: unknown = {};
  let session: Session;
  beforeAll(async () => {
    session = new Session({ settings: () => settings });
    await session.initialize();
  });
  afterAll(() => session.dispose());

  it('applies thesislint.severity from workspace/configuration and re-checks on change', async () => {
    const uri = uriOf('settings.md');
    settings = { severity: { 'citation/year-mismatch': 'warning' } };
    await session.open(uri, WRONG_YEAR);
    expect(await session.nextDiagnostics(uri)).toEqual([expectedYearMismatch(WRONG_YEAR, uri, 2)]);

    settings = { severity: { 'citation/year-mismatch': 'off' } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(await session.nextDiagnostics(uri)).toEqual([]);
  });
});

describe('settings without workspace/configuration', () => {
  it('reads them from initializationOptions, and does not watch files when the client does', async () => {
    const session = new Session({
      initializationOptions: { clientWatchesFiles: true, settings: { thesislint: { severity: { 'citation/year-mismatch': 'hint' } } } },
    });
    try {
      await session.initialize();
      const uri = uriOf('init-options.md');
      await session.open(uri, WRONG_YEAR);
      expect(await session.nextDiagnostics(uri)).toEqual([expectedYearMismatch(WRONG_YEAR, uri, 4)]);
      expect(session.registrations).toEqual([]);
    } finally {
      await session.dispose();
    }
  });

  it('takes pushed settings from didChangeConfiguration', async () => {
    const session = new Session({ initializationOptions: { lang: 'id' } });
    try {
      await session.initialize();
      const uri = uriOf('pushed.md');
      await session.open(uri, WRONG_YEAR);
      expect(await session.nextDiagnostics(uri)).toEqual([expectedYearMismatch(WRONG_YEAR, uri)]);
      await session.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { thesislint: { severity: { 'citation/year-mismatch': 'info' } } },
      });
      expect(await session.nextDiagnostics(uri)).toEqual([expectedYearMismatch(WRONG_YEAR, uri, 3)]);
    } finally {
      await session.dispose();
    }
  });
});

describe('starting the server', () => {
  it('runs from the bin script with --stdio and writes only protocol to stdout', async () => {
    const session = new Session({ script: SERVER_BIN });
    try {
      const result = await session.initialize();
      expect(result.capabilities.textDocumentSync).toBeDefined();
      const uri = uriOf('bin.md');
      await session.open(uri, WRONG_YEAR);
      expect(await session.nextDiagnostics(uri)).toEqual([expectedYearMismatch(WRONG_YEAR, uri)]);
      expect(session.protocolErrors).toEqual([]);
    } finally {
      await session.dispose();
    }
  });

  it('defaults to stdio when no transport is named', async () => {
    const session = new Session({ args: [] });
    try {
      await session.initialize();
      const uri = uriOf('no-args.md');
      await session.open(uri, WRONG_YEAR);
      expect(await session.nextDiagnostics(uri)).toEqual([expectedYearMismatch(WRONG_YEAR, uri)]);
    } finally {
      await session.dispose();
    }
  });

  it('speaks --node-ipc, as the VS Code client starts it', async () => {
    const child = fork(SERVER_BUNDLE, ['--node-ipc'], { silent: true });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const uri = uriOf('ipc.md');
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => params.uri === uri && resolve(params)),
    );
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: WRONG_YEAR } });
      expect((await withTimeout(published, 5000)).diagnostics).toEqual([expectedYearMismatch(WRONG_YEAR, uri)]);
      await connection.sendRequest('shutdown');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
