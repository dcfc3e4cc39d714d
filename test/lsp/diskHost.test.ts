// The disk FileHost shared by the language server and the CLI: it must never throw.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CachingDiskHost, DiskHost } from '../../server/src/node/diskHost';

let dir: string;
const host = new DiskHost();
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-disk-'));
  fs.writeFileSync(at('b.md'), 'Bab 1 — “kutipan”\n');
  fs.writeFileSync(at('bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Judul\n')]));
  fs.writeFileSync(at('utf16le.bib'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('@book{a,}\n', 'utf16le')]));
  fs.writeFileSync(at('utf16be.bib'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('@book{b,}\n', 'utf16le').swap16()]));
  fs.writeFileSync(at('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
  fs.writeFileSync(at('late-nul.md'), Buffer.concat([Buffer.from('a'.repeat(8192)), Buffer.from([0])]));
  fs.mkdirSync(at('chapters'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('DiskHost', () => {
  it('reads UTF-8 text and drops a byte-order mark', () => {
    expect(host.readFile(at('b.md'))).toBe('Bab 1 — “kutipan”\n');
    expect(host.readFile(at('bom.md'))).toBe('# Judul\n');
  });

  it('reads UTF-16 files by their byte-order mark', () => {
    expect(host.readFile(at('utf16le.bib'))).toBe('@book{a,}\n');
    expect(host.readFile(at('utf16be.bib'))).toBe('@book{b,}\n');
  });

  it('treats a NUL byte in the first 8 KB as binary, and only there', () => {
    expect(host.readFile(at('image.png'))).toBeUndefined();
    expect(host.readFile(at('late-nul.md'))).toHaveLength(8193);
  });

  it('answers undefined/false/empty instead of throwing', () => {
    expect(host.readFile(at('missing.md'))).toBeUndefined();
    expect(host.readFile(at('chapters'))).toBeUndefined();
    expect(host.readFile('\0invalid')).toBeUndefined();
    expect(host.isFile(at('missing.md'))).toBe(false);
    expect(host.isFile('\0invalid')).toBe(false);
    expect(host.isDirectory(at('b.md'))).toBe(false);
    expect(host.listDirectory(at('b.md'))).toEqual([]);
    expect(host.listDirectory(at('missing'))).toEqual([]);
  });

  it('tells files from folders and lists entry names sorted', () => {
    expect(host.isFile(at('b.md'))).toBe(true);
    expect(host.isDirectory(at('chapters'))).toBe(true);
    expect(host.listDirectory(dir)).toEqual(['b.md', 'bom.md', 'chapters', 'image.png', 'late-nul.md', 'utf16be.bib', 'utf16le.bib']);
  });

  it('skips files above the size limit', () => {
    expect(new DiskHost(4).readFile(at('b.md'))).toBeUndefined();
  });
});

describe('CachingDiskHost', () => {
  it('gives the same string while a file is unchanged, and the new text once it changes', () => {
    const caching = new CachingDiskHost();
    fs.writeFileSync(at('cached.md'), 'Satu (Sen, 2014).\n');
    const first = caching.readFile(at('cached.md'));
    expect(first).toBe('Satu (Sen, 2014).\n');
    expect(caching.readFile(at('cached.md'))).toBe(first);
    // Same size, later modification time: read again.
    fs.writeFileSync(at('cached.md'), 'Dua! (Sen, 2014).\n');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(at('cached.md'), later, later);
    expect(caching.readFile(at('cached.md'))).toBe('Dua! (Sen, 2014).\n');
    // Replaced by another file (new inode) with the same size and times: read again.
    fs.writeFileSync(at('other.md'), 'Tiga (Sen, 2014).\n');
    fs.utimesSync(at('other.md'), later, later);
    fs.renameSync(at('other.md'), at('cached.md'));
    expect(caching.readFile(at('cached.md'))).toBe('Tiga (Sen, 2014).\n');
    fs.rmSync(at('cached.md'));
    expect(caching.readFile(at('cached.md'))).toBeUndefined();
    expect(caching.readFile(at('image.png'))).toBeUndefined();
  });
});
