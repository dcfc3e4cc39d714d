// Citation resolution keeps what it resolved between checks (by the citation's content and the
// reference pool's content): a re-check must give exactly what a fresh check gives, also after
// edits to the text or to the reference list.
import { describe, expect, it } from 'vitest';
import { MemoryHost, ParseCache, manuscriptFor } from '../../server/src/engine';
import { buildManuscript } from '../../server/src/engine/manuscript';
import { namesMatch, resolveCitations, type CitationResolution } from '../../server/src/engine/citations/resolve';

const CHAPTER = [
  '# Bab I',
  '',
  'Kemiskinan itu multidimensi (Sen, 2014). Pembelajaran kooperatif (Slavin, 1980, 2011) dan (Slavin, 1995).',
  '',
  'Interestingly, Biggs et al. (2001) found otherwise. Data kemiskinan (BPS, 2020) dan (Ansell, 2008).',
  '',
  'Kolaborasi menurut Ansell dan Gash (2008) serta Sugiono (2019) dan Gash (2007) dan Edward III dalam Agustino (2008).',
  '',
].join('\n');

const REFERENCES = [
  '# Daftar Pustaka',
  '',
  'Agustino, L. (2008). *Dasar-dasar kebijakan publik*. Alfabeta.',
  '',
  'Ansell, C., & Gash, A. (2008). Collaborative governance in theory and practice. *JPART*, 18(4), 543–571.',
  '',
  'Badan Pusat Statistik. (2020). *Statistik Indonesia 2020*. BPS.',
  '',
  'Biggs, J., Kember, D., & Leung, D. Y. P. (2001). The revised two-factor study process questionnaire. *BJEP*, 71, 133–149.',
  '',
  'Sen, A. (2014). *Development as freedom*. Knopf.',
  '',
  'Slavin, R. E. (1980). Cooperative learning. *Review of Educational Research*, 50(2), 315–342.',
  '',
  'Slavin, R. E. (2011). Instruction based on cooperative learning. Routledge.',
  '',
  'Sugiyono. (2019). *Metode penelitian kuantitatif*. Alfabeta.',
  '',
].join('\n');

function hostWith(chapter: string, references: string): MemoryHost {
  return new MemoryHost(new Map([['/p/thesis.md', `${chapter}\n${references}`]]));
}

/** The resolution as plain data: entries by their text, citations as they stand after resolution. */
function summary(r: CitationResolution): unknown {
  const entry = (e: { text: string }) => e.text.slice(0, 24);
  return {
    prose: r.prose.map(({ citation, resolution, against }) => ({
      authors: citation.authors,
      year: citation.year,
      written: citation.written,
      start: citation.start,
      optional: citation.optionalFirst !== undefined,
      against,
      status: resolution.status,
      entry: 'entry' in resolution ? entry(resolution.entry) : undefined,
      entries: 'entries' in resolution ? resolution.entries.map(entry) : undefined,
      others: 'others' in resolution ? resolution.others.map(entry) : undefined,
      problem: 'problem' in resolution ? resolution.problem : undefined,
    })),
    cited: [...r.cited].map(entry).sort(),
    pool: r.prosePool.map(entry),
  };
}

function resolve(host: MemoryHost, cache?: ParseCache): { resolution: CitationResolution; summary: unknown } {
  const manuscript = buildManuscript(manuscriptFor('/p/thesis.md', host), host, { cache });
  const resolution = resolveCitations(manuscript);
  // Every entry a resolution names is an object of this check's pool.
  const pool = new Set(resolution.prosePool);
  for (const { resolution: r } of resolution.prose) {
    if ('entry' in r) expect(pool.has(r.entry)).toBe(true);
    for (const e of 'entries' in r ? r.entries : 'others' in r ? r.others : []) expect(pool.has(e)).toBe(true);
  }
  return { resolution, summary: summary(resolution) };
}

