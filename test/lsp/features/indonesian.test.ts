// The editor in Indonesian: with VS Code's display language Indonesian (InitializeParams.locale)
// or thesislint.locale = "id", every text the server shows is Indonesian — diagnostics, quick-fix
// titles, hovers, code lenses, completion details and the "what was checked" line of the status
// bar — with names and numbers exactly as the manuscript writes them. thesislint.locale overrides
// the display language either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CodeLens, CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { Session } from '../session';
import { openAndCheck, pos, range, Workspace } from './helpers';

const TEXT = [
  '# BAB I PENDAHULUAN',
  '',
  'Kemiskinan dipahami sebagai kurangnya kebebasan (Sen, 2014). Menurut Chambers (1983), orang miskin terjebak. Hal ini juga dibahas (Alkire, 2011).',
  '',
  'Tabel 1. Persentase Penduduk Miskin Jawa Tengah',
  '',
  '| Tahun | Persentase Penduduk Miskin (%) |',
  '|---|---|',
  '| 2019 | 10,80 |',
  '| 2020 | 11,41 |',
  '',
  'Berdasarkan Tabel 1, persentase penduduk miskin pada tahun 2020 sebesar 11,14%.',
  '',
  '# DAFTAR PUSTAKA',
  '',
  'Chambers, R. (1983). *Rural development: Putting the last first*. Longman.',
  '',
  'Emerson, K., Nabatchi, T., Balogh, S., & Smith, J. (2012). *An integrative framework*. Journal.',
  '',
  'Sen, A. (1999). *Development as freedom*. Oxford University Press.',
  '',
].join('\n');

interface Checked {
  root: string;
  text: string;
}

let ws: Workspace;
let session: Session;
const checked: Checked[] = [];
beforeAll(async () => {
  ws = new Workspace('thesislint-id-');
  ws.write('skripsi.md', TEXT);
  session = new Session({ locale: 'id' });
  session.connection.onNotification('thesislint/checked', (params: Checked) => checked.push(params));
  await session.initialize();
});
afterAll(async () => {
  await session.dispose();
  ws.dispose();
});

const hover = (uri: string, needle: string, delta = 1) =>
  session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos(TEXT, needle, delta) });
const actionTitles = async (uri: string, needle: string) =>
  (
    await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(TEXT, needle),
      context: { diagnostics: [] },
    })
  ).map((a) => a.title);

