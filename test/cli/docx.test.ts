// A Word file built here from seed 004's text gives the same citation and statistics findings
// as the Markdown, located by paragraph with a quoted snippet.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const cli = join(repo, 'server', 'dist', 'cli.js');
const seedPath = join(repo, 'fixtures/examples/manuscripts/seed-004/manuscript.md');

/** Markdown inline markup to plain text: *italic*, **bold**, <b>, [text](url). */
function plain(s: string): string {
  return s
    .replace(/<\/?b>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*/g, '')
    .replace(/ {2,}$/g, '')
    .trim();
}

/** Seed 004 as a Word document: headings as Word headings, tab rows as tables, "- " as bullets. */
function seedAsWord(markdown: string): Document {
  const children: (Paragraph | Table)[] = [];
  const blocks = markdown.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.length >= 2 && lines.every((l) => l.includes('\t'))) {
      children.push(
        new Table({ rows: lines.map((l) => new TableRow({ children: l.split('\t').map((c) => new TableCell({ children: [new Paragraph(plain(c))] })) })) }),
      );
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
    if (heading && lines.length === 1) {
      const levels = [
        HeadingLevel.HEADING_1,
        HeadingLevel.HEADING_2,
        HeadingLevel.HEADING_3,
        HeadingLevel.HEADING_4,
        HeadingLevel.HEADING_5,
        HeadingLevel.HEADING_6,
      ];
      children.push(new Paragraph({ text: plain(heading[2]), heading: levels[heading[1].length - 1] }));
      continue;
    }
    if (lines.every((l) => l.startsWith('- '))) {
      for (const l of lines) children.push(new Paragraph({ text: plain(l.slice(2)), bullet: { level: 0 } }));
      continue;
    }
    const text = plain(lines.join(' '));
    const boldOnly = /^\*\*[^*]+\*\*$/.test(lines.join(' ').trim());
    children.push(new Paragraph({ children: [new TextRun({ text, bold: boldOnly })] }));
  }
  return new Document({ sections: [{ children }] });
}

function findings(path: string) {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', path], { cwd: repo, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }[] };
  return report.files.flatMap((f) => f.diagnostics.map((d) => ({ ...d, path: f.path })));
}

describe('.docx input', () => {
  let docxPath = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesislint-docx-'));
    docxPath = join(dir, 'artikel.docx');
    writeFileSync(docxPath, await Packer.toBuffer(seedAsWord(readFileSync(seedPath, 'utf8'))));
  });

  it('gives the same citation and statistics findings as the Markdown', () => {
    const family = (code: string) => code.startsWith('citation/') || code.startsWith('references/') || code.startsWith('stats/');
    const fromMarkdown = findings(seedPath).filter((d) => family(d.code));
    const fromWord = findings(docxPath).filter((d) => family(d.code));
    expect(fromMarkdown.length).toBe(23);
    // A message that points at another statement counts lines of its own file: paragraphs in Word.
    const lineless = (message: string) => message.replace(/ at line \d+$/, ' at line N');
    expect(fromWord.map((d) => [d.code, lineless(d.message.replace(/ \(paragraph \d+: ".*"\)$/, ''))])).toEqual(
      fromMarkdown.map((d) => [d.code, lineless(d.message)]),
    );
  });

  it('locates each finding by paragraph and quotes it', () => {
    const sen = findings(docxPath).find((d) => d.code === 'citation/year-mismatch' && d.message.startsWith('Cited year 2024'))!;
    expect(sen.path.endsWith('artikel.docx')).toBe(true);
    expect(sen.message).toMatch(/\(paragraph \d+: "….*\(Sen, A\., 2024\)\. Metode kualitatif.*…"\)$/);
    expect(sen.range.start.line + 1).toBe(Number(/paragraph (\d+)/.exec(sen.message)![1]));
  });

  it('keeps the columns of a table whose first column is merged down (one group label beside its rows)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesislint-docx-'));
    const path = join(dir, 'profil.docx');
    const cell = (text: string, rowSpan = 1) => new TableCell({ rowSpan, children: [new Paragraph(text)] });
    const table = new Table({
      rows: [
        new TableRow({ children: ['Karakteristik', 'Kategori', 'Jumlah Responden', 'Persentase (%)'].map((t) => cell(t)) }),
        new TableRow({ children: [cell('Usia', 3), cell('33-40 tahun'), cell('117'), cell('40.34%')] }),
        new TableRow({ children: [cell('26-32 tahun'), cell('98'), cell('33.79%')] }),
        new TableRow({ children: [cell('18-25 tahun'), cell('44'), cell('15.17%')] }),
      ],
    });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'BAB IV HASIL PENELITIAN', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Tabel 4.1 Karakteristik Profil Responden'),
            table,
            new Paragraph(
              'Kelompok usia 33–40 tahun merupakan yang terbesar dengan 117 orang (40,34%), disusul oleh kelompok usia 26–32 tahun sebanyak 98 orang (33,79%). Selanjutnya, kelompok usia 18–25 tahun tercatat sebanyak 40 orang (15,17%).',
            ),
          ],
        },
      ],
    });
    writeFileSync(path, await Packer.toBuffer(doc));
    const stats = findings(path).filter((d) => d.code.startsWith('stats/'));
    expect(stats.map((d) => [d.code, d.message.replace(/ \(paragraph \d+: ".*"\)$/, '')])).toEqual([]);
  });

  it('rejects a file that is not a Word document with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesislint-docx-'));
    const fake = join(dir, 'broken.docx');
    writeFileSync(fake, 'not a zip file');
    const r = spawnSync(process.execPath, [cli, 'check', fake], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^thesislint: .*broken\.docx is not a readable \.docx file \(.+\)\n$/);
  });
});
