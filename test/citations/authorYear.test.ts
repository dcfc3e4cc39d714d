import { describe, expect, it } from 'vitest';
import { extractProseCitations } from '../../server/src/engine/citations/authorYear';
import { TextBuilder } from '../../server/src/engine/text/builder';

function blockOf(text: string) {
  const builder = new TextBuilder('/t.md', 'paragraph');
  builder.append(text, 0);
  return builder.build(0, text.length);
}

function summary(text: string) {
  return extractProseCitations(blockOf(text)).map((c) => ({
    kind: c.kind,
    authors: c.authors,
    etAl: c.etAl,
    year: c.year,
    yearText: text.slice(c.yearSpan.start, c.yearSpan.end),
    authorText: text.slice(c.authorSpan.start, c.authorSpan.end),
    strong: c.strong,
    secondary: c.secondaryOriginal,
  }));
}

describe('author–year prose citations', () => {
  it('reads parenthetical citations with initials, pages and several items', () => {
    expect(summary('Kemiskinan (Sen, A., 2024) dan (Iza & Nurhaeni, 2021; Latif, 2018) serta (Sugiyono, 2019: 45).')).toEqual([
      { kind: 'parenthetical', authors: ['Sen'], etAl: false, year: '2024', yearText: '2024', authorText: 'Sen, A.', strong: true, secondary: undefined },
      {
        kind: 'parenthetical',
        authors: ['Iza', 'Nurhaeni'],
        etAl: false,
        year: '2021',
        yearText: '2021',
        authorText: 'Iza & Nurhaeni',
        strong: true,
        secondary: undefined,
      },
      { kind: 'parenthetical', authors: ['Latif'], etAl: false, year: '2018', yearText: '2018', authorText: 'Latif', strong: true, secondary: undefined },
      { kind: 'parenthetical', authors: ['Sugiyono'], etAl: false, year: '2019', yearText: '2019', authorText: 'Sugiyono', strong: true, secondary: undefined },
    ]);
  });

  it('reads one author with several years and a page after hlm.', () => {
    expect(summary('(Slavin, 1980, 2011b) (Moleong, 2017, hlm. 6)').map((c) => [c.authors, c.year])).toEqual([
      [['Slavin'], '1980'],
      [['Slavin'], '2011b'],
      [['Moleong'], '2017'],
    ]);
  });

  it('reads narrative citations in Indonesian and English, dropping cue words', () => {
    expect(summary('Menurut Ansell dan Gash (2008) kolaborasi penting. Wahyunengseh et al. (2020) dan Yunas dkk. (2019) setuju.')).toEqual([
      {
        kind: 'narrative',
        authors: ['Ansell', 'Gash'],
        etAl: false,
        year: '2008',
        yearText: '2008',
        authorText: 'Ansell dan Gash',
        strong: true,
        secondary: undefined,
      },
      {
        kind: 'narrative',
        authors: ['Wahyunengseh'],
        etAl: true,
        year: '2020',
        yearText: '2020',
        authorText: 'Wahyunengseh et al.',
        strong: true,
        secondary: undefined,
      },
      { kind: 'narrative', authors: ['Yunas'], etAl: true, year: '2019', yearText: '2019', authorText: 'Yunas dkk.', strong: true, secondary: undefined },
    ]);
  });

  it('reduces full names to surnames', () => {
    expect(summary('Penelitian oleh Samin Latif dan Ikram Muhammad (2020) serta Abdika Jaya et al. (2023).').map((c) => [c.authors, c.authorText])).toEqual([
      [['Latif', 'Muhammad'], 'Samin Latif dan Ikram Muhammad'],
      [['Jaya'], 'Abdika Jaya et al.'],
    ]);
  });

  it('keeps only the cited source of a secondary citation', () => {
    expect(
      summary('Edward III dalam Agustino (2008: 149) menyebut empat faktor (Edward III dalam Agustino, 2008).').map((c) => [c.kind, c.authors, c.secondary]),
    ).toEqual([
      ['narrative', ['Agustino'], 'Edward III'],
      ['parenthetical', ['Agustino'], 'Edward III'],
    ]);
  });

  it('reads "et al.," with a comma before the year', () => {
    expect(summary('Dalam penelitian Putri et al., (2021) hal serupa ditemukan.').map((c) => [c.authors, c.etAl, c.authorText])).toEqual([
      [['Putri'], true, 'Putri et al.'],
    ]);
  });

  it('ignores bracketed years that are not citations', () => {
    expect(summary('Pada tahun (2019) dan Tabel 3 (2020), jumlah penduduk (dalam jiwa, 2021) naik; lihat UU No. 12 (2016).')).toEqual([]);
  });

  it('marks n.d. and t.t. as no date', () => {
    expect(summary('(Badan Pusat Statistik, t.t.) and (Open Peer Review, n.d.)').map((c) => [c.authors, c.year])).toEqual([
      [['Statistik'], 'n.d.'],
      [['Review'], 'n.d.'],
    ]);
  });
});
