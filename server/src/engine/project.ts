// Finds the manuscripts behind the paths a user names, the way the tools that build them do:
// a LaTeX root with its \input tree (latexmk, LaTeX Workshop: the file with \begin{document}, or
// the one a `% !TEX root` comment names), a Quarto/bookdown/Pandoc project in its chapter order
// (_quarto.yml, _bookdown.yml with rmd_files and rmd_subdir, metadata.yaml, a chapter list file),
// or Markdown chapters read as `pandoc *.md` reads them. A folder is searched below its top level
// too, except where a manuscript found above already reads the files.
import { TextMemo } from './memo';
import { slot, type DerivedCache } from './derived';
import { parseAllDocuments } from 'yaml';
import type { FileHost } from './host';
import type { Markup, Span } from './model';
import { FOLDER_EXTENSIONS, isManuscriptFile, MANUSCRIPT_EXTENSIONS } from './files';
import { dirname, extname, join, resolvePath, basename } from './paths';
import { commentedAt, findCommands } from './parse/latex/commands';

export { isManuscriptFile, markupFor, markupOf } from './files';

export interface DeclaredBibliography {
  written: string;
  path: string;
  /** Where it was declared (a project file or the command line has no span). */
  declaredIn?: Span;
}

export interface ManuscriptSpec {
  /** The main file, or the project folder for a multi-file Markdown project. */
  root: string;
  markup: Markup;
  /** Chapter files in reading order. For LaTeX only the root: includes are followed when built. */
  files: string[];
  /** Bibliographies declared outside the chapter files (project files, configuration, --bib). */
  bibliographies: DeclaredBibliography[];
  /** Project files read for the order/bibliography (shown as locations of their findings). */
  projectFiles: string[];
  /**
   * The folder the manuscript was found from (the folder named on the command line, the editor's
   * workspace folder): a .bib that nothing declares is looked for up to it.
   */
  searchRoot?: string;
}

export interface DiscoveryError {
  path: string;
  message: string;
}

/** Files that make a folder a Quarto, bookdown or Pandoc project. */
export const PROJECT_FILE_NAMES: readonly string[] = ['_quarto.yml', '_quarto.yaml', '_bookdown.yml', 'metadata.yaml', 'metadata.yml'];

const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  '_book',
  '_site',
  'docs',
  '_freeze',
  '.quarto',
  'dist',
  'out',
  'build',
  // Figures and images: standalone TikZ documents and diagram notes, never chapters.
  'figures',
  'figure',
  'fig',
  'figs',
  'images',
  'img',
  'gambar',
  'assets',
]);
const SKIPPED_MARKDOWN = /^(readme|license|licence|changelog|contributing|code_of_conduct|source|credits|authors|security|support)\b/i;
/** Copies kept beside a chapter: "BAB_IV_BACKUP_20251215.md", "bab2 - Copy.md", "bab2 (1).md", "bab2.bak.md". */
const STALE_COPY = /(?:^|[\s_.-])(?:backup|bak|copy|salinan|old)(?:[\s_.-]|$)|\(\d+\)\.[^.]+$/i;
/**
 * Files beside the chapters that are not part of the manuscript: examples and samples of another
 * text, templates, notes and outlines ("example_litrev.md", "template.md", "notes for future
 * build.md", "contoh-bab2.md", "THESIS_STRUCTURE_OVERVIEW.md"). Named explicitly, they are read.
 */
const NOT_A_CHAPTER = /(?:^|[\s_.-])(?:examples?|samples?|contoh|template|templat|notes|catatan|todo|outline|overview)(?:[\s_.-]|$)/i;
/** How far below a named folder manuscripts are searched for. */
const MAX_FOLDER_DEPTH = 3;
/** How many folders above a LaTeX file its root is searched in (a chapter three folders down). */
const MAX_ROOT_LEVELS = 3;

function isMarkdownInFolder(path: string, chaptersOnly = true): boolean {
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  return (
    FOLDER_EXTENSIONS.has(ext) &&
    MANUSCRIPT_EXTENSIONS.get(ext) === 'markdown' &&
    !SKIPPED_MARKDOWN.test(name) &&
    !STALE_COPY.test(name.slice(0, -ext.length) + ext) &&
    !(chaptersOnly && NOT_A_CHAPTER.test(name.slice(0, -ext.length)))
  );
}

function isLatexFile(path: string): boolean {
  return MANUSCRIPT_EXTENSIONS.get(extname(path).toLowerCase()) === 'latex';
}

// ---- LaTeX roots ---------------------------------------------------------------------------------

/**
 * True when the text is a LaTeX root: it has an uncommented \begin{document} (as LaTeX Workshop
 * decides; a preamble file with \documentclass is \input by its root), and it is neither a
 * standalone figure nor a Pandoc template (`$body$`).
 */
export function isLatexRoot(text: string, derived?: DerivedCache): boolean {
  return derived ? derived.get(LATEX_ROOTS).get(text, () => readLatexRoot(text)) : readLatexRoot(text);
}

// The language server finds the manuscript of an open chapter before every check, reading the
// candidate roots again: an unchanged file is the same string, looked up instead of scanned
// (a few dozen texts at most: each holds a whole file).
const LATEX_ROOTS = slot('project: whether a text is a LaTeX root', () => new TextMemo<boolean>(32));

