// Property-based tests of the whole engine (fast-check, fixed seeds, bounded runs): random and
// mutated Markdown, LaTeX and .bib manuscripts go through discovery and checkManuscript. For
// every input the engine must
//   - not throw, and no check may fail (no internal/check-failed finding),
//   - terminate promptly,
//   - put every finding and related location inside the file it names,
//   - give the same findings with a ParseCache as without, also when the cache is reused
//     (cached models are shared between checks and must never be modified).
// The mutated inputs start from the fixtures' own manuscripts, so they stay close to real ones.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkManuscript,
  checkProject,
  discoverManuscripts,
  manuscriptFor,
  MemoryHost,
  ParseCache,
  type CheckResult,
  type FileHost,
} from '../../server/src/engine/index';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
/** FUZZ_RUNS=2000 (and FUZZ_SEED) for a longer search than `npm test` makes. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** Every manuscript and bibliography file of the fixtures, as mutation seeds. */
function fixtureTexts(): { md: string[]; tex: string[]; bib: string[] } {
  const out = { md: [] as string[], tex: [] as string[], bib: [] as string[] };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (fs.statSync(file).size < 64 * 1024) {
        if (/\.(md|qmd|rmd)$/i.test(entry.name)) out.md.push(fs.readFileSync(file, 'utf8'));
        else if (/\.tex$/i.test(entry.name)) out.tex.push(fs.readFileSync(file, 'utf8'));
        else if (/\.bib$/i.test(entry.name)) out.bib.push(fs.readFileSync(file, 'utf8'));
      }
    }
  };
  walk(FIXTURES);
  return out;
}
const SEEDS = fixtureTexts();

// ---- building blocks ---------------------------------------------------------------------------

const MD_PIECES = [
  '# Pendahuluan\n\n',
  '## Hasil dan Pembahasan\n\n',
  '# Daftar Pustaka\n\n',
  '# References\n\n',
  '**BAB IV HASIL**\n\n',
  '# Abstract\n\n',
  '# Kesimpulan {-}\n\n',
  'Kemiskinan tetap menjadi tantangan (Sen, 2014). ',
  'Ansell dan Gash (2008) menyatakan ',
  '(Sugiyono, 2019: 45; Latif, 2018)',
  'Yunas dkk. (2019)',
  'Emerson et al. (2012)',
  '[@sen1999; @putnam2000, p. 5]',
  '@sen1999 says',
  '[-@key]',
  '\\@escaped',
  'e-mail a@b.co',
  '- Sen, A. (2014). *Development as freedom*. Oxford.\n',
  '1. Putnam, R. (2000). Bowling alone.\n',
  '> kutipan (Sen, 2014)\n',
  '| Tahun | Persentase (%) |\n|---|---|\n| 2019 | 9,41 |\n| 2020 | 10,19 |\n\n',
  'Tabel 1. Persentase penduduk miskin di Indonesia\n\n',
  'pada tahun 2019 sebesar 9,22% dan naik 0,38% menjadi 9,60% pada 2020. ',
  'rata-rata 9,5% selama periode tersebut. ',
  't(28) = 2.20, p = .036. ',
  '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>\n\n',
  '2019\t9,41\n2020\t10,19\n\n',
  '```\ncode (Sen, 2014)\n```\n\n',
  '$$x^2$$\n\n',
  '$a$ ',
  '---\nbibliography: refs.bib\n---\n',
  '---\ntitle: x\nnocite: |\n  @*\n---\n',
  '[^1]\n\n[^1]: catatan (Sen, 2014).\n\n',
  '<!-- thesislint-disable-next-line -->\n',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '*',
  '_',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '|',
  '<',
  '>',
  '#',
  '`',
  '$',
  '\\',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\ud83d\ude00',
  '\ud800',
];

