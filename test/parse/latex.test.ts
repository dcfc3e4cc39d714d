import { describe, it, expect } from 'vitest';
import { parseLatex } from '../../server/src/engine/parse/latex';
import { makeSourceFile } from '../../server/src/engine/text/source';
import type { FileModel, TextBlock } from '../../server/src/engine/model';

function parse(text: string, path = 'bab2.tex'): FileModel {
  return parseLatex(makeSourceFile(path, text));
}

function texts(model: FileModel, kind?: TextBlock['kind']): string[] {
  return model.blocks.filter((b) => kind === undefined || b.kind === kind).map((b) => b.text);
}

/** Every block character maps back to the source character it came from (or into its markup). */
function expectOffsetsSane(model: FileModel): void {
  const text = model.file.text;
  for (const b of model.blocks) {
    expect(b.offsets.length).toBe(b.text.length + 1);
    for (let i = 0; i < b.text.length; i++) {
      expect(b.offsets[i]).toBeGreaterThanOrEqual(b.start);
      expect(b.offsets[i]).toBeLessThan(Math.max(b.end, b.start + 1));
      if (i > 0) expect(b.offsets[i]).toBeGreaterThanOrEqual(b.offsets[i - 1]);
      expect(b.offsets[i]).toBeLessThan(text.length);
    }
  }
}

function at(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i;
}

describe('parseLatex: Indonesian chapter', () => {
  const text = [
    '\\chapter{TINJAUAN PUSTAKA}', // 0..26
    '\\label{bab:2}',
    '',
    '\\section{Landasan \\textbf{Teori}}',
    'Menurut Sugiyono (2019: 45) penelitian kualitatif bersifat naturalistik',
    '\\citep[hlm. 5]{sugiyono2019}. Ansell dan Gash (2008) menyebut 10\\% kasus', // comment follows
    'pada 1990--2000 % komentar tidak ikut',
    '(Sugiyono, 2019: 45).\\footnote{Lihat juga \\citet{creswell2014}.}',
    '',
    '\\begin{itemize}',
    '\\item Wawancara~mendalam;',
    '\\item[b.] observasi \\emph{partisipatif}.',
    '\\end{itemize}',
    '',
  ].join('\n');
  const model = parse(text);

  it('finds the headings with exact titles, levels and spans', () => {
    expect(model.headings).toEqual([
      { file: 'bab2.tex', start: 0, end: 26, title: 'TINJAUAN PUSTAKA', level: 1 },
      {
        file: 'bab2.tex',
        start: at(text, '\\section'),
        end: at(text, 'Teori}}') + 7,
        title: 'Landasan Teori',
        level: 2,
      },
    ]);
  });

  it('builds prose blocks that keep author–year text exactly', () => {
    expect(texts(model)).toEqual([
      'TINJAUAN PUSTAKA',
      'Landasan Teori',
      'Menurut Sugiyono (2019: 45) penelitian kualitatif bersifat naturalistik. Ansell dan Gash (2008) menyebut 10% kasus pada 1990–2000 (Sugiyono, 2019: 45).',
      'Lihat juga.',
      'Wawancara mendalam;',
      'b. observasi partisipatif.',
    ]);
    expect(model.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'footnote', 'list-item', 'list-item']);
  });

  it('maps plain text back to exact source offsets', () => {
    const para = model.blocks[2];
    const i = para.text.indexOf('Sugiyono (2019: 45)');
    expect(text.slice(para.offsets[i], para.offsets[i + 19 - 1] + 1)).toBe('Sugiyono (2019: 45)');
    const j = para.text.indexOf('(Sugiyono, 2019: 45)');
    expect(para.offsets[j]).toBe(at(text, '(Sugiyono, 2019: 45)'));
    // The en dash stands for the two hyphens of `--`.
    const d = para.text.indexOf('–');
    expect(text.slice(para.offsets[d], para.offsets[d] + 2)).toBe('--');
    // `10\%`: the percent sign maps into the escape.
    const p = para.text.indexOf('%');
    expect(text.slice(para.offsets[p], para.offsets[p] + 2)).toBe('\\%');
    // The block spans the whole paragraph including the citation and the footnote.
    expect(para.start).toBe(at(text, 'Menurut'));
    expect(para.end).toBe(at(text, '.}') + 2);
    expectOffsetsSane(model);
  });

  it('finds every citation key with an exact span', () => {
    expect(model.keyCitations.map((c) => [c.command, c.key, text.slice(c.start, c.end)])).toEqual([
      ['citep', 'sugiyono2019', 'sugiyono2019'],
      ['citet', 'creswell2014', 'creswell2014'],
    ]);
    expect(model.keyCitations[0].start).toBe(at(text, 'sugiyono2019'));
  });

  it('has the bookkeeping fields', () => {
    expect(model.markup).toBe('latex');
    expect(model.problems).toEqual([]);
    expect(model.file.path).toBe('bab2.tex');
  });
});

