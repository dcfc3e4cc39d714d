// What real Word-written theses taught (issue 14, session 6): the terms a manuscript gives in both
// languages (its two keyword lists), headings written as list points, decision rules of a test
// and H0/Ha pairs that restate numbered hypotheses, the codes of cited studies and of a table of
// contents, a setting phrase nearly every item repeats, light verbs before an effect.
import { describe, expect, it } from 'vitest';
import { statusesOf } from './helpers';
import { findEquivalents, keywordLists } from '../../server/src/engine/coverage/study/glossary';
import { isTestTemplate, namesSection } from '../../server/src/engine/coverage/study/items';
import { contentWords, weigh, withDefinitions } from '../../server/src/engine/coverage/study/match';
import { studyKeys } from '../../server/src/engine/coverage/study/keys';
import { readStudyText } from '../../server/src/engine/coverage/study/text';

describe('terms the manuscript gives in both languages', () => {
  it('pairs the terms of an Indonesian and an English keyword list of the same length', () => {
    const texts = [
      'Kata Kunci: Gaya Hidup, Citra Merek, dan Keputusan Pembelian, PLS-SEM.',
      '**Keywords**: Lifestyle, Brand Image, and Purchasing Decision, PLS-SEM',
    ];
    expect(keywordLists(texts)).toEqual({
      id: [['Gaya Hidup', 'Citra Merek', 'Keputusan Pembelian', 'PLS-SEM']],
      en: [['Lifestyle', 'Brand Image', 'Purchasing Decision', 'PLS-SEM']],
    });
    expect(findEquivalents(texts)).toEqual([
      { a: ['gaya', 'hidup'], b: ['lifestyle'] },
      { a: ['citra', 'merek'], b: ['brand', 'image'] },
      { a: ['keputusan', 'pembelian'], b: ['purchasing', 'decision'] },
    ]);
  });

  it('pairs nothing from lists of different lengths or from one language only', () => {
    expect(findEquivalents(['Kata kunci: gaya hidup, citra merek', 'Keywords: lifestyle'])).toEqual([]);
    expect(findEquivalents(['Keywords: lifestyle, brand image', 'Key words: lifestyle, brand image'])).toEqual([]);
  });

  const thesis = (keywords: boolean) => `# ABSTRAK

Penelitian ini menganalisis pengaruh gaya hidup dan kualitas pelayanan terhadap keputusan pembelian produk fesyen lokal. Gaya hidup berpengaruh positif terhadap keputusan pembelian. Kualitas pelayanan juga berpengaruh signifikan terhadap keputusan pembelian.
${keywords ? '\nKata Kunci: Gaya Hidup, Kualitas Pelayanan, Keputusan Pembelian\n' : ''}
# ABSTRACT

This study analyzes what drives purchasing decisions for local fashion products. Lifestyle positively affects purchasing decisions through hobbies and leisure. Service quality also significantly affects purchasing decisions.
${keywords ? '\nKeywords: Lifestyle, Service Quality, Purchasing Decision\n' : ''}
# BAB II TINJAUAN PUSTAKA

## Hipotesis Penelitian

H1: Gaya hidup berpengaruh terhadap keputusan pembelian.

H2: Kualitas pelayanan berpengaruh terhadap keputusan pembelian.

# BAB V PENUTUP

Gaya hidup dan kualitas pelayanan berpengaruh positif dan signifikan terhadap keputusan pembelian.
`;

  it('reads a hypothesis in the ABSTRACT by the English form its keyword lists give, and only then', () => {
    expect(statusesOf(thesis(true))['hypotheses:H1']).toMatchObject({ 'abstract-1': 'named', 'abstract-2': 'named' });
    // Without the lists, no dictionary knows "lifestyle" for "gaya hidup".
    expect(statusesOf(thesis(false))['hypotheses:H1']['abstract-2']).not.toBe('named');
  });
});

describe('points that are not items', () => {
  it('takes a point that names a part of a thesis for a heading', () => {
    expect(namesSection('Manfaat Penelitian')).toBe(true);
    expect(namesSection('2. Sistematika Penulisan')).toBe(true);
    expect(namesSection('Manfaat PeneitianManfaat teoritis')).toBe(true);
    expect(namesSection('Tujuan Penelitian')).toBe(true);
    expect(namesSection('Menganalisis pengaruh kompensasi terhadap loyalitas.')).toBe(false);
    expect(namesSection('Mengetahui kinerja keuangan')).toBe(false);
  });

  it('ends an objectives list at a point that heads the next part', () => {
    const rows = statusesOf(`# BAB I PENDAHULUAN

## Tujuan Penelitian

Tujuan dari penelitian ini adalah:

- Menganalisis pengaruh kompensasi terhadap loyalitas karyawan.
- Menganalisis pengaruh jenjang karir terhadap loyalitas karyawan.
- Manfaat Penelitian

Penelitian ini diharapkan memberi masukan bagi perusahaan.

# BAB V PENUTUP

Kompensasi dan jenjang karir berpengaruh positif terhadap loyalitas karyawan.
`);
    expect(Object.keys(rows)).toEqual(['research-questions:objective 1', 'research-questions:objective 2']);
  });

  it('takes the decision rule of a test for no hypothesis of the study', () => {
    expect(isTestTemplate('H0: β = 0 (Variabel tidak berpengaruh signifikan).')).toBe(true);
    expect(isTestTemplate('Minimal salah satu β ≠ 0 (Variabel secara simultan berpengaruh).')).toBe(true);
    expect(isTestTemplate('Ada pengaruh variabel independen secara parsial terhadap variabel dependen.')).toBe(true);
    expect(isTestTemplate('Kompensasi berpengaruh terhadap loyalitas karyawan.')).toBe(false);
    expect(isTestTemplate('Terdapat pengaruh signifikan antara variabel beban kerja terhadap variabel kinerja karyawan secara parsial.')).toBe(false);
  });

  it('takes the unnumbered H0/Ha pairs of the tests for the numbered hypotheses restated', () => {
    const rows = statusesOf(`# BAB II TINJAUAN PUSTAKA

## Hipotesis

H1: Stres kerja berpengaruh terhadap disiplin kerja.

H2: Beban kerja berpengaruh terhadap disiplin kerja.

# BAB III METODE PENELITIAN

## Uji Hipotesis

H0: β1 = 0 (Stres kerja tidak berpengaruh signifikan terhadap disiplin kerja)

Ha: β1 ≠ 0 (Stres kerja berpengaruh signifikan terhadap disiplin kerja)

# BAB V PENUTUP

Stres kerja dan beban kerja berpengaruh signifikan terhadap disiplin kerja.
`);
    expect(Object.keys(rows)).toEqual(['hypotheses:H1', 'hypotheses:H2']);
  });
});