const TEX_PIECES = [
  '\\documentclass{report}\n',
  '\\begin{document}\n',
  '\\end{document}\n',
  '\\chapter{Pendahuluan}\n',
  '\\section*{Hasil}\n',
  '\\subsection{Metode}\n',
  '\\begin{abstract}Ringkas.\\end{abstract}\n',
  'Menurut \\citet{sen1999}, ',
  '\\citep[hlm.~5]{putnam2000,sen1999}',
  '\\cite{}',
  '\\nocite{*}',
  'Sen (2014) ',
  '\\input{bab1}',
  '\\include{bab1}',
  '\\input{tidak-ada}',
  '\\bibliography{refs}',
  '\\addbibresource{refs.bib}',
  '\\bibliographystyle{plain}',
  '\\begin{table}\\caption{Persentase}\\label{tab:a}\\begin{tabular}{ll}Tahun & Nilai \\\\ 2019 & 9,41 \\\\ \\hline 2020 & 10,19\\end{tabular}\\end{table}\n',
  '\\begin{thebibliography}{9}\\bibitem{sen1999} Sen, A. (1999). Development.\\end{thebibliography}\n',
  '\\begin{itemize}\\item satu \\item dua\\end{itemize}\n',
  '\\footnote{catatan (Sen, 2014)}',
  '\\verb|x{|',
  '\\begin{verbatim}{{\\end{verbatim}\n',
  '$x^{2}$',
  '\\(a\\)',
  '\\[b\\]',
  '\\textbf{tebal}',
  '\\emph{',
  '% komentar\n',
  '\\%',
  'naik 9,22\\% pada tahun 2019. ',
  '\\newcommand{\\x}[1]{#1}',
  '\\makeatletter\\def\\a@b{',
  '\\iffalse',
  '\\fi',
  '&',
  '~',
  '^',
  '_',
  '#',
  '\n',
  '\n\n',
  ' ',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '$',
  '%',
  '\r\n',
];

const BIB_PIECES = [
  '@article{sen1999,\n  author = {Sen, Amartya},\n  title = {Development as Freedom},\n  year = {1999}\n}\n\n',
  '@book{putnam2000, author = "Putnam, Robert D. and others", title = {Bowling {A}lone}, year = 2000}\n',
  '@misc{key, title = {x}}\n',
  '@string{jr = "Jurnal"}\n',
  '@comment{ apa saja }\n',
  '@preamble{"\\newcommand"}\n',
  '@article{broken,\n  author = {Tidak, Tertutup\n',
  '@book{',
  'author = ',
  '{',
  '}',
  '"',
  ',',
  '=',
  '@',
  '\n',
  ' ',
  '%',
  'year = {20x1}',
  'date = {2019-05-01}',
];

/** Some pieces joined, with random characters between. */
function joined(pieces: string[], maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) }), {
      maxLength,
    })
    .map((a) => a.join(''));
}

type Mutation = { at: number; del: number; insert: string } | { at: number; copyFrom: number; length: number };

/** A real file with random deletions, insertions and duplications. */
function mutated(seeds: string[], pieces: string[]): fc.Arbitrary<string> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ at: fc.nat(), del: fc.nat({ max: 200 }), insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8, unit: 'binary' })) }),
    fc.record({ at: fc.nat(), copyFrom: fc.nat(), length: fc.nat({ max: 400 }) }),
  );
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([seed, mutations]) => {
    let text = seed;
    for (const m of mutations) {
      const at = text.length === 0 ? 0 : m.at % (text.length + 1);
      if ('insert' in m) text = text.slice(0, at) + m.insert + text.slice(at + m.del);
      else {
        const from = text.length === 0 ? 0 : m.copyFrom % text.length;
        text = text.slice(0, at) + text.slice(from, from + m.length) + text.slice(at);
      }
    }
    return text;
  });
}

const markdown = fc.oneof(joined(MD_PIECES, 40), mutated(SEEDS.md, MD_PIECES));
const latex = fc.oneof(joined(TEX_PIECES, 40), mutated(SEEDS.tex, TEX_PIECES));
const bibtex = fc.oneof(joined(BIB_PIECES, 20), mutated(SEEDS.bib, BIB_PIECES), fc.constant(''));

// ---- the properties ---------------------------------------------------------------------------

function inside(result: CheckResult, file: string, start: number, end: number): string | undefined {
  const source = result.files.get(file);
  if (!source) return `points into ${file}, which the result does not hold`;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= source.text.length))
    return `range ${start}-${end} outside ${file} (length ${source.text.length})`;
  return undefined;
}

function problemsOf(result: CheckResult): string[] {
  const problems: string[] = [];
  for (const f of result.findings) {
    if (f.code === 'internal/check-failed') problems.push(f.message);
    const where = inside(result, f.file, f.start, f.end);
    if (where) problems.push(`${f.code} ${where}`);
    for (const r of f.related ?? []) {
      const related = inside(result, r.file, r.start, r.end);
      if (related) problems.push(`${f.code} related ${related}`);
    }
  }
  return problems;
}

