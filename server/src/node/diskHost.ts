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
