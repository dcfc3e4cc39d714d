/**
 * How the engine reads files. The CLI passes the disk; the language server passes the disk
 * overlaid with the editor's unsaved documents; tests pass an in-memory map. The engine never
 * touches `fs` itself, so it stays pure and testable.
 */
export interface FileHost {
  /** The file's text, or undefined when it does not exist or cannot be read as text. */
  readFile(path: string): string | undefined;
  isFile(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Entry names (not paths) of a directory; empty when it is not one. */
  listDirectory(path: string): string[];
  /** The path with symbolic links resolved, when the host can tell (the disk); undefined otherwise. */
  realPath?(path: string): string | undefined;
  /** Whether `path` lies outside the project and must not be read (see BoundedHost). */
  outside?(path: string): boolean;
}

/** An in-memory host for tests and for the server's unsaved documents. */
export class MemoryHost implements FileHost {
  constructor(private readonly files: Map<string, string>) {}
  readFile(path: string): string | undefined {
    return this.files.get(path);
  }
  isFile(path: string): boolean {
    return this.files.has(path);
  }
  isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return true;
    return false;
  }
  listDirectory(path: string): string[] {
    const prefix = path.endsWith('/') ? path : path + '/';
    const names = new Set<string>();
    for (const p of this.files.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
    return [...names].sort();
  }
}

/** A host that prefers `overlay` (open editor documents) and falls back to `base`. */
export class OverlayHost implements FileHost {
  constructor(
    private readonly base: FileHost,
    private readonly overlay: Map<string, string>,
  ) {}
  readFile(path: string): string | undefined {
    return this.overlay.get(path) ?? this.base.readFile(path);
  }
  isFile(path: string): boolean {
    return this.overlay.has(path) || this.base.isFile(path);
  }
  isDirectory(path: string): boolean {
    return this.base.isDirectory(path);
  }
  listDirectory(path: string): string[] {
    return this.base.listDirectory(path);
  }
  realPath(path: string): string | undefined {
    return this.base.realPath?.(path);
  }
  outside(path: string): boolean {
    return this.base.outside?.(path) ?? false;
  }
}

/**
 * TeX distributions' own trees: a manuscript may name a bibliography shipped with TeX Live or
 * MiKTeX by its absolute path (xampl.bib), and reading it reveals nothing of the machine.
 */
const TEX_TREES = ['/usr/share/texlive/', '/usr/share/texmf/', '/usr/share/texmf-dist/', '/usr/local/texlive/', '/opt/texlive/', '/Library/TeX/'];

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

/**
 * The project's boundary: a manuscript repository is untrusted input (a supervisor opens a
 * student's folder, CI checks a pull request), so what it declares (a bibliography by absolute
 * path or `../`, a symbolic link, a chapter listed in a project file) is read only when it lies
 * inside the project's folders, in TeX's own trees, or is a file the user named (`--bib`).
 * Outside paths read as absent; `outside` lets the engine say why in a finding. Symbolic links
 * are judged by where they point, when the base host can tell.
 */
export class BoundedHost implements FileHost {
  private readonly realFolders: string[];

  constructor(
    private readonly base: FileHost,
    private readonly folders: readonly string[],
    private readonly files: ReadonlySet<string> = new Set(),
  ) {
    this.realFolders = folders.map((f) => base.realPath?.(f) ?? f);
  }

  outside(path: string): boolean {
    if (this.files.has(path)) return false;
    const allowed = (p: string, folders: readonly string[]) => folders.some((f) => within(p, f)) || TEX_TREES.some((t) => p.startsWith(t));
    if (!allowed(path, this.folders)) return true;
    const real = this.base.realPath?.(path);
    return real !== undefined && real !== path && !allowed(real, this.realFolders) && !this.files.has(real);
  }
  readFile(path: string): string | undefined {
    return this.outside(path) ? undefined : this.base.readFile(path);
  }
  isFile(path: string): boolean {
    return !this.outside(path) && this.base.isFile(path);
  }
  isDirectory(path: string): boolean {
    return this.base.isDirectory(path);
  }
  listDirectory(path: string): string[] {
    return this.base.listDirectory(path);
  }
  realPath(path: string): string | undefined {
    return this.base.realPath?.(path);
  }
}
