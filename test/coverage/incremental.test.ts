// The coverage analysis keeps what it derives from each text, each cited author and each framework
// list between checks (the language server re-checks the whole manuscript on every keystroke). A
// re-check after any edit must give exactly what a fresh analysis gives: the memoised module is
// compared with a freshly loaded copy of it, whose memos are empty, after each of a series of edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MemoryHost, ParseCache, builtinFrameworks, manuscriptFor } from '../../server/src/engine';
import { buildManuscript } from '../../server/src/engine/manuscript';
import { resolveCitations } from '../../server/src/engine/citations/resolve';
import { analyseCoverage } from '../../server/src/engine/coverage/analyse';
import { BoundedMemo } from '../../server/src/engine/memo';

const SEED = readFileSync(join(__dirname, '..', '..', 'fixtures', 'examples', 'manuscripts', 'seed-004', 'manuscript.md'), 'utf8');

/** Inserts `text` before the first occurrence of `anchor` (which must be there). */
function insertBefore(source: string, anchor: string, text: string): string {
  const at = source.indexOf(anchor);
  if (at < 0) throw new Error(`anchor not found: ${anchor}`);
  return source.slice(0, at) + text + source.slice(at);
}

const results = SEED.indexOf('## **III. HASIL DAN PEMBAHASAN**');
const conclusion = SEED.indexOf('## IV. KESIMPULAN');

/** The manuscript after each edit, in order; the last is the first again. */
const VERSIONS: [string, string][] = [
  ['as written', SEED],
  ['one character typed in the results', SEED.slice(0, results + 400) + 'x' + SEED.slice(results + 400)],
  [
    'a commitment to another framework',
    insertBefore(
      SEED,
      '## **III. HASIL DAN PEMBAHASAN**',
      'Penelitian ini menggunakan teori Edward III tentang komunikasi, sumber daya, disposisi dan struktur birokrasi.\n\n',
    ),
  ],
  ['a citation of a source in the conclusion', SEED.slice(0, conclusion + 40) + ' (Ansell & Gash, 2008) ' + SEED.slice(conclusion + 40)],
  ['the results heading removed', SEED.replace('## **III. HASIL DAN PEMBAHASAN**', '')],
  [
    'a results heading and paragraph added',
    insertBefore(SEED, '## IV. KESIMPULAN', '## Komunikasi\n\nKomunikasi antar pemangku kepentingan dan kepercayaan dibangun melalui dialog tatap muka.\n\n'),
  ],
  ['the abstract shortened', SEED.replace(/## ABSTRAK\n\n[^\n]*/, '## ABSTRAK\n\nPenelitian ini membahas tata kelola kolaboratif.')],
  ['back as written', SEED],
];

describe('coverage analysis across edits', () => {
  it('gives after every edit exactly what a fresh analysis gives', async () => {
    const cache = new ParseCache();
    const pinned = builtinFrameworks().slice(0, 4);
    for (const [label, text] of VERSIONS) {
      const host = new MemoryHost(new Map([['/p/manuscript.md', text]]));
      const manuscript = buildManuscript(manuscriptFor('/p/manuscript.md', host), host, { cache });
      const citations = resolveCitations(manuscript);
      vi.resetModules();
      const fresh = await import('../../server/src/engine/coverage/analyse');
      for (const options of [{}, { pinned }]) {
        const expected = JSON.stringify(fresh.analyseCoverage(manuscript, citations, options));
        expect(JSON.stringify(analyseCoverage(manuscript, citations, options)), label).toBe(expected);
        // And again, with everything memoised.
        expect(JSON.stringify(analyseCoverage(manuscript, citations, options)), label).toBe(expected);
      }
    }
  });

  it('still detects and covers what the seed uses', () => {
    const host = new MemoryHost(new Map([['/p/manuscript.md', SEED]]));
    const manuscript = buildManuscript(manuscriptFor('/p/manuscript.md', host), host, { cache: new ParseCache() });
    const report = analyseCoverage(manuscript, resolveCitations(manuscript));
    expect(report.frameworks.map((f) => f.framework.id)).toEqual(['ansell-gash-2008']);
    expect(report.frameworks[0].detection.signals).toEqual(['citation', 'mention', 'statement', 'concept', 'results-headings', 'term-density']);
  });
});

describe('BoundedMemo', () => {
  it('keeps what checks still use and drops the rest at the next rotation', () => {
    const memo = new BoundedMemo<number>(3);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    expect(memo.checkpoint()).toBe(true);
    // 'a' is read after the rotation: it moves to the current generation.
    expect(memo.get('a')).toBe(1);
    memo.set('d', 4);
    memo.set('e', 5);
    expect(memo.checkpoint()).toBe(true);
    expect(memo.get('a')).toBe(1);
    expect(memo.get('d')).toBe(4);
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('c')).toBeUndefined();
  });

  it('rotates only when the current generation is full', () => {
    const memo = new BoundedMemo<number>(10);
    for (let i = 0; i < 9; i++) memo.set(`k${i}`, i);
    expect(memo.checkpoint()).toBe(false);
    memo.set('k9', 9);
    expect(memo.checkpoint()).toBe(true);
    expect(memo.size).toBe(10);
    // However many keys one check adds, at most two generations are kept.
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 10; i++) memo.set(`r${round}-${i}`, i);
      memo.checkpoint();
    }
    expect(memo.size).toBeLessThanOrEqual(20);
  });
});
