// Incremental Markdown parsing (parseMarkdownKeepingTree with the previous tree) must give the
// model a whole parse gives, for any edit: the language server parses only the blocks around a
// keystroke and trusts the rest of the old tree. Fast-check makes chains of random edits to the
// fixtures' Markdown manuscripts (typing, deleting, pasting constructs that change how what
// follows is read: fences, HTML comments, list markers, front matter, definitions) and compares
// the models after every edit; a fixed edit shows that the incremental path is actually taken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseMarkdownKeepingTree, type MarkdownTree } from '../../server/src/engine/parse/markdown';
import { makeSourceFile } from '../../server/src/engine/text/source';
import { fixtureTexts } from '../fixtureTexts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 80);

function markdownFixtures(): string[] {
  // Long ones first: they have the most blocks to keep.
  return fixtureTexts(/\.(md|qmd|rmd)$/i).sort((a, b) => b.length - a.length);
}
// Lists of every kind, with nested lists, continuation paragraphs and code in items.
const LISTS = [
  '# Daftar\n',
  Array.from({ length: 12 }, (_, i) => `- Butir ${i} (Sen, 2014) dengan angka ${i},5%.`).join('\n'),
  Array.from({ length: 10 }, (_, i) => `${i + 1}. Langkah ${i}\n   lanjutan baris\n\n   paragraf kedua [@key${i}]`).join('\n\n'),
  Array.from({ length: 8 }, (_, i) => `* Induk ${i}\n  - anak ${i}\n  - anak lagi\n\n    \`\`\`\n    kode\n    \`\`\``).join('\n'),
  '1) satu\n2) dua\n3) tiga\n\n+ plus\n+ plus\n+ plus\n\nParagraf penutup.',
].join('\n\n');
const SEEDS = [LISTS, ...markdownFixtures()];

const PASTES = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '```\n',
  '```',
  '~~~\n',
  '$$\n',
  '$$',
  '<!--',
  '-->',
  '<div>\n',
  '</div>\n',
  '- ',
  '1. ',
  '> ',
  '    ',
  '# ',
  '===\n',
  '---\n',
  '***\n',
  '[^1]: catatan\n',
  '[ref]: https://example.org\n',
  '[^1]',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '(Sen, 2014)',
  '[@sen1999]',
  '*',
  '**',
  '`',
  '\\',
  '\r\n',
  ':::\n',
  '::: {.note}\n',
];

type Edit = { at: number; remove: number; insert: string };
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(200)),
  insert: fc.oneof(fc.constantFrom(...PASTES), fc.string({ maxLength: 4 })),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** The model as plain data (the file's SourceFile is compared by its text). */
function plain(model: ReturnType<typeof parseMarkdown>): unknown {
  return JSON.parse(JSON.stringify({ ...model, file: model.file.text }));
}

describe('incremental Markdown parsing', () => {
  it('gives the model a whole parse gives, after every edit of a chain', () => {
    expect(SEEDS.length).toBeGreaterThan(10);
    let edits = 0;
    let reused = 0;
    fc.assert(
      fc.property(fc.nat(Math.min(SEEDS.length, 24) - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, chain) => {
        let text = SEEDS[seed];
        let tree: MarkdownTree | undefined = parseMarkdownKeepingTree(makeSourceFile('/m/ch.md', text)).tree;
        for (const e of chain) {
          text = apply(text, e as Edit);
          const file = makeSourceFile('/m/ch.md', text);
          const old = new Set(tree?.tree.children);
          const incremental = parseMarkdownKeepingTree(file, tree);
          expect(plain(incremental.model)).toEqual(plain(parseMarkdown(file)));
          edits++;
          if (incremental.tree?.tree.children.some((c) => old.has(c))) reused++;
          tree = incremental.tree;
        }
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    // Most edits kept part of the old tree (the rest were refused: definitions, a fence that runs on, …).
    expect(reused / edits).toBeGreaterThan(0.5);
  });

  it('parses only the blocks around a one-character edit, and leaves the rest of the tree as it was', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraf ${i} menyebut (Sen, 2014) dan angka ${i},5%.`);
    const before = paragraphs.join('\n\n') + '\n';
    const first = parseMarkdownKeepingTree(makeSourceFile('/m/ch.md', before)).tree!;
    const keptNode = first.tree.children[35];
    const at = before.indexOf('Paragraf 20') + 'Paragraf 20'.length;
    const after = before.slice(0, at) + 'x' + before.slice(at);
    const next = parseMarkdownKeepingTree(makeSourceFile('/m/ch.md', after), first);
    // Node 35 is the old object, moved one character on.
    expect(next.tree!.tree.children[35]).toBe(keptNode);
    expect(keptNode.position?.start.offset).toBe(after.indexOf('Paragraf 35'));
    expect(next.model.blocks[20].text).toBe('Paragraf 20x menyebut (Sen, 2014) dan angka 20,5%.');
    expect(plain(next.model)).toEqual(plain(parseMarkdown(makeSourceFile('/m/ch.md', after))));
  });

  it('parses only the items around an edit inside a long list', () => {
    const items = Array.from({ length: 40 }, (_, i) => `- Butir ${i} (Sen, 2014).`);
    const before = `Pengantar.\n\n${items.join('\n')}\n\nPenutup.\n`;
    const first = parseMarkdownKeepingTree(makeSourceFile('/m/ch.md', before)).tree!;
    const list = first.tree.children[1] as { children: unknown[] };
    const keptItem = list.children[35];
    const at = before.indexOf('Butir 20') + 'Butir 20'.length;
    const after = before.slice(0, at) + 'x' + before.slice(at);
    const next = parseMarkdownKeepingTree(makeSourceFile('/m/ch.md', after), first);
    expect((next.tree!.tree.children[1] as { children: unknown[] }).children[35]).toBe(keptItem);
    expect(next.model.blocks[21].text).toBe('Butir 20x (Sen, 2014).');
    expect(plain(next.model)).toEqual(plain(parseMarkdown(makeSourceFile('/m/ch.md', after))));
  });

  it('reads the rest of the document again when an edit opens a code fence, reporting the fence that is never closed', () => {
    const before = 'Satu (Sen, 2014).\n\nDua.\n\nTiga (Putnam, 2000).\n\nEmpat.\n';
    const first = parseMarkdownKeepingTree(makeSourceFile('/m/ch.md', before)).tree!;
    const after = before.replace('Dua.', '```\nDua.');
    const next = parseMarkdownKeepingTree(makeSourceFile('/m/ch.md', after), first);
    // The fence swallows the rest of the file; it is reported at its opener, and the rest is still read as text.
    expect(next.model.problems).toEqual([
      {
        span: { file: '/m/ch.md', start: 19, end: 22 },
        code: 'manuscript/unclosed-block',
        message:
          'This code block (```) is never closed, so everything after it would be code: close it with a line of ```. The rest of the file is checked as text',
        msg: { id: 'manuscript.unclosedFence', args: { opener: '```', fence: '```' } },
      },
    ]);
    expect(next.model.blocks.map((b) => b.text)).toEqual(['Satu (Sen, 2014).', 'Dua.', 'Tiga (Putnam, 2000).', 'Empat.']);
    expect(plain(next.model)).toEqual(plain(parseMarkdown(makeSourceFile('/m/ch.md', after))));
    // Its tree is of another text than the file's: not kept for the next edit.
    expect(next.tree).toBeUndefined();
  });
});
