// The engine's FileHost backed by the local disk, shared by the CLI and the language server.
// It never throws: anything missing, unreadable, oversized or binary reads as undefined, so a
// stray file in a thesis folder can never take a check down.
import * as fs from 'node:fs';
import type { FileHost } from '../engine/host';

/** How many leading bytes are inspected for NUL bytes to tell text from binary (as git does). */
const BINARY_SNIFF_BYTES = 8192;

/** Larger files are not manuscripts or bibliographies; reading them would only cost memory. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export class DiskHost implements FileHost {
  constructor(private readonly maxFileBytes = DEFAULT_MAX_FILE_BYTES) {}

  readFile(path: string): string | undefined {
    try {
      const stat = fs.statSync(path, { throwIfNoEntry: false });
      if (!stat || !stat.isFile() || stat.size > this.maxFileBytes) return undefined;
      return decodeText(fs.readFileSync(path));
    } catch {
      return undefined;
    }
  }

  isFile(path: string): boolean {
    try {
      return fs.statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    } catch {
      return false;
    }
  }

  isDirectory(path: string): boolean {
    try {
      return fs.statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      return false;
    }
  }

  realPath(path: string): string | undefined {
    try {
      return fs.realpathSync(path).replace(/\\/g, '/');
    } catch {
      return undefined;
    }
  }

  listDirectory(path: string): string[] {
    try {
      // Sorted so that discovery does not depend on the file system's enumeration order.
      return fs.readdirSync(path).sort();
    } catch {
      return [];
    }
  }
}

/**
 * A DiskHost for a long-running process (the language server), which reads every file of a
 * manuscript again on every check: a file whose size and modification times are what they were
 * when it was last read gives the same text without being read and decoded again. Besides the
 * reading, that saves every later step that compares or hashes the text: the same unchanged
 * file is the same string from check to check. A stat is about a microsecond; a re-read of a
 * thesis's files several milliseconds per keystroke.
 */
export class CachingDiskHost extends DiskHost {
  private readonly texts = new Map<string, { size: number; mtimeNs: bigint; ctimeNs: bigint; ino: bigint; text: string | undefined }>();

  constructor(
    maxFileBytes = DEFAULT_MAX_FILE_BYTES,
    private readonly limit = 5000,
  ) {
    super(maxFileBytes);
  }

  override readFile(path: string): string | undefined {
    let stat: fs.BigIntStats | undefined;
    try {
      stat = fs.statSync(path, { throwIfNoEntry: false, bigint: true });
    } catch {
      stat = undefined;
    }
    if (!stat || !stat.isFile()) {
      this.texts.delete(path);
      return undefined;
    }
    const cached = this.texts.get(path);
    if (cached && cached.size === Number(stat.size) && cached.mtimeNs === stat.mtimeNs && cached.ctimeNs === stat.ctimeNs && cached.ino === stat.ino)
      return cached.text;
    const text = super.readFile(path);
    if (this.texts.size >= this.limit) this.texts.clear();
    this.texts.set(path, { size: Number(stat.size), mtimeNs: stat.mtimeNs, ctimeNs: stat.ctimeNs, ino: stat.ino, text });
    return text;
  }
}

/**
 * The text of a file's bytes, or undefined when they are binary. A byte-order mark is dropped,
 * as editors do, so offsets agree with the editor's view of the document; UTF-16 files (which
 * Windows tools still write) are recognised by their BOM before the NUL sniffing would reject them.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le', 2);
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    // swap16 needs an even length; a dangling odd byte cannot be a character anyway.
    const body = buffer.subarray(2, 2 + ((buffer.length - 2) & ~1));
    return Buffer.from(body).swap16().toString('utf16le');
  }
  const sniffEnd = Math.min(buffer.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniffEnd; i++) if (buffer[i] === 0) return undefined;
  const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return buffer.toString('utf8', start);
}