describe('codes that are not the design', () => {
  it('reads no variables from a review of earlier studies or a table of contents', () => {
    const rows = statusesOf(`DAFTAR ISI

- Variabel Motivasi Belajar (X1)  35Definisi Operasional
- Variabel Hasil Belajar (Y)  36

# BAB II TINJAUAN PUSTAKA

## Penelitian Terdahulu

Penelitian tentang jasa kursus memakai X1: Kualitas Pelayanan X2: Harga Y: Kepuasan Pelanggan.

# BAB III METODE PENELITIAN

Variabel penelitian ini adalah Pelatihan (X1) dan Produktivitas Karyawan (Y).

# BAB V PENUTUP

Pelatihan berpengaruh signifikan terhadap produktivitas karyawan.
`);
    expect(Object.keys(rows).filter((k) => k.startsWith('variables'))).toEqual(['variables:X1', 'variables:Y']);
    expect(rows['variables:X1'].conclusion).toBe('named');
  });
});

describe('words of the items', () => {
  it('weighs a setting phrase all items of a long list but one repeat as shared', () => {
    const items = [
      'Stres kerja berpengaruh terhadap disiplin kerja karyawan PT Daekyung Cilegon',
      'Beban kerja berpengaruh terhadap disiplin kerja karyawan PT Daekyung Cilegon',
      'Motivasi kerja berpengaruh terhadap disiplin kerja karyawan PT Daekyung Cilegon',
      'Disiplin kerja berpengaruh terhadap kinerja karyawan PT Daekyung Cilegon',
      'Beban kerja berpengaruh terhadap kinerja karyawan PT Daekyung Indutry',
    ].map((t) => contentWords(readStudyText(t)));
    const weighed = weigh(items);
    const cilegon = weighed[0].find((k) => k.text === 'cilegon');
    // Four of five items name Cilegon: the setting, weighing with the other shared words at most one word together.
    expect(cilegon?.weight).toBeLessThan(0.5);
  });

  it('counts a word misspelt in some items as the same word', () => {
    const weighed = weigh(
      [
        'Diduga keterampilan berpengaruh terhadap produktivitas kerja karyawan PT Lia Putri Serang',
        'Diduga disiplin berpengaruh terhadap produktivitas kerja karywan PT Lia Putri Seeang',
        'Diduga motivasi berpengaruh terhadap produktivitas kerja karywan PT Lia Putri Serang',
      ].map((t) => contentWords(readStudyText(t))),
    );
    // "Seeang" is the setting's "Serang": it does not tell the second item apart, "disiplin" does.
    expect(weighed[1].filter((k) => k.telling).map((k) => k.text)).toEqual(['disiplin']);
  });

  it('keeps the words of variables a code is given to more than once', () => {
    // "Keterampilan (X1)", then "Disiplin (X1)" by a slip of the author's: X1 names neither for sure.
    const definitions = new Map([
      [
        'x1',
        [
          { short: 'x1', words: ['keterampilan'], code: true },
          { short: 'x1', words: ['disiplin'], code: true },
        ],
      ],
    ]);
    const words = withDefinitions(contentWords(readStudyText('Disiplin berpengaruh terhadap produktivitas')), definitions, studyKeys).map((k) => k.text);
    expect(words).toContain('disiplin');
    expect(words).not.toContain('x1');
    const single = new Map([['x1', [{ short: 'x1', words: ['disiplin'], code: true }]]]);
    expect(withDefinitions(contentWords(readStudyText('Disiplin berpengaruh terhadap produktivitas')), single, studyKeys).map((k) => k.text)).toContain('x1');
  });

  it('takes a light verb before an effect for no word of the item', () => {
    expect(contentWords(readStudyText('Kepemimpinan direktif memberikan pengaruh positif terhadap kreativitas kerja')).map((k) => k.text)).not.toContain(
      'memberikan',
    );
    expect(contentWords(readStudyText('Memberikan langkah yang jelas dalam desain radar')).map((k) => k.text)).toContain('memberikan');
  });

  it('reads a mediation result as an outcome', () => {
    const rows = statusesOf(`# BAB II TINJAUAN PUSTAKA

## Hipotesis

H1: Kepemimpinan direktif berpengaruh terhadap komitmen berkelanjutan.

H2: Komitmen berkelanjutan berfungsi sebagai mediator pengaruh kepemimpinan direktif terhadap kreativitas kerja.

# BAB V PENUTUP

Kepemimpinan direktif berpengaruh terhadap komitmen berkelanjutan. Pengaruh kepemimpinan direktif terhadap kreativitas kerja dimediasi oleh komitmen berkelanjutan.
`);
    expect(rows['hypotheses:H2'].conclusion).toBe('named');
  });
});