describe('parseLatex: English article', () => {
  const text = [
    '\\section*{Introduction}',
    'As \\citet{ansell2008, emerson2012} argue, governance is collaborative',
    '\\citep[see][p.~5]{gash2008}. See also \\cites[cf.][]{a}{b} and',
    '\\parencite*{c}; \\Textcite{d} agrees. Equation~\\eqref{eq:1}',
    'shows $E=mc^2$ and',
    '\\begin{equation}\\label{eq:1} E = mc^2 \\end{equation}',
    'where \\emph{E} is energy---see \\url{https://x.org}.',
    '\\begin{verbatim}',
    '\\cite{notakey}',
    '\\end{verbatim}',
    '\\begin{figure}[h]',
    '  \\centering',
    '  \\includegraphics[width=\\textwidth]{fig1}',
    '  Body text of a figure.',
    '  \\caption[Short]{A \\textbf{figure} caption \\citep{f}.}\\label{fig:1}',
    '\\end{figure}',
    '\\begin{quote}',
    "Quoted ``text''.",
    '\\end{quote}',
    'Caf\\\'e, na\\"{i}ve, \\c{c}a, {\\"o}, \\ss{} and 50\\,\\% \\& \\_ % a comment',
    'end.\\nocite{*}',
  ].join('\n');
  const model = parse(text, 'intro.tex');

  it('keeps starred headings implicit', () => {
    expect(model.headings).toEqual([{ file: 'intro.tex', start: 0, end: 23, title: 'Introduction', level: 2, implicit: true }]);
  });

  it('drops citations, references, math, verbatim and figure bodies', () => {
    expect(texts(model)).toEqual([
      'Introduction',
      'As argue, governance is collaborative. See also and; agrees. Equation shows and where E is energy—see.',
      'A figure caption.',
      'Quoted “text”.',
      'Café, naïve, ça, ö, ß and 50 % & _ end.',
    ]);
    expect(model.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'caption', 'quote', 'paragraph']);
    expectOffsetsSane(model);
  });

  it('finds natbib, biblatex, multi-cite, starred and nocite keys', () => {
    expect(model.keyCitations.map((c) => `${c.command}:${c.key}${c.nocite ? ':nocite' : ''}`)).toEqual([
      'citet:ansell2008',
      'citet:emerson2012',
      'citep:gash2008',
      'cites:a',
      'cites:b',
      'parencite*:c',
      'Textcite:d',
      'citep:f',
      'nocite:*:nocite',
    ]);
    for (const c of model.keyCitations) expect(text.slice(c.start, c.end)).toBe(c.key);
  });
});

