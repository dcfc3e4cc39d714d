// Items of Word drafts: a heading glued to the last point of a list, and a list announced as based
// on the items rather than as the items.
import { describe, expect, it } from 'vitest';
import { statusesOf } from './helpers';
import { isHypothesisStatement } from '../../server/src/engine/coverage/study/items';
import { isGenericWord, studyKeys } from '../../server/src/engine/coverage/study/keys';
import { covers, type Keyword } from '../../server/src/engine/coverage/study/match';

const manuscript = (lead: string, points: string[]) =>
  `# BAB I PENDAHULUAN\n\n## 1.1 Latar Belakang\n\nLatar belakang.\n\n# BAB II TINJAUAN PUSTAKA\n\n${lead}\n\n${points.map((p) => `- ${p}`).join('\n\n')}\n\n# BAB V KESIMPULAN\n\nMotivasi kerja berpengaruh terhadap produktivitas karyawan.\n`;

describe('lists announced on the basis of the items', () => {
  it('reads the items a lead-in names before the basis ("Hipotesis … untuk menjawab rumusan masalah adalah:")', () => {
    const rows = Object.keys(
      statusesOf(
        manuscript('Hipotesis dalam penelitian ini disusun untuk menjawab rumusan masalah sebagai berikut:', [
          'Motivasi kerja berpengaruh positif terhadap produktivitas karyawan',
          'Disiplin kerja berpengaruh positif terhadap produktivitas karyawan',
        ]),
      ),
    );
    expect(rows).toEqual(['hypotheses:H1', 'hypotheses:H2']);
  });

  it('reads none when the items are only the basis ("Berdasarkan tujuan penelitian maka teknik analisis … adalah:")', () => {
    expect(
      statusesOf(
        manuscript('Berdasarkan tujuan penelitian maka teknik analisis data yang digunakan adalah sebagai berikut:', [
          'Uji Validitas dan Reliabilitas',
          'Analisis Regresi Linear Sederhana',
        ]),
      ),
    ).toEqual({});
  });
});

describe('an English abstract of an Indonesian hypothesis on a joint effect', () => {
  it('reads "secara bersama" as "together"', () => {
    const text = [
      '# ABSTRACT',
      '',
      'The results show that together integrity and teamwork significantly affect the work effectiveness of employees.',
      '',
      '# BAB II TINJAUAN PUSTAKA',
      '',
      '## Hipotesis',
      '',
      'H1: Integritas berpengaruh terhadap efektivitas kerja pegawai',
      '',
      'H2: Integritas dan teamwork secara bersama berpengaruh terhadap efektivitas kerja pegawai',
      '',
    ].join('\n');
    const statuses = statusesOf(text);
    expect(statuses['hypotheses:H2']).toEqual({ 'abstract-1': 'named', theory: 'named' });
  });
});

describe('statements of a report that are no items', () => {
  it('does not take the hypotheses of an instrument test for research hypotheses', () => {
    expect(isHypothesisStatement('Item pernyataan valid, yaitu nilai korelasi item terhadap skor total (r hitung) > r tabel (0,361).')).toBe(false);
    expect(isHypothesisStatement("Instrumen penelitian reliabel (Cronbach's Alpha ≥ 0,70).")).toBe(false);
    expect(isHypothesisStatement('Durasi tidur berkorelasi dengan produktivitas akademik mahasiswa.')).toBe(true);
  });

  it('counts the verbs of aiming ("mengidentifikasi", "menyajikan") as the vocabulary every objective shares', () => {
    for (const word of ['mengidentifikasi', 'identifikasi', 'menyajikan', 'disajikan']) expect(isGenericWord(word, studyKeys(word))).toBe(true);
    expect(isGenericWord('tidur', studyKeys('tidur'))).toBe(false);
  });
});

describe('an item of one word of its own and the setting every item shares', () => {
  const word = (text: string, extra: Partial<Keyword> = {}): Keyword => ({ text, keys: studyKeys(text), cross: [], neutral: false, ...extra });
  const monitoring = word('monitoring', { telling: true });
  const skp = word('skp', { weight: 0.5, setting: true, neutral: true });

  it('is covered by its own word: the setting is what the whole part speaks of', () => {
    expect(covers([monitoring], [monitoring, skp])).toBe(true);
  });

  it('still needs two words when it has two of its own', () => {
    const evaluasi = word('evaluasi');
    expect(covers([monitoring], [monitoring, evaluasi, skp])).toBe(false);
  });
});