function readLatexRoot(text: string): boolean {
  if (uncommentedIndex(text, BEGIN_DOCUMENT) < 0) return false;
  if (PANDOC_TEMPLATE.test(text)) return false;
  return !findCommands(text, ['documentclass']).some((c) => c.argument.trim() === 'standalone');
}

const BEGIN_DOCUMENT = /\\begin\s*\{document\}/g;
const PANDOC_TEMPLATE = /\$body\$|\$\{\s*body\s*\}/;

/** Where `pattern` (global) first matches outside a comment, or -1. */
function uncommentedIndex(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (!commentedAt(text, m.index)) return m.index;
  }
  return -1;
}

/**
 * The root a LaTeX file names for itself: LaTeX Workshop's and TeXShop's `% !TEX root = ../main.tex`
 * (the first one in the file), AUCTeX's `%%% TeX-master: "../main"`, or the main file of a
 * `\documentclass[../main.tex]{subfiles}` chapter.
 */
export function declaredRoot(text: string): string | undefined {
  const magic = TEX_ROOT.exec(text);
  if (magic) return magic[1].trim() || undefined;
  const master = TEX_MASTER.exec(text);
  if (master) return extname(master[1]) ? master[1] : `${master[1]}.tex`;
  const subfiles = findCommands(text, ['documentclass']).find((c) => c.argument.trim() === 'subfiles' && c.options);
  return subfiles?.options?.trim() || undefined;
}

const TEX_ROOT = /^[ \t]*%[ \t]*![ \t]*tex[ \t]+root[ \t]*=([^\n\r]+)/im;
const TEX_MASTER = /^%+[ \t]*TeX-master:[ \t]*"([^"\n\r]+)"/m;

// ---- LaTeX includes --------------------------------------------------------------------------------

const INCLUDE_COMMAND = /\\(?:input|include|subfile|(subimport|import)\{)/y;
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
const SPACE = /\s/;

/**
 * The targets of `\input`, `\include`, `\subfile`, `\subimport{dir}{…}` and `\import{dir}{…}`: on
 * each line the first such command before a `%`. A braced name is taken whole, spaces included
 * (`\input{Isi/Tinjauan Pustaka}`); `\input file` ends at white space; an import joins its folder
 * and file. Linear in the text (a pattern would be quadratic on lines of unclosed `\subimport{`).
 */
export function includeTargets(text: string): string[] {
  return placedIncludeTargets(text).map((t) => t.written);
}

/** includeTargets with where each include command stands (a loop's macro is defined anew before each). */
function placedIncludeTargets(text: string): { written: string; at: number }[] {
  const n = text.length;
  const out: { written: string; at: number }[] = [];
  // Every search below moves forward only, so each remembers its last answer: linear overall.
  const forward = (find: (from: number) => number) => {
    let last = -1;
    return (from: number) => {
      if (last < from) last = find(from);
      return last;
    };
  };
  const indexFrom = (ch: string) =>
    forward((from) => {
      const i = text.indexOf(ch, from);
      return i < 0 ? n : i;
    });
  const lineEndFrom = forward((from) => {
    LINE_BREAK.lastIndex = from;
    return LINE_BREAK.exec(text)?.index ?? n;
  });
  const percentFrom = indexFrom('%');
  const backslashFrom = indexFrom('\\');
  const closeFrom = indexFrom('}');
  // `\s*\{?\s*([^}\s]+)` read at `at`, or a braced name up to its `}` on the same line.
  const run = (from: number) => {
    let j = from;
    while (j < n && text[j] !== '}' && !SPACE.test(text[j])) j++;
    return j;
  };
  let failedAt = -1;
  const target = (at: number, lineEnd: number): { value: string; end: number } | undefined => {
    if (at === failedAt) return undefined;
    let i = at;
    while (i < n && SPACE.test(text[i])) i++;
    if (text[i] === '{') {
      const close = closeFrom(i + 1);
      if (close < lineEnd) {
        const value = text.slice(i + 1, close).trim();
        if (value) return { value, end: close };
      }
      let j = i + 1;
      while (j < n && SPACE.test(text[j])) j++;
      const end = run(j);
      if (end > j) return { value: text.slice(j, end), end };
    }
    const end = run(i);
    if (end > i) return { value: text.slice(i, end), end };
    failedAt = at;
    return undefined;
  };
  let lineStart = 0;
  while (lineStart <= n) {
    const lineEnd = lineEndFrom(lineStart);
    const stop = Math.min(lineEnd, percentFrom(lineStart));
    let next = lineEnd + 1;
    for (let p = backslashFrom(lineStart); p < stop; p = backslashFrom(p + 1)) {
      INCLUDE_COMMAND.lastIndex = p;
      const m = INCLUDE_COMMAND.exec(text);
      if (!m) continue;
      let at = p + m[0].length;
      let folder = '';
      if (m[1]) {
        // `{dir}`: everything up to the first '}'.
        const close = closeFrom(at);
        if (close >= n) continue;
        folder = text.slice(at, close).trim();
        at = close + 1;
      }
      const found = target(at, lineEnd);
      if (!found) continue;
      out.push({ written: folder === '' ? found.value : folder.endsWith('/') ? folder + found.value : `${folder}/${found.value}`, at: p });
      // The next match starts on a line after this one's end.
      next = lineEndFrom(found.end) + 1;
      break;
    }
    lineStart = next;
  }
  return out;
}

/** Paths an \input{written} may refer to: relative to the root's folder (as TeX does), then to the including file. */
export function latexIncludeCandidates(rootDir: string, currentDir: string, written: string): string[] {
  const name = written.trim();
  const withExt = extname(name) ? [name, name + '.tex'] : [name + '.tex', name];
  const out: string[] = [];
  for (const dir of [rootDir, currentDir]) for (const n of withExt) out.push(resolvePath(dir, n));
  return [...new Set(out)];
}

/**
 * The files an include written in `current` reads: the one TeX finds (relative to the root's
 * folder, then to the including file); for a name built by macros — `\include{Bab/bab\i}` in a
 * pgffor loop over the chapters, or `\include{\vfile}` after `\edef\vfile{Bab/bab\i}` — every
 * .tex file the name's pattern matches, in natural order. Empty when nothing is found.
 */
export function resolveInclude(written: string, rootDir: string, current: string, host: FileHost, currentText?: string, at?: number): string[] {
  const direct = latexIncludeCandidates(rootDir, dirname(current), written).find((c) => host.isFile(c));
  if (direct) return [direct];
  let pattern = written.trim();
  if (!MACRO_TOKEN.test(pattern)) return [];
  const whole = /^\\([A-Za-z@]+)$/.exec(pattern);
  if (whole) {
    const definition = currentText === undefined ? undefined : macroDefinition(currentText, whole[1], at);
    if (definition === undefined) return [];
    pattern = definition;
    if (!MACRO_TOKEN.test(pattern))
      return latexIncludeCandidates(rootDir, dirname(current), pattern)
        .filter((c) => host.isFile(c))
        .slice(0, 1);
  }
  for (const base of [rootDir, dirname(current)]) {
    const found = globInclude(pattern, base, host);
    if (found.length > 0) return found;
  }
  return [];
}

const MACRO_TOKEN = /\\[A-Za-z@]|#\d/;

/**
 * The body of the last `\def\name{…}` (also \edef, \gdef, \xdef) or `\newcommand{\name}{…}` in
 * `text` before `at` (a loop may define the name anew for each of its includes), without braces
 * inside.
 */
function macroDefinition(text: string, name: string, at = text.length): string | undefined {
  let found: string | undefined;
  MACRO_DEFINITION.lastIndex = 0;
  for (let m = MACRO_DEFINITION.exec(text); m !== null && m.index < at; m = MACRO_DEFINITION.exec(text)) {
    if ((m[1] ?? m[2] ?? m[3]) === name) found = m[4].trim();
  }
  return found;
}

const MACRO_DEFINITION = /\\(?:[egx]?def\s*\\([A-Za-z@]+)|(?:re)?newcommand\*?\s*(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+)))\s*\{([^{}\n\r]*)\}/g;

