// The server's document/manuscript bookkeeping, in process, with a scripted engine: which files
// get diagnostics when, and what happens when the engine throws. The real engine is covered by
// server.test.ts; here its findings are spelled out in the documents themselves:
//   "ERR word"      -> an error finding on `word`
//   "CITE name.bib" -> the manuscript reads name.bib; each "BAD" in it is a warning there
//   "THROW"         -> the check throws
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { InProcessSession } from './inProcessSession';
import { docsUrl, makeSourceFile, type CheckResult, type FileHost, type Finding, type ManuscriptSpec, type SourceFile } from '../../server/src/engine/index';
import { latexIncludeCandidates } from '../../server/src/engine/project';

/** The scripted engine: what the server does with findings, whatever the engine finds. */
function scriptedCheck(spec: ManuscriptSpec, files: FileHost): CheckResult {
  const sources = new Map<string, SourceFile>();
  const out: Finding[] = [];
  const add = (code: string, severity: Finding['severity'], file: string, start: number, length: number, message: string) =>
    out.push({ code, severity, docs: docsUrl(code), message, file, start, end: start + length });
  for (const file of spec.files) {
    const text = files.readFile(file) ?? '';
    if (text.includes('THROW')) throw new Error('scripted failure');
    sources.set(file, makeSourceFile(file, text));
    for (const m of text.matchAll(/ERR (\w+)/g)) add('test/err', 'error', file, m.index! + 4, m[1].length, `bad ${m[1]}`);
    for (const m of text.matchAll(/CITE (\S+\.bib)/g)) {
      const bib = latexIncludeCandidates(path.posix.dirname(file), path.posix.dirname(file), m[1])[0];
      const bibText = files.readFile(bib) ?? '';
      sources.set(bib, makeSourceFile(bib, bibText));
      for (const b of bibText.matchAll(/BAD/g)) add('test/bad-entry', 'warning', bib, b.index!, 3, 'bad entry');
    }
  }
  // The server reads spec, findings and files of a result; the rest is the real engine's business.
  return { spec, findings: out, files: sources } as unknown as CheckResult;
}

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);

let dir: string;
let session: InProcessSession;
const file = (name: string) => path.join(dir, name).replace(/\\/g, '/');
const uri = (name: string) => URI.file(file(name)).toString();
const write = (name: string, text: string) => fs.writeFileSync(file(name), text);

beforeEach(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-books-')));
  // A project (see activation.ts): its documents are checked whatever they hold.
  write('thesislint.json', '{}');
  session = new InProcessSession(3000, scriptedCheck);
  await session.initialize();
});
afterEach(() => {
  session.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('server bookkeeping', () => {
  it('turns an engine exception into one internal/check-failed warning and logs the stack', async () => {
    await session.open(uri('a.md'), 'THROW\n');
    expect(await session.next(uri('a.md'))).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 2,
        code: 'internal/check-failed',
        codeDescription: { href: 'https://github.com/thesislint/thesislint/blob/main/docs/codes.md#internal-check-failed' },
        source: 'thesislint',
        message: 'thesislint could not check this manuscript: scripted failure',
      },
    ]);
    expect(session.log.join('\n')).toMatch(/scripted failure\n\s+at /);
    await session.change(uri('a.md'), 2, 'ERR fine\n');
    expect(summary(await session.next(uri('a.md')))).toEqual(['test/err@0:4']);
  });

  it('publishes a shared bibliography once, and clears it when the last user closes', async () => {
    write('refs.bib', '@book{x,}\nBAD\n');
    write('a.md', 'CITE refs.bib\n');
    write('b.md', 'CITE refs.bib\n');
    await session.open(uri('a.md'), 'CITE refs.bib\n');
    expect(summary(await session.next(uri('refs.bib')))).toEqual(['test/bad-entry@1:0']);
    await session.open(uri('b.md'), 'CITE refs.bib\n');
    await session.next(uri('b.md'));
    await session.close(uri('a.md'));
    await session.close(uri('b.md'));
    expect(await session.next(uri('refs.bib'))).toEqual([]);
    // The b.md check found refs.bib unchanged, so it was not published a second time.
    expect(session.drain().filter((p) => p.uri === uri('refs.bib'))).toEqual([]);
  });

  it('re-checks the manuscripts that use an open bibliography as it is edited', async () => {
    write('refs.bib', 'BAD\n');
    await session.open(uri('a.md'), 'CITE refs.bib\n');
    expect(summary(await session.next(uri('refs.bib')))).toEqual(['test/bad-entry@0:0']);
    await session.open(uri('refs.bib'), 'BAD\n', 'bibtex');
    await session.change(uri('refs.bib'), 2, 'good\n');
    let published: Diagnostic[];
    do published = await session.next(uri('refs.bib'));
    while (published.length > 0);
    // Closing the editor falls back to the disk, which still has the bad entry.
    await session.close(uri('refs.bib'));
    expect(summary(await session.next(uri('refs.bib')))).toEqual(['test/bad-entry@0:0']);
  });

  it('re-checks when a bibliography changes on disk', async () => {
    write('refs.bib', 'fine\n');
    await session.open(uri('a.md'), 'CITE refs.bib\n');
    expect(await session.next(uri('a.md'))).toEqual([]);
    write('refs.bib', 'BAD\n');
    await session.filesChanged([{ uri: uri('refs.bib'), type: 2 }]);
    expect(summary(await session.next(uri('refs.bib')))).toEqual(['test/bad-entry@0:0']);
  });

  it('moves a document into a project when a project file appears', async () => {
    write('a.md', 'intro\n');
    write('c.md', 'ERR chapter\n');
    await session.open(uri('a.md'), 'intro\n');
    expect(await session.next(uri('a.md'))).toEqual([]);
    write('_quarto.yml', 'book:\n  chapters: [a.md, c.md]\n');
    await session.filesChanged([{ uri: uri('_quarto.yml'), type: 1 }]);
    expect(summary(await session.next(uri('c.md')))).toEqual(['test/err@0:4']);
  });

  it('keeps disk-based diagnostics for a closed chapter of a project that is still open', async () => {
    write('_quarto.yml', 'book:\n  chapters: [a.md, c.md]\n');
    write('a.md', 'intro\n');
    write('c.md', 'ERR saved\n');
    await session.open(uri('a.md'), 'intro\n');
    await session.open(uri('c.md'), 'ERR saved\nERR unsaved\n');
    let published: Diagnostic[];
    do published = await session.next(uri('c.md'));
    while (published.length !== 2);
    await session.close(uri('c.md'));
    expect(summary(await session.next(uri('c.md')))).toEqual(['test/err@0:4']);
    await session.close(uri('a.md'));
    expect(await session.next(uri('c.md'))).toEqual([]);
  });

  it('clears a standalone document when it closes', async () => {
    await session.open(uri('a.md'), 'ERR x\n');
    expect(summary(await session.next(uri('a.md')))).toEqual(['test/err@0:4']);
    await session.close(uri('a.md'));
    expect(await session.next(uri('a.md'))).toEqual([]);
  });

  it('ignores documents that are not files', async () => {
    await session.open('untitled:Untitled-1', 'ERR x\n');
    await session.open(uri('a.md'), 'ERR y\n');
    await session.next(uri('a.md'));
    expect(session.drain().map((p) => p.uri)).toEqual([]);
  });
});
