// Items of Word drafts: a heading glued to the last point of a list, and a list announced as based
// on the items rather than as the items.
import { describe, expect, it } from 'vitest';
import { statusesOf } from './helpers';

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
