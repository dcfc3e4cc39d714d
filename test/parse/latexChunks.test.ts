// LaTeX files are parsed in chunks; a chunk also ends before a sectioning command at the start
// of a line (outside groups and environments), so that files written without blank lines are not
// one huge chunk. Such a cut must change nothing in the model: every .tex fixture, as written,
// without its blank lines, and after random edits, reads the same with and without it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLatex } from '../../server/src/engine/parse/latex';
import { scanChunks } from '../../server/src/engine/parse/latex/chunks';
import { makeSourceFile } from '../../server/src/engine/text/source';
import { fixtureTexts } from '../fixtureTexts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const SEEDS = fixtureTexts(/\.tex$/i);

function plain(text: string, sections: boolean): unknown {
  const model = parseLatex(makeSourceFile('/t/bab.tex', text), { sections });
  return JSON.parse(JSON.stringify({ ...model, file: undefined }));
}

const withoutBlankLines = (text: string) => text.replace(/\n[ \t]*(?:\r?\n[ \t]*)+/g, '\n');

describe('LaTeX chunks at sectioning commands', () => {
  it('cut a file without blank lines before each section', () => {
    const text =
      'Pembuka paragraf (Sen, 2014).\n\\section{Metode}\nIsi metode \\cite{sen2014}.\n  \\subsection{Data}\nIsi data.\n{\\section{dalam grup}}\n\\begin{figure}\n\\section{dalam lingkungan}\n\\end{figure}\nAkhir.\n';
    const { chunks } = scanChunks(text);
    expect(chunks.map((c) => text.slice(c.start, c.end).split('\n')[0])).toEqual([
      'Pembuka paragraf (Sen, 2014).',
      '\\section{Metode}',
      '  \\subsection{Data}',
    ]);
    expect(scanChunks(text, { sections: false }).chunks).toHaveLength(1);
  });

  it('read every fixture, with and without its blank lines, as without the cut', () => {
    expect(SEEDS.length).toBeGreaterThan(10);
    let cut = 0;
    for (const seed of SEEDS) {
      for (const text of [seed, withoutBlankLines(seed)]) {
        if (scanChunks(text).chunks.length !== scanChunks(text, { sections: false }).chunks.length) cut++;
        expect(plain(text, true)).toEqual(plain(text, false));
      }
    }
    expect(cut).toBeGreaterThan(5);
  });

  it('read randomly edited fixtures as without the cut', () => {
    const pieces = [
      '\\section{Hasil}\n',
      '\\subsection*{A}',
      '{',
      '}',
      '\\begin{itemize}\n',
      '\\end{itemize}\n',
      '%',
      '\n',
      '\n\n',
      '\\item ',
      '$',
      '\\cite{a}',
      'kata ',
    ];
    fc.assert(
      fc.property(
        fc.nat(SEEDS.length - 1),
        fc.boolean(),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom(...pieces) }), { maxLength: 5 }),
        (seed, squeeze, edits) => {
          let text = squeeze ? withoutBlankLines(SEEDS[seed]) : SEEDS[seed];
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            text = text.slice(0, at) + e.insert + text.slice(at);
          }
          expect(plain(text, true)).toEqual(plain(text, false));
        },
      ),
      { numRuns: RUNS, seed: 20261123 },
    );
  });
});
