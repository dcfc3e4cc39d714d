// Assembles the benchmark theses at run time from real material: chapters of the public theses
// in ../shared/corpus and the bundled seed-004 article. Nothing generated is committed; the
// files are written to a temporary folder that the benchmark removes afterwards.
//
// Markdown thesis: one Pandoc project (metadata.yaml + chapter files read in name order), so
// an edit touches one chapter of many, as in a real bookdown/Quarto/Pandoc thesis.
// LaTeX thesis: one root that \input's the chapters of several LaTeX theses, each copied with
// its own folder so their own \input{tables/…} still resolve, with all their .bib files.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface AssembledThesis {
  markup: 'markdown' | 'latex';
  /** The folder (Markdown project) or root .tex file to check. */
  root: string;
  /** The manuscript files, in reading order (what the language server opens). */
  chapters: string[];
  /** Whitespace-separated words of the manuscript sources. */
  words: number;
  bytes: number;
  /** Where each chapter came from, for the report. */
  sources: string[];
}

/** Markdown/R Markdown/Quarto chapters, in the order they are read. */
const MARKDOWN_CHAPTERS: string[] = [
  'id-skripsi-untan-pwa-lsp-md/01-bab1.md',
  'id-skripsi-untan-pwa-lsp-md/02-bab2.md',
  'id-skripsi-untan-pwa-lsp-md/03-bab3.md',
  'id-skripsi-untan-pwa-lsp-md/04-bab4.md',
  'id-skripsi-untan-pwa-lsp-md/05-bab5.md',
  'en-med-athabasca-studybuddy-rmd/01-introduction.Rmd',
  'en-med-athabasca-studybuddy-rmd/02-literature-review.Rmd',
  'en-med-athabasca-studybuddy-rmd/03-methods.Rmd',
  'en-med-athabasca-studybuddy-rmd/04-quan-results.Rmd',
  'en-med-athabasca-studybuddy-rmd/05-qual-results.Rmd',
  'en-med-athabasca-studybuddy-rmd/06-merged-results.Rmd',
  'en-med-athabasca-studybuddy-rmd/07-conclusions.Rmd',
  'en-ba-reed-ohio-opioid-rmd/01-chap1.Rmd',
  'en-ba-reed-ohio-opioid-rmd/02-chap2.Rmd',
  'en-ba-reed-ohio-opioid-rmd/03-chap3.Rmd',
  'en-ba-reed-ohio-opioid-rmd/04-conclusion.Rmd',
  'en-ma-monitoring-experiment-rmd/02-Design.Rmd',
  'en-ma-monitoring-experiment-rmd/03-Predictions.Rmd',
  'en-ma-monitoring-experiment-rmd/04-Strategy.Rmd',
  'en-ma-monitoring-experiment-rmd/06-Conclusion.Rmd',
  'en-ba-duke-su-grading-qmd/code/final_draft.qmd',
  'en-msc-ugent-mi-causality-rmd/thesis.Rmd',
  // The written reference list closes the thesis.
  'en-med-athabasca-studybuddy-rmd/08-references.Rmd',
];

const MARKDOWN_BIBLIOGRAPHIES: string[] = [
  'id-skripsi-untan-pwa-lsp-md/daftar-pustaka.bib',
  'en-ba-reed-ohio-opioid-rmd/bib/thesis.bib',
  'en-ma-monitoring-experiment-rmd/references.bib',
  'en-ba-duke-su-grading-qmd/references/references.bib',
];

/** LaTeX theses: folder, chapter files (without .tex) in order. */
const LATEX_THESES: { folder: string; chapters: string[] }[] = [
  { folder: 'en-skripsi-ui-django-jsonfield', chapters: ['abstrak', 'bab1', 'bab2', 'bab3', 'bab4', 'bab5', 'bab6', 'kesimpulan'] },
  { folder: 'id-disertasi-ub-som', chapters: ['bab1', 'bab2', 'bab3', 'bab4', 'bab5', 'bab6', 'bab7', 'bab8'] },
  { folder: 'id-skripsi-lstm-ecg-edge', chapters: ['bab1-v2', 'bab2', 'bab3', 'bab4', 'bab5', 'bab6', 'bab7'] },
  {
    folder: 'id-skripsi-usu-swot-grabfood',
    chapters: ['chapters/01-pendahuluan', 'chapters/02-tinjauan-pustaka', 'chapters/02-tabel-penelitian-terdahulu', 'chapters/03-metodologi-penelitian'],
  },
  { folder: 'id-skripsi-unpar-hadoop-bi', chapters: ['Bab/bab1', 'Bab/bab2', 'Bab/bab3', 'Bab/bab4', 'Bab/bab5', 'Bab/bab6', 'Bab/bab7'] },
  { folder: 'en-tesis-itb-dirgantara-kriging', chapters: ['chapters/bab1', 'chapters/bab2', 'chapters/bab3', 'chapters/bab4', 'chapters/bab5'] },
];

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

