// Finding the manuscripts of a project as the tools that build it do (Pandoc, Quarto, bookdown,
// latexmk, LaTeX Workshop), from the command line's paths and from one chapter opened in an editor.
import { describe, expect, it } from 'vitest';
import { discoverManuscripts, manuscriptFor, MemoryHost, type FileHost, type ManuscriptSpec } from '../../server/src/engine';
import { buildManuscript } from '../../server/src/engine/manuscript';
import { includeTargets, isLatexRoot, sortChapters } from '../../server/src/engine/project';

const host = (files: Record<string, string>): FileHost => new MemoryHost(new Map(Object.entries(files)));
const discover = (files: Record<string, string>, paths: string[], cwd = '/p') => discoverManuscripts(paths, host(files), { cwd });
/** Root and files of each manuscript, as short strings. */
const shapes = (specs: ManuscriptSpec[]) => specs.map((s) => `${s.root}: ${s.files.join(', ')}`);

const BEGIN = '\\documentclass{report}\n\\begin{document}\n';
const END = '\\end{document}\n';

describe('LaTeX roots', () => {
  it('are files with \\begin{document}, not a preamble with \\documentclass, a standalone figure or a Pandoc template', () => {
    expect(isLatexRoot(`${BEGIN}Teks.\n${END}`)).toBe(true);
    expect(isLatexRoot('\\input{Preamble/preamble}\n\\begin{document}\nTeks.\n\\end{document}\n')).toBe(true);
    expect(isLatexRoot('\\documentclass[12pt]{book}\n\\usepackage{biblatex}\n')).toBe(false);
    expect(isLatexRoot('\\documentclass[tikz]{standalone}\n\\begin{document}\n\\tikz\\draw (0,0);\n\\end{document}\n')).toBe(false);
    expect(isLatexRoot('\\documentclass{$documentclass$}\n\\begin{document}\n$body$\n\\end{document}\n')).toBe(false);
    expect(isLatexRoot('% \\begin{document}\n\\chapter{Bab}\n')).toBe(false);
  });

  it('read include targets with spaces and import folders, each line\u2019s first command before a comment', () => {
    expect(includeTargets('\\input{Isi/Tinjauan Pustaka}\n\\include{bab/1-pendahuluan.tex} % \\input{lama}\n\\subimport{bab}{2-tinjauan.tex}\n')).toEqual([
      'Isi/Tinjauan Pustaka',
      'bab/1-pendahuluan.tex',
      'bab/2-tinjauan.tex',
    ]);
  });

  it('of a chapter: the one its `% !TEX root` names, else the nearest root up to three folders up that reads it', () => {
    const files = {
      '/p/main.tex': `${BEGIN}\\input{chapters/intro/intro}\n\\input{Bab/BAB 2/rumah susun}\n${END}`,
      '/p/chapters/intro/intro.tex': '\\chapter{Introduction}\n\\input{chapters/intro/sections/aim}\n',
      '/p/chapters/intro/sections/aim.tex': 'The aim.\n',
      '/p/Bab/BAB 2/rumah susun.tex': '\\section{Rumah susun}\n',
      '/p/other/notes.tex': '% !TEX root = ../main.tex\n\\section{Notes}\n',
      '/p/orphan.tex': '\\section{Orphan}\n',
    };
    const h = host(files);
    expect(manuscriptFor('/p/chapters/intro/sections/aim.tex', h).root).toBe('/p/main.tex');
    expect(manuscriptFor('/p/Bab/BAB 2/rumah susun.tex', h).root).toBe('/p/main.tex');
    expect(manuscriptFor('/p/other/notes.tex', h).root).toBe('/p/main.tex');
    expect(manuscriptFor('/p/orphan.tex', h).root).toBe('/p/orphan.tex');
  });

  it('follow \\include with its extension, names with spaces, and chapters a pgffor loop builds from a macro', () => {
    const files = {
      '/p/skripsi.tex': [
        BEGIN,
        '\\include{bab/1-pendahuluan.tex}\n',
        '\\input{Isi/Tinjauan Pustaka}\n',
        '\\foreach \\i in {3,4} {\\edef\\vfile{Bab/bab\\i} \\IfFileExists{\\vfile}{\\include{\\vfile}}{}}\n',
        '\\foreach \\i in {A} {\\edef\\vfile{Lampiran/lamp\\i} \\include{\\vfile}}\n',
        END,
      ].join(''),
      '/p/bab/1-pendahuluan.tex': 'Satu.\n',
      '/p/Isi/Tinjauan Pustaka.tex': 'Dua.\n',
      '/p/Bab/bab3.tex': 'Tiga.\n',
      '/p/Bab/bab4.tex': 'Empat.\n',
      '/p/Lampiran/lampA.tex': 'Lampiran.\n',
    };
    const h = host(files);
    const manuscript = buildManuscript(manuscriptFor('/p/skripsi.tex', h), h);
    expect(manuscript.fileOrder).toEqual([
      '/p/skripsi.tex',
      '/p/bab/1-pendahuluan.tex',
      '/p/Isi/Tinjauan Pustaka.tex',
      '/p/Bab/bab3.tex',
      '/p/Bab/bab4.tex',
      '/p/Lampiran/lampA.tex',
    ]);
    expect(manuscript.problems).toEqual([]);
    // A chapter opened in the editor finds the root its loop includes it from: each loop's
    // \edef\vfile is the one before its \include, not the last one of the file.
    expect(manuscriptFor('/p/Bab/bab3.tex', h).root).toBe('/p/skripsi.tex');
    expect(manuscriptFor('/p/Lampiran/lampA.tex', h).root).toBe('/p/skripsi.tex');
  });

  it('read the bibliography a local class or style file declares, and leave TeX Live\u2019s own bibliographies alone', () => {
    const files = {
      '/p/skripsi.tex': `\\documentclass{lib/skripsi}\n\\usepackage{gaya}\n\\begin{document}\n\\cite{a}\n\\bibliography{IEEEabrv,extra}\n${END}`,
      '/p/lib/skripsi.cls': '\\LoadClass{report}\n% \\addbibresource{lama.bib}\n\\addbibresource{bibtex/daftar-pustaka.bib}\n',
      '/p/gaya.sty': '\\RequirePackage{natbib}\n',
      '/p/bibtex/daftar-pustaka.bib': '@book{a, author={A, B}, title={T}, year=2020}\n',
      '/p/extra.bib': '@book{b, author={C, D}, title={U}, year=2021}\n',
    };
    const h = host(files);
    const manuscript = buildManuscript(manuscriptFor('/p/skripsi.tex', h), h);
    expect(manuscript.bibliographies.map((b) => [b.declaration.path, b.database?.entries.length, b.inferred ?? false])).toEqual([
      ['/p/extra.bib', 1, false],
      ['/p/bibtex/daftar-pustaka.bib', 1, false],
    ]);
    expect(manuscript.files.has('/p/lib/skripsi.cls')).toBe(true);
  });
});

