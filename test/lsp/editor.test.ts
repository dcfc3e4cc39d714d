// The editor at thesis scale and its polite defaults (issue 15): an outdated check is abandoned and
// the newest text wins; thesislint activates only where a manuscript is; thesislint.enable and
// thesislint.run; "Author, Year" completion only where a citation is being written; pull
// diagnostics; hover and outline of bibliography entries.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompletionItem, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { InProcessSession } from './inProcessSession';
import { Session } from './session';
import { pos } from './features/helpers';
import { docsUrl, makeSourceFile, textReason, type CheckResult, type FileHost, type ManuscriptSpec } from '../../server/src/engine/index';
import { CHECK_DELAY_MS, MAX_CHECK_DELAY_MS } from '../../server/src/lsp/server';

let dir: string;
const file = (name: string) => path.join(dir, name).replace(/\\/g, '/');
const uri = (name: string) => URI.file(file(name)).toString();
const write = (name: string, text: string) => {
  fs.mkdirSync(path.dirname(file(name)), { recursive: true });
  fs.writeFileSync(file(name), text);
};

const WRONG_YEAR = [
  '# Pendahuluan',
  '',
  'Kemiskinan tetap menjadi tantangan (Sen, A., 2024).',
  '',
  '# Daftar Pustaka',
  '',
  '- Sen, A. (2014). *Development as freedom*.',
  '',
].join('\n');

