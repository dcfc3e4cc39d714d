// The message catalogues (server/src/engine/messages): one per language, the same ids in each,
// and every finding of the converted families carrying its message as data so that it can be
// shown in Indonesian. Every fixture is checked and each finding rendered in both languages;
// docs/messages.md (UPDATE_GENERATED=1 writes it) shows one real example of each message in both,
// for review by someone who writes Indonesian academic prose.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  checkProject,
  discoverManuscripts,
  localeOf,
  localizeFinding,
  m,
  render,
  t,
  type Finding,
  type Message,
  type MessageArg,
  type MessageId,
} from '../../server/src/engine';
import { en } from '../../server/src/engine/messages/en';
import { id } from '../../server/src/engine/messages/id';
import { DiskHost } from '../../server/src/node/diskHost';

const repo = join(__dirname, '..', '..');

/** Families whose messages are converted to the catalogue. */
const CONVERTED = ['citation', 'references', 'bibliography', 'manuscript', 'config', 'suppression', 'internal', 'stats', 'coverage'];
/**
 * Messages made only of what the manuscript writes (a table's label, row and column headers, a
 * cell's value): the same in every language unless an unnamed table, row or column is in them.
 */
const NEUTRAL = ['stats.cell', 'stats.rowValue', 'stats.rowColumnValue', 'stats.rowValueInParentheses'];

function caseDirs(dir = join(repo, 'fixtures')): string[] {
  if (existsSync(join(dir, 'expected.json'))) return [dir];
  return readdirSync(dir)
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory())
    .flatMap((p) => caseDirs(p));
}

function findingsOf(caseDir: string): Finding[] {
  const host = new DiskHost();
  let paths = ['.'];
  try {
    paths = (JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as { paths?: string[] }).paths ?? paths;
  } catch {
    // no case.json
  }
  const { manuscripts } = discoverManuscripts(paths, host, { cwd: caseDir });
  return manuscripts.flatMap((spec) => checkProject(spec, host).findings);
}

