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
}
