// The coverage rules on small in-memory theses: when a dimension counts as named or as
// discussed, when a framework counts as used, and how configuration pins one.
import { describe, expect, it } from 'vitest';
import {
  checkManuscript,
  coverageAt,
  describeRowCoverage,
  loadConfig,
  manuscriptFor,
  MemoryHost,
  renderCoverageMatrix,
  type CheckResult,
  type LoadedConfig,
} from '../../server/src/engine';
import { AnalysisCache } from '../../server/src/engine/analysis';
import { buildManuscript } from '../../server/src/engine/manuscript';

interface Thesis {
  abstrak: string;
  theory?: string;
  results: [heading: string, text: string][];
  conclusion?: string;
  references?: string;
}

const ANSELL_GASH_REFERENCE =
  'Ansell, C., & Gash, A. (2008). Collaborative governance in theory and practice. *Journal of Public Administration Research and Theory*, 18(4), 543–571.';

function write(thesis: Thesis): string {
  return [
    '# ABSTRAK',
    thesis.abstrak,
    '# BAB II TINJAUAN PUSTAKA',
    thesis.theory ?? 'Penelitian ini menggunakan model collaborative governance menurut Ansell dan Gash (2008).',
    '# BAB IV HASIL DAN PEMBAHASAN',
    ...thesis.results.flatMap(([heading, text], i) => [`## 4.${i + 1} ${heading}`, text]),
    '# BAB V KESIMPULAN',
    thesis.conclusion ?? 'Kolaborasi berjalan baik.',
    '# DAFTAR PUSTAKA',
    thesis.references ?? ANSELL_GASH_REFERENCE,
  ].join('\n\n');
}

function run(text: string, config?: LoadedConfig): CheckResult {
  const host = new MemoryHost(new Map([['/t/skripsi.md', text]]));
  return checkManuscript(manuscriptFor('/t/skripsi.md', host), host, { frameworks: config?.frameworks, severity: config?.config.severity });
}

function status(result: CheckResult, rowId: string, columnId: string): string {
  const [coverage] = result.coverage.frameworks;
  const r = coverage.rows.findIndex((row) => row.id === rowId);
  const c = coverage.columns.findIndex((column) => column.id === columnId);
  return coverage.cells[r][c].status;
}

const FOUR_VARIABLES: Thesis['results'] = [
  ['Kondisi Awal', 'Para pihak pernah berkonflik.'],
  ['Desain Kelembagaan', 'Forum dibentuk dengan keputusan bupati.'],
  ['Kepemimpinan Fasilitatif', 'Camat menengahi perbedaan.'],
  ['Proses Kolaboratif', 'Rapat rutin diadakan setiap bulan.'],
];

describe('sub-dimensions', () => {
  it('one stage named in an abstract does not cover the collaborative process; two stages do', () => {
    const one = run(write({ abstrak: 'Hasil penelitian menunjukkan upaya membangun kepercayaan antarpihak.', results: FOUR_VARIABLES }));
    expect(status(one, 'collaborative-process', 'abstract-1')).toBe('hinted');
    expect(status(one, 'trust-building', 'abstract-1')).toBe('named');
    const two = run(write({ abstrak: 'Hasil penelitian menunjukkan upaya membangun kepercayaan dan pemahaman bersama antarpihak.', results: FOUR_VARIABLES }));
    expect(status(two, 'collaborative-process', 'abstract-1')).toBe('sub-dimensions');
  });
});

