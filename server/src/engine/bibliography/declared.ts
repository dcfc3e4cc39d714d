// Where a manuscript's bibliography files are declared when no chapter declares them, and which
// files are used when nothing declares one:
// - a local class or style file (`\documentclass{lib/skripsi}` reading lib/skripsi.cls, which
//   holds `\addbibresource{bibtex/daftar-pustaka.bib}`), scanned as text (never parsed as prose);
// - the bibliographies TeX Live ships (`\bibliography{IEEEabrv,pustaka}`): LaTeX finds them in the
//   distribution, so they are neither looked for nor "not found";
// - a .bib in the project that nothing declares, used when the manuscript cites and has nothing
//   else to check against (reported as bibliography/undeclared, so that the student declares it).
import type { FileHost } from '../host';
import type { BibliographyDeclaration } from '../model';
import { basename, dirname, extname, join, resolvePath } from '../paths';
import { findCommands } from '../parse/latex/commands';

/**
 * Bibliography files that TeX Live installs (found by BibTeX in the distribution, not beside the
 * manuscript): the IEEEtran bundle's string abbreviations and examples, BibTeX's and biblatex's
 * samples, and the abbreviation files of a few journal bundles.
 */
const TEX_LIVE_BIBLIOGRAPHIES = new Set([
  'ieeeabrv',
  'ieeefull',
  'ieeeexample',
  'ieeetrantools',
  'xampl',
  'biblatex-examples',
  'jabbrv',
  'abbrev',
  'jabbr',
  'mnemonic',
  'acmart',
  'sample-base',
]);

/** Whether `written` (as in `\bibliography{IEEEabrv}`) names a bibliography TeX Live ships rather than a file of the project. */
export function isTexLiveBibliography(written: string): boolean {
  const name = basename(written.trim())
    .replace(/\.bib$/i, '')
    .toLowerCase();
  return !written.includes('/') && TEX_LIVE_BIBLIOGRAPHIES.has(name);
}

export interface PackageFile {
  path: string;
  text: string;
  bibliographies: BibliographyDeclaration[];
}

/**
 * The local class and style files that `loads` names (`{ written, kind }` of \documentclass and
 * \usepackage), with the ones they load in turn, and the bibliographies each declares. A name is
 * local when its .cls/.sty exists relative to the root's folder or the loading file's.
 */
export function localPackageFiles(loads: { file: string; written: string; kind: 'class' | 'package' }[], rootDir: string, host: FileHost): PackageFile[] {
  const out: PackageFile[] = [];
  const seen = new Set<string>();
  const queue = loads.slice();
  while (queue.length > 0 && seen.size < 50) {
    const load = queue.shift()!;
    const ext = load.kind === 'class' ? '.cls' : '.sty';
    const written = load.written.trim();
    if (!written || /[\\#$]/.test(written)) continue;
    const name = written.toLowerCase().endsWith(ext) ? written : written + ext;
    const path = [rootDir, dirname(load.file)].map((d) => resolvePath(d, name)).find((p) => host.isFile(p));
    if (!path || seen.has(path)) continue;
    seen.add(path);
    const text = host.readFile(path);
    if (text === undefined) continue;
    const bibliographies: BibliographyDeclaration[] = [];
    for (const command of findCommands(text, ['bibliography', 'addbibresource', 'addglobalbib'])) {
      const bibtex = command.name === 'bibliography';
      let at = command.argumentStart;
      for (const piece of bibtex ? command.argument.split(',') : [command.argument]) {
        const w = piece.trim();
        const start = at + piece.indexOf(w);
        at += piece.length + 1;
        if (!w || /[#\\]/.test(w)) continue;
        const withExt = w.toLowerCase().endsWith('.bib') || (!bibtex && extname(w)) ? w : `${w}.bib`;
        bibliographies.push({ file: path, start, end: start + w.length, written: w, path: withExt });
      }
    }
    out.push({ path, text, bibliographies });
    for (const command of findCommands(text, ['usepackage', 'RequirePackage', 'LoadClass', 'documentclass'])) {
      const kind = command.name === 'LoadClass' || command.name === 'documentclass' ? 'class' : 'package';
      for (const w of command.argument.split(',')) queue.push({ file: path, written: w, kind });
    }
  }
  return out;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '_book', '_site', 'docs', '_freeze', '.quarto', 'dist', 'out', 'build']);
// bib2gls glossaries and abbreviation lists are .bib files, but not bibliographies.
const NOT_A_BIBLIOGRAPHY = /acronym|glossar|symbol|abbrev|abbrv|notation|nomencl/i;

/**
 * The .bib files of a manuscript's project that nothing declares: the nearest ones — in its folder,
 * else one level below it, else two — and, when there are none, the same from each folder above it
 * up to `upTo` (the folder the user named, when the manuscript was found below it). At most five.
 */
export function undeclaredBibliographies(folder: string, host: FileHost, upTo?: string): string[] {
  const nearest = (dir: string): string[] => {
    let level = [dir];
    for (let depth = 0; depth <= 2 && level.length > 0; depth++) {
      const found: string[] = [];
      const below: string[] = [];
      for (const d of level) {
        for (const name of host.listDirectory(d).sort()) {
          const path = join(d, name);
          if (/\.bib$/i.test(name) && !NOT_A_BIBLIOGRAPHY.test(name) && host.isFile(path)) found.push(path);
          else if (!name.startsWith('.') && !SKIPPED_FOLDERS.has(name) && host.isDirectory(path)) below.push(path);
        }
      }
      if (found.length > 0) return found;
      level = below;
    }
    return [];
  };
  let dir = folder;
  let found = nearest(dir);
  while (found.length === 0 && upTo !== undefined && dir !== upTo && dir.startsWith(`${upTo}/`)) {
    dir = dirname(dir);
    found = nearest(dir);
  }
  return found.slice(0, 5);
}
