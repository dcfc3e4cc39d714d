// Items answered in other words than their own: the abbreviations and variable codes a manuscript
// defines, Indonesian loanwords of English terms, questions of comparing and choosing, a study's
// only objective; and the coded variables of a quantitative design read as items.
import { describe, expect, it } from 'vitest';
import { manuscriptOf, statusesOf } from './helpers';
import { findDefinitions } from '../../server/src/engine/coverage/study/text';
import { englishForm, studyKeys } from '../../server/src/engine/coverage/study/keys';
import { choosingOf } from '../../server/src/engine/coverage/study/match';
import { findVariables } from '../../server/src/engine/coverage/study/variables';
import { studyBlocksOf } from '../../server/src/engine/coverage/study/analyse';

describe('definitions a manuscript makes', () => {
  it('reads an abbreviation whose long form spells it, and a variable code after its name', () => {
    expect(findDefinitions('memakai Technology Acceptance Model (TAM) dan Education for Sustainable Development (ESD).')).toEqual([
      { short: 'tam', words: ['technology', 'acceptance', 'model'] },
      { short: 'esd', words: ['education', 'sustainable', 'development'] },
    ]);
    expect(findDefinitions('Global Surrogate-Assisted Genetic Algorithm (G-SAGA)')).toEqual([
      { short: 'saga', words: ['global', 'surrogate', 'assisted', 'genetic', 'algorithm'] },
    ]);
    expect(findDefinitions('pengaruh Perputaran Piutang (X1) terhadap Return On Assets (Y)')).toEqual([
      { short: 'x1', words: ['perputaran', 'piutang'], code: true, written: 'Perputaran Piutang' },
      { short: 'y', words: ['return', 'assets'], code: true, written: 'Return On Assets' },
    ]);
  });

  it('reads a hyphenated word whose head gives the initial, whole', () => {
    expect(findDefinitions('perilaku Unethical Pro-organizational Behavior (UPB) pegawai')).toEqual([
      { short: 'upb', words: ['unethical', 'pro', 'organizational', 'behavior'] },
    ]);
    expect(findDefinitions('Unethical Pro-Organizational Behaviors (UPOB)')).toEqual([
      { short: 'upob', words: ['unethical', 'pro', 'organizational', 'behaviors'] },
    ]);
  });

  it('names a term by any abbreviation the manuscript defines it with', () => {
    const statuses = statusesOf(
      [
        '# ABSTRAK',
        'Penelitian ini menguji pengaruh kepuasan kerja terhadap Unethical Pro-organizational Behavior (UPOB). Hasil penelitian menunjukkan bahwa kepuasan kerja berpengaruh positif dan signifikan terhadap UPB.',
        '# BAB II TINJAUAN PUSTAKA',
        'Perilaku ini disebut Unethical Pro-organizational Behavior (UPB).',
        '## Hipotesis',
        'H1: Kepuasan kerja berpengaruh positif terhadap unethical pro-organizational behavior.',
        'H2: Transformational leadership berpengaruh positif terhadap kepuasan kerja.',
      ].join('\n\n'),
    );
    // The long form is one term, "UPOB" or "UPB": the abstract's result names it by the second.
    expect(statuses['hypotheses:H1']['abstract-1']).toBe('named');
  });

  it('reads no definition where the words do not spell the abbreviation or only give a role', () => {
    expect(findDefinitions('hasil belajar (HBS) dan simpangan baku (SD)')).toEqual([]);
    expect(findDefinitions('Variabel bebas (X1) adalah harga; variabel bebas I (X) adalah promosi.')).toEqual([]);
    // "(M)" is a mean as often as a mediator: a mediator's code needs its number (M1).
    expect(findDefinitions('skor rata-rata (M) kelompok')).toEqual([]);
  });
});

