// The engine around the checks: the prose language setting, severities of the engine's own codes,
// a check that crashes, and the cache that holds what analyses keep between checks.
import { describe, expect, it, vi } from 'vitest';
import { checkProject, manuscriptFor, MemoryHost, ParseCache, type CheckResult, type FileHost, type LanguageSetting } from '../server/src/engine';
import { registry } from '../server/src/engine/checks/registry';

/** An English results paragraph restating a table with "1.250": 1250 in Indonesian style, 1.25 in English. */
const RESULTS = [
  '# Results',
  '',
  'Table 1: Households served by the program',
  '',
  '| Year | Households served |',
  '|---|---|',
  '| 2020 | 1250 |',
  '| 2021 | 1310 |',
  '',
  'In 2020 the number served was 1.250, and in 2021 it was 1310.',
  '',
].join('\n');

function check(files: Record<string, string>, lang?: LanguageSetting): CheckResult {
  const host: FileHost = new MemoryHost(new Map(Object.entries(files)));
  const [first] = Object.keys(files);
  return checkProject(manuscriptFor(first, host), host, { overrides: { lang } });
}

const summary = (result: CheckResult) => result.findings.map((f) => `${f.code} ${f.severity}: ${f.message}`);

describe('the prose language', () => {
  const mismatch = 'stats/table-mismatch error: Text gives 1.250 for 2020; Table 1 has 1250 (Households served)';

  it('decides how an ambiguous number is read when the numbers themselves do not tell', () => {
    expect(summary(check({ '/p/results.md': RESULTS }, 'id'))).toEqual([]);
    expect(summary(check({ '/p/results.md': RESULTS }, 'en'))).toEqual([mismatch]);
  });

  it('is read from the manuscript when set to auto: its words, or the language it declares', () => {
    expect(summary(check({ '/p/results.md': RESULTS }, 'auto'))).toEqual([mismatch]);
    expect(summary(check({ '/p/results.md': `---\nlang: id-ID\n---\n\n${RESULTS}` }, 'auto'))).toEqual([]);
    expect(check({ '/p/results.md': RESULTS }).analysis.language).toBe('en');
  });

  it('comes from thesislint.json unless the caller sets it', () => {
    const files = { '/p/results.md': RESULTS, '/p/thesislint.json': '{ "language": "id" }' };
    expect(summary(check(files))).toEqual([]);
    expect(summary(check(files, 'en'))).toEqual([mismatch]);
  });
});

describe('severities of the engine’s own codes', () => {
  const unused = '# Bab I\n\n<!-- thesislint-disable-next-line citation -->\nTeks tanpa sitasi.\n';

  it('apply to suppression/unused and manuscript/* as to the checks', () => {
    expect(summary(check({ '/p/a.md': unused }))).toEqual(['suppression/unused warning: This suppression (citation) silences no finding; remove it']);
    expect(summary(check({ '/p/a.md': unused, '/p/thesislint.json': '{ "severity": { "suppression/unused": "off" } }' }))).toEqual([]);
    const root = '\\documentclass{report}\n\\begin{document}\n\\input{bab/hilang}\n\\end{document}\n';
    expect(summary(check({ '/p/tesis.tex': root, '/p/thesislint.json': '{ "severity": { "manuscript/file-not-found": "info" } }' }))).toEqual([
      'manuscript/file-not-found info: Included file not found: bab/hilang',
    ]);
  });
});

describe('a check that throws', () => {
  it('becomes one internal/check-failed warning, and the other checks still report', () => {
    const yearMismatch = registry.find((c) => c.meta.code === 'citation/year-mismatch')!;
    const spy = vi.spyOn(yearMismatch, 'run').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const text =
        '# Bab I\n\nMenurut Sen (2024), kemiskinan itu multidimensi. Keadilan dibahas panjang oleh Rawls (1971).\n\n# Daftar Pustaka\n\nSen, A. (2014). *Development as freedom*. Knopf.\n';
      expect(summary(check({ '/p/a.md': text }))).toEqual([
        'internal/check-failed warning: The check citation/year-mismatch failed on this manuscript and was skipped: boom',
        'citation/missing-reference error: No entry in the reference list for Rawls (1971)',
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the DerivedCache of a run', () => {
  it('keeps what analyses derived between checks, gives the same findings as a fresh check, and empties when cleared', () => {
    const host = new MemoryHost(new Map([['/p/results.md', RESULTS]]));
    const spec = manuscriptFor('/p/results.md', host);
    const cache = new ParseCache();
    const fresh = summary(checkProject(spec, host, { overrides: { lang: 'en' } }));
    expect(summary(checkProject(spec, host, { overrides: { lang: 'en' }, cache }))).toEqual(fresh);
    expect(summary(checkProject(spec, host, { overrides: { lang: 'en' }, cache }))).toEqual(fresh);
    expect(cache.derived.slotNames()).toContain('stats: facts of a sentence');
    cache.clear();
    expect(cache.derived.slotNames()).toEqual([]);
  });
});
