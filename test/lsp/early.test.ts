// A manuscript's first check publishes the findings of the citation, reference-list and
// bibliography checks before the statistics and coverage analyses run (CheckOptions.early), then
// everything; later checks publish once. The engine side (the early findings are exactly the
// final ones of those checks) is tested in test/engine/early.test.ts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { InProcessSession } from './inProcessSession';
import { EARLY_MIN_CHARS } from '../../server/src/lsp/server';

/** Prose without citations or figures, to make a manuscript long. */
const FILLER = 'Bagian ini menguraikan latar belakang penelitian dengan kalimat yang panjang dan tenang.\n\n';

const SHORT = [
  '# BAB IV Hasil dan Pembahasan',
  '',
  'Rata-rata skor kepuasan mahasiswa mencapai 3,84 pada skala lima, sejalan dengan temuan Sen (2024).',
  '',
  '# BAB V Kesimpulan',
  '',
  'Rata-rata skor kepuasan mahasiswa mencapai 3,48 pada skala lima, termasuk kategori puas.',
  '',
  '# Daftar Pustaka',
  '',
  '- Sen, A. (2014). *Development as freedom*. Oxford University Press.',
  '',
].join('\n');

const TEXT = '# BAB I Pendahuluan\n\n' + FILLER.repeat(Math.ceil(EARLY_MIN_CHARS / FILLER.length)) + SHORT;

describe('the first check of a manuscript', () => {
  let dir: string;
  let session: InProcessSession;
  beforeEach(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-early-')));
    fs.writeFileSync(path.join(dir, 'thesislint.json'), '{}');
    session = new InProcessSession(60_000);
    await session.initialize();
  });
  afterEach(() => {
    session.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('of a long manuscript publishes the citation findings first, then all of them; an edit publishes once', async () => {
    const uri = URI.file(path.join(dir, 'skripsi.md')).toString();
    await session.open(uri, TEXT);
    const codes = (p: { diagnostics: { code?: number | string }[] }) => p.diagnostics.map((d) => String(d.code)).sort();
    expect(codes(await session.published(uri, 1))).toEqual(['citation/year-mismatch']);
    expect(codes(await session.published(uri, 1))).toEqual(['citation/year-mismatch', 'stats/text-contradiction']);
    await session.change(uri, 2, TEXT.replace('3,48', '3,84'));
    expect(codes(await session.published(uri, 2))).toEqual(['citation/year-mismatch']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.drain()).toEqual([]);
  }, 60_000);

  it('of a short manuscript publishes once', async () => {
    const uri = URI.file(path.join(dir, 'skripsi.md')).toString();
    await session.open(uri, SHORT);
    expect((await session.published(uri, 1)).diagnostics.map((d) => String(d.code)).sort()).toEqual(['citation/year-mismatch', 'stats/text-contradiction']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.drain()).toEqual([]);
  });
});
