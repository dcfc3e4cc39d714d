// The manuscript's own items: what is read as a research question, an objective or a hypothesis,
// how they are matched in the other parts, and that a re-check after edits gives what a fresh
// analysis gives.
import { describe, expect, it, vi } from 'vitest';
import { manuscriptOf } from './helpers';
import { MemoryHost, ParseCache, manuscriptFor } from '../../server/src/engine';
import { buildManuscript } from '../../server/src/engine/manuscript';
import { resolveCitations } from '../../server/src/engine/citations/resolve';
import { analyseCoverage } from '../../server/src/engine/coverage/analyse';
import { findItems, itemKindsOfTitle, isHypothesisStatement } from '../../server/src/engine/coverage/study/items';
import { studyBlocksOf } from '../../server/src/engine/coverage/study/analyse';
import { findRefs, plainMath, readStudyText } from '../../server/src/engine/coverage/study/text';
import { studyKeys, languageOfItem } from '../../server/src/engine/coverage/study/keys';
import { contentWords, covers, weigh } from '../../server/src/engine/coverage/study/match';

function itemsOf(text: string, path?: string) {
  const manuscript = manuscriptOf(text, path);
  const found = findItems(manuscript, studyBlocksOf(manuscript));
  const brief = (items: { number: number; label?: string; text: string; nullText?: string }[]) =>
    items.map((i) => ({ number: i.number, label: i.label, text: i.text, ...(i.nullText ? { nullText: i.nullText } : {}) }));
  return { questions: brief(found.questions), objectives: brief(found.objectives), hypotheses: brief(found.hypotheses), pairs: found.pairs };
}

describe('lists that are not items', () => {
  it('takes a hypothesis section that labels its hypotheses to hold no unlabelled ones', () => {
    const found = itemsOf(
      [
        '# BAB II LANDASAN TEORI',
        '## Hipotesis',
        '- Pengaruh kepemimpinan terhadap kinerja pegawai',
        'Penelitian terdahulu menemukan hubungan positif antara kepemimpinan dan kinerja.',
        'Hipotesis 1 (H1): Kepemimpinan berpengaruh positif terhadap kinerja pegawai.',
        '- Pengaruh motivasi terhadap kinerja pegawai',
        'Motivasi mendorong pegawai bekerja lebih baik.',
        'Hipotesis 2 (H2): Motivasi berpengaruh positif terhadap kinerja pegawai.',
      ].join('\n\n'),
    );
    expect(found.hypotheses.map((h) => `${h.number} ${h.text}`)).toEqual([
      '1 Kepemimpinan berpengaruh positif terhadap kinerja pegawai.',
      '2 Motivasi berpengaruh positif terhadap kinerja pegawai.',
    ]);
  });

  it('reads the steps of answering the questions as no questions', () => {
    const found = itemsOf(
      [
        '# BAB III METODE PENELITIAN',
        '## Analisis Deskriptif',
        'Setelah data terkumpul selanjutnya dilakukan analisis untuk menjawab pertanyaan penelitian dengan langkah sebagai berikut:',
        '- Verifikasi Data',
        '- Menghitung Nilai Jawaban',
      ].join('\n\n'),
    );
    expect(found.questions).toEqual([]);
  });
});

describe('headings that announce items', () => {
  it('reads the kinds a heading names, and nothing from a heading that only starts like one', () => {
    expect(itemKindsOfTitle('1.2 Rumusan Masalah')).toEqual(['question']);
    expect(itemKindsOfTitle('I.4. Pertanyaan Penelitian')).toEqual(['question']);
    expect(itemKindsOfTitle('Tujuan dan Manfaat Penelitian')).toEqual(['objective']);
    expect(itemKindsOfTitle('Research Questions and Hypotheses')).toEqual(['question', 'hypothesis']);
    expect(itemKindsOfTitle('2.5 Kerangka Pemikiran dan Hipotesis')).toEqual(['hypothesis']);
    expect(itemKindsOfTitle('Tujuan dan Fungsi Strategi Pemasaran')).toEqual([]);
    expect(itemKindsOfTitle('Uji Hipotesis')).toEqual([]);
    expect(itemKindsOfTitle('Batasan Masalah')).toEqual([]);
    expect(itemKindsOfTitle('**Rumusan Masalah** {.unnumbered}')).toEqual(['question']);
  });
});

