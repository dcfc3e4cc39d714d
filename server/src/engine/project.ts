// Finds the manuscripts behind the paths a user names: a LaTeX root with its \input tree, a
// Quarto/bookdown/Pandoc project in chapter order, or plain Markdown files.
import { TextMemo } from './memo';
import { slot, type DerivedCache } from './derived';
import { parse as parseYaml } from 'yaml';
import type { FileHost } from './host';
import type { Markup, Span } from './model';
import { FOLDER_EXTENSIONS, isManuscriptFile, MANUSCRIPT_EXTENSIONS } from './files';
import { dirname, extname, join, resolvePath, basename } from './paths';

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
}

export interface DiscoveryError {
  path: string;
  message: string;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '_book', '_site', 'docs', '_freeze', '.quarto', 'dist', 'out', 'build']);
const SKIPPED_MARKDOWN = /^(readme|license|licence|changelog|contributing|code_of_conduct|source)\b/i;

function isMarkdownInFolder(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return FOLDER_EXTENSIONS.has(ext) && MANUSCRIPT_EXTENSIONS.get(ext) === 'markdown' && !SKIPPED_MARKDOWN.test(basename(path));
}

function isLatexFile(path: string): boolean {
  return MANUSCRIPT_EXTENSIONS.get(extname(path).toLowerCase()) === 'latex';
}

/** True when the text has an uncommented \documentclass (a LaTeX root). */
export function isLatexRoot(text: string, derived?: DerivedCache): boolean {
  return derived ? derived.get(LATEX_ROOTS).get(text, () => DOCUMENTCLASS.test(text)) : DOCUMENTCLASS.test(text);
}

// The language server finds the manuscript of an open chapter before every check, reading the
// candidate roots again: an unchanged file is the same string, looked up instead of scanned
// (a few dozen texts at most: each holds a whole file).
const LATEX_ROOTS = slot('project: whether a text is a LaTeX root', () => new TextMemo<boolean>(32));
const DOCUMENTCLASS = /^[^%\n\r\u2028\u2029]*\\documentclass/m;

/**
 * Turns the command line's paths into manuscripts. A file is one manuscript (a LaTeX file that
 * is not a root still checks on its own); a folder is searched for a LaTeX root, then a
 * Quarto/bookdown/Pandoc project, then its Markdown files, descending two levels when empty.
 */
export function discoverManuscripts(
  paths: string[],
  host: FileHost,
  options: { cwd: string; derived?: DerivedCache } = { cwd: '/' },
): { manuscripts: ManuscriptSpec[]; errors: DiscoveryError[] } {
  const manuscripts: ManuscriptSpec[] = [];
  const errors: DiscoveryError[] = [];
  for (const written of paths) {
    const path = resolvePath(options.cwd, written);
    if (host.isFile(path)) {
      if (!isManuscriptFile(path) && !host.readFile(path)) {
        errors.push({ path: written, message: 'is not a readable text file' });
        continue;
      }
      manuscripts.push(manuscriptFor(path, host, options.derived));
    } else if (host.isDirectory(path)) {
      const found = discoverInFolder(path, host, 0, options.derived);
      if (found.length === 0) errors.push({ path: written, message: 'contains no Markdown or LaTeX manuscript' });
      manuscripts.push(...found);
    } else {
      errors.push({ path: written, message: 'does not exist' });
    }
  }
  return { manuscripts, errors };
}