describe('parseLatex: tables', () => {
  const text = [
    '\\begin{table}[htbp]',
    '  \\centering',
    '  \\caption{Tabel 3.2 Hasil uji validitas}',
    '  \\label{tab:validitas}',
    '  \\begin{tabularx}{\\textwidth}{lXr}',
    '    \\toprule',
    '    Item & Keterangan & Nilai \\\\',
    '    \\midrule',
    '    X1 & \\textbf{Valid} & 0,812 \\\\',
    '    \\multicolumn{2}{l}{Rata-rata} & 0,79 \\\\',
    '    \\bottomrule',
    '  \\end{tabularx}',
    '  Sumber: Sugiyono (2019)',
    '\\end{table}',
    '',
    '\\begin{longtable}{|l|l|}',
    '\\caption{Daftar istilah}\\label{tab:istilah}\\\\',
    '\\hline',
    '\\textbf{Istilah} & \\textbf{Arti} \\\\ \\hline',
    '\\endfirsthead',
    '\\hline',
    '\\textbf{Istilah} & \\textbf{Arti} \\\\ \\hline',
    '\\endhead',
    '\\hline',
    '\\endfoot',
    'API & Antarmuka pemrograman \\\\',
    'ORM & Pemetaan objek \\\\',
    '\\end{longtable}',
    '',
    '\\begin{tabular}{ll}',
    'Tahun & Jumlah \\\\',
    '2019 & 45 \\\\',
    '2020 & 50',
    '\\end{tabular}',
    '',
    '\\begin{tabular}{ll}',
    'a & b \\\\',
    'c & d \\\\',
    '\\end{tabular}',
  ].join('\n');
  const model = parse(text);
  const rows = model.tables.map((t) => t.rows.map((r) => r.map((c) => c.text)));

  it('splits rows and cells, dropping rules', () => {
    expect(rows).toEqual([
      [
        ['Item', 'Keterangan', 'Nilai'],
        ['X1', 'Valid', '0,812'],
        ['Rata-rata', '0,79'],
      ],
      [
        ['Istilah', 'Arti'],
        ['API', 'Antarmuka pemrograman'],
        ['ORM', 'Pemetaan objek'],
      ],
      [
        ['Tahun', 'Jumlah'],
        ['2019', '45'],
        ['2020', '50'],
      ],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ]);
  });

  it('gives each cell the trimmed source span of its content', () => {
    for (const t of model.tables) {
      for (const row of t.rows) {
        for (const cell of row) {
          const src = text.slice(cell.start, cell.end);
          expect(src).toBe(src.trim());
          expect(src.length).toBeGreaterThan(0);
        }
      }
    }
    const valid = model.tables[0].rows[1][1];
    expect(text.slice(valid.start, valid.end)).toBe('\\textbf{Valid}');
    expect(text.slice(model.tables[1].rows[0][0].start, model.tables[1].rows[0][0].end)).toBe('\\textbf{Istilah}');
  });

  it('reads caption, LaTeX label and numbered label', () => {
    const [t1, t2, t3] = model.tables;
    expect(t1.caption).toBe('Tabel 3.2 Hasil uji validitas');
    expect(t1.label).toBe('Tabel 3.2');
    expect(t1.number).toBe('3.2');
    expect(t1.latexLabel).toBe('tab:validitas');
    expect(t1.captionSpan).toEqual({ file: 'bab2.tex', start: at(text, 'Tabel 3.2'), end: at(text, 'validitas}') + 9 });
    expect(t1.start).toBe(at(text, '\\begin{tabularx}'));
    expect(t1.end).toBe(at(text, '\\end{tabularx}') + '\\end{tabularx}'.length);
    expect(t2.caption).toBe('Daftar istilah');
    expect(t2.label).toBeUndefined();
    expect(t2.latexLabel).toBe('tab:istilah');
    expect(t2.number).toBe('tab:istilah');
    expect(t3.caption).toBeUndefined();
    expect(t3.latexLabel).toBeUndefined();
  });

  it('recognises header rows', () => {
    expect(model.tables.map((t) => t.headerRows)).toEqual([1, 1, 1, 0]);
  });

  it('keeps text outside the tabular as prose, cells as table-cell blocks', () => {
    expect(texts(model, 'paragraph')).toEqual(['Sumber: Sugiyono (2019)']);
    expect(texts(model, 'caption')).toEqual(['Tabel 3.2 Hasil uji validitas', 'Daftar istilah']);
    expect(texts(model, 'table-cell').slice(0, 3)).toEqual(['Item', 'Keterangan', 'Nilai']);
    expectOffsetsSane(model);
  });
});

