// A LaTeX file's first parse in the language server, in slices of characters (ParseCache.prepareLatex,
// called once per turn of the server's event loop): whatever the slice, the check's parse that
// follows finds every chunk parsed and gives exactly the model of a parse in one go — what is
// found depends on the text, not on how long the parse took (no time budget in the editor).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Ast from '@unified-latex/unified-latex-types';
import { ParseCache } from '../../server/src/engine/cache';
import { latexChunkTexts, parseLatex, parseLatexChunks } from '../../server/src/engine/parse/latex';
import { makeSourceFile } from '../../server/src/engine/text/source';

const plain = (m: unknown) => JSON.parse(JSON.stringify(m));

function texFixtures(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.tex')) out.push(p);
    }
  };
  walk(path.resolve(__dirname, '../../fixtures'));
  return out;
}

describe('LaTeX parsed beforehand in slices of characters', () => {
  it('every fixture: slices of 200 characters, then the parse walks the prepared trees only and gives the model of a parse in one go', () => {
    const files = texFixtures();
    expect(files.length).toBeGreaterThan(40);
    let sliced = 0;
    for (const p of files) {
      const text = fs.readFileSync(p, 'utf8');
      const file = makeSourceFile(p, text);
      const chunks = latexChunkTexts(file);
      const trees = new Map<string, Ast.Root>();
      const failed = new Set<string>();
      let calls = 1;
      while (!parseLatexChunks(chunks, trees, 200, failed)) calls++;
      if (calls > 2) sliced++;
      // Every chunk is prepared (or known to fail); the parse after it parses nothing new.
      for (const chunk of chunks) expect(trees.has(chunk) || failed.has(chunk)).toBe(true);
      const used = new Map<string, Ast.Root>();
      const model = parseLatex(file, { previous: trees, used });
      for (const [src, tree] of used) expect(trees.get(src)).toBe(tree);
      expect(plain(model), p).toEqual(plain(parseLatex(makeSourceFile(p, text))));
    }
    expect(sliced).toBeGreaterThan(10);
  });

  it('a chunk the grammar cannot read is tried once, and reported by the parse as in one go', () => {
    const text = `\\section{Satu}\nTeks \\citep{kunci2020} lanjut.\n\n${'{'.repeat(6000)} \\cite{dalam}\n\n\\section{Dua}\nAkhir \\cite{akhir}.\n`;
    const file = makeSourceFile('/t/a.tex', text);
    const chunks = latexChunkTexts(file);
    const trees = new Map<string, Ast.Root>();
    const failed = new Set<string>();
    let calls = 1;
    while (!parseLatexChunks(chunks, trees, 10, failed)) calls++;
    expect(failed.size).toBe(1);
    expect(calls).toBe(chunks.length);
    const model = parseLatex(file, { previous: trees });
    expect(model.problems).toHaveLength(1);
    expect(model.keyCitations.map((c) => c.key)).toEqual(['kunci2020', 'dalam', 'akhir']);
    expect(plain(model)).toEqual(plain(parseLatex(makeSourceFile('/t/a.tex', text))));
  });

  it('ParseCache: prepared in slices, the model is the one-go parse; done at once when the text is parsed already', () => {
    const text = Array.from({ length: 30 }, (_, i) => `\\section{Bagian ${i}}\nKalimat ${i} \\cite{k${i}} dengan angka ${i}.\n\nParagraf kedua ${i}.\n`).join(
      '\n',
    );
    const cache = new ParseCache();
    cache.pin(['/t/tesis.tex']);
    expect(cache.hasLatexTrees('/t/tesis.tex')).toBe(false);
    let calls = 1;
    while (!cache.prepareLatex('/t/tesis.tex', text, 300)) calls++;
    expect(calls).toBeGreaterThan(5);
    expect(cache.has('/t/tesis.tex', text)).toBe(false);
    expect(cache.hasLatexTrees('/t/tesis.tex')).toBe(true);
    const model = cache.model('/t/tesis.tex', text, 'latex');
    expect(cache.has('/t/tesis.tex', text)).toBe(true);
    expect(plain(model)).toEqual(plain(parseLatex(makeSourceFile('/t/tesis.tex', text))));
    expect(cache.prepareLatex('/t/tesis.tex', text, 300)).toBe(true);
  });
});