describe('reading items', () => {
  it('reads numbered questions and objectives, top level only', () => {
    const text = [
      '# BAB I PENDAHULUAN',
      '## 1.2 Rumusan Masalah',
      'Rumusan masalah penelitian ini adalah:',
      '1. Bagaimana tingkat kepuasan pelanggan?',
      '   - dari sisi harga',
      '2. Faktor apa yang paling menentukan kepuasan pelanggan?',
      '## 1.3 Tujuan dan Manfaat',
      'Tujuan penelitian ini adalah:',
      '1. Mengukur tingkat kepuasan pelanggan.',
      '2. Menemukan faktor penentu kepuasan pelanggan.',
      'Manfaat penelitian ini adalah sebagai berikut:',
      '1. Bahan evaluasi bagi pengelola kedai.',
    ].join('\n\n');
    expect(itemsOf(text)).toEqual({
      questions: [
        { number: 1, label: undefined, text: 'Bagaimana tingkat kepuasan pelanggan?' },
        { number: 2, label: undefined, text: 'Faktor apa yang paling menentukan kepuasan pelanggan?' },
      ],
      objectives: [
        { number: 1, label: undefined, text: 'Mengukur tingkat kepuasan pelanggan.' },
        { number: 2, label: undefined, text: 'Menemukan faktor penentu kepuasan pelanggan.' },
      ],
      hypotheses: [],
      pairs: false,
    });
  });

  it('reads RQ labels and questions written in a paragraph', () => {
    const text = ['# Introduction', 'RQ1: Which tasks do students use chatbots for?', 'RQ2: Do chatbots change exam scores?', '# Results', 'Debugging.'].join(
      '\n\n',
    );
    expect(itemsOf(text).questions).toEqual([
      { number: 1, label: 'RQ1', text: 'Which tasks do students use chatbots for?' },
      { number: 2, label: 'RQ2', text: 'Do chatbots change exam scores?' },
    ]);
    const inline = [
      '# Pendahuluan',
      '## Rumusan Masalah',
      'Penelitian ini menjawab dua pertanyaan. Bagaimana pola konsumsi listrik rumah tangga? Apakah tarif prabayar mengubahnya?',
    ].join('\n\n');
    expect(itemsOf(inline).questions.map((q) => q.text)).toEqual(['Bagaimana pola konsumsi listrik rumah tangga?', 'Apakah tarif prabayar mengubahnya?']);
  });

  it('reads labelled hypotheses, Ha/H0 pairs by number and H0/H1 pairs by test', () => {
    const numbered = ['# Kajian Pustaka', '## Hipotesis', 'H1: Harga berpengaruh terhadap kepuasan.', 'H2: Lokasi berpengaruh terhadap kepuasan.'].join('\n\n');
    expect(itemsOf(numbered).hypotheses).toEqual([
      { number: 1, label: 'H1', text: 'Harga berpengaruh terhadap kepuasan.' },
      { number: 2, label: 'H2', text: 'Lokasi berpengaruh terhadap kepuasan.' },
    ]);
    const byTest = [
      '# Metode',
      '## Hipotesis Statistik',
      'H0: Tidak terdapat pengaruh model PBL terhadap berpikir kritis.',
      'H1: Terdapat pengaruh model PBL terhadap berpikir kritis.',
      'H0: Tidak terdapat pengaruh model PBL terhadap hasil belajar.',
      'H1: Terdapat pengaruh model PBL terhadap hasil belajar.',
    ].join('\n\n');
    expect(itemsOf(byTest)).toMatchObject({
      pairs: true,
      hypotheses: [
        {
          number: 1,
          label: 'H1',
          text: 'Terdapat pengaruh model PBL terhadap berpikir kritis.',
          nullText: 'Tidak terdapat pengaruh model PBL terhadap berpikir kritis.',
        },
        {
          number: 2,
          label: 'H1',
          text: 'Terdapat pengaruh model PBL terhadap hasil belajar.',
          nullText: 'Tidak terdapat pengaruh model PBL terhadap hasil belajar.',
        },
      ],
    });
  });

  it('reads hypotheses written in LaTeX math and with Unicode subscripts', () => {
    const tex = [
      '\\documentclass{report}\\begin{document}',
      '\\chapter{Landasan Teori}\\section{Hipotesis Penelitian}',
      '$H_{01}$: Motivasi tidak berpengaruh terhadap prestasi.\\\\',
      '$H_{a1}$: Motivasi berpengaruh terhadap prestasi.',
      '',
      'H₂: Dukungan orang tua berpengaruh terhadap prestasi.',
      '\\end{document}',
    ].join('\n');
    expect(itemsOf(tex, '/p/skripsi.tex').hypotheses).toEqual([
      { number: 1, label: 'Ha1', text: 'Motivasi berpengaruh terhadap prestasi.', nullText: 'Motivasi tidak berpengaruh terhadap prestasi.' },
      { number: 2, label: 'H2', text: 'Dukungan orang tua berpengaruh terhadap prestasi.' },
    ]);
    expect(plainMath('H_{a1}')).toBe('Ha1');
    expect(plainMath('X_1')).toBe('X1');
    expect(plainMath('\\beta = .31')).toBeUndefined();
  });

  it('ignores labels that are not hypotheses of the study', () => {
    const text = [
      '# Bab III',
      'Data diperoleh dari sensor ECG Polar H10. Model disimpan dalam format H5.',
      '## Hipotesis',
      'H0: Common Effect Model',
      'H1: Fixed Effect Model',
    ].join('\n\n');
    expect(itemsOf(text).hypotheses).toEqual([]);
    expect(isHypothesisStatement('Data residual berdistribusi normal.')).toBe(false);
    expect(isHypothesisStatement('Perceived usefulness positively affects intention to use.')).toBe(true);
  });
});

