// Quick fixes computed by the engine where the LSP round trip adds nothing: the .bib duplicate
// removal, "ignore here" next to YAML front matter, and the sliced check agreeing with the whole.
import { describe, expect, it } from 'vitest';
import { checkManuscript, checkManuscriptSteps, MemoryHost, type CheckResult } from '../../server/src/engine';
import { fixesFor } from '../../server/src/engine/editing/index';

function check(files: Record<string, string>, root: string): CheckResult {
  const host = new MemoryHost(new Map(Object.entries(files)));
  return checkManuscript({ root, markup: root.endsWith('.tex') ? 'latex' : 'markdown', files: [root], bibliographies: [], projectFiles: [] }, host);
}

describe('references/duplicate in a .bib file', () => {
  const bib = [
    '@article{falk2006,',
    '  author = {Falk, Armin and Kosfeld, Michael},',
    '  title = {The Hidden Costs of Control},',
    '  year = {2006}',
    '}',
    '',
    '@article{falk2006,',
    '  author = {Falk, Armin and Kosfeld, Michael},',
    '  title = {The hidden costs of control},',
    '  year = {2006}',
    '}',
    '',
    '@book{sen1999,',
    '  author = {Sen, Amartya},',
    '  title = {Development as Freedom},',
    '  year = {1999}',
    '}',
    '',
  ].join('\n');
  const tex = '\\documentclass{article}\n\\begin{document}\nControl \\cite{falk2006} and freedom \\cite{sen1999}.\n\\bibliography{refs}\n\\end{document}\n';

  it('removes the whole second entry and one blank line, not preferred (the two may differ)', () => {
    const result = check({ '/p/paper.tex': tex, '/p/refs.bib': bib }, '/p/paper.tex');
    const finding = result.findings.find((f) => f.code === 'references/duplicate')!;
    expect(finding).toBeDefined();
    const [remove] = fixesFor(result, finding);
    expect(remove.title).toBe('Remove this duplicate entry falk2006');
    expect(remove.preferred).toBe(false);
    expect(remove.edits).toHaveLength(1);
    const e = remove.edits[0];
    const after = bib.slice(0, e.start) + e.newText + bib.slice(e.end);
    expect(after).toBe(bib.split('\n').slice(0, 6).concat(bib.split('\n').slice(12)).join('\n'));
  });
});

describe('"ignore here" and YAML front matter', () => {
  it('is not offered for a finding inside the front matter (with or without a BOM), and lands below it otherwise', () => {
    for (const bom of ['', '\uFEFF']) {
      const text = `${bom}---\ntitle: Skripsi\nbibliography: missing.bib\n---\nKemiskinan tetap menjadi tantangan [@sen1999].\n`;
      const result = check({ '/p/skripsi.md': text }, '/p/skripsi.md');
      const inYaml = result.findings.find((f) => f.code === 'bibliography/file-not-found')!;
      expect(inYaml, JSON.stringify(result.findings)).toBeDefined();
      expect(fixesFor(result, inYaml).map((f) => f.title)).toEqual([]);
    }
    const text = '---\ntitle: Skripsi\n---\nKemiskinan (Sen, 2024).\n\n# Daftar Pustaka\n\n- Sen, A. (2014). *Development as freedom*.\n';
    const result = check({ '/p/skripsi.md': text }, '/p/skripsi.md');
    const finding = result.findings.find((f) => f.code === 'citation/year-mismatch')!;
    const ignore = fixesFor(result, finding).find((f) => f.title.startsWith('Ignore'))!;
    expect(ignore.edits).toEqual([
      {
        file: '/p/skripsi.md',
        start: text.indexOf('Kemiskinan'),
        end: text.indexOf('Kemiskinan'),
        newText: '<!-- thesislint-disable-next-line citation/year-mismatch -->\n',
      },
    ]);
  });
});

describe('the check in slices', () => {
  it('yields between the build, the analyses and the checks, and ends with what checkManuscript returns', () => {
    const text = '# Pendahuluan\n\nKemiskinan (Sen, 2024).\n\n# Daftar Pustaka\n\n- Sen, A. (2014). *Development as freedom*.\n';
    const host = new MemoryHost(new Map([['/p/s.md', text]]));
    const spec = { root: '/p/s.md', markup: 'markdown' as const, files: ['/p/s.md'], bibliographies: [], projectFiles: [] };
    const steps = checkManuscriptSteps(spec, host);
    const slices: string[] = [];
    let next = steps.next();
    while (!next.done) {
      slices.push(typeof next.value === 'string' ? next.value : next.value.step);
      next = steps.next();
    }
    expect(slices.slice(0, 5)).toEqual(['build', 'citations', 'statistics', 'reportedTests', 'coverage']);
    expect(slices).toContain('citation/year-mismatch');
    expect(next.value.findings).toEqual(checkManuscript(spec, host).findings);
  });
});