/** Messages (and forms of them) no fixture produces, with their expected text in both languages. */
const EXAMPLES: { message: MessageId; args?: Record<string, MessageArg>; en: string; id: string }[] = [
  // ---- coverage: a draft's abstract or conclusion that covers none of the items, and the parts a finding names ----
  {
    message: 'coverage.abstractAnswersSome',
    args: {
      column: m('coverage.column.abstract'),
      items: m('coverage.items.objectives', { count: 3 }),
      labels: [m('coverage.label', { en: 'objective 2', id: 'tujuan 2' })],
    },
    en: 'The abstract reports none of the 3 objectives in their own words, and hardly speaks of objective 2',
    id: 'Abstrak tidak melaporkan satu pun dari 3 tujuan penelitian dengan kata-katanya sendiri, dan hampir tidak menyinggung tujuan 2',
  },
  {
    message: 'coverage.conclusionAnswersSome',
    args: {
      kind: 'hypotheses',
      items: m('coverage.items.hypotheses', { count: 4 }),
      labels: [m('coverage.label', { en: 'H1', id: 'H1' }), m('coverage.label', { en: 'H3', id: 'H3' })],
    },
    en: 'The conclusion states the outcome of none of the 4 hypotheses in their own words, and hardly speaks of H1 and H3',
    id: 'Kesimpulan tidak menyatakan hasil pengujian satu pun dari 4 hipotesis dengan kata-katanya sendiri, dan hampir tidak menyinggung H1 dan H3',
  },
  {
    message: 'coverage.conclusionAnswersNone',
    args: { kind: 'variables', items: m('coverage.items.variables', { count: 4 }) },
    en: 'The conclusion states the outcome of none of the 4 variables: it may still be a template or an unfinished draft',
    id: 'Kesimpulan tidak menyatakan hasil pengujian satu pun dari 4 variabel: bagian ini tampaknya masih berupa templat atau draf',
  },
  {
    message: 'coverage.related.introduces',
    args: { column: m('coverage.column.methods'), dimension: m('coverage.label', { en: 'disposition', id: 'disposisi' }) },
    en: 'the methods chapter introduces disposition here',
    id: 'bab metode penelitian memperkenalkan disposisi di sini',
  },
  {
    message: 'coverage.related.discussedHere',
    args: { dimension: m('coverage.label', { en: 'disposition', id: 'disposisi' }) },
    en: 'the results discuss disposition here',
    id: 'hasil penelitian membahas disposisi di sini',
  },
  { message: 'coverage.column.results', en: 'the results', id: 'hasil penelitian' },
  {
    message: 'citation.uncitedListEntry',
    args: { entry: m('entry.described', { en: 'Emerson, K. et al. (2012)', id: 'Emerson, K. dkk. (2012)' }) },
    en: 'Reference list entry Emerson, K. et al. (2012) is never cited',
    id: 'Entri daftar pustaka Emerson, K. dkk. (2012) tidak pernah dikutip dalam naskah',
  },
  {
    message: 'citation.noBibliography',
    args: {
      what: m('citation.uncheckedCount', { total: 1 }),
      found: m('citation.noBibliographyForKeys'),
      declare: m('citation.declareLatex'),
    },
    en: '1 citation could not be checked: no bibliography file (.bib or CSL-JSON) for the cited keys was found. Name it with --bib FILE, list it under "bibliography" in thesislint.json, or declare it in the manuscript (\\bibliography{…} or \\addbibresource{…})',
    id: '1 sitasi tidak dapat diperiksa: tidak ditemukan berkas bibliografi (.bib atau CSL-JSON) untuk kunci yang dikutip. Sebutkan berkasnya dengan --bib BERKAS, cantumkan di "bibliography" pada thesislint.json, atau deklarasikan di naskah (\\bibliography{…} atau \\addbibresource{…})',
  },
  {
    message: 'place.bibliography',
    en: 'the bibliography',
    id: 'bibliografi',
  },
  {
    message: 'year.none',
    en: 'n.d.',
    id: 't.t.',
  },
  {
    message: 'related.entry',
    en: 'the entry',
    id: 'entrinya',
  },
  {
    message: 'citation.secondaryNote',
    args: { original: 'Piaget', author: 'Santrock' },
    en: ' (the original author Piaget need not be listed, but Santrock must)',
    id: ' (sumber asli Piaget boleh tidak dicantumkan, tetapi Santrock wajib ada)',
  },
  {
    message: 'citation.yearMatchesNone',
    args: { year: '2019', count: 2, author: 'Sugiyono', years: ['2013', m('year.none')] },
    en: 'Cited year 2019 matches none of the 2 entries by Sugiyono in the bibliography: listed years are 2013, n.d.',
    id: 'Tahun 2019 tidak cocok dengan satu pun dari 2 karya Sugiyono di bibliografi; tahun terbit yang tercantum: 2013 dan t.t.',
  },
  {
    message: 'citation.authorsExtra',
    args: { extra: ['Wijaya'], expected: 'Emerson et al.' },
    en: 'Wijaya is not an author of that entry; expected "Emerson et al."',
    id: 'Wijaya bukan penulis karya tersebut; seharusnya "Emerson dkk." (atau "Emerson et al.")',
  },
  {
    message: 'citation.authorNotAnAuthor',
    args: { written: 'Wijaya', expected: 'Sen' },
    en: 'Wijaya is not an author of that entry; expected "Sen"',
    id: 'Wijaya bukan penulis karya tersebut; seharusnya "Sen"',
  },
  {
    message: 'citation.etAlSingle',
    args: { expected: 'Sen' },
    en: 'the entry has a single author, so "et al." does not apply; expected "Sen"',
    id: 'karya itu hanya memiliki satu penulis, jadi tidak memakai "dkk." atau "et al."; seharusnya "Sen"',
  },
  {
    message: 'bibliography.cslUnreadable',
    args: { detail: 'Unexpected token } in JSON at position 12' },
    en: 'CSL-JSON could not be read: Unexpected token } in JSON at position 12',
    id: 'Berkas CSL-JSON tidak dapat dibaca: Unexpected token } in JSON at position 12',
  },
  {
    message: 'bibliography.noBibtexEntries',
    en: 'No BibTeX entries found in this file',
    id: 'Tidak ada entri BibTeX di berkas ini',
  },
  {
    message: 'manuscript.fileNotFound',
    args: { path: 'bab2.md' },
    en: 'File not found or not readable as text: bab2.md',
    id: 'Berkas tidak ditemukan atau tidak dapat dibaca sebagai teks: bab2.md',
  },
  {
    message: 'manuscript.markdownTooDeep',
    args: { depth: 120, max: 100 },
    en: 'Lists or quotes nested about 120 levels deep (more than 100): this file was read line by line',
    id: 'Daftar atau kutipan bersarang sekitar 120 tingkat (lebih dari 100): berkas ini dibaca baris demi baris',
  },
  {
    message: 'manuscript.markdownUnparsable',
    args: { detail: 'Maximum call stack size exceeded' },
    en: 'Markdown could not be parsed (Maximum call stack size exceeded): this file was read line by line',
    id: 'Markdown tidak dapat diurai (Maximum call stack size exceeded): berkas ini dibaca baris demi baris',
  },
  {
    message: 'manuscript.latexTooDeep',
    args: { max: 200 },
    en: 'LaTeX nesting deeper than 200 levels: inner content ignored',
    id: 'Susunan LaTeX lebih dalam dari 200 tingkat: isi bagian dalamnya diabaikan',
  },
  {
    message: 'manuscript.latexTooLarge',
    en: 'LaTeX file too large to parse at once: the rest was read approximately',
    id: 'Berkas LaTeX terlalu besar untuk diurai sekaligus: sisanya dibaca secara perkiraan',
  },
  {
    message: 'manuscript.latexUnparsable',
    args: { detail: 'Expected "}"' },
    en: 'Could not parse this LaTeX (Expected "}"); read approximately',
    id: 'LaTeX ini tidak dapat diurai (Expected "}"); dibaca secara perkiraan',
  },
  {
    message: 'manuscript.latexParserFailed',
    args: { detail: 'out of memory' },
    en: 'LaTeX parser failed (out of memory); file read approximately',
    id: 'Pengurai LaTeX gagal (out of memory); berkas dibaca secara perkiraan',
  },
  {
    message: 'internal.checkFailed',
    args: { code: 'stats/table-mismatch', detail: 'TypeError: x is undefined' },
    en: 'The check stats/table-mismatch failed on this manuscript and was skipped: TypeError: x is undefined',
    id: 'Pemeriksaan stats/table-mismatch gagal pada naskah ini dan dilewati: TypeError: x is undefined',
  },
  {
    message: 'internal.manuscriptFailed',
    args: { detail: 'EACCES: permission denied' },
    en: 'thesislint could not check this manuscript: EACCES: permission denied',
    id: 'thesislint tidak dapat memeriksa naskah ini: EACCES: permission denied',
  },
  {
    message: 'stats.tableMismatch',
    args: {
      stated: '9,22%',
      row: m('stats.rowNumber', { number: 3 }),
      table: m('stats.theTable'),
      value: '9,41',
      column: m('stats.columnNumber', { number: 2 }),
    },
    en: 'Text gives 9,22% for row 3; the table has 9,41 (column 2)',
    id: 'Teks menyebut 9,22% untuk baris 3, sedangkan tabel tersebut mencantumkan 9,41 (kolom 2)',
  },
  {
    message: 'stats.valueOfOtherRow',
    args: { stated: '9,22%', row: '2018' },
    en: ' (9,22% is the value for 2018)',
    id: ' (9,22% adalah nilai untuk 2018)',
  },
  {
    message: 'stats.cell',
    args: { table: m('stats.tableLabelled', { label: 'tab:miskin' }), row: '2019', column: 'Persentase', value: '9,41' },
    en: 'table tab:miskin, 2019, Persentase: 9,41',
    id: 'tabel tab:miskin, 2019, Persentase: 9,41',
  },
  {
    message: 'stats.derived.changeCell',
    args: { said: 'down', stated: '5.7%', row: 'P8', table: 'Tabel 4.5', column: 'Selisih', value: '+5.7' },
    en: 'Text gives a fall of 5.7% for P8; Tabel 4.5 (Selisih) gives +5.7',
    id: 'Teks menyebut penurunan sebesar 5.7% untuk P8, sedangkan Tabel 4.5 (Selisih) memberikan +5.7',
  },
  {
    message: 'stats.derived.count',
    args: { stated: '5', noun: m('stats.derived.rows'), table: 'Tabel 3.2', expected: 4 },
    en: 'Text counts 5 rows; Tabel 3.2 lists 4',
    id: 'Teks menyebut 5 baris, sedangkan Tabel 3.2 memuat 4',
  },
  {
    message: 'stats.derived.aggregate',
    args: { what: 'total', stated: '120', table: 'Tabel 2', column: 'Frekuensi', rows: m('stats.derived.rowCount', { count: 4 }), expected: '118' },
    en: 'Text gives a total of 120; the total of Tabel 2 (Frekuensi, 4 rows) is 118',
    id: 'Teks menyebut jumlah 120, sedangkan jumlah pada Tabel 2 (Frekuensi, 4 baris) adalah 118',
  },
  {
    message: 'stats.derived.other',
    args: { stated: '0,38', what: m('stats.what.change'), table: 'Tabel 4', column: 'Skor', expected: '0,42', at: '2021' },
    en: 'Text gives 0,38 as a change; Tabel 4 (Skor) gives 0,42 (2021)',
    id: 'Teks menyebut 0,38 sebagai besarnya perubahan, sedangkan Tabel 4 (Skor) memberikan 0,42 (2021)',
  },
  {
    message: 'stats.what.difference',
    en: 'a difference',
    id: 'selisih',
  },
  {
    message: 'stats.what.range-low',
    en: 'the low end of a range',
    id: 'batas bawah rentang',
  },
  {
    message: 'stats.what.range-high',
    en: 'the high end of a range',
    id: 'batas atas rentang',
  },
  {
    message: 'stats.what.max',
    en: 'the highest value',
    id: 'nilai tertinggi',
  },
  {
    message: 'stats.what.min',
    en: 'the lowest value',
    id: 'nilai terendah',
  },
  {
    message: 'stats.what.mean',
    en: 'an average',
    id: 'rata-rata',
  },
  {
    message: 'stats.what.total',
    en: 'a total',
    id: 'jumlah',
  },
  {
    message: 'stats.what.count',
    en: 'a count',
    id: 'banyaknya',
  },
  {
    message: 'stats.direction',
    args: { word: 'meningkat', said: 'up', actually: 'down', from: '70,2', to: '68,4', table: 'Tabel 2', where: '2021' },
    en: '"meningkat" says higher, but 70,2 → 68,4 falls in Tabel 2 (2021)',
    id: '"meningkat" berarti naik, padahal 70,2 → 68,4 turun pada Tabel 2 (2021)',
  },
  {
    message: 'stats.direction',
    args: {
      word: 'lebih tinggi',
      said: 'up',
      comparative: 'yes',
      actually: 'down',
      from: 'kontrol (74,1)',
      to: 'eksperimen (71,3)',
      table: 'Tabel 4.2',
      where: 'Rata-rata',
    },
    en: '"lebih tinggi" says higher, but eksperimen (71,3) is lower than kontrol (74,1) in Tabel 4.2 (Rata-rata)',
    id: '"lebih tinggi" berarti lebih tinggi, padahal eksperimen (71,3) lebih rendah daripada kontrol (74,1) pada Tabel 4.2 (Rata-rata)',
  },
  {
    message: 'stats.arith.sum',
    args: { table: 'Tabel 4.3', row: 'Jumlah', value: '101,0', column: 'Persentase', how: m('stats.arith.percentagesAbove'), expected: '100,0' },
    en: 'Tabel 4.3: the Jumlah row gives 101,0 for Persentase, but the percentages above add up to 100,0',
    id: 'Tabel 4.3: baris Jumlah mencantumkan 101,0 untuk Persentase, padahal jumlah persentase di atasnya adalah 100,0',
  },
  {
    message: 'stats.test.pBelowZero',
    args: { p: 'p < .000', smallest: '.001' },
    en: 'Reported p < .000 is impossible: a p-value is never below zero; report it as p < .001',
    id: 'Dilaporkan p < .000, padahal nilai p tidak mungkin kurang dari nol; tuliskan p < .001',
  },
  {
    message: 'stats.test.pMismatch',
    args: { p: 'p = .01', test: 't(28) < 2.20', computed: m('stats.test.computedBound', { tails: 'two', op: '>', bound: '.036' }) },
    en: 'Reported p = .01 does not match t(28) < 2.20: two-tailed p > .036',
    id: 'p = .01 yang dilaporkan tidak sesuai dengan t(28) < 2.20: p dua arah > .036',
  },
  {
    message: 'stats.test.criticalOneTailed',
    args: { label: 't tabel', value: '1,697', where: m('stats.test.whereDf', { df: '30', alpha: 'α = 0,05' }), twoTailed: '2,042', statistic: 't hitung 1,85' },
    en: 'Stated t tabel 1,697 is the one-tailed critical value for df = 30 at α = 0,05, but the text does not say the test is one-tailed: the two-tailed value is 2,042 (against it, t hitung 1,85 is not significant)',
    id: 't tabel 1,697 adalah nilai kritis uji satu arah untuk df = 30 pada α = 0,05, padahal teks tidak menyatakan bahwa ujinya satu arah: nilai kritis uji dua arahnya 2,042 (terhadap nilai itu, t hitung 1,85 tidak signifikan)',
  },
  {
    message: 'stats.test.criticalWrong',
    args: {
      label: 'z tabel',
      value: '1,64',
      where: m('stats.test.whereAlpha', { alpha: 'α = 0,05' }),
      expected: m('stats.test.criticalEither', { twoTailed: '1,960', oneTailed: '1,645' }),
    },
    en: 'Stated z tabel 1,64 is not the critical value at α = 0,05: expected 1,960 (two-tailed) or 1,645 (one-tailed)',
    id: 'z tabel 1,64 bukan nilai kritis pada α = 0,05: seharusnya 1,960 (dua arah) atau 1,645 (satu arah)',
  },
];