describe('what is not an item', () => {
  it('takes a research question label once, and not where the methods answer it', () => {
    const text = [
      '# BAB I PENDAHULUAN',
      '',
      'RQ1: Bagaimana kompetensi integrasi calon guru sebelum dan sesudah PjBL?',
      '',
      'RQ2: Apakah PjBL mempengaruhi kualitas desain RPP?',
      '',
      '# BAB III METODE',
      '',
      'Analisis yang dilakukan untuk menjawab RQ1: statistik deskriptif dan uji normalitas Shapiro-Wilk.',
      '',
      'RQ2: diuji dengan PLS-SEM dan bootstrap 5.000 sampel ulang.',
    ].join('\n');
    expect(itemsOf(text).questions).toEqual([
      { number: 1, label: 'RQ1', text: 'Bagaimana kompetensi integrasi calon guru sebelum dan sesudah PjBL?' },
      { number: 2, label: 'RQ2', text: 'Apakah PjBL mempengaruhi kualitas desain RPP?' },
    ]);
  });

  it('reads no questions from a rumusan masalah written as long descriptions of the problem', () => {
    const text = [
      '# BAB I PENDAHULUAN',
      '',
      '## Rumusan Masalah',
      '',
      '1. Dengan metode fabless manufacturing, desain modul yang siap diproduksi diserahkan kepada perusahaan percetakan mitra sehingga desain dapat dicuri oleh pihak ketiga.',
      '2. Desain modul rawan terhadap plagiarisme karena desain elektronik sangat mudah ditiru, sehingga pengamanan desain harus dilakukan agar desain tidak mudah dicuri.',
      '',
      '## Tujuan Penelitian',
      '',
      '1. Menyisipkan watermark ke dalam desain IC.',
    ].join('\n');
    expect(itemsOf(text).questions).toEqual([]);
    expect(itemsOf(text).objectives).toEqual([{ number: 1, label: undefined, text: 'Menyisipkan watermark ke dalam desain IC.' }]);
  });

  it('takes only the labelled hypotheses when a section labels them, not the sentences arguing for them', () => {
    const text = [
      '# BAB II TINJAUAN PUSTAKA',
      '',
      '## Hipotesis',
      '',
      'Digitalisasi memperkuat pengaruh pelatihan terhadap produktivitas karena manfaat pelatihan akan semakin optimal ketika didukung oleh sistem kerja yang terdigitalisasi.',
      '',
      'H1: Pelatihan berpengaruh positif terhadap produktivitas karyawan.',
      '',
      'H2: Beban kerja berpengaruh negatif terhadap produktivitas karyawan.',
    ].join('\n');
    expect(itemsOf(text).hypotheses.map((h) => h.label)).toEqual(['H1', 'H2']);
  });
});

