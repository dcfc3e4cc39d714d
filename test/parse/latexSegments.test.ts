// A long LaTeX file read in segments (parse/latex.ts parseLatexSegments): after any edit, reading
// it from its previous reading — the chunks before and after the edit kept, only the text between
// scanned again (scanChunkRange), only the segments whose text or entry changed walked — gives
// exactly the segments, chunks and models of a reading from nothing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Ast from '@unified-latex/unified-latex-types';
import { parseLatexSegments, type LatexSegmentation } from '../../server/src/engine/parse/latex';
import { scanChunks } from '../../server/src/engine/parse/latex/chunks';
import { makeSourceFile } from '../../server/src/engine/text/source';
import { writeSingleLatex } from '../../server/src/bench/material';

const REPO = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-latexseg-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Everything a reading says, offsets in the file (each segment's moved by its base), without object identity. */
function described(read: LatexSegmentation | undefined): unknown {
  if (!read) return undefined;
  return {
    length: read.length,
    documentBeginAt: read.documentBeginAt,
    segments: read.segments.map((s) => ({
      path: s.path,
      base: s.base,
      text: s.text,
      entry: s.entry,
      exit: s.exit,
      chunks: s.chunks.map((c) => [c.start + s.base, c.end + s.base, c.hardStart]),
      model: JSON.parse(JSON.stringify({ ...s.model, file: s.model.file.path })),
    })),
  };
}

/** A random edit of 1–3 characters, most of them what the chunk scanner and the walker read. */
function randomEdit(text: string, random: () => number): string {
  const pieces = [
    '\n',
    '\n\n',
    '{',
    '}',
    '$',
    '%',
    '\\',
    '\\section{X}',
    '\\begin{itemize}',
    '\\end{itemize}',
    'a',
    ' ',
    '&',
    '\\iffalse',
    '\\fi',
    '\\appendix',
  ];
  const at = Math.floor(random() * text.length);
  const removed = random() < 0.4 ? Math.floor(random() * 3) + 1 : 0;
  const added = random() < 0.7 ? pieces[Math.floor(random() * pieces.length)] : '';
  return text.slice(0, at) + added + text.slice(at + removed);
}

/**
 * Reads a long LaTeX text in segments; chunk trees are shared by text, so a fresh reading parses
 * no chunk twice (what is compared is the scan and the walk). The first reading has > 4 segments.
 */
function segmentedReader(text: string) {
  const trees = new Map<string, Ast.Root>();
  const read = (t: string, previous: LatexSegmentation | undefined) =>
    parseLatexSegments('/t/thesis.tex', t, 10_000, 2_000, (p, s) => makeSourceFile(p, s), previous, trees);
  /** Shares a reading's chunk trees with the fresh readings that follow. */
  const share = (reading: LatexSegmentation | undefined) => {
    for (const s of reading?.segments ?? []) for (const [src, tree] of s.trees) trees.set(src, tree);
  };
  const first = read(text, undefined);
  expect(first!.segments.length).toBeGreaterThan(4);
  share(first);
  /** Reads `next` from the previous reading and checks it against a fresh reading; the incremental one. */
  const readAgain = (next: string, previous: LatexSegmentation | undefined, label: string) => {
    const incremental = read(next, previous);
    share(incremental);
    expect(described(incremental), label).toEqual(described(read(next, undefined)));
    return incremental;
  };
  return { readAgain, first };
}

describe('a long LaTeX file read in segments', () => {
  it('after 250 random edits in chains of four (braces, math, comments, line breaks, sections, environments, \\iffalse), read from its previous reading: exactly a fresh reading', () => {
    const material = writeSingleLatex(REPO, dir, 4_500);
    const original = fs.readFileSync(material.edited, 'utf8');
    let text = original;
    const { readAgain, first } = segmentedReader(text);
    let previous = first;
    let seed = 15;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let segmented = 0;
    let kept = 0;
    for (let i = 0; i < 250; i++) {
      // Chains of four edits, then back to the file as written (itself an edit of the last text).
      const next = i % 5 === 4 ? original : randomEdit(text, random);
      if (next === text) continue;
      const incremental = readAgain(next, previous, `edit ${i}`);
      if (incremental) {
        segmented++;
        kept += incremental.segments.filter((s) => previous?.segments.some((p) => p.model === s.model)).length;
        // The chunks are a whole-file scan's.
        const whole = scanChunks(next).chunks.map((c) => [c.start, c.end, c.hardStart]);
        expect(
          incremental.segments.flatMap((s) => s.chunks.map((c) => [c.start + s.base, c.end + s.base, c.hardStart])),
          `edit ${i}: chunks`,
        ).toEqual(whole);
        previous = incremental;
      }
      text = next;
    }
    // Most edits leave the text in segments, and most segments are kept as they were.
    expect(segmented).toBeGreaterThan(150);
    expect(kept).toBeGreaterThan(segmented * 2);
  }, 240_000);
});

describe('an edit far from any command keeps the verdicts of the previous reading (it reads no file, every verbatim is closed)', () => {
  it('after 300 random edits, most of them close to a backslash, read from its previous reading: exactly a fresh reading', () => {
    const material = writeSingleLatex(REPO, path.join(dir, 'quiet'), 4_500);
    const written = fs.readFileSync(material.edited, 'utf8');
    // A closed verbatim environment, one whose opener has a long run of white space before its brace, and commands to break.
    const at = written.indexOf('\n\n', Math.floor(written.length / 2)) + 2;
    const original =
      written.slice(0, at) +
      'Kode \\textit{input} dan \\emph{verbatim}.\n\n\\begin{verbatim}\nx = 1 % bukan komentar\n\\end{verbatim}\n\n\\begin' +
      ' '.repeat(90) +
      '{comment}\ncatatan\n\\end{comment}\n\n' +
      written.slice(at);
    const pieces = ['a', ' ', 'x', '\n', '%', '{', '}', '\\', 'input', 'verbatim', '\\input{bab}', '\\begin{verbatim}', '\\end{verbatim}'];
    let text = original;
    const { readAgain, first } = segmentedReader(text);
    let previous = first;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const backslashes = (t: string) => [...t.matchAll(/\\/g)].map((m) => m.index);
    const environments = (t: string) => [...t.matchAll(/\\(?:begin|end)\b/g)].map((m) => m.index);
    let segmented = 0;
    let whole = 0;
    for (let i = 0; i < 300; i++) {
      let next: string;
      if (i % 6 === 5) next = original;
      else {
        // Half of the edits within 70 characters of a backslash, where a quiet edit must not be taken
        // for one, a quarter inside or next to an environment's opener or closer.
        const choice = random();
        const near = choice < 0.25 ? environments(text) : backslashes(text);
        const reach = choice < 0.25 ? 12 : 70;
        const place =
          choice < 0.75 && near.length > 0
            ? Math.min(text.length, Math.max(0, near[Math.floor(random() * near.length)] + Math.floor(random() * (2 * reach + 1)) - reach))
            : Math.floor(random() * text.length);
        const removed = random() < 0.4 ? Math.floor(random() * 3) + 1 : 0;
        const added = random() < 0.75 ? pieces[Math.floor(random() * pieces.length)] : '';
        next = text.slice(0, place) + added + text.slice(place + removed);
      }
      if (next === text) continue;
      const incremental = readAgain(next, previous, `edit ${i}`);
      if (incremental) {
        segmented++;
        previous = incremental;
      } else whole++;
      text = next;
    }
    // Both verdicts occur: edits that make the file read whole (an \input, an unclosed verbatim) and edits that keep it in segments.
    expect(whole).toBeGreaterThan(20);
    expect(segmented).toBeGreaterThan(100);
  }, 240_000);
});