/** Busy for `ms`: a slice of a slow check. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

describe('coalescing: the newest text wins', () => {
  let session: InProcessSession;
  const started: string[] = [];
  const finished: string[] = [];
  /** How many slices of 10 ms the scripted check takes (20 unless a test says otherwise). */
  let slices = 20;
  /** A slow scripted check in slices of 10 ms; one `test/err` finding on the text's word. */
  function* slowCheck(spec: ManuscriptSpec, host: FileHost): Generator<string, CheckResult, void> {
    const text = host.readFile(spec.files[0]) ?? '';
    started.push(text);
    for (let i = 0; i < slices; i++) {
      busy(10);
      yield 'slice';
    }
    finished.push(text);
    const word = /ERR (\w+)/.exec(text);
    const findings = word
      ? [
          {
            code: 'test/err',
            severity: 'error' as const,
            docs: docsUrl('test/err'),
            message: `bad ${word[1]}`,
            file: spec.files[0],
            start: word.index + 4,
            end: word.index + 4 + word[1].length,
          },
        ]
      : [];
    return { spec, findings, files: new Map([[spec.files[0], makeSourceFile(spec.files[0], text)]]) } as unknown as CheckResult;
  }

  beforeEach(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-editor-')));
    write('thesislint.json', '{}');
    started.length = 0;
    finished.length = 0;
    slices = 20;
    session = new InProcessSession(10_000, undefined, slowCheck);
    await session.initialize();
  });
  afterEach(() => {
    session.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('abandons the checks that newer edits overtake while the newest text can still be checked in time, and publishes only the last text', async () => {
    // A check of 50 ms: abandoning one for the newest text keeps every change within STALE_BUDGET_MS.
    slices = 5;
    await session.open(uri('bab1.md'), 'ERR v1\n');
    expect((await session.published(uri('bab1.md'), 1)).diagnostics.map((d) => d.message)).toEqual(['bad v1']);
    // Each edit comes while the check of the one before is running (after the short wait a
    // slow manuscript gets), and overtakes it.
    for (let version = 2; version <= 4; version++) {
      await session.change(uri('bab1.md'), version, `ERR v${version}\n`);
      if (version === 2) while (!started.includes('ERR v2\n')) await new Promise((resolve) => setTimeout(resolve, 2));
      else await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const last = await session.published(uri('bab1.md'), 4);
    expect(last.diagnostics.map((d) => d.message)).toEqual(['bad v4']);
    // Nothing was published for an outdated text, and only the first and the last check ran to their end.
    expect(session.drain()).toEqual([]);
    expect(finished).toEqual(['ERR v1\n', 'ERR v4\n']);
    expect(started).toContain('ERR v2\n');
  });

  it('lets an overtaken check finish when abandoning it would leave a change without diagnostics past STALE_BUDGET_MS, then checks the newest text', async () => {
    // A check of 200 ms, edits every 60 ms: abandoning would cover the first edit only after a
    // pause and a whole check of the newest text (> 250 ms).
    await session.open(uri('bab1.md'), 'ERR v1\n');
    await session.published(uri('bab1.md'), 1);
    for (let version = 2; version <= 6; version++) {
      await session.change(uri('bab1.md'), version, `ERR v${version}\n`);
      if (version === 2) while (!started.includes('ERR v2\n')) await new Promise((resolve) => setTimeout(resolve, 2));
      else await new Promise((resolve) => setTimeout(resolve, 60));
    }
    const last = await session.published(uri('bab1.md'), 6);
    expect(last.diagnostics.map((d) => d.message)).toEqual(['bad v6']);
    // The check of v2 was let finish and published as v2 (the version it read), not as a newer one.
    expect(finished.slice(0, 2)).toEqual(['ERR v1\n', 'ERR v2\n']);
    const published = session.drain().filter((p) => p.uri === uri('bab1.md'));
    expect(published.length).toBeGreaterThan(0);
    for (const p of published) expect(p.diagnostics.map((d) => d.message)).toEqual([`bad v${p.version}`]);
    // Versions typed while a check ran were never checked on their own: the newest text was.
    expect(finished.length).toBeLessThan(6);
    expect(finished[finished.length - 1]).toBe('ERR v6\n');
  });

  it('checks an edit made after the last diagnostics came at once, and waits for a pause only while edits come faster than its checks', async () => {
    await session.open(uri('bab1.md'), 'ERR v1\n');
    await session.published(uri('bab1.md'), 1);
    // The waits the server sets for its checks (its only timers while a change is handled).
    const waits: number[] = [];
    const original = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      return original(fn, ms);
    }) as typeof setTimeout);
    try {
      // An edit with nothing on its way: no wait for a pause (CHECK_DELAY_MS).
      await session.change(uri('bab1.md'), 2, 'ERR v2\n');
      while (!started.includes('ERR v2\n')) await new Promise((resolve) => original(resolve, 2));
      const first = waits.filter((w) => w <= MAX_CHECK_DELAY_MS);
      expect(first).toContain(CHECK_DELAY_MS);
      expect(first.some((w) => w > CHECK_DELAY_MS)).toBe(false);
      // The next edit comes while that check is on its way: typing, so it waits a quarter of a check (≥ 200 ms here).
      await session.change(uri('bab1.md'), 3, 'ERR v3\n');
      expect((await session.published(uri('bab1.md'), 3)).diagnostics.map((d) => d.message)).toEqual(['bad v3']);
      expect(
        waits
          .filter((w) => w <= MAX_CHECK_DELAY_MS)
          .slice(first.length)
          .some((w) => w >= 50),
      ).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('activation, settings, completion and pull diagnostics over stdio', () => {
  let session: Session;
  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-editor-')));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await session?.dispose();
  });

  /** Opens `name` and returns the first diagnostics published for it. */
  async function openFirst(name: string, text: string, languageId = 'markdown') {
    write(name, text);
    await session.open(uri(name), text, languageId);
    return session.nextDiagnostics(uri(name), 15_000);
  }

  it('checks manuscripts only: not a README, yes with a reference-list heading, a declared bibliography, a LaTeX root, a project or a thesislint.json', async () => {
    session = new Session();
    await session.initialize();
    const prose = 'Kemiskinan tetap menjadi tantangan (Sen, A., 2024).\n';
    // A README that cites like a thesis but is none: nothing to show.
    expect(await openFirst('readme/README.md', `# thesislint\n\n${prose}`)).toEqual([]);
    expect(await openFirst('notes/ideas.md', `# Ideas\n\n${prose}`)).toEqual([]);
    // A Word export with its reference list.
    expect((await openFirst('skripsi/skripsi.md', WRONG_YEAR)).map((d) => d.code)).toEqual(['citation/year-mismatch']);
    // Front matter declaring a bibliography (one that is missing is reported).
    expect((await openFirst('artikel/artikel.md', `---\nbibliography: refs.bib\n---\n\n${prose}`)).map((d) => d.code)).toContain('bibliography/file-not-found');
    // A LaTeX root (here with its own thebibliography).
    const root = [
      '\\documentclass{article}',
      '\\begin{document}',
      prose,
      '\\begin{thebibliography}{9}',
      '\\bibitem{sen} Sen, A. (2014). Development as freedom.',
      '\\end{thebibliography}',
      '\\end{document}',
      '',
    ].join('\n');
    expect((await openFirst('tesis/main.tex', root, 'latex')).map((d) => d.code)).toEqual(['citation/year-mismatch']);
    // A results chapter with a table the text misquotes: nothing marks it as a manuscript on its own…
    const results = [
      '# Results',
      '',
      'Table 2: Poverty rate in Central Java, 2019–2021',
      '',
      '| Year | Poor population | Poverty rate (%) |',
      '|---|---|---|',
      '| 2019 | 3,743,230 | 10.80 |',
      '| 2020 | 3,980,900 | 11.41 |',
      '',
      'As Table 2 shows, the poverty rate rose from 10.80% in 2019 to 11.14% in 2020.',
      '',
    ].join('\n');
    expect(await openFirst('loose/results.md', results)).toEqual([]);
    // …but a chapter of a Quarto project is checked,
    write('buku/_quarto.yml', 'project:\n  type: book\nbook:\n  chapters:\n    - bab1.qmd\n');
    expect((await openFirst('buku/bab1.qmd', results, 'quarto')).map((d) => d.code)).toEqual(['stats/table-mismatch']);
    // and so is any document below a thesislint.json.
    write('proyek/thesislint.json', '{}');
    expect((await openFirst('proyek/bab1.md', results)).map((d) => d.code)).toEqual(['stats/table-mismatch']);
  });

  it('thesislint.enable: false shows nothing; thesislint.run: onSave checks on open and save, not on every change', async () => {
    let settings: Record<string, unknown> = { enable: false };
    session = new Session({ settings: () => settings });
    await session.initialize();
    expect(await openFirst('switch/skripsi.md', WRONG_YEAR)).toEqual([]);
    settings = { run: 'onSave' };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    expect((await session.nextDiagnostics(uri('switch/skripsi.md'), 15_000)).map((d) => d.code)).toEqual(['citation/year-mismatch']);
    const fixed = WRONG_YEAR.replace('2024', '2014');
    await session.change(uri('switch/skripsi.md'), 2, fixed);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(session.nothingQueuedFor(uri('switch/skripsi.md'))).toBe(true);
    write('switch/skripsi.md', fixed);
    await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uri('switch/skripsi.md') } });
    expect(await session.nextPublish(uri('switch/skripsi.md'), 15_000)).toEqual({ uri: uri('switch/skripsi.md'), version: 2, diagnostics: [] });
  });

  it('completes "Author, Year" after "(" only once a capital letter follows or when asked, and not when turned off', async () => {
    let settings: Record<string, unknown> = {};
    session = new Session({ settings: () => settings });
    await session.initialize();
    const text = WRONG_YEAR.replace('(Sen, A., 2024).', '(Sen, A., 2014). Angka kemiskinan (x');
    await openFirst('complete/skripsi.md', text);
    const complete = (needle: string, delta: number, context: { triggerKind: number; triggerCharacter?: string }) =>
      session.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: uri('complete/skripsi.md') },
        position: pos(text, needle, delta),
        context,
      });
    const labels = (items: CompletionItem[]) => items.map((i) => i.label);
    // "(" typed in prose: nothing pops up (a trigger character would not even be sent by the client).
    expect(await complete('kemiskinan (x', 12, { triggerKind: 2, triggerCharacter: '(' })).toEqual([]);
    // A lower-case word after "(": typing, not a citation.
    expect(await complete('kemiskinan (x', 13, { triggerKind: 3 })).toEqual([]);
    // A capital letter after "(", sent as a trigger character.
    const capital = text.replace('(x', '(S');
    await session.change(uri('complete/skripsi.md'), 2, capital);
    await session.nextPublish(uri('complete/skripsi.md'), 15_000);
    expect(
      labels(
        await session.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri: uri('complete/skripsi.md') },
          position: pos(capital, 'kemiskinan (S', 13),
          context: { triggerKind: 2, triggerCharacter: 'S' },
        }),
      ),
    ).toEqual(['Sen, 2014']);
    // Asked for explicitly right after "(".
    expect(labels(await complete('kemiskinan (x', 12, { triggerKind: 1 }))).toEqual(['Sen, 2014']);
    // Turned off.
    settings = { completion: { authorYear: false } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await session.nextPublish(uri('complete/skripsi.md'), 15_000);
    expect(await complete('kemiskinan (x', 12, { triggerKind: 1 })).toEqual([]);
  });

  it('answers textDocument/diagnostic for a client that pulls, and does not push for its open documents', async () => {
    session = new Session({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    const init = await session.initialize();
    expect(init.capabilities.diagnosticProvider).toEqual({ interFileDependencies: true, workspaceDiagnostics: false });
    write('pull/skripsi.md', WRONG_YEAR);
    await session.open(uri('pull/skripsi.md'), WRONG_YEAR);
    const report = await session.connection.sendRequest<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', {
      textDocument: { uri: uri('pull/skripsi.md') },
    });
    expect(report.kind).toBe('full');
    expect(report.items.map((d) => d.code)).toEqual(['citation/year-mismatch']);
    // The report is of the newest text: a change, then a pull, gives that text's diagnostics.
    await session.change(uri('pull/skripsi.md'), 2, WRONG_YEAR.replace('2024', '2014'));
    const after = await session.connection.sendRequest<{ kind: string; items: unknown[] }>('textDocument/diagnostic', {
      textDocument: { uri: uri('pull/skripsi.md') },
    });
    expect(after).toEqual({ kind: 'full', items: [] });
    expect(session.nothingQueuedFor(uri('pull/skripsi.md'))).toBe(true);
  });

  it('hovers a bibliography entry with where it is cited, and outlines a .bib file by entry', async () => {
    session = new Session();
    await session.initialize();
    const bib =
      '@book{sen1999,\n  author = {Sen, Amartya},\n  title = {Development as Freedom},\n  year = {1999}\n}\n\n@book{chambers1983,\n  author = {Chambers, Robert},\n  title = {Rural Development},\n  year = {1983}\n}\n';
    write('hover/refs.bib', bib);
    const chapter = '---\nbibliography: refs.bib\n---\n\n# Pendahuluan\n\nKemiskinan adalah perampasan kapabilitas [@sen1999].\n';
    await openFirst('hover/bab1.md', chapter);
    await session.open(uri('hover/refs.bib'), bib, 'bibtex');
    const hover = (needle: string) =>
      session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri('hover/refs.bib') }, position: pos(bib, needle) });
    expect(((await hover('Development'))?.contents as { value: string }).value).toBe(
      '**Cited once:**\n\n- bab1.md:7 — Kemiskinan adalah perampasan kapabilitas \\[@sen1999\\].',
    );
    expect(((await hover('Rural'))?.contents as { value: string }).value).toBe('**Not cited** anywhere in the manuscript.');
    const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri('hover/refs.bib') } });
    expect(symbols.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line, s.selectionRange.start])).toEqual([
      ['sen1999', 'Sen, A. (1999) Development as Freedom', 0, 4, pos(bib, 'sen1999')],
      ['chambers1983', 'Chambers, R. (1983) Rural Development', 6, 10, pos(bib, 'chambers1983')],
    ]);
  });
});