describe('incremental citation resolution', () => {
  it('resolves the same on every cached re-check as on a fresh check', () => {
    const host = hostWith(CHAPTER, REFERENCES);
    const fresh = resolve(host).summary;
    const statuses = (fresh as { prose: { authors: string[]; year: string; status: string }[] }).prose.map(
      (p) => `${p.authors.join('+')} ${p.year} ${p.status}`,
    );
    expect(statuses).toEqual([
      'Sen 2014 ok',
      'Slavin 1980 ok',
      'Slavin 2011 ok',
      'Slavin 1995 year-mismatch',
      'Biggs 2001 ok',
      'BPS 2020 ok',
      'Ansell 2008 author-mismatch',
      'Ansell+Gash 2008 ok',
      'Sugiono 2019 author-mismatch',
      'Gash 2007 missing',
      'Agustino 2008 ok',
    ]);
    const cache = new ParseCache();
    for (let i = 0; i < 3; i++) expect(resolve(host, cache).summary).toEqual(fresh);
    // Without a cache too (new objects, same content).
    expect(resolve(host).summary).toEqual(fresh);
  });

  it('drops an optional first name again when the resolution is reused', () => {
    const host = hostWith(CHAPTER, REFERENCES);
    const cache = new ParseCache();
    for (let i = 0; i < 2; i++) {
      const biggs = resolve(host, cache).resolution.prose.find((p) => p.citation.authors[0] === 'Biggs')!;
      expect(biggs.citation.optionalFirst).toBeUndefined();
      expect(biggs.citation.written.startsWith('Biggs')).toBe(true);
    }
  });

  it('follows edits to the text and to the reference list, and back', () => {
    const cache = new ParseCache();
    const original = hostWith(CHAPTER, REFERENCES);
    const edits = [
      hostWith(CHAPTER.replace('(Sen, 2014)', '(Sen, 2015)'), REFERENCES),
      hostWith(CHAPTER, REFERENCES.replace('Sen, A. (2014)', 'Sen, A. (2015)')),
      hostWith(CHAPTER, REFERENCES.replace('Slavin, R. E. (1980)', 'Slavin, R. E. (1995)')),
      hostWith(CHAPTER, REFERENCES.replace('Biggs, J., Kember, D., & Leung, D. Y. P. (2001)', 'Kember, D. (2001)')),
      hostWith(CHAPTER, REFERENCES.replace('Sugiyono. (2019)', 'Sugiono. (2019)')),
      hostWith(CHAPTER, REFERENCES.replace('Gash, A. (2008)', 'Gash, A. (2007)')),
      hostWith(CHAPTER, REFERENCES.replace('Badan Pusat Statistik.', 'Biro Pusat Statistik.')),
      hostWith(CHAPTER, REFERENCES + '\nSen, A. (2014). *Development as freedom*. Knopf.\n\nSen, A. (2014). *Poverty and famines*. Clarendon.\n'),
    ];
    for (const host of [original, ...edits, original, ...edits.reverse()]) {
      expect(resolve(host, cache).summary).toEqual(resolve(host).summary);
      expect(resolve(host, cache).summary).toEqual(resolve(hostWith(...texts(host))).summary);
    }
  });

  it('matches names as before: acronyms, particles, diacritics, numerals', () => {
    expect(namesMatch('Badan Pusat Statistik', 'BPS')).toBe(true);
    expect(namesMatch('Badan Pusat Statistik', 'Bps')).toBe(false);
    expect(namesMatch('Badan', 'B')).toBe(false);
    expect(namesMatch('van Bergen', 'Bergen')).toBe(true);
    expect(namesMatch('Müller', 'Muller')).toBe(true);
    expect(namesMatch('Edward III', 'Edward')).toBe(true);
    expect(namesMatch('Samin Latif', 'Latif')).toBe(true);
    expect(namesMatch('Sugiyono', 'Sugiono')).toBe(false);
  });
});

/** The chapter and references a host was made from (a new host with new strings). */
function texts(host: MemoryHost): [string, string] {
  const all = host.readFile('/p/thesis.md')!;
  const at = all.indexOf('# Daftar Pustaka');
  return [
    all
      .slice(0, at - 1)
      .split('')
      .join(''),
    all.slice(at).split('').join(''),
  ];
}