describe('a folder', () => {
  it('is searched below its top level, except where a manuscript found above reads the files', () => {
    const found = discover(
      {
        '/p/abbr.md': '# Abbreviations\n',
        '/p/src/00_thesis.md': '---\ntitle: Thesis\n---\n\n# Introduction\n',
        '/p/src/02_results.md': '# Results\n',
        '/p/tex/main.tex': `${BEGIN}\\input{chapters/one}\n${END}`,
        '/p/tex/chapters/one.tex': 'One.\n',
        '/p/tex/chapters/figures/plot.tex': '\\documentclass{standalone}\n\\begin{document}x\\end{document}\n',
      },
      ['.'],
    );
    expect(found.errors).toEqual([]);
    // The first file of a Pandoc project carries its title: the chapters are one manuscript.
    expect(shapes(found.manuscripts)).toEqual(['/p: /p/abbr.md', '/p/src: /p/src/00_thesis.md, /p/src/02_results.md', '/p/tex/main.tex: /p/tex/main.tex']);
    expect(found.manuscripts.every((m) => m.searchRoot === '/p')).toBe(true);
  });

  it('reads a Pandoc metadata.yaml of several YAML documents, and a chapter list file in its order', () => {
    const found = discover(
      {
        '/p/metadata.yaml': '---\ntitle: A thesis\n---\n---\nbibliography: thesis.bib\n...\n',
        '/p/chapters.list': '# front\nchapters/intro.md\n# chapters/dropped.md\nchapters/method.md\n',
        '/p/chapters/intro.md': '# Intro\n',
        '/p/chapters/method.md': '# Method\n',
        '/p/chapters/dropped.md': '# Dropped\n',
        '/p/summary.md': '# Summary\n',
      },
      ['.'],
    );
    expect(shapes(found.manuscripts)).toEqual(['/p: /p/chapters/intro.md, /p/chapters/method.md']);
    expect(found.manuscripts[0].bibliographies.map((b) => [b.written, b.path])).toEqual([['thesis.bib', '/p/thesis.bib']]);
    expect(found.manuscripts[0].projectFiles).toEqual(['/p/metadata.yaml', '/p/chapters.list']);
  });

  it('reads a bookdown book with rmd_subdir, and one whose _bookdown.yml is written at build time', () => {
    const withSubdir = discover(
      {
        '/p/_bookdown.yml': 'rmd_subdir: ["Rmd"]\n',
        '/p/index.Rmd': '---\nsite: bookdown::bookdown_site\n---\n',
        '/p/Rmd/02-metode.Rmd': '# Metode\n',
        '/p/Rmd/01-pendahuluan.Rmd': '# Pendahuluan\n',
        '/p/Rmd/_catatan.Rmd': 'Catatan.\n',
      },
      ['.'],
    );
    expect(shapes(withSubdir.manuscripts)).toEqual(['/p: /p/index.Rmd, /p/Rmd/01-pendahuluan.Rmd, /p/Rmd/02-metode.Rmd']);
    const generated = discover({ '/p/index.Rmd': '---\ntitle: x\nsite: bookdown::bookdown_site\n---\n', '/p/02-b.Rmd': '# B\n', '/p/01-a.Rmd': '# A\n' }, [
      '.',
    ]);
    expect(shapes(generated.manuscripts)).toEqual(['/p: /p/index.Rmd, /p/01-a.Rmd, /p/02-b.Rmd']);
  });

  it('puts Roman chapter numbers and numbers in their order', () => {
    expect(sortChapters(['/t/BAB_V.md', '/t/BAB_IV_HASIL.md', '/t/BAB_I_PENDAHULUAN.md', '/t/BAB_III.md', '/t/BAB_II.md'])).toEqual([
      '/t/BAB_I_PENDAHULUAN.md',
      '/t/BAB_II.md',
      '/t/BAB_III.md',
      '/t/BAB_IV_HASIL.md',
      '/t/BAB_V.md',
    ]);
    expect(sortChapters(['/t/bab10.md', '/t/bab2.md', '/t/bab1.md'])).toEqual(['/t/bab1.md', '/t/bab2.md', '/t/bab10.md']);
  });

  it('whose only Markdown file is its README is that report', () => {
    expect(shapes(discover({ '/p/README.md': '# Laporan\n', '/p/LICENSE': 'MIT' }, ['.']).manuscripts)).toEqual(['/p/README.md: /p/README.md']);
  });

  it('whose README describes a manuscript below it is not a manuscript itself', () => {
    const files = { '/p/README.md': '# eulerr\n\nSee the vignette.\n', '/p/vignettes/eulerr.tex': `${BEGIN}Teks.\n${END}` };
    expect(shapes(discover(files, ['.']).manuscripts)).toEqual(['/p/vignettes/eulerr.tex: /p/vignettes/eulerr.tex']);
    // Nor are a template's CREDITS.md and AUTHORS.md beside the thesis folder.
    const template = { '/q/document/CREDITS.md': '# Credits\n\nPetra Barus (2014).\n', '/q/document/src/thesis.tex': `${BEGIN}Teks.\n${END}` };
    expect(shapes(discover(template, ['.'], '/q').manuscripts)).toEqual(['/q/document/src/thesis.tex: /q/document/src/thesis.tex']);
  });

  it('reads R Markdown and Quarto files that say how they are rendered as documents of their own', () => {
    const files = {
      '/p/manuscript/thesis.Rmd': '---\nlink-citations: true\noutput:\n  pdf_document: default\nbibliography: bibliography.bib\n---\n\n# Introduction\n',
      '/p/manuscript/supplementary.Rmd': "---\ntitle: ''\noutput: pdf_document\n---\n\n# Supplement\n",
      '/p/manuscript/figures.qmd': '---\nformat: html\n---\n\n# Figures\n',
      '/p/chapters/bab1.md': '# Bab 1\n',
      '/p/chapters/bab2.md': '# Bab 2\n',
    };
    expect(shapes(discover(files, ['.']).manuscripts)).toEqual([
      '/p/chapters: /p/chapters/bab1.md, /p/chapters/bab2.md',
      '/p/manuscript/figures.qmd: /p/manuscript/figures.qmd',
      '/p/manuscript/supplementary.Rmd: /p/manuscript/supplementary.Rmd',
      '/p/manuscript/thesis.Rmd: /p/manuscript/thesis.Rmd',
    ]);
  });
});