describe('what a manuscript text shows (engine/activation.ts)', () => {
  it.each([
    ['markdown', '# thesislint\n\nA consistency checker.\n', undefined],
    ['markdown', '# Bab I\n\nTeks.\n\n## DAFTAR PUSTAKA\n\n- Sen, A. (1999).\n', 'reference-heading'],
    ['markdown', '**Daftar Pustaka**\n\n- Sen, A. (1999).\n', 'reference-heading'],
    ['markdown', 'REFERENCES\n\nSen, A. (1999).\n', 'reference-heading'],
    ['markdown', '---\ntitle: Skripsi\nbibliography: [refs.bib]\n---\n\nTeks.\n', 'bibliography'],
    ['markdown', '---\ntitle: Notes\n---\n\nbibliography: not in front matter\n', undefined],
    ['latex', '\\documentclass{report}\n\\begin{document}\n\\end{document}\n', 'latex-root'],
    ['latex', '\\chapter{Pendahuluan}\nTeks \\cite{sen}.\n\\bibliography{refs}\n', 'bibliography'],
    ['latex', '\\chapter*{Daftar Pustaka}\n', 'reference-heading'],
    ['latex', '\\section{Hasil}\nTeks.\n', undefined],
    ['markdown', '# Catatan\n\nPersediaan dan transportasi terintegrasi [@bertazzi2008; @coelho2014].\n', 'citations'],
    ['markdown', '# Notes\n\nAs argued [see @sen1999, p. 3].\n', 'citations'],
    ['markdown', '# thesislint\n\nWrite to [the maintainers at team@example.org] or @someone on GitHub.\n', undefined],
  ] as const)('%s %j → %s', (markup, text, reason) => {
    expect(textReason(text, markup)).toBe(reason);
  });
});