describe('loanwords', () => {
  it('gives an Indonesian loanword the key of its English form', () => {
    expect(englishForm('estimasi')).toBe('estimation');
    expect(englishForm('aktivitas')).toBe('activity');
    expect(englishForm('nasi')).toBeUndefined();
    const shared = (a: string, b: string) => studyKeys(a).some((k) => studyKeys(b).includes(k));
    expect(shared('estimasi', 'estimation')).toBe(true);
    expect(shared('implementasi', 'implementation')).toBe(true);
    expect(shared('kepuasan', 'satisfaction')).toBe(false);
  });

  it('finds the loanword under Indonesian affixes', () => {
    const shared = (a: string, b: string) => studyKeys(a).some((k) => studyKeys(b).includes(k));
    expect(shared('memediasi', 'mediation')).toBe(true);
    expect(shared('pemediasi', 'mediasi')).toBe(true);
    expect(shared('mengimplementasikan', 'implementation')).toBe(true);
    expect(shared('memediasi', 'moderation')).toBe(false);
  });
});

describe('questions of comparing and choosing', () => {
  it('tells them from other questions', () => {
    expect(choosingOf('Bagaimana kinerja metode A dibandingkan dengan metode B?')).toBe('compare');
    expect(choosingOf('Which deep learning model architecture gives the best result?')).toBe('select');
    expect(choosingOf('Dimensi mana yang paling kuat dipengaruhi oleh PjBL?')).toBe('select');
    expect(choosingOf('Bagaimana tingkat kepuasan mahasiswa?')).toBeUndefined();
  });

  const base = (conclusion: string) =>
    [
      '# BAB I PENDAHULUAN',
      '## Rumusan Masalah',
      '1. Bagaimana akurasi klasifikasi citra daun dengan Convolutional Neural Network (CNN)?',
      '2. Bagaimana perbandingan kinerja CNN dan Support Vector Machine (SVM) pada citra daun?',
      '3. Arsitektur jaringan mana yang memberikan akurasi paling tinggi?',
      '# BAB IV HASIL',
      'Akurasi CNN 94 persen dan SVM 88 persen; arsitektur ResNet-50 memberikan akurasi tertinggi.',
      '# BAB V KESIMPULAN',
      conclusion,
    ].join('\n\n');

  it('counts a comparison answered by its verdict and a choice answered by the winner’s name', () => {
    const statuses = statusesOf(
      base(
        'Akurasi klasifikasi citra daun dengan Convolutional Neural Network mencapai 94 persen. CNN lebih unggul daripada SVM. Arsitektur terbaik adalah ResNet-50.',
      ),
    );
    expect(statuses['research-questions:research question 1'].conclusion).toBe('named');
    expect(statuses['research-questions:research question 2'].conclusion).toBe('named');
    expect(statuses['research-questions:research question 3'].conclusion).toBe('named');
  });

  it('still misses a comparison the conclusion never draws', () => {
    const statuses = statusesOf(
      base('Akurasi klasifikasi citra daun dengan Convolutional Neural Network mencapai 94 persen. Arsitektur terbaik adalah ResNet-50.'),
    );
    expect(statuses['research-questions:research question 2'].conclusion).not.toBe('named');
  });
});

describe('a study with one objective', () => {
  it('takes its conclusion as the answer when it speaks of two of the objective’s words', () => {
    const text = [
      '# BAB I PENDAHULUAN',
      '## Tujuan Penelitian',
      'Tujuan penelitian ini adalah menghasilkan, menguji, dan menganalisis model serta algoritma pengendalian inventori dan transportasi terintegrasi untuk distribusi uang rupiah.',
      '# BAB V KESIMPULAN',
      'Sebagai kerangka kerja optimasi, model dan algoritma optimasi adalah layak untuk digunakan.',
    ].join('\n\n');
    expect(statusesOf(text)['research-questions:objective 1'].conclusion).toBe('named');
  });
});

