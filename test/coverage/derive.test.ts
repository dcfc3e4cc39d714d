// Frameworks the manuscript defines in its theory chapter: what is read as a model's dimensions
// (a count and the names after it, or a lead-in and a list of points headed by names), what is
// not, and that one is kept only when the results follow it and no catalogue framework is used.
import { describe, expect, it } from 'vitest';
import { manuscriptOf } from './helpers';
import { resolveCitations } from '../../server/src/engine/citations/resolve';
import { analyseCoverage } from '../../server/src/engine/coverage/analyse';
import { deriveFrameworks } from '../../server/src/engine/coverage/derive';
import { describesPlan } from '../../server/src/engine/coverage/study/items';

const theory = (body: string) => `# BAB I PENDAHULUAN\n\nLatar belakang.\n\n# BAB II TINJAUAN PUSTAKA\n\n${body}\n`;
const dimensionsOf = (text: string) => deriveFrameworks(manuscriptOf(text)).map((f) => [f.name, f.dimensions.map((d) => d.label.id)]);

describe('dimensions a theory chapter defines', () => {
  it('reads a count and the names after "yaitu", with the cited author as the name', () => {
    expect(dimensionsOf(theory('Menurut Robbins (2008) terdapat empat dimensi kepuasan kerja, yaitu gaji, promosi jabatan, rekan kerja, dan atasan.'))).toEqual(
      [['Robbins (2008)', ['gaji', 'promosi jabatan', 'rekan kerja', 'atasan']]],
    );
  });

  it('reads names after the letters of their points and without the invisible characters of a Word file', () => {
    expect(
      dimensionsOf(
        theory('Menurut Siregar (2021) perilaku kerja meliputi aspek : a) Orientasi pelayanan, b) Integritas, c) Komitmen, d) Disiplin dan e) Kerjasama.'),
      ),
    ).toEqual([['Siregar (2021)', ['orientasi pelayanan', 'integritas', 'komitmen', 'disiplin', 'kerjasama']]]);
    expect(dimensionsOf(theory('Menurut Sudana (2019) terdapat tiga faktor, yaitu perputaran aset, \u2060profit margin, dan kebijakan dividen.'))).toEqual([
      ['Sudana (2019)', ['perputaran aset', 'profit margin', 'kebijakan dividen']],
    ]);
  });

  it('names a framework by the work the sentence cites', () => {
    expect(dimensionsOf(theory('Kualitas sistem memiliki tiga dimensi (DeLone, 2003), yaitu keandalan, kecepatan, dan keamanan.'))).toEqual([
      ['DeLone (2003)', ['keandalan', 'kecepatan', 'keamanan']],
    ]);
    expect(dimensionsOf(theory('Menurut Ansell dan Gash (2008) ada tiga aspek, yaitu dialog, kepercayaan, dan komitmen.'))).toEqual([
      ['Ansell dan Gash (2008)', ['dialog', 'kepercayaan', 'komitmen']],
    ]);
  });

  it('reads a lead-in and the names that head the points of its list', () => {
    const text = theory(
      'Indikator kemudahan penggunaan sebagai berikut:\n\n1. Mudah dipelajari: pengguna cepat memahami sistem.\n2. Fleksibel - dapat dipakai di mana saja.\n3. Mudah digunakan. Tidak perlu pelatihan.',
    );
    expect(dimensionsOf(text)).toEqual([['“indikator kemudahan penggunaan”', ['mudah dipelajari', 'fleksibel', 'mudah digunakan']]]);
  });

  it('reads nothing when the count and the names disagree, the points are sentences, or the list is outside the theory chapter', () => {
    expect(dimensionsOf(theory('Terdapat empat dimensi, yaitu gaji, rekan kerja, dan atasan.'))).toEqual([]);
    expect(
      dimensionsOf(
        theory(
          'Faktor yang memengaruhi kinerja sebagai berikut:\n\n1. Karyawan yang memiliki motivasi tinggi akan bekerja lebih keras setiap hari\n2. Lingkungan kerja yang nyaman membuat karyawan betah bekerja di kantor',
        ),
      ),
    ).toEqual([]);
    expect(dimensionsOf('# BAB I PENDAHULUAN\n\nTerdapat tiga aspek, yaitu biaya, waktu, dan mutu.\n')).toEqual([]);
  });
});

