// The language server reads a long single Markdown file as segments (engine/segments.ts). What
// the editor sees must not tell: diagnostics, hovers, definitions, references, code lenses, the
// outline and quick fixes are exactly those of a server that reads the file whole — before and
// after an edit in one chapter.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { writeSingleMarkdown } from '../../server/src/bench/material';
import { InProcessSession } from './inProcessSession';

const REPO = path.resolve(__dirname, '../..');

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('a one-file thesis read as segments, through the language server', () => {
  let dir: string;
  let file: string;
  let uri: string;
  let text: string;
  const sessions: InProcessSession[] = [];
  let segmented: InProcessSession;
  let whole: InProcessSession;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-lsp-segments-'));
    file = writeSingleMarkdown(REPO, dir, 14_000).root;
    uri = pathToFileURL(file).href;
    text = fs.readFileSync(file, 'utf8');
    segmented = new InProcessSession(60_000);
    whole = new InProcessSession(60_000);
    whole.server.parseCache.segmentMinChars = undefined;
    sessions.push(segmented, whole);
    for (const s of sessions) await s.initialize();
  }, 60_000);

  afterAll(() => {
    for (const s of sessions) s.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const ask = async <T>(method: string, params: (doc: { uri: string }) => object): Promise<[T, T]> => {
    const answers = await Promise.all(sessions.map((s) => s.client.sendRequest<T>(method, params({ uri }))));
    return [answers[0], answers[1]];
  };

  /** Every feature at the places that matter, asked of both servers: the answers must be equal. */
  async function compareFeatures(current: string, diagnostics: Diagnostic[]): Promise<void> {
    const third = [...current.matchAll(/^# /gm)][2].index!;
    const citation = /\([A-Z][a-z]+(?: et al\.| dkk\.)?, \d{4}\)/.exec(current.slice(third))!;
    const cited = third + citation.index + 2;
    const references = current.indexOf('# DAFTAR PUSTAKA');
    const entry = current.indexOf('\n\n', references) + 5;
    for (const offset of [cited, entry, third + 2]) {
      const position = positionOf(current, offset);
      const [hoverA, hoverB] = await ask('textDocument/hover', (doc) => ({ textDocument: doc, position }));
      expect(hoverA).toEqual(hoverB);
      const [defA, defB] = await ask('textDocument/definition', (doc) => ({ textDocument: doc, position }));
      expect(defA).toEqual(defB);
      const [refA, refB] = await ask('textDocument/references', (doc) => ({ textDocument: doc, position, context: { includeDeclaration: true } }));
      expect(refA).toEqual(refB);
    }
    const [hoverCited] = await ask<{ contents: { value: string } } | null>('textDocument/hover', (doc) => ({
      textDocument: doc,
      position: positionOf(current, entry),
    }));
    // The entry hover names the real file and line of each citation.
    expect(hoverCited?.contents.value ?? '').not.toContain('§');
    const [lensesA, lensesB] = await ask<unknown[]>('textDocument/codeLens', (doc) => ({ textDocument: doc }));
    expect(lensesA.length).toBeGreaterThan(5);
    expect(lensesA).toEqual(lensesB);
    const [symbolsA, symbolsB] = await ask<unknown[]>('textDocument/documentSymbol', (doc) => ({ textDocument: doc }));
    expect(symbolsA.length).toBeGreaterThan(2);
    expect(symbolsA).toEqual(symbolsB);
    let fixes = 0;
    for (const d of diagnostics) {
      const [actionsA, actionsB] = await ask<unknown[]>('textDocument/codeAction', (doc) => ({
        textDocument: doc,
        range: d.range,
        context: { diagnostics: [d] },
      }));
      expect(actionsA).toEqual(actionsB);
      fixes += actionsA.length;
    }
    expect(fixes).toBeGreaterThan(0);
  }

  it('publishes the same diagnostics and answers every feature alike, before and after an edit in one chapter', async () => {
    for (const s of sessions) await s.open(uri, text);
    const [first, firstWhole] = await Promise.all(sessions.map((s) => s.published(uri, 1)));
    expect(segmented.server.parseCache.paths().filter((p) => p.includes('§')).length).toBeGreaterThanOrEqual(3);
    expect(whole.server.parseCache.paths().some((p) => p.includes('§'))).toBe(false);
    expect(first.diagnostics.length).toBeGreaterThan(0);
    expect(first.diagnostics).toEqual(firstWhole.diagnostics);
    await compareFeatures(text, first.diagnostics);

    // A figure changed in the third chapter: a new finding there, positions after it unchanged in kind.
    const third = [...text.matchAll(/^# /gm)][2].index!;
    const number = /\d+,\d/.exec(text.slice(third))!;
    const at = third + number.index;
    const edited = text.slice(0, at) + '9' + text.slice(at + 1);
    for (const s of sessions) await s.change(uri, 2, edited);
    const [second, secondWhole] = await Promise.all(sessions.map((s) => s.published(uri, 2)));
    expect(second.diagnostics).toEqual(secondWhole.diagnostics);
    expect(second.diagnostics).not.toEqual(first.diagnostics);
    await compareFeatures(edited, second.diagnostics);
  }, 240_000);
});