describe('what the results discuss', () => {
  it('a dimension named in a results heading or in two paragraphs, not one named once', () => {
    const result = run(
      write({
        abstrak: 'Penelitian tentang kolaborasi.',
        results: [
          ['Kondisi Awal', 'Para pihak pernah berkonflik.'],
          ['Desain Kelembagaan', 'Forum dibentuk dengan keputusan bupati, dan kepemimpinan fasilitatif camat disebut sekali.'],
          ['Temuan Lain', 'Proses kolaboratif berjalan lambat.'],
          ['Catatan', 'Proses kolaborasi kemudian dipercepat.'],
        ],
      }),
    );
    const [coverage] = result.coverage.frameworks;
    expect(coverage.discussed.map((d) => coverage.rows[d.row].id)).toEqual(['starting-conditions', 'institutional-design', 'collaborative-process']);
    expect(result.findings.filter((f) => f.code === 'coverage/abstract-missing-dimension').map((f) => f.data?.missing)).toEqual([
      ['starting-conditions', 'institutional-design', 'collaborative-process'],
    ]);
  });

  it('needs two dimensions before the results count as organised by the framework', () => {
    const result = run(
      write({
        abstrak: 'Penelitian tentang kolaborasi.',
        theory: 'Penelitian ini menggunakan model Ansell dan Gash (2008): kondisi awal, desain kelembagaan, kepemimpinan fasilitatif, dan proses kolaboratif.',
        results: [
          ['Kondisi Awal', 'Para pihak pernah berkonflik.'],
          ['Temuan Lain', 'Warga aktif.'],
        ],
      }),
    );
    expect(result.coverage.frameworks[0].discussed.length).toBe(1);
    expect(result.findings.filter((f) => f.code.startsWith('coverage/'))).toEqual([]);
  });
});

describe('the conclusion', () => {
  it('is judged only when it names two of the dimensions the results discuss', () => {
    const oneOfFour = run(
      write({
        abstrak: 'Kondisi awal, desain kelembagaan, kepemimpinan fasilitatif, dan proses kolaboratif dibahas.',
        results: FOUR_VARIABLES,
        conclusion: 'Kepemimpinan fasilitatif camat menentukan keberhasilan.',
      }),
    );
    expect(oneOfFour.findings.filter((f) => f.code.startsWith('coverage/'))).toEqual([]);
    const twoOfFour = run(
      write({
        abstrak: 'Kondisi awal, desain kelembagaan, kepemimpinan fasilitatif, dan proses kolaboratif dibahas.',
        results: FOUR_VARIABLES,
        conclusion: 'Kepemimpinan fasilitatif camat dan desain kelembagaan forum menentukan keberhasilan.',
      }),
    );
    expect(twoOfFour.findings.map((f) => [f.code, f.message])).toEqual([
      [
        'coverage/conclusion-missing-dimension',
        'The conclusion names 2 of the 4 dimensions of Ansell & Gash (2008) that the results discuss, but not starting conditions (kondisi awal), collaborative process (proses kolaboratif)',
      ],
    ]);
  });
});

describe('detection', () => {
  it('leaves a manuscript alone that never refers to the framework, whatever words it uses', () => {
    const result = run(
      write({
        abstrak: 'Sistem informasi ini dievaluasi dari sisi komunikasi data dan sumber daya server.',
        theory: 'Bab ini menjelaskan arsitektur sistem.',
        results: [
          ['Komunikasi', 'Protokol komunikasi memakai HTTP.'],
          ['Sumber Daya', 'Sumber daya server cukup.'],
          ['Struktur Birokrasi', 'Tidak relevan.'],
        ],
        references: 'Fielding, R. (2000). *Architectural styles and the design of network-based software architectures*. University of California.',
      }),
    );
    expect(result.coverage.frameworks).toEqual([]);
  });

  it('drops a framework detected from the general concept alone when another of that concept is named', () => {
    const result = run(
      write({
        abstrak: 'Penelitian implementasi kebijakan ini menganalisis komunikasi, sumber daya, disposisi, dan struktur birokrasi.',
        theory:
          'Penelitian ini menggunakan teori implementasi kebijakan Edward III (1980). Implementasi kebijakan juga dibahas oleh banyak ahli, dan standar kebijakan menjadi acuan implementasi kebijakan.',
        results: [
          ['Komunikasi', 'Jelas.'],
          ['Sumber Daya', 'Kurang.'],
          ['Disposisi', 'Baik.'],
          ['Struktur Birokrasi', 'Panjang.'],
        ],
        references: 'Edward III, G. C. (1980). *Implementing public policy*. Congressional Quarterly Press.',
      }),
    );
    // Van Meter & Van Horn shares "implementasi kebijakan", sumber daya, disposisi and "standar kebijakan".
    expect(result.coverage.frameworks.map((f) => f.framework.id)).toEqual(['edward-iii-1980']);
  });
});