/** The editor's and the reports' texts, exercised by test/lsp and test/cli in both languages. */
const CHROME = /^(?:summary|github|severity|report|lsp|checked|fix|lens|hover|completion)\./;

/** A template rendered with its arguments shown as `{name}`, for the review sheet. */
function placeholders(messageId: MessageId, locale: 'en' | 'id'): string {
  // Each argument as a one-item list: it prints as "{name}" and works where a template joins a list.
  const args = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? [`{${key}}`] : undefined) });
  return CATALOGUES[locale][messageId](args, (items) => (Array.isArray(items) ? items.join(', ') : String(items ?? '')));
}

const all = caseDirs().flatMap((dir) => findingsOf(dir).map((f) => ({ dir, f })));

describe('message catalogues', () => {
  it('Indonesian has every English message and no other', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(CATALOGUES)).toEqual(['en', 'id']);
  });

  it('every finding of a converted family carries its message as data, and its English text is that message', () => {
    const converted = all.filter(({ f }) => CONVERTED.includes(f.code.split('/')[0]));
    expect(converted.length).toBeGreaterThan(50);
    const missing = converted.filter(({ f }) => !f.msg).map(({ dir, f }) => `${relative(repo, dir)} ${f.code}: ${f.message}`);
    expect(missing).toEqual([]);
    for (const { f } of converted) {
      expect(render(f.msg!, 'en')).toBe(f.message);
      // citation/ambiguous points at each entry with the entry itself ("Slavin, R. E. (2011)"), in no language.
      if (f.code !== 'citation/ambiguous') for (const r of f.related ?? []) expect(r.msg, `${f.code} related "${r.message}"`).toBeDefined();
    }
  });

  it('renders every message found in the fixtures in Indonesian: complete, and not the English text', () => {
    const seen = new Map<string, Message>();
    for (const { f } of all) for (const msg of [f.msg, ...(f.related ?? []).map((r) => r.msg)]) if (msg && !seen.has(msg.id)) seen.set(msg.id, msg);
    expect(seen.size).toBeGreaterThan(15);
    for (const [messageId, msg] of seen) {
      const text = render(msg, 'id');
      expect(text, messageId).not.toMatch(/undefined|\[object|NaN/);
      if (!NEUTRAL.includes(messageId)) expect(text, messageId).not.toBe(render(msg, 'en'));
    }
  });

  it('writes Indonesian as Indonesian academic prose does', () => {
    expect(
      t('id', 'citation.yearMismatch', {
        year: '2020',
        citation: '(Sen, 2020)',
        entry: { id: 'entry.list', args: { entry: 'Sen, A. (2014)' } },
        expected: '2014',
      }),
    ).toBe('Tahun 2020 pada sitasi (Sen, 2020) tidak sesuai dengan entri daftar pustaka Sen, A. (2014): tahun terbitnya 2014');
    expect(t('id', 'citation.authorsDropped', { missing: ['Nabatchi', 'Balogh'], expected: 'Emerson et al.' })).toBe(
      'penulis lain (Nabatchi dan Balogh) tidak disebut; seharusnya "Emerson dkk." (atau "Emerson et al.")',
    );
    expect(
      t('id', 'citation.yearMatchesNone', { year: '2019', count: 3, author: 'Sugiyono', inList: 'yes', years: ['2013', '2016', { id: 'year.none' }] }),
    ).toBe('Tahun 2019 tidak cocok dengan satu pun dari 3 karya Sugiyono di daftar pustaka; tahun terbit yang tercantum: 2013, 2016, dan t.t.');
    expect(t('id', 'summary.checked', { manuscripts: 2, errors: 1, warnings: 0, others: 3 })).toBe(
      '2 naskah diperiksa: 1 kesalahan, 0 peringatan, 3 info/petunjuk',
    );
    expect(t('en', 'summary.checked', { manuscripts: 2, errors: 1, warnings: 0, others: 3 })).toBe('2 manuscripts checked: 1 error, 0 warnings, 3 info/hint');
    // Issue 16's example: the numbers exactly as the manuscript writes them, the rest Indonesian.
    expect(t('id', 'stats.tableMismatch', { stated: '9,22%', row: '2019', table: 'Tabel 1', value: '9,41', column: 'Persentase Penduduk Miskin' })).toBe(
      'Teks menyebut 9,22% untuk 2019, sedangkan Tabel 1 mencantumkan 9,41 (Persentase Penduduk Miskin)',
    );
    expect(
      t('id', 'stats.test.pMismatch', {
        p: 'sig. 0,060',
        test: 't hitung 2,20 (df = 28)',
        computed: m('stats.test.computed', { tails: 'two', p: '= 0,036', statistic: 't hitung', statLow: '2,195', statHigh: '2,205' }),
        changes: m('stats.test.changes', { alpha: 'α = 0,05' }),
      }),
    ).toBe(
      'sig. 0,060 yang dilaporkan tidak sesuai dengan t hitung 2,20 (df = 28): p dua arah = 0,036 (untuk t hitung antara 2,195 dan 2,205) — kesimpulan pada α = 0,05 menjadi berbeda',
    );
    expect(t('id', 'stats.test.significant')).toBe('signifikan (H0 ditolak)');
  });

  it('exercises every finding message: found in a fixture, or rendered here in both languages', () => {
    const seen = new Set<string>();
    const visit = (arg: MessageArg): void => {
      if (Array.isArray(arg)) arg.forEach(visit);
      else if (arg && typeof arg === 'object' && 'id' in arg) {
        seen.add(arg.id);
        Object.values(arg.args ?? {}).forEach(visit);
      }
    };
    for (const { f } of all) for (const msg of [f.msg, ...(f.related ?? []).map((r) => r.msg)]) if (msg) visit(msg);
    for (const example of EXAMPLES) {
      const msg = { id: example.message, args: example.args };
      expect([render(msg, 'en'), render(msg, 'id')], example.message).toEqual([example.en, example.id]);
      visit(msg);
    }
    const unexercised = Object.keys(en).filter((messageId) => !CHROME.test(messageId) && !seen.has(messageId));
    expect(unexercised).toEqual([]);
  });

  it('keeps numbers and names as the manuscript writes them', () => {
    const [finding] = all.filter(({ f }) => f.code === 'citation/year-mismatch' && f.msg?.id === 'citation.yearMismatch').map(({ f }) => f);
    const indonesian = localizeFinding(finding, 'id');
    const args = finding.msg!.args as Record<string, string>;
    expect(indonesian.message).toContain(String(args.year));
    expect(indonesian.message).toContain(String(args.citation));
    expect(localizeFinding(finding, 'en')).toBe(finding);
  });

  it('reads a locale from a setting or a VS Code display language', () => {
    expect([localeOf('id'), localeOf('id-ID'), localeOf('en-US'), localeOf('en'), localeOf('pt-br'), localeOf(undefined)]).toEqual([
      'id',
      'id',
      'en',
      'en',
      undefined,
      undefined,
    ]);
  });

  it('docs/messages.md shows one example of each message in both languages', () => {
    const examples = new Map<string, { code: string; msg: Message }>();
    for (const { f } of all) if (f.msg && !examples.has(f.msg.id)) examples.set(f.msg.id, { code: f.code, msg: f.msg });
    for (const { f } of all)
      for (const r of f.related ?? []) if (r.msg && !examples.has(r.msg.id)) examples.set(r.msg.id, { code: `${f.code}, related`, msg: r.msg });
    for (const e of EXAMPLES) if (!examples.has(e.message)) examples.set(e.message, { code: 'example', msg: { id: e.message, args: e.args } });
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const rows = [...examples]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([messageId, { code, msg }]) => `| \`${messageId}\` (\`${code}\`) | ${cell(render(msg, 'en'))} | ${cell(render(msg, 'id'))} |`);
    const generated = [
      '# Messages in English and Indonesian',
      '',
      'Generated by `UPDATE_GENERATED=1 npx vitest run test/catalogue` from the fixtures: one real example of each',
      'finding message of the catalogues (`server/src/engine/messages/en.ts`, `id.ts`), for review; messages no',
      'fixture produces are shown with the example of test/catalogue/messages.test.ts (code: "example"), and',
      'messages a finding points at beside its own (related locations) are marked "related".',
      '',
      '| message (code) | English | Indonesian |',
      '|---|---|---|',
      ...rows,
      '',
      '## Editor, report and summary texts',
      '',
      'Quick-fix titles, hovers, code lenses, completion details, the "what was checked" line, the text and GitHub',
      'summaries and the HTML report, each shown with its arguments as `{name}` (one form of each).',
      '',
      '| message | English | Indonesian |',
      '|---|---|---|',
      ...Object.keys(en)
        .filter((messageId) => CHROME.test(messageId))
        .sort()
        .map((messageId) => `| \`${messageId}\` | ${cell(placeholders(messageId as MessageId, 'en'))} | ${cell(placeholders(messageId as MessageId, 'id'))} |`),
      '',
    ].join('\n');
    const path = join(repo, 'docs', 'messages.md');
    if (process.env.UPDATE_GENERATED === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
