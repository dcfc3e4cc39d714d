// How dimension names are recognised in text: inflected Indonesian, English in Indonesian
// prose, misspellings, fillers — and what must not count: generic words, stems that change the
// meaning, excluded senses.
import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from '../../server/src/engine/frameworks/builtin';
import { catalogFor, scanText } from '../../server/src/engine/coverage/phraseMatcher';
import { keysOf } from '../../server/src/engine/coverage/words';

const catalog = catalogFor(builtinFrameworks());

/** "row:kind:words" for every hit of one framework in `text`. */
function hits(frameworkId: string, text: string): string[] {
  const f = catalog.frameworks.findIndex((fw) => fw.id === frameworkId);
  return scanText(catalog, text)
    .filter((h) => h.phrase.framework === f)
    .map((h) => `${h.phrase.row < 0 ? '-' : catalog.rows[f][h.phrase.row].id}:${h.phrase.kind}:${text.slice(h.start, h.end)}`);
}

describe('Ansell & Gash', () => {
  it('takes "kapasitas kelembagaan" for a hint, not institutional design', () => {
    expect(hits('ansell-gash-2008', 'masih rendahnya kapasitas kelembagaan desa')).toEqual(['institutional-design:hint:kelembagaan']);
  });

  it('recognises inflected and reordered Indonesian forms', () => {
    expect(hits('ansell-gash-2008', 'Desain kelembagaannya belum jelas')).toEqual(['institutional-design:name:Desain kelembagaannya']);
    expect(hits('ansell-gash-2008', 'peran pemimpin yang fasilitatif')).toEqual(['facilitative-leadership:name:pemimpin yang fasilitatif']);
    expect(hits('ansell-gash-2008', 'belum memiliki pemahaman yang sama')).toEqual(['shared-understanding:name:pemahaman yang sama']);
    expect(hits('ansell-gash-2008', 'kepercayaan dibangun melalui upaya membangun rasa saling percaya')).toEqual([
      'trust-building:hint:kepercayaan',
      'trust-building:name:membangun rasa saling percaya',
    ]);
  });

  it('recognises the misspellings students write', () => {
    expect(hits('ansell-gash-2008', 'c. Comitment to the process')).toEqual(['commitment-to-process:variant:Comitment to the process']);
    expect(hits('ansell-gash-2008', 'd. Share understanding (saling memahami)')).toEqual([
      'shared-understanding:variant:Share understanding',
      'shared-understanding:name:saling memahami',
    ]);
  });

  it('reads a stage that contains the dimension name as the stage only', () => {
    expect(hits('ansell-gash-2008', 'komitmen terhadap proses kolaborasi')).toEqual(['commitment-to-process:name:komitmen terhadap proses kolaborasi']);
  });

  it('finds the framework by its authors, however they are joined', () => {
    expect(hits('ansell-gash-2008', 'menurut Ansell dan Gash; Ansell & Gash; Ansell and Gash')).toEqual([
      '-:mention:Ansell dan Gash',
      '-:mention:Ansell & Gash',
      '-:mention:Ansell and Gash',
    ]);
  });
});

describe('Edward III', () => {
  it('matches derived forms of a root word', () => {
    expect(hits('edward-iii-1980', 'pelaksana berkomunikasi dengan sekolah dan jadwalnya dikomunikasikan')).toEqual([
      'communication:name:berkomunikasi',
      'communication:name:dikomunikasikan',
    ]);
  });

  it('matches English names and their plurals', () => {
    expect(hits('edward-iii-1980', 'The resources and the bureaucratic structures of the office')).toEqual([
      'resources:name:resources',
      'bureaucratic-structure:name:bureaucratic structures',
    ]);
  });
});

describe('the Indonesian stemmer (@nlpjs/lang-id, imported by file path and pinned to one version)', () => {
  it('gives the stems the matcher relies on, and the over-stemming it guards against', () => {
    const stems = ['dikomunikasikan', 'kelembagaan', 'kepercayaan', 'kepemimpinan', 'pemerintah', 'empati', 'media'].map((w) => keysOf(w).stem);
    expect(stems).toEqual(['komunikasi', 'lembaga', 'caya', 'mimpin', 'perintah', 'empat', 'dia']);
  });
});

describe('generic words and stems that change the meaning', () => {
  it('does not take "tepat" (exact) for ketepatan (appropriateness)', () => {
    expect(hits('dunn-evaluation-criteria', 'diserahkan tepat waktu; ketepatan sasaran')).toEqual([
      'appropriateness:hint:tepat',
      'appropriateness:name:ketepatan sasaran',
    ]);
  });

  it('does not take "empat" (four) for empati, but accepts "emphaty"', () => {
    expect(hits('servqual', 'empat dimensi')).toEqual([]);
    expect(hits('servqual', 'Empati (Emphaty)')).toEqual(['empathy:name:Empati', 'empathy:variant:Emphaty']);
  });

  it('leaves out the excluded senses of a name', () => {
    expect(hits('servqual', 'peserta jaminan kesehatan nasional dan aset tidak berwujud')).toEqual([]);
    expect(hits('servqual', 'The reliability test gave Cronbach alpha above the threshold')).toEqual([]);
    expect(hits('putnam-social-capital', 'jaringan komputer kantor dan jejaring warga')).toEqual(['networks:name:jejaring']);
  });

  it('does not let a hint hide a name', () => {
    expect(hits('undp-good-governance-1997', 'prinsip efektivitas dan efisiensi')).toEqual(['effectiveness-and-efficiency:name:efektivitas dan efisiensi']);
  });
});