describe('the language server in Indonesian (display language id)', () => {
  it('publishes Indonesian diagnostics, statistics included', async () => {
    const uri = ws.uri('skripsi.md');
    const diagnostics = await openAndCheck(session, uri, TEXT);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['citation/year-mismatch', 'Tahun 2014 pada sitasi (Sen, 2014) tidak sesuai dengan entri daftar pustaka Sen, A. (1999): tahun terbitnya 1999'],
      ['citation/missing-reference', '(Alkire, 2011) tidak ada di daftar pustaka'],
      ['stats/table-mismatch', 'Teks menyebut 11,14% untuk 2020, sedangkan Tabel 1 mencantumkan 11,41 (Persentase Penduduk Miskin)'],
      ['citation/uncited-reference', 'Entri daftar pustaka Emerson, K. dkk. (2012) tidak pernah dikutip dalam naskah'],
    ]);
    expect(diagnostics.find((d) => d.code === 'stats/table-mismatch')?.relatedInformation?.map((r) => r.message)).toEqual([
      'Tabel 1, 2020, Persentase Penduduk Miskin: 11,41',
    ]);
  });

  it('titles quick fixes in Indonesian', async () => {
    const uri = ws.uri('skripsi.md');
    expect(await actionTitles(uri, 'Sen, 2014')).toEqual([
      'Ganti tahun menjadi 1999',
      'Ganti tahun terbit pada entri daftar pustaka menjadi 2014',
      'Abaikan citation/year-mismatch di baris ini',
    ]);
    expect(await actionTitles(uri, '11,14')).toEqual(['Pakai nilai dari tabel: 11,41', 'Abaikan stats/table-mismatch di baris ini']);
    expect(await actionTitles(uri, 'Alkire, 2011')).toEqual(['Tambahkan "Alkire (2011)" ke daftar pustaka', 'Abaikan citation/missing-reference di baris ini']);
  });

  it('hovers in Indonesian: the entry, the year it differs in, a citation with no entry, a number against its cell', async () => {
    const uri = ws.uri('skripsi.md');
    expect((await hover(uri, 'Sen, 2014'))?.contents).toEqual({
      kind: 'markdown',
      value:
        'Sen, A. (1999). Development as freedom. Oxford University Press.\n\n*daftar pustaka — skripsi.md:20*\n\n**Tahun berbeda:** dikutip 2014, tercantum 1999.',
    });
    expect((await hover(uri, 'Alkire, 2011'))?.contents).toEqual({ kind: 'markdown', value: '**Tidak ada entri** untuk Alkire (2011) di daftar pustaka.' });
    expect((await hover(uri, '11,14%'))?.contents).toEqual({
      kind: 'markdown',
      value:
        'Dibandingkan dengan **Tabel 1** (skripsi.md, baris 10)\n\n| baris | kolom | nilai |\n|---|---|---|\n| 2020 | Persentase Penduduk Miskin | 11,41 |\n\nTeks menyebut 11,14, sedangkan tabel mencantumkan 11,41.',
    });
    expect((await hover(uri, 'Emerson, K.', 2))?.contents).toEqual({ kind: 'markdown', value: '**Belum dikutip** di bagian mana pun dalam naskah.' });
    expect((await hover(uri, 'Chambers, R.', 2))?.contents).toEqual({
      kind: 'markdown',
      value:
        '**Dikutip sekali:**\n\n- skripsi.md:3 — …sebagai kurangnya kebebasan (Sen, 2014). Menurut Chambers (1983), orang miskin terjebak. Hal ini juga dibahas…',
    });
  });

  it('titles code lenses in Indonesian', async () => {
    const uri = ws.uri('skripsi.md');
    const lenses = await session.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map((l) => l.command?.title)).toEqual(['dikutip sekali', 'belum pernah dikutip', 'dikutip sekali']);
  });

  it('writes completion details as Indonesian references do: dkk., and the entry as listed', async () => {
    const uri = ws.uri('skripsi.md');
    const typed = TEXT.replace('(Alkire, 2011)', '(Alkire, 2011; Em');
    await session.change(uri, 2, typed);
    const items = await session.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: pos(typed, '; Em', 4),
    });
    // Every entry is offered (the editor filters by what was typed); the label is what gets inserted.
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ['Chambers, 1983', 'Chambers, R. (1983)'],
      ['Emerson et al., 2012', 'Emerson, K. dkk. (2012)'],
      ['Sen, 1999', 'Sen, A. (1999)'],
    ]);
    await session.change(uri, 3, TEXT);
    // The diagnostics of the text as it is again: the typed text, an edit on its own, may have been checked and published first.
    while ((await session.nextPublish(uri, 15000)).version !== 3);
  });

  it('says in Indonesian what was checked (the status bar)', async () => {
    // What was checked comes after the diagnostics of the same check: wait for that of the text as it is now
    // (the typed text of the test before, an edit on its own, may have been checked too).
    const line = (params: Checked | undefined) => params?.text ?? '';
    for (let waited = 0; !line(checked.at(-1)).includes('3 sitasi') && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(checked.at(-1)?.text).toBe(
      '1 berkas; 3 sitasi: semua diperiksa terhadap 3 entri pustaka, 2 ditemukan entrinya; 1 tabel, 1 angka dalam teks, 2 paragraf dibaca untuk uji statistik yang dilaporkan; tidak ditemukan kerangka teori',
    );
  });
});

describe('thesislint.locale over the display language', () => {
  it('speaks Indonesian when the setting says id and VS Code speaks English, and English the other way round', async () => {
    for (const [display, setting, title] of [
      ['en', 'id', 'Ganti tahun menjadi 1999'],
      ['id', 'en', 'Change the year to 1999'],
    ] as const) {
      const other = new Session({ locale: display, settings: () => ({ locale: setting }) });
      try {
        await other.initialize();
        const uri = ws.uri('skripsi.md');
        await openAndCheck(other, uri, TEXT);
        const actions = await other.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: range(TEXT, 'Sen, 2014'),
          context: { diagnostics: [] },
        });
        expect(actions[0].title).toBe(title);
      } finally {
        await other.dispose();
      }
    }
  });
});
