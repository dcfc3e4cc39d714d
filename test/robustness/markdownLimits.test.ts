// The Markdown parser's guards against input that would take remark minutes: paragraphs on one
// very long line are parsed in pieces, lists and quotes nested very deep are read line by line.
// Both must keep what matters: the same text with exact offsets.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { makeSourceFile } from '../../server/src/engine/text/source';
import type { FileModel } from '../../server/src/engine/model';

const parse = (text: string) => parseMarkdown(makeSourceFile('/t/a.md', text));

/** Every character of every block maps back to the same character of the source (or to a space/line break standing for markup). */
function expectExactOffsets(model: FileModel): void {
  for (const block of model.blocks) {
    expect(block.offsets.length).toBe(block.text.length + 1);
    for (let i = 0; i < block.text.length; i++) {
      const source = model.file.text[block.offsets[i]];
      if (source !== block.text[i]) expect(/\s/.test(block.text[i]), `"${block.text[i]}" at ${i} maps to "${source}"`).toBe(true);
    }
  }
}

describe('a paragraph on one very long line', () => {
  const sentence = (i: number) =>
    `Kemiskinan menurut Sen (${1990 + (i % 30)}) naik ${i % 10},${i % 100}% pada *tahun* ${2000 + (i % 20)} [@kunci${i}] dan \`kode\` lagi. `;
  const line = Array.from({ length: 900 }, (_, i) => sentence(i))
    .join('')
    .trimEnd();

  it('gives the blocks whole-file parsing gives', () => {
    expect(line.length).toBeGreaterThan(40_000);
    const text = `# Pendahuluan\n\n${line}\n\nParagraf berikutnya (Sen, 2014).\n`;
    const pieces = parse(text);
    // A definition anywhere makes the parser read the file whole.
    const whole = parse(`${text}\n[tidak-dipakai]: https://example.org\n`);
    expect(pieces.blocks.map((b) => [b.kind, b.text, b.offsets])).toEqual(whole.blocks.map((b) => [b.kind, b.text, b.offsets]));
    expect(pieces.problems).toEqual([]);
    expectExactOffsets(pieces);
  });

  it('leaves a long line inside a code fence alone', () => {
    const text = '# Bab\n\n```\n' + line + '\n```\n\nAkhir.\n';
    const model = parse(text);
    expect(model.blocks.map((b) => b.text)).toEqual(['Bab', 'Akhir.']);
  });
});

describe('lists and quotes nested too deep', () => {
  it('are read line by line with exact offsets and a problem saying so', () => {
    let text = '# Bab Satu\n\n';
    for (let i = 0; i < 200; i++) text += `${'  '.repeat(i)}- butir ${i} (Sen, 2014)\n`;
    text += '\n> > kutipan\n\n## Penutup ##\n';
    const model = parse(text);
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0].message).toMatch(/nested about \d+ levels deep/);
    expect(model.headings.map((h) => [h.title, h.level])).toEqual([
      ['Bab Satu', 1],
      ['Penutup', 2],
    ]);
    expect(model.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(200);
    expect(model.blocks.find((b) => b.kind === 'quote')?.text).toBe('kutipan');
    expectExactOffsets(model);
  });

  it('are parsed normally up to the limit', () => {
    let text = '';
    for (let i = 0; i < 30; i++) text += `${'  '.repeat(i)}- butir ${i}\n`;
    const model = parse(text);
    expect(model.problems).toEqual([]);
    expect(model.blocks).toHaveLength(30);
  });
});
