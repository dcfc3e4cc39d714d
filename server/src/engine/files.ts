// Which files are manuscripts, and how each is parsed: the one list that discovery, the
// manuscript builder, the language server and the VS Code extension read. No imports, so that
// the extension can bundle it without the engine.
import type { Markup } from './model';

/**
 * The file extensions of manuscript files and how each is parsed. `.txt` (a Word document saved
 * as text) is read as Markdown when named, but never collected from a folder.
 */
export const MANUSCRIPT_EXTENSIONS: ReadonlyMap<string, Markup> = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.qmd', 'markdown'],
  ['.rmd', 'markdown'],
  ['.txt', 'markdown'],
  ['.tex', 'latex'],
  ['.ltx', 'latex'],
]);

/** Collected from a folder: every manuscript extension but `.txt`. */
export const FOLDER_EXTENSIONS: ReadonlySet<string> = new Set([...MANUSCRIPT_EXTENSIONS.keys()].filter((ext) => ext !== '.txt'));

/** Editor language ids of manuscript documents (a document with another id counts by its extension). */
export const MANUSCRIPT_LANGUAGES: readonly string[] = ['markdown', 'latex', 'tex', 'quarto', 'rmd', 'rmarkdown'];

/**
 * A glob of every file whose change can change a manuscript: manuscript files, bibliographies,
 * configuration and project files. File watchers match case-sensitively on Linux, and R Markdown
 * files are usually `.Rmd`.
 */
export const WATCHED_FILES_GLOB = `**/*.{${[...FOLDER_EXTENSIONS].map((e) => e.slice(1)).join(',')},Rmd,bib,json,yaml,yml}`;

/** The extension of a path, lower-cased, with its dot ("" when there is none). */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function isManuscriptFile(path: string): boolean {
  return MANUSCRIPT_EXTENSIONS.has(extensionOf(path));
}

/** How a file with this extension is parsed; undefined for other files. */
export function markupOf(path: string): Markup | undefined {
  return MANUSCRIPT_EXTENSIONS.get(extensionOf(path));
}

/** How a manuscript's file is parsed: by its extension (`.txt` aside), else as the manuscript's markup. */
export function markupFor(path: string, fallback: Markup): Markup {
  const ext = extensionOf(path);
  return ext === '.txt' ? fallback : (MANUSCRIPT_EXTENSIONS.get(ext) ?? fallback);
}