function discoverInFolder(folder: string, host: FileHost, depth: number, derived: DerivedCache | undefined): ManuscriptSpec[] {
  const names = host.listDirectory(folder);
  const files = names.map((n) => join(folder, n)).filter((p) => host.isFile(p));

  const texFiles = files.filter(isLatexFile);
  const roots = texFiles.filter((p) => isLatexRoot(host.readFile(p) ?? '', derived));
  if (roots.length > 0) return roots.map((r) => latexSpec(r));

  const project = projectSpec(folder, host);
  if (project) return [project];

  const markdown = files.filter(isMarkdownInFolder);
  if (markdown.length > 0) {
    // A file with its own front matter and title is a document of its own (a proposal beside
    // the final draft); the rest are chapters read in name order.
    const standalone = markdown.filter((p) => hasTitledFrontMatter((host.readFile(p) ?? '').slice(0, 4000)));
    const chapters = markdown.filter((p) => !standalone.includes(p)).sort();
    const specs: ManuscriptSpec[] = standalone.sort().map((p) => ({ root: p, markup: 'markdown' as const, files: [p], bibliographies: [], projectFiles: [] }));
    if (chapters.length > 0) specs.push({ root: folder, markup: 'markdown', files: chapters, bibliographies: [], projectFiles: [] });
    return specs;
  }
  if (depth >= 2) return [];
  const found: ManuscriptSpec[] = [];
  for (const name of names) {
    if (SKIPPED_DIRECTORIES.has(name) || name.startsWith('.')) continue;
    const sub = join(folder, name);
    if (host.isDirectory(sub)) found.push(...discoverInFolder(sub, host, depth + 1, derived));
  }
  return found;
}

function latexSpec(root: string): ManuscriptSpec {
  return { root, markup: 'latex', files: [root], bibliographies: [], projectFiles: [] };
}

/**
 * The manuscript a single file belongs to: the project it is a chapter of, else the LaTeX root
 * that includes it (searched in its folder and the parent), else the file alone.
 */