describe('dimensions a qualitative study names as its sub-focus', () => {
  const intro = (title: string, body: string) => `# BAB I PENDAHULUAN\n\n## ${title}\n\n${body}\n\n# BAB II KAJIAN PUSTAKA\n\nTeori.\n`;

  it('reads the names after "yaitu" without a count in the sub-focus, and only there in the introduction', () => {
    const body =
      'Sub fokus penelitian ini adalah indikator iklim organisasi menurut Utama (2019) yaitu kepercayaan, komunikasi, dan pengambilan keputusan bersama.';
    expect(dimensionsOf(intro('1.3 Sub Fokus Penelitian', body))).toEqual([['Utama (2019)', ['kepercayaan', 'komunikasi', 'pengambilan keputusan bersama']]]);
    expect(dimensionsOf(intro('1.3 Latar Belakang', 'Menurut Utama (2019) indikator iklim organisasi yaitu kepercayaan, komunikasi, dan dukungan.'))).toEqual(
      [],
    );
    // Two names without a count are too few to be a model's parts.
    expect(dimensionsOf(theory('Indikator kepuasan menurut Robbins (2008) yaitu gaji dan atasan.'))).toEqual([]);
  });

  it('reads points numbered inside a paragraph that define their names, across its sentences', () => {
    const body =
      'Sub fokus penelitian ini adalah indikator kinerja menurut Mangkunegara (2017) yaitu 1) Kualitas kerja adalah mutu hasil kerja; 2) Kuantitas kerja adalah jumlah hasil kerja. Kuantitas dilihat dari kecepatan; 3) Tanggung jawab adalah kesadaran akan kewajiban.';
    expect(dimensionsOf(intro('Sub Fokus Penelitian', body))).toEqual([['Mangkunegara (2017)', ['kualitas kerja', 'kuantitas kerja', 'tanggung jawab']]]);
  });

  it('reads list points that each have a paragraph describing them', () => {
    const body =
      'Subfokus penelitian ini adalah indikator disiplin kerja menurut Sutrisno (2019) sebagai berikut:\n\n1. Kehadiran\n\nKaryawan datang tepat waktu.\n\n2. Ketaatan pada Peraturan\n\nKaryawan menaati tata tertib.\n\n3. Tanggung Jawab Kerja\n\nKaryawan menyelesaikan tugasnya.\n\nPenelitian ini dilakukan di bagian produksi.';
    expect(dimensionsOf(intro('1.3 Subfokus Penelitian', body))).toEqual([
      ['Sutrisno (2019)', ['kehadiran', 'ketaatan pada peraturan', 'tanggung jawab kerja']],
    ]);
  });

  it('keeps a framework stated twice once, also when the second statement misspells a name', () => {
    const body =
      'Sub fokus penelitian ini adalah indikator kinerja menurut Mangkunegara (2017) yaitu 1) Kualitas kerja adalah mutu hasil kerja; 2) Kuantitas kerja adalah jumlah hasil kerja; 3) Komitmen kerja adalah kesungguhan bekerja. Peneliti menggunakan 3 indikator, yaitu kualitas kerja, kunatitas kerja, dan komitmen kerja.';
    expect(dimensionsOf(intro('Sub Fokus Penelitian', body))).toEqual([['Mangkunegara (2017)', ['kualitas kerja', 'kuantitas kerja', 'komitmen kerja']]]);
  });
});

describe('headings of Word-converted qualitative theses', () => {
  const rolesOf = (text: string) =>
    manuscriptOf(text)
      .sections.slice(1)
      .map((s) => [s.title, s.role]);

  it('reads ABSTRAKSI as an abstract, KAJIAN TEORITIK as the theory chapter and PEMBAHASAN TEMUAN PENELITIAN as the discussion', () => {
    expect(rolesOf('ABSTRAKSI\n\nRingkasan penelitian.\n\n# KAJIAN TEORITIK\n\nTeori.\n\n# PEMBAHASAN TEMUAN PENELITIAN\n\nPembahasan.\n')).toEqual([
      ['ABSTRAKSI', 'abstract'],
      ['KAJIAN TEORITIK', 'theory'],
      ['PEMBAHASAN TEMUAN PENELITIAN', 'discussion'],
    ]);
  });

  it('does not read an informant code in bold ("I.1 Bapak …", "III. 2.2 …") as a chapter: the results go on', () => {
    const text =
      '# BAB IV HASIL PENELITIAN\n\n## 4.2 Temuan Penelitian\n\n**I.1 Bapak Ahmad, Kepala Produksi**\n\nInforman kunci.\n\n**III. 2.2 Kepala Staff SDM**\n\nInforman pendukung.\n\n### 4.2.1 Kehadiran\n\nKaryawan hadir tepat waktu.\n';
    expect(rolesOf(text)).toEqual([
      ['BAB IV HASIL PENELITIAN', 'results'],
      ['4.2 Temuan Penelitian', 'results'],
      ['4.2.1 Kehadiran', 'results'],
    ]);
  });
});

describe('when a defined framework is kept', () => {
  const results = (headings: string[]) =>
    `# BAB IV HASIL DAN PEMBAHASAN\n\n${headings.map((h, i) => `## 4.${i + 1} ${h}\n\nPembahasan ${h.toLowerCase()} menurut informan.\n`).join('\n')}`;
  const cover = (text: string) => {
    const manuscript = manuscriptOf(text);
    return analyseCoverage(manuscript, resolveCitations(manuscript)).frameworks.map((f) => [f.kind, f.name, f.discussed.map((d) => f.rows[d.row].id)]);
  };
  const defined = theory('Menurut Robbins (2008) terdapat empat dimensi kepuasan kerja, yaitu gaji, promosi jabatan, rekan kerja, dan atasan.');

  it('is kept when two or more of its dimensions head results sections', () => {
    expect(cover(`${defined}\n${results(['Gaji', 'Rekan Kerja', 'Atasan'])}`)).toEqual([
      ['derived-framework', 'Robbins (2008)', ['gaji', 'rekan-kerja', 'atasan']],
    ]);
  });

  it('is not kept when the results are organised otherwise', () => {
    expect(cover(`${defined}\n${results(['Profil Informan', 'Gaji', 'Temuan Lain'])}`)).toEqual([]);
  });
});

describe('points of an objectives list that describe a plan', () => {
  it('tells a plan ("… akan dianalisis") from an aim', () => {
    expect(describesPlan('Desain chip yang telah diberi rangkaian watermark akan dianalisis perubahan performanya.')).toBe(true);
    expect(describesPlan('Rangkaian ini akan ditanam di dalam chip.')).toBe(true);
    expect(describesPlan('Merancang rangkaian pengamanan yang akan ditanam di dalam chip.')).toBe(false);
    expect(describesPlan('Untuk mengetahui apakah data akan diproses lebih cepat.')).toBe(false);
    expect(describesPlan('Mengukur akurasi pengenalan wajah.')).toBe(false);
  });
});