describe('references and words', () => {
  it('finds explicit and aggregate references', () => {
    const kinds = (text: string) => findRefs(text).map((r) => ('number' in r && r.number !== undefined ? `${r.kind} ${r.number}` : r.kind));
    expect(kinds('Untuk menjawab rumusan masalah kedua, dilakukan uji t.')).toEqual(['question 2']);
    expect(kinds('Regarding RQ1 and the third research question, …')).toEqual(['question 1', 'question 3']);
    expect(kinds('Dengan demikian semua hipotesis diterima.')).toEqual(['all-hypotheses']);
    expect(kinds('Maka H0 ditolak dan Ha2 diterima; H1–H3 diterima.')).toEqual(['null', 'alternative 2', 'hypothesis 1', 'hypothesis 2', 'hypothesis 3']);
    expect(kinds('Tujuan ketiga tercapai.')).toEqual(['objective 3']);
  });

  it('gives both forms of a nasal prefix the same stem', () => {
    expect(studyKeys('pengembangan')).toContain('i:kembang');
    expect(studyKeys('dikembangkan')).toContain('i:kembang');
    expect(studyKeys('perancangan')).toContain('i:rancang');
    expect(studyKeys('implemented')).toContain('e:implement');
  });

  it('tells the language of a short question from its words', () => {
    expect(languageOfItem(['apa', 'keluhan', 'utama', 'mahasiswa'])).toBe('id');
    expect(languageOfItem(['which', 'tasks', 'do', 'students', 'use'])).toBe('en');
  });

  it('covers an item only with a word that tells it apart', () => {
    const [q1, q2] = weigh([
      contentWords(readStudyText('Bagaimana merancang aplikasi presensi pengenalan wajah?')),
      contentWords(readStudyText('Berapa akurasi pengenalan wajah aplikasi?')),
    ]);
    expect(q2.map((k) => [k.text, k.weight, k.telling])).toEqual([
      ['akurasi', 1, true],
      // The three words both items share weigh one word together.
      ['pengenalan', 1 / 3, false],
      ['wajah', 1 / 3, false],
      ['aplikasi', 1 / 3, false],
    ]);
    const named = (words: string[]) => q2.filter((k) => words.includes(k.text));
    expect(covers(named(['pengenalan', 'wajah', 'aplikasi']), q2)).toBe(false);
    expect(covers(named(['akurasi', 'wajah']), q2)).toBe(true);
    expect(q1.find((k) => k.text === 'presensi')?.telling).toBe(true);
  });

  it('lets a setting every hypothesis states weigh no more than one word', () => {
    const setting = 'pada pegawai di Lingkungan Kantor Wilayah DJP Sumatera Barat dan Jambi';
    const [h1, h2] = weigh([
      contentWords(readStudyText(`Kepemimpinan transformasional berpengaruh positif terhadap perilaku tidak etis ${setting}.`)),
      contentWords(readStudyText(`Identifikasi organisasional berpengaruh positif terhadap perilaku tidak etis ${setting}.`)),
    ]);
    expect(h1.filter((k) => k.weight === 0.5)).toEqual([]);
    // Ten shared words (the setting, "perilaku", "etis"): a tenth each.
    const shared = h1.filter((k) => !k.telling);
    expect(shared.map((k) => k.text)).toEqual(['perilaku', 'etis', 'pegawai', 'lingkungan', 'kantor', 'wilayah', 'djp', 'sumatera', 'barat', 'jambi']);
    expect(shared.every((k) => k.weight === 0.1)).toBe(true);
    // A conclusion sentence naming the variables, not the setting, reports it.
    const named = h1.filter((k) => ['kepemimpinan', 'transformasional', 'perilaku', 'etis'].includes(k.text));
    expect(covers(named, h1)).toBe(true);
    expect(
      covers(
        h2.filter((k) => ['kantor', 'jambi', 'perilaku', 'etis'].includes(k.text)),
        h2,
      ),
    ).toBe(false);
  });
});

