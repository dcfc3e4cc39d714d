import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';
import { makeSourceFile } from '../../server/src/engine/text/source';
import { buildManuscript } from '../../server/src/engine/manuscript';
import { MemoryHost } from '../../server/src/engine/host';

const seedLike = [
  '**ABSTRACT**',
  '',
  'Poverty remains a challenge.',
  '',
  '## **1.2 Kesenjangan Masalah**',
  '',
  'Angka kemiskinan pada *tahun* 2019 adalah 9,22% (BPS, 2020).',
  '',
  '**Tabel 1. Perkembangan Tingkat Kemiskinan**',
  '',
  '<b>Tahun</b>\t<b>Persentase (%)</b>',
  '2019\t9,41',
  '2020\t9,78',
  '',
  '| Kota | Jumlah |',
  '|---|---|',
  '| Sragen | 12 |',
].join('\n');

describe('Markdown parser', () => {
  const file = makeSourceFile('/m.md', seedLike);
  const model = parseMarkdown(file);

  it('recognises bold-only lines and decorated headings', () => {
    expect(model.headings.map((h) => [h.title, h.level, h.implicit ?? false])).toEqual([
      ['ABSTRACT', 1, true],
      ['1.2 Kesenjangan Masalah', 2, false],
    ]);
  });

  it('maps every plain-text character back to its source offset through emphasis', () => {
    const block = model.blocks.find((b) => b.text.startsWith('Angka'))!;
    expect(block.text).toBe('Angka kemiskinan pada tahun 2019 adalah 9,22% (BPS, 2020).');
    const at = block.text.indexOf('tahun');
    expect(seedLike.slice(block.offsets[at], block.offsets[at + 4] + 1)).toBe('tahun');
    const year = block.text.indexOf('2020');
    expect(seedLike.slice(block.offsets[year], block.offsets[year + 3] + 1)).toBe('2020');
  });

  it('reads tab-separated Word tables with their caption, and GFM tables', () => {
    expect(model.tables.map((t) => ({ label: t.label, number: t.number, headerRows: t.headerRows, rows: t.rows.map((r) => r.map((c) => c.text)) }))).toEqual([
      {
        label: 'Tabel 1',
        number: '1',
        headerRows: 1,
        rows: [
          ['Tahun', 'Persentase (%)'],
          ['2019', '9,41'],
          ['2020', '9,78'],
        ],
      },
      {
        label: undefined,
        number: undefined,
        headerRows: 1,
        rows: [
          ['Kota', 'Jumlah'],
          ['Sragen', '12'],
        ],
      },
    ]);
    const cell = model.tables[0].rows[2][1];
    expect(seedLike.slice(cell.start, cell.end)).toBe('9,78');
  });
});

describe('manuscript sections', () => {
  it('gives roles to Indonesian and English headings and keeps sub-sections in their chapter', () => {
    const text = [
      '## ABSTRAK',
      '',
      'Ringkasan.',
      '',
      '**ABSTRACT**',
      '',
      'Summary.',
      '',
      '## I. PENDAHULUAN',
      '',
      '### 1.1 Latar Belakang',
      '',
      '## **III. HASIL DAN PEMBAHASAN**',
      '',
      '### **3.1 Kondisi Awal**',
      '',
      '## **5. Pelatihan**',
      '',
      '### 3.6 Diskusi Temuan Utama',
      '',
      '## IV. KESIMPULAN',
      '',
      '## VI. DAFTAR PUSTAKA {-}',
      '',
      '# LAMPIRAN',
    ].join('\n');
    const manuscript = buildManuscript(
      { root: '/t.md', markup: 'markdown', files: ['/t.md'], bibliographies: [], projectFiles: [] },
      new MemoryHost(new Map([['/t.md', text]])),
    );
    expect(manuscript.sections.slice(1).map((s) => [s.title, s.role, s.lang ?? null, manuscript.sections[s.parent].title])).toEqual([
      ['ABSTRAK', 'abstract', 'id', ''],
      ['ABSTRACT', 'abstract', 'en', ''],
      ['I. PENDAHULUAN', 'introduction', null, ''],
      ['1.1 Latar Belakang', 'introduction', null, 'I. PENDAHULUAN'],
      ['III. HASIL DAN PEMBAHASAN', 'results', null, ''],
      ['3.1 Kondisi Awal', 'results', null, 'III. HASIL DAN PEMBAHASAN'],
      ['5. Pelatihan', 'results', null, '3.1 Kondisi Awal'],
      ['3.6 Diskusi Temuan Utama', 'discussion', null, 'III. HASIL DAN PEMBAHASAN'],
      ['IV. KESIMPULAN', 'conclusion', null, ''],
      ['VI. DAFTAR PUSTAKA', 'references', null, ''],
      ['LAMPIRAN', 'appendix', null, ''],
    ]);
  });

  it('rejoins a paragraph split by a page break', () => {
    const text = 'Kemiskinan menurun di\n\nprovinsi ini (Sen, 2014).\n';
    const manuscript = buildManuscript(
      { root: '/p.md', markup: 'markdown', files: ['/p.md'], bibliographies: [], projectFiles: [] },
      new MemoryHost(new Map([['/p.md', text]])),
    );
    expect(manuscript.blocks.map((b) => b.text)).toEqual(['Kemiskinan menurun di provinsi ini (Sen, 2014).']);
    expect(manuscript.proseCitations.map((c) => text.slice(c.yearSpan.start, c.yearSpan.end))).toEqual(['2014']);
  });
});
