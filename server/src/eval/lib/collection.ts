// A development collection of real manuscripts, for the evaluation harnesses (npm run eval:…):
// one folder per manuscript with a SOURCE.txt (repository, commit, licence, `main file:`) beside
// its text sources. The collections themselves stay outside the repository (most repositories
// state no licence); a harness takes the folder as an argument.
//
// Manuscripts are checked in process through the engine's own pipeline (session.ts), as the CLI
// checks them: the main file discovered like `thesislint check MAIN`, Word files converted first.
// A harness plants an error by handing `check` a changed text for one file: the disk is never
// written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkProject, discoverManuscripts, OverlayHost, type CheckResult, type ManuscriptSpec, type ParseCache } from '../../engine';
import { DiskHost } from '../../node/diskHost';
import { convertDocx } from '../../node/docx';

// Libraries (citation-js) print warnings with console.log: the harness's own output goes to stdout.
console.log = console.info = console.debug = () => undefined;

export interface Entry {
  /** The folder's name ("id-skripsi-regresi-kepuasan-tex"). */
  name: string;
  dir: string;
  /** What to check, as `thesislint check` is given it: the main file, or the folder. */
  main: string;
  /** Fields of SOURCE.txt, lower-cased keys ("language", "format", "license" …). */
  source: Record<string, string>;
}

/** The manuscripts of a collection folder: every sub-folder with a SOURCE.txt, in name order. */
export function readCollection(dir: string): Entry[] {
  const root = path.resolve(dir);
  if (!fs.existsSync(root)) throw new Error(`${dir} does not exist`);
  const out: Entry[] = [];
  for (const name of fs.readdirSync(root).sort()) {
    const folder = path.join(root, name);
    const sourcePath = path.join(folder, 'SOURCE.txt');
    if (!fs.statSync(folder).isDirectory() || !fs.existsSync(sourcePath)) continue;
    const source: Record<string, string> = {};
    for (const line of fs.readFileSync(sourcePath, 'utf8').split('\n')) {
      const m = /^([A-Za-z][\w ]*?):\s*(.*)$/.exec(line);
      if (m && !(m[1].toLowerCase() in source)) source[m[1].toLowerCase()] = m[2].trim();
    }
    const written = (source['main file'] ?? source.target ?? '').split(/\s+\(|,\s*| and /)[0].trim();
    const main = written && fs.existsSync(path.join(folder, written)) ? path.join(folder, written) : folder;
    out.push({ name, dir: folder, main, source });
  }
  return out;
}

/** A manuscript ready to be checked again and again, with changed texts or without. */
export interface Prepared {
  entry: Entry;
  specs: ManuscriptSpec[];
  /** Texts that are not on disk as such (Word files as Markdown). */
  overlay: Map<string, string>;
  /** Why it could not be prepared (nothing found, an unreadable Word file). */
  error?: string;
}

export async function prepare(entry: Entry): Promise<Prepared> {
  const disk = new DiskHost();
  const overlay = new Map<string, string>();
  if (/\.docx$/i.test(entry.main)) {
    try {
      const conversion = await convertDocx(entry.main);
      overlay.set(conversion.markdownPath, conversion.markdown);
      return { entry, overlay, specs: [{ root: entry.main, markup: 'markdown', files: [conversion.markdownPath], bibliographies: [], projectFiles: [] }] };
    } catch (error) {
      return { entry, overlay, specs: [], error: error instanceof Error ? error.message : String(error) };
    }
  }
  const { manuscripts, errors } = discoverManuscripts([entry.main], new OverlayHost(disk, overlay), { cwd: entry.dir });
  return { entry, overlay, specs: manuscripts, error: errors.length > 0 ? errors.map((e) => `${e.path} ${e.message}`).join('; ') : undefined };
}

/** Checks every manuscript of a prepared entry; `changes` replace the texts of some files; a cache keeps what unchanged files gave. */
export function check(prepared: Prepared, changes: ReadonlyMap<string, string> = new Map(), cache?: ParseCache): CheckResult[] {
  const host = new OverlayHost(new DiskHost(), new Map([...prepared.overlay, ...changes]));
  return prepared.specs.map((spec) => checkProject(spec, host, { cache }));
}

/** The text of a file as the engine reads it (a Word file's Markdown from the overlay). */
export function readText(prepared: Prepared, file: string): string | undefined {
  return prepared.overlay.get(file) ?? new DiskHost().readFile(file);
}

/** Options of the form `--name value` and the positional arguments. */
export function parseHarnessArgs(argv: string[]): { positionals: string[]; options: Map<string, string> } {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      options.set(name, inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true'));
    } else positionals.push(arg);
  }
  return { positionals, options };
}
