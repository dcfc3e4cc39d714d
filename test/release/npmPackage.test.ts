// The npm package `thesislint` as a user gets it: `npm pack` in packages/thesislint, the tarball
// installed into an empty prefix with the network forbidden (--offline, an empty npm cache), then
// the installed `thesislint` and `thesislint-language-server` run from that prefix, outside the
// repository. The package must have no dependencies: its two programs are self-contained bundles.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packThesislint } from './pack';

let work = '';
let prefix = '';
let tarball = '';

beforeAll(() => {
  const packed = packThesislint();
  work = packed.work;
  tarball = packed.tarball;
  prefix = join(work, 'prefix');
  mkdirSync(prefix);
  const install = spawnSync('npm', ['install', '--global', '--offline', '--prefix', prefix, tarball], { cwd: work, encoding: 'utf8', env: packed.npmEnv });
  expect(install.status, install.stderr).toBe(0);
}, 120000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const installed = () => join(prefix, 'lib', 'node_modules', 'thesislint');

describe('npm package thesislint', () => {
  it('is named thesislint, has both programs and no dependencies', () => {
    expect(tarball.endsWith('thesislint-0.1.0.tgz')).toBe(true);
    const manifest = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8'));
    expect(manifest.name).toBe('thesislint');
    expect(manifest.bin).toEqual({ thesislint: 'bin/thesislint.js', 'thesislint-language-server': 'bin/thesislint-language-server.js' });
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.engines).toEqual({ node: '>=20' });
    // Nothing was installed beside it.
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['thesislint']);
    expect(readdirSync(installed()).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'examples', 'package.json']);
    expect(readdirSync(join(installed(), 'dist')).sort()).toEqual(['cli.js', 'server.js']);
  });

  it("checks the bundled example from the prefix: exit 1 and its three errors, in the manuscript's language", () => {
    const cwd = join(work, 'thesis');
    mkdirSync(cwd, { recursive: true });
    copyFileSync(join(installed(), 'examples', 'contoh-skripsi.md'), join(cwd, 'skripsi.md'));
    const r = spawnSync(join(prefix, 'bin', 'thesislint'), ['check', 'skripsi.md'], { cwd, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'skripsi.md:24:70: error stats/table-mismatch Teks menyebut 11,20% untuk 2023, sedangkan Tabel 1 mencantumkan 11,02 (Persentase Penduduk Miskin)',
        'skripsi.md:25:50: error citation/year-mismatch Tahun 2018 pada sitasi Ansell dan Gash (2018) tidak sesuai dengan entri daftar pustaka Ansell, C., & Gash, A. (2008): tahun terbitnya 2008',
        'skripsi.md:25:92: error citation/missing-reference (Nugroho, 2020) tidak ada di daftar pustaka',
        'skripsi.md: 1 berkas; 5 sitasi: semua diperiksa terhadap 3 entri pustaka, 4 ditemukan entrinya; 1 tabel, 2 angka dalam teks, 2 paragraf dibaca untuk uji statistik yang dilaporkan; tidak ditemukan kerangka teori',
        '1 naskah diperiksa: 3 kesalahan, 0 peringatan, 0 info/petunjuk',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(1);
  });

  it('checks a cohort from the prefix (worker threads start from the installed bundle)', () => {
    const cwd = join(work, 'cohort');
    for (const name of ['a', 'b']) {
      mkdirSync(join(cwd, name), { recursive: true });
      copyFileSync(join(installed(), 'examples', 'contoh-skripsi.md'), join(cwd, name, 'skripsi.md'));
    }
    const r = spawnSync(join(prefix, 'bin', 'thesislint'), ['check', '--format', 'json', 'a', 'b'], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ manuscripts: 2, error: 6, warning: 0, failed: 0 });
  });

  it('starts the language server with --stdio: initialize, shutdown, exit', async () => {
    const server = spawn(join(prefix, 'bin', 'thesislint-language-server'), ['--stdio'], { cwd: work });
    const frame = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    let received = '';
    const responses: { id?: number; result?: { capabilities?: Record<string, unknown>; serverInfo?: { name: string } } }[] = [];
    const answered = (id: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to request ${id}: ${received.slice(0, 500)}`)), 20000);
        const look = () => {
          for (;;) {
            const header = /Content-Length: (\d+)\r\n\r\n/.exec(received);
            if (!header) break;
            const start = header.index + header[0].length;
            const length = Number(header[1]);
            if (Buffer.byteLength(received.slice(start)) < length) break;
            const body = Buffer.from(received.slice(start)).subarray(0, length).toString();
            received = Buffer.from(received.slice(start)).subarray(length).toString();
            responses.push(JSON.parse(body));
          }
          if (responses.some((r) => r.id === id)) {
            clearTimeout(timer);
            server.stdout.off('data', onData);
            resolve();
          }
        };
        const onData = (chunk: Buffer) => {
          received += chunk.toString();
          look();
        };
        server.stdout.on('data', onData);
        look();
      });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
    await answered(1);
    const init = responses.find((r) => r.id === 1)!;
    expect(init.result?.serverInfo?.name).toBe('thesislint');
    expect(init.result?.capabilities).toHaveProperty('textDocumentSync');
    server.stdin.write(frame({ method: 'initialized', params: {} }));
    server.stdin.write(frame({ id: 2, method: 'shutdown' }));
    await answered(2);
    expect(responses.find((r) => r.id === 2)).toMatchObject({ id: 2, result: null });
    server.stdin.write(frame({ method: 'exit' }));
    expect(await exited).toBe(0);
  }, 30000);
});