function stripFrontMatter(text: string): string {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

function requireDir(dir: string, what: string): void {
  if (!fs.existsSync(dir)) throw new Error(`${what} not found at ${dir}`);
}

/**
 * The Markdown thesis: seed-004 as its opening, then chapters of five real theses, then a
 * written reference list; four .bib files declared in metadata.yaml. Front matter of the copied
 * chapters is dropped (it would declare bibliographies relative to folders that are not copied).
 */
export function assembleMarkdown(corpus: string, seed: string, out: string): AssembledThesis {
  requireDir(corpus, 'The shared corpus');
  fs.mkdirSync(out, { recursive: true });
  const bibs: string[] = [];
  for (const [i, rel] of MARKDOWN_BIBLIOGRAPHIES.entries()) {
    const name = `bib${i + 1}-${path.basename(rel)}`;
    fs.copyFileSync(path.join(corpus, rel), path.join(out, name));
    bibs.push(name);
  }
  fs.writeFileSync(path.join(out, 'metadata.yaml'), `title: thesislint benchmark thesis\nlang: en\nbibliography:\n${bibs.map((b) => `  - ${b}\n`).join('')}`);
  const sources = [seed, ...MARKDOWN_CHAPTERS.map((c) => path.join(corpus, c))];
  const chapters: string[] = [];
  let words = 0;
  let bytes = 0;
  for (const [i, source] of sources.entries()) {
    const text = stripFrontMatter(fs.readFileSync(source, 'utf8'));
    const name = `${String(i).padStart(2, '0')}-${path.basename(source).replace(/\.(md|rmd|qmd)$/i, '')}.md`;
    const target = path.join(out, name);
    fs.writeFileSync(target, text);
    chapters.push(target);
    words += countWords(text);
    bytes += Buffer.byteLength(text);
  }
  return { markup: 'markdown', root: out, chapters, words, bytes, sources: sources.map((s) => path.relative(path.dirname(corpus), s)) };
}

/** Makes a copied folder writable and removes its LaTeX roots (files with \documentclass). */
function prepareCopy(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) prepareCopy(file);
    else {
      fs.chmodSync(file, 0o644);
      if (/\.(tex|ltx)$/i.test(entry.name) && /^[^%\n]*\\documentclass/m.test(fs.readFileSync(file, 'utf8'))) fs.rmSync(file);
    }
  }
}

/** The LaTeX thesis: a root that \input's the chapters of six LaTeX theses, with all their bibliographies. */
export function assembleLatex(corpus: string, out: string): AssembledThesis {
  requireDir(corpus, 'The shared corpus');
  fs.mkdirSync(out, { recursive: true });
  const inputs: string[] = [];
  const bibs: string[] = [];
  const chapters: string[] = [];
  const sources: string[] = [];
  let words = 0;
  let bytes = 0;
  for (const [i, thesis] of LATEX_THESES.entries()) {
    const slug = `t${i + 1}`;
    fs.cpSync(path.join(corpus, thesis.folder), path.join(out, slug), { recursive: true });
    // The corpus is read-only; its copies must be writable (and removable) by the benchmark.
    // The copied thesis's own root would claim its chapters (the server looks for the root
    // including an opened chapter beside it): only the assembled root stays a root.
    prepareCopy(path.join(out, slug));
    for (const name of fs.readdirSync(path.join(out, slug))) if (/\.bib$/i.test(name)) bibs.push(`${slug}/${name.replace(/\.bib$/i, '')}`);
    for (const chapter of thesis.chapters) {
      const file = path.join(out, slug, `${chapter}.tex`);
      const text = fs.readFileSync(file, 'utf8');
      inputs.push(`\\input{${slug}/${chapter}}`);
      chapters.push(file);
      sources.push(`corpus/${thesis.folder}/${chapter}.tex`);
      words += countWords(text);
      bytes += Buffer.byteLength(text);
    }
  }
  const root = path.join(out, 'thesis.tex');
  const rootText = [
    '\\documentclass[12pt,a4paper]{report}',
    '\\usepackage[utf8]{inputenc}',
    '\\usepackage{natbib}',
    '\\title{thesislint benchmark thesis}',
    '\\begin{document}',
    '\\maketitle',
    ...inputs,
    '\\bibliographystyle{plainnat}',
    `\\bibliography{${bibs.join(',')}}`,
    '\\end{document}',
    '',
  ].join('\n');
  fs.writeFileSync(root, rootText);
  return { markup: 'latex', root, chapters: [root, ...chapters], words, bytes, sources };
}