describe('frameworks detected from their concept alone', () => {
  it('keeps the one whose dimensions head the results', () => {
    const result = run(
      write({
        abstrak:
          'Penelitian implementasi kebijakan ini membahas standar dan sasaran kebijakan, sumber daya, komunikasi antar organisasi, karakteristik agen pelaksana, kondisi sosial ekonomi dan politik, serta disposisi pelaksana.',
        theory: 'Implementasi kebijakan adalah tahap pelaksanaan. Implementasi kebijakan dipengaruhi banyak faktor.',
        results: [
          ['Standar dan Sasaran Kebijakan', 'Jelas.'],
          ['Sumber Daya', 'Kurang.'],
          ['Komunikasi Antar Organisasi', 'Lancar.'],
          ['Karakteristik Agen Pelaksana', 'Birokratis.'],
          ['Kondisi Sosial Ekonomi dan Politik', 'Mendukung.'],
          ['Disposisi Pelaksana', 'Positif.'],
        ],
        references: 'Fielding, R. (2000). *Architectural styles*. University of California.',
      }),
    );
    // Edward III also names komunikasi, sumber daya and disposisi here, but heads only three results sections.
    expect(result.coverage.frameworks.map((f) => [f.framework.id, f.detection.signals])).toEqual([
      ['van-meter-van-horn-1975', ['concept', 'results-headings', 'term-density']],
    ]);
  });
});

describe('configuration', () => {
  const text = write({
    abstrak: 'Penelitian ini menilai kota cerdas dari tata kelola cerdas dan ekonomi cerdas.',
    theory: 'Kota cerdas dinilai dari tata kelola cerdas, ekonomi cerdas, dan lingkungan cerdas.',
    results: [
      ['Tata Kelola Cerdas', 'Layanan perizinan daring.'],
      ['Ekonomi Cerdas', 'Pasar daring untuk UMKM.'],
      ['Mobilitas Cerdas', 'Bus dengan jadwal daring.'],
    ],
    conclusion: 'Tata kelola cerdas dan ekonomi cerdas sudah berjalan, mobilitas cerdas belum.',
    references: ANSELL_GASH_REFERENCE,
  });
  const config = loadConfig(
    '/t/thesislint.json',
    JSON.stringify({
      frameworks: [
        {
          id: 'smart-city',
          name: 'Smart city (Cohen)',
          dimensions: [
            { id: 'smart-governance', label: { en: 'smart governance', id: 'tata kelola cerdas' } },
            { id: 'smart-economy', label: { en: 'smart economy', id: 'ekonomi cerdas' } },
            { id: 'smart-mobility', label: { en: 'smart mobility', id: 'mobilitas cerdas' } },
            { id: 'smart-environment', label: { en: 'smart environment', id: 'lingkungan cerdas' } },
          ],
        },
      ],
    }),
  ) as LoadedConfig;

  it('uses exactly the pinned frameworks, custom ones included', () => {
    const result = run(text, config);
    expect(result.coverage.frameworks.map((f) => [f.framework.id, f.detection.status])).toEqual([['smart-city', 'pinned']]);
    expect(result.findings.map((f) => [f.code, f.message])).toEqual([
      [
        'coverage/abstract-missing-dimension',
        'ABSTRAK does not name 1 of the 3 dimensions of Smart city (Cohen) that the results discuss: smart mobility (mobilitas cerdas)',
      ],
      [
        'coverage/results-missing-dimension',
        'thesislint.json pins Smart city (Cohen), but the results never discuss 1 of its 4 dimensions: smart environment (lingkungan cerdas)',
      ],
    ]);
    // A pinned framework without a commitment sentence is reported on the results heading.
    expect(text.slice(result.findings[1].start, result.findings[1].end)).toBe('# BAB IV HASIL DAN PEMBAHASAN');
  });

  it('turns coverage off with an empty list, and a code off through its severity', () => {
    const none = loadConfig('/t/thesislint.json', '{"frameworks": []}') as LoadedConfig;
    expect(run(text, none).coverage.frameworks).toEqual([]);
    const quiet = loadConfig(
      '/t/thesislint.json',
      JSON.stringify({
        frameworks: config.config.frameworks,
        severity: { 'coverage/results-missing-dimension': 'off', 'coverage/abstract-missing-dimension': 'error' },
      }),
    ) as LoadedConfig;
    expect(run(text, quiet).findings.map((f) => [f.code, f.severity])).toEqual([['coverage/abstract-missing-dimension', 'error']]);
  });

  it('serves hovers and reports from the matrix', () => {
    const result = run(text, config);
    const offset = text.indexOf('Mobilitas Cerdas');
    const hit = coverageAt(result.coverage, '/t/skripsi.md', offset);
    expect(hit && [hit.coverage.framework.id, hit.coverage.rows[hit.row].id, hit.evidence.text, hit.evidence.heading]).toEqual([
      'smart-city',
      'smart-mobility',
      'Mobilitas Cerdas',
      true,
    ]);
    expect(describeRowCoverage(hit!.coverage, hit!.row)).toBe(
      [
        '**smart mobility (mobilitas cerdas)** — Smart city (Cohen)',
        '',
        '- ABSTRAK: —',
        '- the theory chapter: —',
        '- the results: named (1×)',
        '- the conclusion: named (1×)',
      ].join('\n'),
    );
    expect(renderCoverageMatrix(result.coverage.frameworks[0])).toBe(
      [
        '**Smart city (Cohen)**',
        '',
        '| dimension | ABSTRAK | the theory chapter | the results | the conclusion |',
        '| --- | --- | --- | --- | --- |',
        '| smart governance (tata kelola cerdas) | named | named | named | named |',
        '| smart economy (ekonomi cerdas) | named | named | named | named |',
        '| smart mobility (mobilitas cerdas) | — | — | named | named |',
        '| smart environment (lingkungan cerdas) | — | named | — | — |',
      ].join('\n'),
    );
  });

  it('computes the matrix once per manuscript', () => {
    const host = new MemoryHost(new Map([['/t/skripsi.md', text]]));
    const analysis = new AnalysisCache(buildManuscript(manuscriptFor('/t/skripsi.md', host), host), { frameworks: config.frameworks });
    expect(analysis.coverage).toBe(analysis.coverage);
  });
});

