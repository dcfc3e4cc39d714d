// The language server reads a long single Markdown or LaTeX file as segments (engine/segments.ts,
// parse/latex.ts). What the editor sees must not tell: diagnostics, hovers, definitions,
// references, code lenses, the outline and quick fixes are exactly those of a server that reads
// the file whole — before and after an edit in one chapter.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { writeSingleLatex, writeSingleMarkdown } from '../../server/src/bench/material';
import { InProcessSession } from './inProcessSession';

const REPO = path.resolve(__dirname, '../..');

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Where the features are asked in each kind of file (a citation, a reference entry or a table reference, a heading), and the edit that makes a new finding. */
interface Places {
  places(current: string): number[];
  edit(current: string): string;
}

const markdownPlaces: Places = {
  places(current) {
    const third = [...current.matchAll(/^# /gm)][2].index!;
    const citation = /\([A-Z][a-z]+(?: et al\.| dkk\.)?, \d{4}\)/.exec(current.slice(third))!;
    const references = current.indexOf('# DAFTAR PUSTAKA');
    return [third + citation.index + 2, current.indexOf('\n\n', references) + 5, third + 2];
  },
  edit(current) {
    // A figure changed in the third chapter: a new finding there, positions after it unchanged in kind.
    const third = [...current.matchAll(/^# /gm)][2].index!;
    const at = third + /\d+,\d/.exec(current.slice(third))!.index;
    return current.slice(0, at) + '9' + current.slice(at + 1);
  },
};

/** The middle section of a LaTeX thesis. */
function middle(current: string): number {
  const sections = [...current.matchAll(/^\\section\{/gm)];
  return sections[Math.floor(sections.length / 2)].index!;
}

const latexPlaces: Places = {
  places(current) {
    const at = middle(current);
    const citation = /\\cite[pt]\{([^},]+)/.exec(current.slice(at))!;
    const table = /\\ref\{/.exec(current.slice(at))!;
    return [at + citation.index + citation[0].length - 2, at + table.index + 6, at + 3];
  },
  edit(current) {
    // A cited key in the middle section changed to one the .bib lacks: a new finding there.
    const at = middle(current);
    const citation = /\\citep\{[^}]+\}/.exec(current.slice(at))!;
    return current.slice(0, at + citation.index) + '\\citep{tidakada2099}' + current.slice(at + citation.index + citation[0].length);
  },
};

for (const [kind, write, where] of [
  ['Markdown', writeSingleMarkdown, markdownPlaces],
  ['LaTeX', writeSingleLatex, latexPlaces],
] as const)
  describe(`a one-file ${kind} thesis read as segments, through the language server`, () => {
    let dir: string;
    let file: string;
    let uri: string;
    let text: string;
    const sessions: InProcessSession[] = [];
    let segmented: InProcessSession;
    let whole: InProcessSession;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-lsp-segments-'));
      file = write(REPO, dir, 14_000).edited;
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
      const [, entry] = where.places(current);
      for (const offset of where.places(current)) {
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
      // "Cited N times" stands over written reference entries (a LaTeX thesis has them in its .bib).
      if (kind === 'Markdown') expect(lensesA.length).toBeGreaterThan(5);
      expect(lensesA).toEqual(lensesB);
      const [symbolsA, symbolsB] = await ask<unknown[]>('textDocument/documentSymbol', (doc) => ({ textDocument: doc }));
      expect(symbolsA.length).toBeGreaterThanOrEqual(2);
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
      if (diagnostics.length > 0) expect(fixes).toBeGreaterThan(0);
    }

    it('publishes the same diagnostics and answers every feature alike, before and after an edit in one chapter', async () => {
      for (const s of sessions) await s.open(uri, text);
      const [first, firstWhole] = await Promise.all(sessions.map((s) => s.published(uri, 1)));
      expect(segmented.server.parseCache.paths().filter((p) => p.includes('§')).length).toBeGreaterThanOrEqual(3);
      expect(whole.server.parseCache.paths().some((p) => p.includes('§'))).toBe(false);
      if (kind === 'Markdown') expect(first.diagnostics.length).toBeGreaterThan(0);
      expect(first.diagnostics).toEqual(firstWhole.diagnostics);
      await compareFeatures(text, first.diagnostics);

      const edited = where.edit(text);
      for (const s of sessions) await s.change(uri, 2, edited);
      const [second, secondWhole] = await Promise.all(sessions.map((s) => s.published(uri, 2)));
      expect(second.diagnostics).toEqual(secondWhole.diagnostics);
      expect(second.diagnostics).not.toEqual(first.diagnostics);
      expect(second.diagnostics.length).toBeGreaterThan(0);
      await compareFeatures(edited, second.diagnostics);
    }, 240_000);
  });