describe('parseLatex: bibliography, bibitems, includes, metadata', () => {
  it('reads \\bibliography and \\addbibresource declarations', () => {
    const text = '\\bibliography{refs, more.bib}\n\\addbibresource[label=x]{lib.bib}\n\\addbibresource{other}\n';
    const model = parse(text);
    expect(model.bibliographies.map((b) => [b.written, b.path, text.slice(b.start, b.end)])).toEqual([
      ['refs', 'refs.bib', 'refs'],
      ['more.bib', 'more.bib', 'more.bib'],
      ['lib.bib', 'lib.bib', 'lib.bib'],
      ['other', 'other.bib', 'other'],
    ]);
  });

  it('reads thebibliography entries with exact bodies', () => {
    const text = [
      '\\begin{thebibliography}{99}',
      '\\bibitem[Sugiyono(2019)]{sugiyono2019} Sugiyono. 2019.',
      '\\newblock \\emph{Metode Penelitian Kuantitatif}. Bandung: Alfabeta.',
      '',
      '\\bibitem{ansell2008} Ansell, C. dan Gash, A. (2008). Collaborative governance.',
      '\\end{thebibliography}',
    ].join('\n');
    const model = parse(text);
    expect(model.bibItems.map((b) => [b.key, b.label, b.body.text])).toEqual([
      ['sugiyono2019', 'Sugiyono(2019)', 'Sugiyono. 2019. Metode Penelitian Kuantitatif. Bandung: Alfabeta.'],
      ['ansell2008', undefined, 'Ansell, C. dan Gash, A. (2008). Collaborative governance.'],
    ]);
    const [first, second] = model.bibItems;
    expect(first.start).toBe(at(text, '\\bibitem[Sugiyono'));
    expect(first.end).toBe(at(text, 'Alfabeta.') + 9);
    expect(second.start).toBe(at(text, '\\bibitem{ansell'));
    expect(text.slice(second.body.start, second.body.end)).toBe('Ansell, C. dan Gash, A. (2008). Collaborative governance.');
    expect(first.body.kind).toBe('paragraph');
    const k = first.body.text.indexOf('Metode');
    expect(first.body.offsets[k]).toBe(at(text, 'Metode'));
    // Entries are not prose blocks of the chapter.
    expect(model.blocks).toEqual([]);
  });

  it('lists includes in document order with whole-command spans', () => {
    const text = [
      '\\input{bab1}',
      '% \\input{commented}',
      '\\input bab2 ',
      '\\include{lampiran/a}',
      '\\subfile{chapters/c.tex}',
      '\\import{chapters/}{bab3}',
      '\\subimport{parts}{p1}',
      '\\iffalse \\input{hidden} \\fi',
    ].join('\n');
    const model = parse(text);
    expect(model.includes.map((i) => [i.command, i.written, text.slice(i.start, i.end)])).toEqual([
      ['input', 'bab1', '\\input{bab1}'],
      ['input', 'bab2', '\\input bab2'],
      ['include', 'lampiran/a', '\\include{lampiran/a}'],
      ['subfile', 'chapters/c.tex', '\\subfile{chapters/c.tex}'],
      ['import', 'chapters/bab3', '\\import{chapters/}{bab3}'],
      ['subimport', 'parts/p1', '\\subimport{parts}{p1}'],
    ]);
  });

  it('reads the document class and languages, and keeps the preamble out of the prose', () => {
    const text = [
      '\\documentclass[12pt,a4paper]{report}',
      '\\usepackage[english,bahasa]{babel}',
      '\\usepackage{natbib}',
      '\\hypersetup{colorlinks=true}',
      '\\newcommand{\\kata}[1]{\\textit{#1}}',
      'Stray preamble words.',
      '\\addbibresource{pustaka.bib}',
      '\\begin{document}',
      '',
      'Isi dokumen.',
      '',
      '\\end{document}',
      'After the end.',
    ].join('\n');
    const model = parse(text, 'main.tex');
    expect(model.metadata).toEqual({ documentclass: 'report', languages: ['english', 'bahasa'], lang: 'id' });
    expect(texts(model)).toEqual(['Isi dokumen.']);
    expect(model.bibliographies.map((b) => b.written)).toEqual(['pustaka.bib']);
  });

  it('reads polyglossia languages', () => {
    const model = parse('\\setmainlanguage{english}\n\\setotherlanguage{indonesian}\n');
    expect(model.metadata).toEqual({ languages: ['english', 'indonesian'], lang: 'en' });
  });
});