const THESIS = [
  '# ABSTRAK',
  'Penelitian ini menguji pengaruh harga dan lokasi terhadap kepuasan pelanggan. Harga dan lokasi berpengaruh signifikan terhadap kepuasan pelanggan.',
  '# BAB I PENDAHULUAN',
  '## Rumusan Masalah',
  '1. Apakah harga berpengaruh terhadap kepuasan pelanggan?',
  '2. Apakah lokasi berpengaruh terhadap kepuasan pelanggan?',
  '## Hipotesis',
  'H1: Harga berpengaruh positif terhadap kepuasan pelanggan.',
  'H2: Lokasi berpengaruh positif terhadap kepuasan pelanggan.',
  '# BAB IV HASIL DAN PEMBAHASAN',
  'Signifikansi harga 0,01 < 0,05 sehingga H1 diterima. Signifikansi lokasi 0,02 < 0,05 sehingga H2 diterima.',
  '# BAB V KESIMPULAN',
  'Harga berpengaruh positif dan signifikan terhadap kepuasan pelanggan. Lokasi berpengaruh positif dan signifikan terhadap kepuasan pelanggan.',
].join('\n\n');

describe('the items matrices', () => {
  it('covers each item where the manuscript answers it', () => {
    const manuscript = manuscriptOf(THESIS);
    const report = analyseCoverage(manuscript, resolveCitations(manuscript));
    const statuses = report.items.map((m) => ({ kind: m.kind, rows: m.rows.map((r, i) => [r.id, ...m.cells[i].map((c) => c.status)]) }));
    expect(report.items[0].columns.map((c) => c.id)).toEqual(['abstract-1', 'results', 'conclusion']);
    expect(statuses).toEqual([
      {
        kind: 'questions',
        // The results name "harga" and "lokasi" alone: one word does not answer a question.
        rows: [
          ['rq-1', 'named', 'hinted', 'named'],
          ['rq-2', 'named', 'hinted', 'named'],
        ],
      },
      {
        kind: 'hypotheses',
        rows: [
          ['h1', 'named', 'referenced', 'named'],
          ['h2', 'named', 'referenced', 'named'],
        ],
      },
    ]);
  });

  it('gives after every edit exactly what a fresh analysis gives', async () => {
    const cache = new ParseCache();
    const versions = [
      THESIS,
      THESIS.replace('Lokasi berpengaruh positif dan signifikan terhadap kepuasan pelanggan.', ''),
      THESIS.replace('H2: Lokasi', 'H2: Lokasi usaha'),
      THESIS.replace('## Hipotesis', '## Kerangka'),
      THESIS,
    ];
    for (const text of versions) {
      const host = new MemoryHost(new Map([['/p/skripsi.md', text]]));
      const manuscript = buildManuscript(manuscriptFor('/p/skripsi.md', host), host, { cache });
      const citations = resolveCitations(manuscript);
      vi.resetModules();
      const fresh = await import('../../server/src/engine/coverage/analyse');
      const expected = JSON.stringify(fresh.analyseCoverage(manuscript, citations));
      expect(JSON.stringify(analyseCoverage(manuscript, citations))).toBe(expected);
      expect(JSON.stringify(analyseCoverage(manuscript, citations))).toBe(expected);
    }
  });
});

describe('the items matrix for people', () => {
  it('renders the hover table and the report section of the research questions', async () => {
    const { coverageMatrix } = await import('../../server/src/engine/editing/hover');
    const manuscript = manuscriptOf(THESIS);
    const report = analyseCoverage(manuscript, resolveCitations(manuscript));
    const abstract = manuscript.sections.find((s) => s.role === 'abstract')!.index;
    expect(coverageMatrix(report.items[1], abstract)).toBe(
      [
        '**The hypotheses** — coverage (✓ answered or reported, ~ only some of its words, ? other language, ✗ absent)',
        [
          '| Hipotesis | ABSTRAK | the results | the conclusion |',
          '|---|:-:|:-:|:-:|',
          '| H1 “Harga berpengaruh positif terhadap kepuasan pelanggan.” | ✓ | ✓ | ✓ |',
          '| H2 “Lokasi berpengaruh positif terhadap kepuasan pelanggan.” | ✓ | ✓ | ✓ |',
        ].join('\n'),
      ].join('\n\n'),
    );
  });
});