const summary = (result: CheckResult) => JSON.stringify(result.findings);

/** Checks the manuscript of `root` with and without a cache and returns what is wrong (nothing, if all is well). */
function verify(host: FileHost, root: string): string[] {
  const spec = manuscriptFor(root, host);
  const timed = (f: () => CheckResult) => ({ result: f() });
  const plain = timed(() => checkManuscript(spec, host));
  const cache = new ParseCache();
  const first = timed(() => checkManuscript(spec, host, { cache }));
  const again = timed(() => checkManuscript(spec, host, { cache }));
  const problems = problemsOf(plain.result);
  if (summary(first.result) !== summary(plain.result)) problems.push('a check with a fresh ParseCache differs from one without');
  if (summary(again.result) !== summary(plain.result)) problems.push('a check reusing the ParseCache differs from one without');
  // Termination is proven by the test's own timeout; how fast is the benchmark's business.
  // Discovery of the folder must not throw either.
  discoverManuscripts([path.posix.dirname(root)], host, { cwd: '/' });
  return problems;
}

describe('the engine on random and mutated input', () => {
  it('Markdown with a .bib: never throws, ranges inside, cache-transparent', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(markdown, bibtex, fc.boolean(), (md, bib, declare) => {
        const text = declare ? `---\nbibliography: refs.bib\n---\n${md}` : md;
        const host = new MemoryHost(
          new Map([
            ['/fz/thesis.md', text],
            ['/fz/refs.bib', bib],
          ]),
        );
        expect(verify(host, '/fz/thesis.md')).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED ?? 20240701 },
    );
  });

  it('LaTeX with a chapter and a .bib: never throws, ranges inside, cache-transparent', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(latex, latex, bibtex, (body, chapter, bib) => {
        const root = `\\documentclass{report}\n\\begin{document}\n${body}\n\\input{bab1}\n\\bibliography{refs}\n\\end{document}\n`;
        const host = new MemoryHost(
          new Map([
            ['/fz/main.tex', root],
            ['/fz/bab1.tex', chapter],
            ['/fz/refs.bib', bib],
          ]),
        );
        expect(verify(host, '/fz/main.tex')).toEqual([]);
        // The chapter alone (as the language server checks an opened chapter) too.
        expect(problemsOf(checkManuscript(manuscriptFor('/fz/bab1.tex', host), host))).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED ?? 20240702 },
    );
  });

  it('a .bib on its own, and CSL-JSON, given with --bib: never throws, ranges inside', { timeout: 120_000 }, () => {
    const csl = fc.oneof(
      fc.json(),
      fc.constant('[{"id":"sen1999","author":[{"family":"Sen","given":"A."}],"issued":{"date-parts":[[1999]]}}]'),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(bibtex, csl, markdown, (bib, json, md) => {
        const host = new MemoryHost(
          new Map([
            ['/fz/thesis.md', md],
            ['/fz/refs.bib', bib],
            ['/fz/refs.json', json],
          ]),
        );
        const { manuscripts } = discoverManuscripts(['/fz/thesis.md'], host, { cwd: '/fz' });
        const bibliographies = ['refs.bib', 'refs.json'].map((written) => ({ written, path: `/fz/${written}` }));
        for (const spec of manuscripts) expect(problemsOf(checkProject(spec, host, { overrides: { bibliographies } }))).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED ?? 20240703 },
    );
  });

  it('edits one character at a time through one ParseCache, as the language server does', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS.md),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', ' ', '\n', '(', ')', '2', '#', '@', '|', '')), { minLength: 1, maxLength: 8 }),
        (seed, edits) => {
          const cache = new ParseCache();
          let text = seed;
          for (const [at, ch] of edits) {
            const i = at % (text.length + 1);
            text = ch === '' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + ch + text.slice(i);
            const host = new MemoryHost(new Map([['/fz/thesis.md', text]]));
            const spec = manuscriptFor('/fz/thesis.md', host);
            expect(summary(checkManuscript(spec, host, { cache }))).toBe(summary(checkManuscript(spec, host)));
          }
        },
      ),
      { numRuns: Math.max(5, Math.round(RUNS / 3)), seed: SEED ?? 20240704 },
    );
  });
});