/** The .tex files whose path matches `pattern`, each macro (`\i`, `#1`) standing for any part of a name. */
function globInclude(pattern: string, base: string, host: FileHost): string[] {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  let current = [base];
  for (let k = 0; k < segments.length && current.length > 0; k++) {
    const segment = segments[k];
    const last = k === segments.length - 1;
    if (!MACRO_TOKEN.test(segment)) {
      current = current.map((d) => (segment === '..' ? dirname(d) : join(d, segment)));
      continue;
    }
    const pieces = segment.replace(/\{\}/g, '').split(/\\[A-Za-z@]+\*?|#\d/);
    const next: string[] = [];
    for (const d of current) {
      for (const name of host.listDirectory(d)) {
        const path = join(d, name);
        if (last) {
          const stem = extname(segment) ? name : name.toLowerCase().endsWith('.tex') ? name.slice(0, -4) : undefined;
          if (stem !== undefined && matchesPieces(stem, pieces) && host.isFile(path)) next.push(path);
        } else if (matchesPieces(name, pieces) && host.isDirectory(path)) next.push(path);
      }
    }
    current = next;
  }
  const files = current.flatMap((p) => (host.isFile(p) ? [p] : !extname(p) && host.isFile(`${p}.tex`) ? [`${p}.tex`] : []));
  return files.sort(naturalOrder);
}

/** Whether `name` is the pieces in order with something (at least one character) between each two. */
function matchesPieces(name: string, pieces: string[]): boolean {
  if (!name.startsWith(pieces[0])) return false;
  let at = pieces[0].length;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (i === pieces.length - 1) return name.length - piece.length > at && name.endsWith(piece);
    const found = name.indexOf(piece, at + 1);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

/** Names in natural order: "bab2" before "bab10". */
export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

// Local class and style files: `\documentclass{lib/skripsi}` reads lib/skripsi.cls, and
// `\usepackage{telkomskripsi}` a telkomskripsi.sty beside the root, where a template may declare
// the bibliography (\addbibresource inside the class).
/** The local .cls and .sty files `text` loads (those that exist beside the root or the file). */
export function localPackages(text: string, rootDir: string, currentDir: string, host: FileHost): string[] {
  const out: string[] = [];
  for (const command of findCommands(text, ['documentclass', 'usepackage', 'RequirePackage', 'LoadClass'])) {
    const ext = command.name === 'documentclass' || command.name === 'LoadClass' ? '.cls' : '.sty';
    for (const name of command.argument.split(',')) {
      const written = name.trim();
      if (!written || /[\\#$]/.test(written)) continue;
      const file = [rootDir, currentDir].map((d) => resolvePath(d, written.endsWith(ext) ? written : written + ext)).find((p) => host.isFile(p));
      if (file && !out.includes(file)) out.push(file);
    }
  }
  return out;
}

/**
 * Every file a LaTeX root reads through includes and local class and style files, found by
 * scanning texts (without parsing); `stopAt` ends the search as soon as that file is reached.
 */
export function latexClosure(root: string, host: FileHost, stopAt?: string): Set<string> {
  const seen = new Set<string>();
  const queue = [root];
  const rootDir = dirname(root);
  while (queue.length > 0 && seen.size < 2000) {
    const current = queue.shift()!;
    if (seen.has(current)) continue;
    seen.add(current);
    if (current === stopAt) break;
    const text = host.readFile(current);
    if (text === undefined) continue;
    for (const { written, at } of placedIncludeTargets(text)) {
      for (const target of resolveInclude(written, rootDir, current, host, text, at)) if (!seen.has(target)) queue.push(target);
    }
    for (const file of localPackages(text, rootDir, dirname(current), host)) if (!seen.has(file)) queue.push(file);
  }
  return seen;
}

/** Whether the LaTeX root includes `target` through \input/\include chains (depth-limited). */
export function includesTransitively(root: string, target: string, host: FileHost): boolean {
  return root !== target && latexClosure(root, host, target).has(target);
}

function latexSpec(root: string): ManuscriptSpec {
  return { root, markup: 'latex', files: [root], bibliographies: [], projectFiles: [] };
}

/** Roots named as a thesis's main file come first when several roots read the same chapter. */
const MAIN_NAMES = /^(main|thesis|skripsi|tesis|disertasi|dissertation|tugas[-_ ]?akhir|ta|laporan|buku|report|master)\b/i;

function rootPreference(a: string, b: string): number {
  return Number(!MAIN_NAMES.test(basename(a))) - Number(!MAIN_NAMES.test(basename(b))) || naturalOrder(a, b);
}

/** The LaTeX root of `path`: the file itself, the root it names, else the nearest root (up to three folders up) that reads it. */
function latexRootOf(path: string, host: FileHost, derived: DerivedCache | undefined, depth = 0): string {
  const text = host.readFile(path) ?? '';
  const named = declaredRoot(text);
  if (named && depth < 5) {
    const target = resolvePath(dirname(path), named);
    const file = host.isFile(target) ? target : !extname(target) && host.isFile(`${target}.tex`) ? `${target}.tex` : undefined;
    if (file && file !== path) return latexRootOf(file, host, derived, depth + 1);
  }
  if (isLatexRoot(text, derived)) return path;
  let dir = dirname(path);
  for (let level = 0; level <= MAX_ROOT_LEVELS; level++) {
    const roots = host
      .listDirectory(dir)
      .map((name) => join(dir, name))
      .filter((candidate) => candidate !== path && isLatexFile(candidate) && isLatexRoot(host.readFile(candidate) ?? '', derived))
      .sort(rootPreference);
    const root = roots.find((candidate) => includesTransitively(candidate, path, host));
    if (root) return root;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path;
}

// ---- discovery -----------------------------------------------------------------------------------

/**
 * Turns the command line's paths into manuscripts. A folder is searched for its manuscripts (see
 * discoverInFolder). A file is the manuscript it belongs to (a chapter, its project or LaTeX
 * root); Markdown files named together from one folder are one manuscript read in the order
 * given, as `pandoc bab1.md bab2.md` reads them; a project file names its project. A path that
 * does not exist, is no manuscript file, or holds none is an error.
 */
export function discoverManuscripts(
  paths: string[],
  host: FileHost,
  options: { cwd: string; derived?: DerivedCache } = { cwd: '/' },
): { manuscripts: ManuscriptSpec[]; errors: DiscoveryError[] } {
  const manuscripts: ManuscriptSpec[] = [];
  const errors: DiscoveryError[] = [];
  const add = (spec: ManuscriptSpec) => {
    const same = manuscripts.find((m) => m.root === spec.root && m.markup === spec.markup);
    if (!same) manuscripts.push(spec);
    else for (const f of spec.files) if (!same.files.includes(f)) same.files.push(f);
  };
  // Markdown files named on their own (in no project): one manuscript per folder, in the order given.
  const named = new Map<string, ManuscriptSpec>();
  for (const written of paths) {
    const path = resolvePath(options.cwd, written);
    if (host.isFile(path)) {
      if (PROJECT_FILE_NAMES.includes(basename(path))) {
        const project = projectSpec(dirname(path), host);
        if (project && project.files.length > 0) add(project);
        else errors.push({ path: written, message: 'names no chapter file that exists' });
        continue;
      }
      if (!isManuscriptFile(path)) {
        errors.push({
          path: written,
          message: host.readFile(path) === undefined ? 'is not a readable text file' : 'is not a manuscript file (Markdown, LaTeX, Quarto, R Markdown or Word)',
        });
        continue;
      }
      if (isLatexFile(path)) {
        add(latexSpec(latexRootOf(path, host, options.derived)));
        continue;
      }
      const project = projectOf(path, host);
      if (project) {
        add(project);
        continue;
      }
      // The manuscript stands where its first file was named.
      const spec = named.get(dirname(path));
      if (!spec) {
        const own: ManuscriptSpec = { root: path, markup: 'markdown', files: [path], bibliographies: [], projectFiles: [] };
        named.set(dirname(path), own);
        manuscripts.push(own);
      } else if (!spec.files.includes(path)) {
        spec.files.push(path);
        spec.root = dirname(path);
      }
    } else if (host.isDirectory(path)) {
      const found = discoverInFolder(path, host, 0, options.derived);
      if (found.length === 0) errors.push({ path: written, message: 'contains no Markdown or LaTeX manuscript' });
      for (const spec of found) add({ ...spec, searchRoot: path });
    } else {
      errors.push({ path: written, message: 'does not exist' });
    }
  }
  return { manuscripts, errors };
}

/**
 * The manuscripts of a folder: its project (Quarto, bookdown, Pandoc), else its LaTeX roots,
 * else its Markdown chapters; then those of its sub-folders (up to three levels down) that no
 * manuscript found above reads from.
 */
function discoverInFolder(folder: string, host: FileHost, depth: number, derived: DerivedCache | undefined): ManuscriptSpec[] {
  const names = host.listDirectory(folder).sort(naturalOrder);
  const files = names.map((n) => join(folder, n)).filter((p) => host.isFile(p));
  const found: ManuscriptSpec[] = [];
  const claimed = new Set<string>();
  let readme: string[] = [];

  const project = projectSpec(folder, host);
  if (project) {
    found.push(project);
    for (const f of [...project.files, ...project.projectFiles]) claimed.add(f);
  } else {
    const roots = files.filter((p) => isLatexFile(p) && isLatexRoot(host.readFile(p) ?? '', derived));
    if (roots.length > 0) {
      for (const root of roots) {
        found.push(latexSpec(root));
        for (const f of latexClosure(root, host)) claimed.add(f);
      }
    } else {
      let markdown = files.filter((p) => isMarkdownInFolder(p));
      // Notes or an example with nothing beside them: they are what the folder holds.
      if (markdown.length === 0) markdown = files.filter((p) => isMarkdownInFolder(p, false));
      // A repository whose README is the report itself: the folder named holds no other
      // manuscript, at its top or below (a README beside vignettes/thesis.tex only describes it).
      readme = depth === 0 && markdown.length === 0 ? files.filter((p) => /^readme\.(?:md|markdown|qmd|rmd)$/i.test(basename(p))) : [];
      const specs = markdownSpecs(folder, markdown, host);
      found.push(...specs);
      for (const s of specs) for (const f of s.files) claimed.add(f);
    }
  }
  const withReadme = () =>
    found.length > 0 ? found : readme.map((p) => ({ root: p, markup: 'markdown' as const, files: [p], bibliographies: [], projectFiles: [] }));
  if (depth >= MAX_FOLDER_DEPTH) return withReadme();
  for (const name of names) {
    if (SKIPPED_DIRECTORIES.has(name.toLowerCase()) || name.startsWith('.') || name.startsWith('_')) continue;
    const sub = join(folder, name);
    if (!host.isDirectory(sub)) continue;
    // A folder the manuscripts above read from holds their chapters (and their figures): not a manuscript of its own.
    const prefix = `${sub}/`;
    if ([...claimed].some((f) => f.startsWith(prefix))) continue;
    found.push(...discoverInFolder(sub, host, depth + 1, derived));
  }
  return withReadme();
}

/**
 * The Markdown manuscripts of a folder's files. A file with its own front matter and title, or
 * one that says how it is rendered (`output:`, `format:`), is a document of its own (a proposal
 * beside the final draft, a supplement beside an R Markdown thesis) — unless it is the first of the
 * chapters and the only one, which is how a Pandoc project begins; the rest are chapters.
 */
function markdownSpecs(folder: string, markdown: string[], host: FileHost): ManuscriptSpec[] {
  if (markdown.length === 0) return [];
  const ordered = sortChapters(markdown);
  let standalone = ordered.filter((p) => isOwnDocument((host.readFile(p) ?? '').slice(0, 4000)));
  if (standalone.length === 1 && standalone[0] === ordered[0] && ordered.length > 1) standalone = [];
  const chapters = ordered.filter((p) => !standalone.includes(p));
  const specs: ManuscriptSpec[] = standalone.map((p) => ({ root: p, markup: 'markdown' as const, files: [p], bibliographies: [], projectFiles: [] }));
  if (chapters.length > 0) specs.push({ root: folder, markup: 'markdown', files: chapters, bibliographies: [], projectFiles: [] });
  return specs;
}

const ROMAN = /^(?:bab|chapter|bagian|part)[ _-]*([ivxlc]+)(?=$|[ _.-])/i;

/**
 * Chapter files in reading order: by name, numbers compared as numbers ("bab2" before "bab10")
 * and Roman chapter numbers as numbers ("BAB_II" before "BAB_IV" before "BAB_V").
 */
export function sortChapters(paths: string[]): string[] {
  const key = (path: string) => {
    const name = basename(path);
    const roman = ROMAN.exec(name);
    return roman ? name.replace(roman[1], String(romanValue(roman[1])).padStart(3, '0')) : name;
  };
  return paths.slice().sort((a, b) => naturalOrder(dirname(a), dirname(b)) || naturalOrder(key(a), key(b)));
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const r = roman.toLowerCase();
  for (let i = 0; i < r.length; i++) {
    const v = values[r[i]];
    total += i + 1 < r.length && values[r[i + 1]] > v ? -v : v;
  }
  return total;
}

/**
 * The manuscript a single file belongs to: for LaTeX the root that reads it (the one it names
 * with `% !TEX root`, else the nearest root up to three folders up that includes it), else the
 * file alone; for Markdown the project it is a chapter of, else the folder's chapters it is one
 * of (what `thesislint check FOLDER` finds), else the file alone.
 */
export function manuscriptFor(path: string, host: FileHost, derived?: DerivedCache): ManuscriptSpec {
  if (isLatexFile(path)) return latexSpec(latexRootOf(path, host, derived));
  const project = projectOf(path, host);
  if (project) return project;
  const folder = dirname(path);
  // A chapter that cites without a reference list or bibliography of its own is read with the
  // folder's other chapters (where its DAFTAR PUSTAKA is), as `thesislint check FOLDER` reads it;
  // so is the titled first file that opens them (`00_thesis.md` with the title, the bibliography
  // and `# References`, then `02_….md`: `pandoc *.md`), whose entries the chapters cite. Any other
  // document complete in itself (a note, an article with its own list) is read alone.
  const text = isMarkdownInFolder(path) ? (host.readFile(path) ?? '') : '';
  const needs = text !== '' && needsItsFolder(text);
  if (needs || (text !== '' && hasTitledFrontMatter(text.slice(0, 4000)))) {
    const files = host
      .listDirectory(folder)
      .map((n) => join(folder, n))
      .filter((p) => isMarkdownInFolder(p) && host.isFile(p));
    const own = markdownSpecs(folder, files.includes(path) ? files : [...files, path], host).find((s) => s.files.includes(path));
    if (own && (needs || (own.files.length > 1 && own.files[0] === path))) return own;
  }
  return { root: path, markup: 'markdown', files: [path], bibliographies: [], projectFiles: [] };
}

/** Whether a Markdown text cites (keys or author–year) but has no reference list or declared bibliography of its own. */
function needsItsFolder(text: string): boolean {
  if (!CITES.test(text)) return false;
  return !OWN_REFERENCES.test(text) && !/^bibliography\s*:/m.test(text.slice(0, 4000));
}

const CITES = /\[-?@[\w:.-]|(?<![\w@])@[A-Za-z][\w:-]*\d{4}|\(\p{Lu}[^()\n]{0,80}\d{4}[a-z]?(?:[:,][^()\n]{0,20})?\)|\p{Lu}\p{Ll}+\s\(\d{4}[a-z]?\)/u;
const OWN_REFERENCES =
  /^#{0,6}[ \t*_]*(?:daftar pustaka|daftar referensi|daftar rujukan|daftar bacaan|referensi|references|reference list|bibliography|bibliografi|kepustakaan|rujukan|works cited)\b/im;

/** The Quarto, bookdown or Pandoc project (in the file's folder or up to two folders up) that reads `path`. */
function projectOf(path: string, host: FileHost): ManuscriptSpec | undefined {
  for (let dir = dirname(path), level = 0; level <= 2; level++) {
    const project = projectSpec(dir, host);
    if (project && project.files.includes(path)) return project;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * Whether a Markdown file's beginning shows a document of its own: front matter with a title, or
 * front matter that says how to render it (`output:` for rmarkdown::render, `format:` for quarto
 * render) — R Markdown and Quarto files outside a book project are rendered one by one.
 */
function isOwnDocument(head: string): boolean {
  if (hasTitledFrontMatter(head)) return true;
  const open = /^(?:\uFEFF)?\s*---[^\S\n]*\n/.exec(head);
  if (!open) return false;
  const rest = head.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[^\S\n]*$/m.exec(rest);
  return /^(?:output|format)\s*:/m.test(close ? rest.slice(0, close.index) : rest);
}

/**
 * Whether `head` has a `---` line and, after it, a line starting `title:` — what
 * /^---\s*\n[\s\S]*?^title\s*:/m tests, without that pattern's quadratic time on many `---` lines:
 * the first `---` line that can open is the one to search after.
 */
function hasTitledFrontMatter(head: string): boolean {
  const open = /^---[^\S\n]*\n/m.exec(head);
  return open !== null && /^title\s*:/m.test(head.slice(open.index + open[0].length));
}

// ---- Quarto, bookdown, Pandoc ----------------------------------------------------------------------

/**
 * Reads the project of `folder`, if it is one: _quarto.yml (book chapters and appendices),
 * _bookdown.yml (rmd_files, else every .Rmd with rmd_subdir's folders, as bookdown collects
 * them), or a Pandoc metadata.yaml (possibly several YAML documents) with the chapters a list
 * file names (`chapters.list`, one path a line) or the folder's Markdown files.
 */
function projectSpec(folder: string, host: FileHost): ManuscriptSpec | undefined {
  const at = (name: string) => (host.isFile(join(folder, name)) ? join(folder, name) : undefined);
  const quarto = at('_quarto.yml') ?? at('_quarto.yaml');
  const bookdown = at('_bookdown.yml');
  const pandoc = at('metadata.yaml') ?? at('metadata.yml');
  if (quarto) {
    const text = host.readFile(quarto) ?? '';
    const data = readYaml(text);
    const book = (data?.book ?? {}) as Record<string, unknown>;
    const chapters = flattenChapters(book.chapters).concat(flattenChapters(book.appendices));
    const files = chapters.map((c) => join(folder, c)).filter((p) => host.isFile(p) && isManuscriptFile(p));
    if (files.length === 0) files.push(...markdownIn(folder, host));
    return { root: folder, markup: 'markdown', files, bibliographies: yamlBibliographies(quarto, text, data, folder), projectFiles: [quarto] };
  }
  if (bookdown) {
    const data = readYaml(host.readFile(bookdown) ?? '');
    return { root: folder, markup: 'markdown', files: bookdownFiles(folder, data, host), bibliographies: [], projectFiles: [bookdown] };
  }
  if (pandoc) {
    const text = host.readFile(pandoc) ?? '';
    const data = readYaml(text);
    const list = chapterList(folder, host);
    const files = list?.files ?? markdownIn(folder, host);
    return {
      root: folder,
      markup: 'markdown',
      files,
      bibliographies: yamlBibliographies(pandoc, text, data, folder),
      projectFiles: list ? [pandoc, list.path] : [pandoc],
    };
  }
  // A bookdown book whose _bookdown.yml is written at build time: index.Rmd says so.
  const index = at('index.Rmd') ?? at('index.rmd');
  if (index && /^site:\s*["']?bookdown::bookdown_site/m.test((host.readFile(index) ?? '').slice(0, 8000))) {
    const subdir = generatedRmdSubdir(folder, host);
    const files = bookdownFiles(folder, subdir ? { rmd_subdir: subdir } : undefined, host);
    return { root: folder, markup: 'markdown', files: withKnitrChildren(folder, files, host), bibliographies: [], projectFiles: [] };
  }
  return undefined;
}

/**
 * The `rmd_subdir` a build script writes into the _bookdown.yml it generates
 * (`ymlthis::yml_bookdown_opts(rmd_subdir = c("book/src"))`, or a `rmd_subdir:` line it writes):
 * read from the R scripts and Makefile of the folder and of its `R/` folder.
 */
function generatedRmdSubdir(folder: string, host: FileHost): string[] | undefined {
  const scripts: string[] = [];
  for (const dir of [folder, join(folder, 'R')]) {
    if (!host.isDirectory(dir)) continue;
    for (const name of host.listDirectory(dir)) if (/\.r$/i.test(name) || /^(?:GNU)?makefile$/i.test(name)) scripts.push(join(dir, name));
  }
  for (const script of scripts) {
    const m = /rmd_subdir\s*(?:=|:)\s*(?:c\(\s*)?((?:["'][^"'\n]+["']\s*,?\s*)+)/.exec(host.readFile(script) ?? '');
    if (!m) continue;
    const dirs = [...m[1].matchAll(/["']([^"'\n]+)["']/g)].map((x) => x[1]).filter((d) => host.isDirectory(join(folder, d)));
    if (dirs.length > 0) return dirs;
  }
  return undefined;
}

/**
 * Adds the knitr child documents the chapters pull in (```{r, child="_preface.Rmd"}`,
 * `child=here::here('book', 'src', '_refs.Rmd')`), which bookdown's own listing skips (`_` names).
 */
function withKnitrChildren(folder: string, files: string[], host: FileHost): string[] {
  const out = [...files];
  for (const file of files) {
    for (const line of (host.readFile(file) ?? '').split('\n')) {
      // A chunk header: ```{r name, child=…}
      const trimmed = line.trimStart();
      if (!trimmed.startsWith('```')) continue;
      const header = trimmed.slice(trimmed.search(/[^`]|$/)).trimStart();
      const close = header.indexOf('}');
      if (!header.startsWith('{r') || close < 0) continue;
      const options = header.slice(2, close);
      const at = options.search(/\bchild[ \t]*=/);
      if (at < 0) continue;
      const parts = [...options.slice(at).matchAll(/["']([^"'\n]+)["']/g)].map((x) => x[1]);
      if (parts.length === 0 || !/\.rmd$/i.test(parts[parts.length - 1])) continue;
      const candidates = [join(folder, ...parts), join(dirname(file), ...parts), join(dirname(file), parts[parts.length - 1])];
      const child = candidates.find((c) => host.isFile(c));
      if (child && !out.includes(child)) out.splice(out.indexOf(file) + 1, 0, child);
    }
  }
  return out;
}

/** bookdown's chapter files: `rmd_files` (per output format or one list), else its own default with `rmd_subdir`. */
function bookdownFiles(folder: string, data: Record<string, unknown> | undefined, host: FileHost): string[] {
  let listed = data?.rmd_files as unknown;
  if (listed && typeof listed === 'object' && !Array.isArray(listed)) {
    const byFormat = listed as Record<string, unknown>;
    listed = byFormat.latex ?? byFormat.html ?? Object.values(byFormat)[0];
  }
  const named = Array.isArray(listed)
    ? listed
        .filter((x): x is string => typeof x === 'string')
        .map((c) => join(folder, c))
        .filter((p) => host.isFile(p))
    : [];
  if (named.length > 0) return named;
  // bookdown's own default: every .Rmd in the folder (and, with rmd_subdir, in the folders it
  // names, or in every sub-folder when it is `true`), `_`-prefixed ones skipped, index first.
  const rmdIn = (dir: string, recursive: boolean, depth = 0): string[] => {
    const out: string[] = [];
    for (const name of host.listDirectory(dir).sort(naturalOrder)) {
      const path = join(dir, name);
      if (/\.rmd$/i.test(name) && !name.startsWith('_') && host.isFile(path)) out.push(path);
      else if (recursive && depth < 4 && !name.startsWith('.') && !name.startsWith('_') && host.isDirectory(path)) out.push(...rmdIn(path, true, depth + 1));
    }
    return out;
  };
  const top = rmdIn(folder, false);
  const subdir = data?.rmd_subdir;
  const subfolders =
    subdir === true ? [folder] : typeof subdir === 'string' ? [subdir] : Array.isArray(subdir) ? subdir.filter((x): x is string => typeof x === 'string') : [];
  const nested = subfolders.flatMap((d) => (d === folder ? rmdIn(folder, true).filter((p) => dirname(p) !== folder) : rmdIn(join(folder, d), true)));
  const files = [...top, ...nested.filter((p) => !top.includes(p))];
  const index = files.findIndex((p) => basename(p).toLowerCase() === 'index.rmd');
  if (index > 0) files.unshift(...files.splice(index, 1));
  return files;
}

/**
 * A plain-text file in the folder that lists the chapters, one path a line, `#` comments allowed
 * (`chapters.list`, read by a Makefile as `cat chapters.list | grep -v '#'`): its order is the
 * book's. A file qualifies when every listed line names an existing Markdown file.
 */
function chapterList(folder: string, host: FileHost): { path: string; files: string[] } | undefined {
  for (const name of host.listDirectory(folder).sort(naturalOrder)) {
    if (!/^[\w.-]+\.(?:list|lst|txt)$/i.test(name) || SKIPPED_MARKDOWN.test(name)) continue;
    const path = join(folder, name);
    const text = host.readFile(path);
    if (text === undefined || text.length > 20_000) continue;
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    if (lines.length < 2) continue;
    const files = lines.map((l) => resolvePath(folder, l));
    // A list names its chapters: any Markdown file it names is one, whatever its name.
    if (files.every((f) => MANUSCRIPT_EXTENSIONS.get(extname(f).toLowerCase()) === 'markdown' && host.isFile(f))) return { path, files };
  }
  return undefined;
}

function markdownIn(folder: string, host: FileHost): string[] {
  return sortChapters(
    host
      .listDirectory(folder)
      .filter((p) => isMarkdownInFolder(p))
      .map((n) => join(folder, n))
      .filter((p) => host.isFile(p)),
  );
}

function flattenChapters(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') out.push(item);
    else if (item && typeof item === 'object') {
      const part = item as Record<string, unknown>;
      if (typeof part.part === 'string' && isManuscriptFile(part.part)) out.push(part.part);
      out.push(...flattenChapters(part.chapters));
    }
  }
  return out;
}

/**
 * A YAML file's values: every document of it merged, later ones winning (a metadata file may hold
 * several `---` … `---` blocks, as Pandoc reads a document's several metadata blocks); undefined
 * when nothing can be read.
 */
export function readYaml(text: string): Record<string, unknown> | undefined {
  let merged: Record<string, unknown> | undefined;
  try {
    for (const document of parseAllDocuments(text)) {
      if (!('toJS' in document)) continue;
      let value: unknown;
      try {
        value = document.toJS();
      } catch {
        continue;
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) merged = { ...merged, ...(value as Record<string, unknown>) };
    }
  } catch {
    return merged;
  }
  return merged;
}

/**
 * The `bibliography:` entries of a YAML document, each with the span of its value in `text`
 * (found by searching the text, since the YAML library's tree is not needed elsewhere).
 */
export function yamlBibliographies(file: string, text: string, data: Record<string, unknown> | undefined, folder: string, base = 0): DeclaredBibliography[] {
  const value = data?.bibliography;
  const written = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  const out: DeclaredBibliography[] = [];
  let from = Math.max(0, text.search(/^bibliography\s*:/m));
  for (const w of written) {
    const at = text.indexOf(w, from);
    const declaredIn = at >= 0 ? { file, start: base + at, end: base + at + w.length } : undefined;
    if (at >= 0) from = at + w.length;
    out.push({ written: w, path: resolvePath(folder, w), declaredIn });
  }
  return out;
}