describe('parseLatex: special structure', () => {
  it('turns \\begin{abstract} into an abstract heading', () => {
    const text = '\\begin{abstract}\nPenelitian ini membahas tata kelola.\n\\end{abstract}\n';
    const model = parse(text);
    expect(model.headings).toEqual([{ file: 'bab2.tex', start: 0, end: 16, title: 'Abstract', level: 1, implicit: true, role: 'abstract' }]);
    expect(texts(model)).toEqual(['Penelitian ini membahas tata kelola.']);
  });

  it('keeps literal Indonesian front-matter headings and marks appendix headings', () => {
    const text = '\\chapter*{ABSTRAK}\nIsi.\n\n\\appendix\n\\chapter{Kuesioner}\n\\section{\\MakeUppercase{Bagian} A}\n';
    const model = parse(text);
    expect(model.headings.map((h) => [h.title, h.level, h.implicit, h.role])).toEqual([
      ['ABSTRAK', 1, true, undefined],
      ['Kuesioner', 1, undefined, 'appendix'],
      ['Bagian A', 2, undefined, 'appendix'],
    ]);
  });

  it('reads every sectioning level, short titles and run-in paragraphs', () => {
    const text = [
      '\\part{Bagian Satu}',
      '\\section[Pendek]{Judul yang Panjang}',
      '\\subsection{Dua}',
      '\\subsubsection{Tiga}',
      '\\paragraph{Run-in.} Teks setelahnya \\cite{a}.',
      '\\subparagraph*{Enam}',
    ].join('\n');
    const model = parse(text);
    expect(model.headings.map((h) => [h.level, h.title, h.implicit ?? false, text.slice(h.start, h.end)])).toEqual([
      [1, 'Bagian Satu', false, '\\part{Bagian Satu}'],
      [2, 'Judul yang Panjang', false, '\\section[Pendek]{Judul yang Panjang}'],
      [3, 'Dua', false, '\\subsection{Dua}'],
      [4, 'Tiga', false, '\\subsubsection{Tiga}'],
      [5, 'Run-in.', false, '\\paragraph{Run-in.}'],
      [6, 'Enam', true, '\\subparagraph*{Enam}'],
    ]);
    expect(texts(model, 'paragraph')).toEqual(['Teks setelahnya.']);
    const title = model.blocks.find((b) => b.text === 'Judul yang Panjang');
    expect(title && text.slice(title.start, title.end)).toBe('Judul yang Panjang');
  });

  it('attaches \\captionof{table} in a minipage to its tabular', () => {
    const text =
      '\\begin{center}\\begin{minipage}{0.5\\textwidth}\n\\captionof{table}{Tabel 4 Ringkas}\n' +
      '\\begin{tabular}{cc} 1 & 2 \\\\ 3 & 4 \\end{tabular}\n\\end{minipage}\\end{center}';
    const model = parse(text);
    expect(model.tables.map((t) => [t.label, t.number, t.caption, t.headerRows])).toEqual([['Tabel 4', '4', 'Tabel 4 Ringkas', 0]]);
    expect(model.tables[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps a macro-only title as written', () => {
    const model = parse('\\chapter{\\babDua}\n');
    expect(model.headings.map((h) => h.title)).toEqual(['\\babDua']);
  });

  it('skips \\iffalse … \\fi and comment environments', () => {
    const text = 'Awal.\n\n\\iffalse\n\\section{Hidden}\nHidden \\cite{h}.\n\n\\fi\nAkhir \\cite{k}.\n\\begin{comment}\n\\cite{c}\n\\end{comment}\n';
    const model = parse(text);
    expect(model.headings).toEqual([]);
    expect(texts(model)).toEqual(['Awal.', 'Akhir.']);
    expect(model.keyCitations.map((c) => c.key)).toEqual(['k']);
  });

  it('splits paragraphs on blank lines and \\par, and lists on \\item', () => {
    const model = parse('Satu dua.\nTiga.\n\nEmpat.\\par Lima.\n\\begin{enumerate}\\item A\n\\item B\\end{enumerate}\nEnam.');
    expect(model.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Satu dua. Tiga.'],
      ['paragraph', 'Empat.'],
      ['paragraph', 'Lima.'],
      ['list-item', 'A'],
      ['list-item', 'B'],
      ['paragraph', 'Enam.'],
    ]);
  });

  it('reads CR LF line ends as line ends, not paragraph breaks', () => {
    const text = '\\begin{enumerate}\r\n\t\\item Elemen yang disebut\r\n\t\\textit{neuron}.\r\n\r\n\\end{enumerate}\r\nDua\r\nbaris.';
    const model = parse(text);
    expect(model.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Elemen yang disebut neuron.'],
      ['paragraph', 'Dua baris.'],
    ]);
    expectOffsetsSane(model);
  });

  it('gives the same result from the chunk trees of an earlier text, with offsets of the new text', () => {
    const body = 'Menurut Sugiyono (2019) \\citep{s}.\n\n\\section{Metode}\nTeks.\n';
    const used = new Map();
    const a = parseLatex(makeSourceFile('/t/bab.tex', body), { used });
    expect(used.size).toBeGreaterThan(0);
    const b = parseLatex(makeSourceFile('/t/bab.tex', body), { previous: used });
    expect(b).toEqual(a);
    const shifted = parseLatex(makeSourceFile('/t/bab.tex', 'X.\n\n' + body), { previous: used });
    expect(shifted.keyCitations[0].start).toBe(a.keyCitations[0].start + 4);
    expect(shifted.headings[0].start).toBe(a.headings[0].start + 4);
    expect(shifted.blocks.slice(1).map((x) => x.offsets[0])).toEqual(a.blocks.map((x) => x.offsets[0] + 4));
  });
});