describe('results organised by stages', () => {
  const stages: Thesis['results'] = [
    ['Dialog Tatap Muka', 'Rapat bulanan.'],
    ['Membangun Kepercayaan', 'Data dibagikan terbuka.'],
    ['Pemahaman Bersama', 'Jalur evakuasi disepakati.'],
  ];

  it('make each stage a unit the abstract must name, when the stages head the results', () => {
    const result = run(write({ abstrak: 'Proses kolaborasi berjalan melalui dialog tatap muka.', results: stages }));
    expect(result.findings.map((f) => f.message)).toEqual([
      'ABSTRAK does not name 2 of the 3 dimensions of Ansell & Gash (2008) that the results discuss: trust building (membangun kepercayaan), shared understanding (pemahaman bersama)',
    ]);
  });

  it('leave the dimension the unit when its own heading stands above them', () => {
    const nested = write({
      abstrak: 'Proses kolaborasi berjalan melalui dialog tatap muka.',
      results: [['Kondisi Awal', 'Konflik lama.'], ['Proses Kolaboratif', 'Tiga tahap.'], ...stages],
    });
    const result = run(nested);
    const [coverage] = result.coverage.frameworks;
    expect(coverage.discussed.map((d) => coverage.rows[d.row].id)).toEqual(['starting-conditions', 'collaborative-process']);
    expect(result.findings.map((f) => [f.code, f.data?.missing])).toEqual([
      ['coverage/abstract-missing-dimension', ['starting-conditions']],
      // The theory chapter committed to all four variables; two never appear in the results.
      ['coverage/results-missing-dimension', ['institutional-design', 'facilitative-leadership']],
    ]);
  });
});
