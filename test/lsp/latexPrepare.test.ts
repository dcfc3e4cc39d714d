// The language server's first check of a LaTeX file: its chunks are parsed beforehand, a slice
// of characters per turn of the event loop (engine/cache.ts prepareLatex), and the check then
// reads the file whole — no time budget, so the diagnostics are exactly what the CLI's check (no
// cache) finds, whatever the machine's load; after an edit too.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject, manuscriptFor, positionAt } from '../../server/src/engine';
import { DiskHost } from '../../server/src/node/diskHost';
import { OverlayHost } from '../../server/src/engine/host';
import { writeSingleLatex } from '../../server/src/bench/material';
import { InProcessSession } from './inProcessSession';

const REPO = path.resolve(__dirname, '../..');

/** What the CLI finds in `text` at `file`: code and start line:character of each finding in it. */
function expected(file: string, text: string): string[] {
  const disk = new DiskHost();
  const host = new OverlayHost(disk, new Map([[file, text]]));
  const result = checkProject(manuscriptFor(file, host), host);
  return result.findings
    .filter((f) => f.file === file)
    .map((f) => {
      const p = positionAt(result.files.get(file)!, f.start);
      return `${f.code} ${p.line}:${p.character}`;
    })
    .sort();
}

describe('a LaTeX thesis opened in the language server', () => {
  let dir: string;
  let file: string;
  let text: string;
  let session: InProcessSession;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-lsp-latex-'));
    file = writeSingleLatex(REPO, dir, 12_000).root;
    // Two citations of keys the .bib lacks, in the second and last thirds.
    const plain = fs.readFileSync(file, 'utf8');
    const cut = (t: string, at: number) => t.indexOf('.\n', Math.floor(t.length * at)) + 1;
    const a = cut(plain, 0.4);
    text = plain.slice(0, a) + ' Lihat \\citep{tidakada2099}.' + plain.slice(a);
    const b = cut(text, 0.8);
    text = text.slice(0, b) + ' Juga \\citet{tidakada2098}.' + text.slice(b);
    fs.writeFileSync(file, text);
    session = new InProcessSession(120_000);
    await session.initialize();
  }, 60_000);

  afterAll(() => {
    session.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is parsed in slices before its first check, and gets the CLI findings, before and after an edit', async () => {
    const cache = session.server.parseCache;
    let slices = 0;
    const prepare = cache.prepareLatex.bind(cache);
    cache.prepareLatex = (...args: Parameters<typeof prepare>) => {
      slices++;
      return prepare(...args);
    };
    const uri = pathToFileURL(file).href;
    await session.open(uri, text, 'latex');
    const first = await session.published(uri, 1);
    expect(slices).toBeGreaterThan(5);
    const codes = (diagnostics: typeof first.diagnostics) => diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`).sort();
    const cli = expected(file, text);
    expect(cli.filter((c) => c.startsWith('citation/')).length).toBeGreaterThanOrEqual(2);
    expect(codes(first.diagnostics)).toEqual(cli);

    // An edit citing a key the .bib has: one finding fewer. The check parses the changed chunk
    // only (no slices for a file parsed before).
    const before = slices;
    const known = /@\w+\{([^,]+),/.exec(fs.readFileSync(path.join(dir, 'pustaka.bib'), 'utf8'))![1];
    const edited = text.replace('tidakada2099', known);
    await session.change(uri, 2, edited);
    const second = await session.published(uri, 2);
    expect(slices).toBe(before);
    expect(codes(second.diagnostics)).toEqual(expected(file, edited));
    expect(second.diagnostics.length).toBeLessThan(first.diagnostics.length);
  }, 240_000);
});