describe('coded variables', () => {
  it('reads the variables the method chapter codes, in the order of their codes', () => {
    const manuscript = manuscriptOf(
      [
        '# BAB III METODE PENELITIAN',
        'Variabel terikat adalah Produktivitas Karyawan (Y). Variabel bebas adalah Pelatihan (X1) dan Beban Kerja (X2), dengan Digitalisasi (Z) sebagai variabel moderasi.',
      ].join('\n\n'),
    );
    expect(findVariables(manuscript, studyBlocksOf(manuscript)).map((v) => `${v.label} ${v.text}`)).toEqual([
      'X1 Pelatihan',
      'X2 Beban Kerja',
      'Y Produktivitas Karyawan',
      'Z Digitalisasi',
    ]);
  });

  it('reads a name written after the role and the code, or before them', () => {
    const after = manuscriptOf(
      [
        '# BAB III METODE PENELITIAN',
        'Variabel penelitian ini terdiri dari:',
        '- Variabel bebas (X1): Kualitas Pelayanan',
        '- Variabel bebas (X2) yaitu harga tiket, yang diukur dengan empat indikator',
        '- Variabel terikat (Y) dalam penelitian ini adalah kepuasan penumpang.',
      ].join('\n\n'),
    );
    expect(findVariables(after, studyBlocksOf(after)).map((v) => `${v.label} ${v.text}`)).toEqual([
      'X1 kualitas pelayanan',
      'X2 harga tiket',
      'Y kepuasan penumpang',
    ]);
    const before = manuscriptOf(
      ['# Chapter 3 Method', 'The model uses service quality as the independent variable (X1) and passenger satisfaction as the dependent variable (Y).'].join(
        '\n\n',
      ),
    );
    expect(findVariables(before, studyBlocksOf(before)).map((v) => `${v.label} ${v.text}`)).toEqual(['X1 service quality', 'Y passenger satisfaction']);
    // A role without a name is none ("variabel bebas (X1) dan variabel terikat (Y)").
    const none = manuscriptOf(['# BAB III METODE PENELITIAN', 'Hubungan variabel bebas (X1) dan variabel terikat (Y) diuji dengan regresi.'].join('\n\n'));
    expect(findVariables(none, studyBlocksOf(none))).toEqual([]);
  });

  it('reads none without a dependent variable, or from the results', () => {
    const noY = manuscriptOf(['# BAB III METODE PENELITIAN', 'Variabel bebas adalah Pelatihan (X1) dan Beban Kerja (X2).'].join('\n\n'));
    expect(findVariables(noY, studyBlocksOf(noY))).toEqual([]);
    const results = manuscriptOf(['# BAB IV HASIL DAN PEMBAHASAN', 'Pelatihan (X1) berpengaruh terhadap Produktivitas (Y).'].join('\n\n'));
    expect(findVariables(results, studyBlocksOf(results))).toEqual([]);
  });

  it('matches a variable by its code or its name, with an outcome', () => {
    const statuses = statusesOf(
      [
        '# BAB III METODE PENELITIAN',
        'Variabel penelitian: Pelatihan (X1), Beban Kerja (X2) dan Produktivitas Karyawan (Y).',
        '# BAB V KESIMPULAN',
        'X1 berpengaruh positif dan signifikan terhadap produktivitas karyawan (Y). Beban kerja diukur dengan enam indikator.',
      ].join('\n\n'),
    );
    expect(statuses['variables:X1'].conclusion).toBe('named');
    expect(statuses['variables:Y'].conclusion).toBe('named');
    // Named, but without a result.
    expect(statuses['variables:X2'].conclusion).not.toBe('named');
  });
});

describe('an objective of describing the study’s object', () => {
  it('is answered by a conclusion that speaks of the object, and only such an objective', () => {
    const text = [
      '# BAB I PENDAHULUAN',
      '## Tujuan Penelitian',
      '1. Mengetahui tingkat kepuasan mahasiswa terhadap website Berajah.',
      '2. Menganalisis kecepatan akses dan proses login website Berajah.',
      '3. Memberikan gambaran mengenai kualitas layanan website Berajah berdasarkan survei mahasiswa.',
      '# BAB V KESIMPULAN',
      'Tingkat kepuasan mahasiswa terhadap website Berajah berada pada kategori cukup puas.',
    ].join('\n\n');
    const statuses = statusesOf(text);
    expect(statuses['research-questions:objective 1'].conclusion).toBe('named');
    expect(statuses['research-questions:objective 2'].conclusion).not.toBe('named');
    expect(statuses['research-questions:objective 3'].conclusion).toBe('named');
  });
});