export function manuscriptFor(path: string, host: FileHost, derived?: DerivedCache): ManuscriptSpec {
  const folder = dirname(path);
  if (isLatexFile(path)) {
    const text = host.readFile(path) ?? '';
    if (isLatexRoot(text, derived)) return latexSpec(path);
    for (const dir of [folder, dirname(folder)]) {
      for (const name of host.listDirectory(dir)) {
        const candidate = join(dir, name);
        if (!isLatexFile(candidate) || candidate === path) continue;
        const candidateText = host.readFile(candidate);
        if (candidateText && isLatexRoot(candidateText, derived) && includesTransitively(candidate, path, host)) return latexSpec(candidate);
      }
    }
    return latexSpec(path);
  }
  const project = projectSpec(folder, host);
  if (project && project.files.includes(path)) return project;
  return { root: path, markup: 'markdown', files: [path], bibliographies: [], projectFiles: [] };
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

const INCLUDE_COMMAND = /\\(?:input|include|subfile|(subimport|import)\{)/y;
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
const SPACE = /\s/;

/**
 * The targets of `\input`, `\include`, `\subfile`, `\subimport{dir}{…}` and `\import{dir}{…}`: on
 * each line the first such command before a `%`, exactly as the pattern
 *   /^[^%\n]*?\\(?:input|include|subfile|subimport\{[^}]*\}|import\{[^}]*\})\s*\{?\s*([^}\s]+)/gm
 * captures them, but in linear time (the pattern is quadratic on lines of unclosed `\subimport{`).
 */
export function includeTargets(text: string): string[] {
  const n = text.length;
  const out: string[] = [];
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
  // `\s*\{?\s*([^}\s]+)` read at `at`: the target and where it ends.
  const run = (from: number) => {
    let j = from;
    while (j < n && text[j] !== '}' && !SPACE.test(text[j])) j++;
    return j;
  };
  let failedAt = -1;
  const target = (at: number): { value: string; end: number } | undefined => {
    if (at === failedAt) return undefined;
    let i = at;
    while (i < n && SPACE.test(text[i])) i++;
    if (text[i] === '{') {
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
      if (m[1]) {
        // `{dir}`: everything up to the first '}'.
        const close = closeFrom(at);
        if (close >= n) continue;
        at = close + 1;
      }
      const found = target(at);
      if (!found) continue;
      out.push(found.value);
      // The next match starts on a line after this one's end.
      next = lineEndFrom(found.end) + 1;
      break;
    }
    lineStart = next;
  }
  return out;
}

/** Whether the LaTeX root includes `target` through \input/\include chains (depth-limited). */
export function includesTransitively(root: string, target: string, host: FileHost): boolean {
  const seen = new Set<string>();
  const queue = [root];
  const rootDir = dirname(root);
  while (queue.length > 0 && seen.size < 500) {
    const current = queue.shift()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const text = host.readFile(current);
    if (text === undefined) continue;
    for (const written of includeTargets(text)) {
      const candidates = latexIncludeCandidates(rootDir, dirname(current), written);
      for (const c of candidates) {
        if (c === target) return true;
        if (host.isFile(c)) {
          queue.push(c);
          break;
        }
      }
    }
  }
  return false;
}

/** Paths an \input{written} may refer to: relative to the root's folder (as TeX does), then to the including file. */
export function latexIncludeCandidates(rootDir: string, currentDir: string, written: string): string[] {
  const name = written.trim();
  const withExt = extname(name) ? [name, name + '.tex'] : [name + '.tex', name];
  const out: string[] = [];
  for (const dir of [rootDir, currentDir]) for (const n of withExt) out.push(resolvePath(dir, n));
  return [...new Set(out)];
}

/** Reads _quarto.yml, _bookdown.yml or metadata.yaml in `folder` into a manuscript, if present. */
function projectSpec(folder: string, host: FileHost): ManuscriptSpec | undefined {
  const quarto = join(folder, '_quarto.yml');
  const bookdown = join(folder, '_bookdown.yml');
  const pandoc = join(folder, 'metadata.yaml');
  if (host.isFile(quarto)) {
    const data = readYaml(host.readFile(quarto) ?? '');
    const book = (data?.book ?? {}) as Record<string, unknown>;
    const chapters = flattenChapters(book.chapters).concat(flattenChapters(book.appendices));
    const files = chapters.map((c) => join(folder, c)).filter((p) => host.isFile(p) && isManuscriptFile(p));
    const bibliographies = yamlBibliographies(quarto, host.readFile(quarto) ?? '', data, folder);
    if (files.length === 0) files.push(...markdownIn(folder, host));
    return { root: folder, markup: 'markdown', files, bibliographies, projectFiles: [quarto] };
  }
  if (host.isFile(bookdown)) {
    const data = readYaml(host.readFile(bookdown) ?? '');
    let listed = data?.rmd_files as unknown;
    if (listed && typeof listed === 'object' && !Array.isArray(listed)) {
      const byFormat = listed as Record<string, unknown>;
      listed = byFormat.latex ?? byFormat.html ?? Object.values(byFormat)[0];
    }
    let files = Array.isArray(listed) ? listed.filter((x): x is string => typeof x === 'string').map((c) => join(folder, c)) : [];
    files = files.filter((p) => host.isFile(p));
    if (files.length === 0) {
      // bookdown's own default: every .Rmd in the folder, index first, `_`-prefixed ones skipped.
      files = host
        .listDirectory(folder)
        .filter((n) => /\.rmd$/i.test(n) && !n.startsWith('_'))
        .sort((a, b) => (a.toLowerCase() === 'index.rmd' ? -1 : b.toLowerCase() === 'index.rmd' ? 1 : a.localeCompare(b)))
        .map((n) => join(folder, n));
    }
    return { root: folder, markup: 'markdown', files, bibliographies: [], projectFiles: [bookdown] };
  }
  if (host.isFile(pandoc)) {
    const text = host.readFile(pandoc) ?? '';
    const data = readYaml(text);
    const files = markdownIn(folder, host);
    return { root: folder, markup: 'markdown', files, bibliographies: yamlBibliographies(pandoc, text, data, folder), projectFiles: [pandoc] };
  }
  return undefined;
}

function markdownIn(folder: string, host: FileHost): string[] {
  return host
    .listDirectory(folder)
    .filter(isMarkdownInFolder)
    .sort()
    .map((n) => join(folder, n))
    .filter((p) => host.isFile(p));
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

function readYaml(text: string): Record<string, unknown> | undefined {
  try {
    const data = parseYaml(text) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
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