describe('parseLatex: robustness', () => {
  it('survives 20k opening braces', () => {
    const model = parse('{'.repeat(20000));
    expect(model.markup).toBe('latex');
    expect(model.problems.length).toBeGreaterThan(0);
  });

  it('falls back to a crude reading where the grammar overflows, still finding keys exactly', () => {
    const text = 'Teks \\citep{kunci2020} lanjut ' + '{'.repeat(6000) + ' \\cite{dalam}';
    const model = parse(text);
    expect(model.problems.length).toBe(1);
    expect(model.keyCitations.map((c) => [c.key, text.slice(c.start, c.end)])).toEqual([
      ['kunci2020', 'kunci2020'],
      ['dalam', 'dalam'],
    ]);
  });

  it('survives lone and mismatched environments', () => {
    for (const text of [
      '\\begin{tabular}',
      '\\begin{tabular}{ll} a & b',
      '\\end{itemize} text',
      '\\end{document}',
      '\\section{',
      '\\section',
      '\\cite{',
      '\\bibitem',
      '\\begin{thebibliography}\\bibitem',
      '$$ a',
      '\\verb|x',
      "\\'",
      '\\item[',
      '}}}}{{{{',
      '\\iffalse',
      '\\makeatletter \\def\\a@b{',
      '',
    ]) {
      const model = parse(text);
      expect(model.markup).toBe('latex');
      expectOffsetsSane(model);
    }
  });

  it('survives a large random mix of special characters', () => {
    const chars = '\\{}$&%#_^~[] \nabc';
    let s = '';
    for (let i = 0; i < 10000; i++) s += chars[(i * 7919 + (i >> 3)) % chars.length];
    const model = parse(s);
    expect(model.markup).toBe('latex');
    expectOffsetsSane(model);
  });
});