describe('paths on the command line', () => {
  const files = {
    '/p/metadata.yaml': 'bibliography: refs.bib\n',
    '/p/bab1.md': '# Bab 1\n',
    '/p/bab2.md': '# Bab 2\n',
    '/q/bab1.md': '# Bab 1\n',
    '/q/bab2.md': '# Bab 2\n',
    '/q/notes.md': '# Notes\n',
    '/q/Makefile': 'all:\n\tpandoc *.md\n',
  };

  it('several chapters of one project are that project, once', () => {
    expect(shapes(discover(files, ['bab1.md', 'bab2.md']).manuscripts)).toEqual(['/p: /p/bab1.md, /p/bab2.md']);
    expect(shapes(discover(files, ['metadata.yaml']).manuscripts)).toEqual(['/p: /p/bab1.md, /p/bab2.md']);
  });

  it('Markdown files named together from one folder are one manuscript, in the order given, as pandoc reads them', () => {
    expect(shapes(discover(files, ['bab2.md', 'bab1.md'], '/q').manuscripts)).toEqual(['/q: /q/bab2.md, /q/bab1.md']);
    expect(shapes(discover(files, ['/q/bab1.md', '/p/bab1.md']).manuscripts)).toEqual(['/q/bab1.md: /q/bab1.md', '/p: /p/bab1.md, /p/bab2.md']);
  });

  it('a path that names no manuscript is an error with the reason', () => {
    expect(discover(files, ['Makefile', 'tidak-ada.md'], '/q').errors).toEqual([
      { path: 'Makefile', message: 'is not a manuscript file (Markdown, LaTeX, Quarto, R Markdown or Word)' },
      { path: 'tidak-ada.md', message: 'does not exist' },
    ]);
  });

  it('an opened chapter that cites without a reference list of its own is read with its folder\u2019s chapters, as `thesislint check FOLDER` reads it', () => {
    const chapters = {
      '/r/bab1.md': '# BAB I\n\nMenurut Sugiyono (2019) sampel adalah bagian dari populasi [@moleong2017].\n',
      '/r/bab2.md': '# BAB II\n\nTeks tanpa sitasi.\n',
      '/r/daftar-pustaka.md': '# DAFTAR PUSTAKA\n\nSugiyono. (2019). *Metode penelitian*. Alfabeta.\n',
      '/r/artikel.md': '# Artikel\n\nTeks (Putnam, 2000).\n\n## References\n\nPutnam, R. D. (2000). *Bowling alone*. Simon & Schuster.\n',
    };
    const h = host(chapters);
    expect(manuscriptFor('/r/bab1.md', h).files).toEqual(['/r/artikel.md', '/r/bab1.md', '/r/bab2.md', '/r/daftar-pustaka.md']);
    // Complete in itself (its own list), or citing nothing: read alone.
    expect(manuscriptFor('/r/artikel.md', h).files).toEqual(['/r/artikel.md']);
    expect(manuscriptFor('/r/bab2.md', h).files).toEqual(['/r/bab2.md']);
  });

  it('the titled first file that opens a folder\u2019s chapters (`pandoc *.md`) is read with them, though it holds the reference list', () => {
    const thesis = {
      '/t/00_thesis.md': '---\ntitle: "Memory Safety"\nbibliography: bibliography.bib\n---\n\n# Introduction\n\nBorrow checking [@polonius].\n\n# References\n',
      '/t/02_ir.md': '# IR dumps\n\nThe MIR [@rustc2023] is dumped.\n',
      '/t/bibliography.bib': '@misc{polonius, title={Polonius}, year={2022}}\n@misc{rustc2023, title={Rustc}, year={2023}}\n',
    };
    const h = host(thesis);
    expect(manuscriptFor('/t/00_thesis.md', h).files).toEqual(['/t/00_thesis.md', '/t/02_ir.md']);
    expect(manuscriptFor('/t/02_ir.md', h).files).toEqual(['/t/00_thesis.md', '/t/02_ir.md']);
    // A titled article beside other titled documents is one of several: read alone.
    const articles = {
      '/a/one.md': '---\ntitle: One\n---\n\nText [@x].\n\n# References\n',
      '/a/two.md': '---\ntitle: Two\n---\n\nText [@y].\n\n# References\n',
    };
    expect(manuscriptFor('/a/one.md', host(articles)).files).toEqual(['/a/one.md']);
  });
});
