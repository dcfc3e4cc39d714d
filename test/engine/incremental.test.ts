// What the language server reuses between checks (a ParseCache: models, chunk and syntax trees,
// segments of a long file, and the analyses kept in its DerivedCache) must never change what is
// found. On three generated theses — a one-file Markdown thesis (read as segments), a one-file
// LaTeX thesis (parsed beforehand in slices, then chunk by chunk) and a multi-file Pandoc project —
// a chain of edits is checked incrementally through one cache, and after every edit the findings
// are exactly those of a fresh check without a cache (what the CLI runs): every field, with
// line:character positions, and the same line table for every file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkProject,
  discoverManuscripts,
  makeSourceFile,
  manuscriptFor,
  OverlayHost,
  ParseCache,
  type CheckResult,
  type Finding,
} from '../../server/src/engine';
import type { ManuscriptSpec } from '../../server/src/engine';
import { realSpan } from '../../server/src/engine/segments';
import { DiskHost } from '../../server/src/node/diskHost';
import { writeProject, writeSingleLatex, writeSingleMarkdown, type BenchManuscript } from '../../server/src/bench/material';

const REPO = path.resolve(__dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function described(result: CheckResult): unknown[] {
  return result.findings.map((f: Finding) => {
    const source = result.files.get(f.file);
    let line = 0;
    while (source && line + 1 < source.lineStarts.length && source.lineStarts[line + 1] <= f.start) line++;
    return { ...f, at: source ? `${line + 1}:${f.start - source.lineStarts[line] + 1}` : '?' };
  });
}

/**
 * The coverage report (the matrices of the frameworks and of the study's own items), every span
 * in its real file (a segment's spans moved back), so an incremental check of a file read as
 * segments compares with a fresh one read whole.
 */
function coverage(result: CheckResult): unknown {
  const segments = result.manuscript.segments;
  const move = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(move);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = move(v);
    if (typeof record.file === 'string' && typeof record.start === 'number' && typeof record.end === 'number')
      return realSpan(segments, out as unknown as { file: string; start: number; end: number });
    return out;
  };
  return move(result.coverage);
}

/**
 * What the manuscript was read as: its sections (title, level, role) and its blocks and tables
 * (real place, kind, text, section), its citations and reference entries (place, section, list), so
 * that a difference a check does not report yet (a heading's role after \\appendix, a skipped
 * paragraph, a citation placed in another section) still fails the comparison.
 */
function reading(result: CheckResult): unknown {
  const m = result.manuscript;
  const place = (s: { file: string; start: number; end: number }) => {
    const r = realSpan(m.segments, { file: s.file, start: s.start, end: s.end });
    return `${r.file}:${r.start}-${r.end}`;
  };
  return {
    sections: m.sections.map((s) => ({
      title: s.title,
      level: s.level,
      role: s.role,
      parsed: s.heading?.role,
      lang: s.lang,
      at: s.heading ? place(s.heading) : undefined,
    })),
    parents: m.sections.map((s) => s.parent),
    blocks: m.blocks.map((b) => [place(b), b.kind, b.text, b.section]),
    tables: m.tables.map((t) => [place(t), t.caption, t.section, JSON.stringify(t.rows.map((r) => r.map((c) => c.text)))]),
    keys: m.keyCitations.map((k) => [place(k), k.key, k.section]),
    prose: m.proseCitations.map((c) => [place(c), c.authors.join('|'), c.year, c.section]),
    references: m.referenceList.map((e) => [place(e), e.list, e.group, e.text]),
  };
}

type Edit = [name: string, edit: (t: string) => string];

/** After `from` (a fraction of the text), the first match of `re` (with `prose`: on a line of prose, not of a table). */
function after(t: string, re: RegExp, from = 0.5, prose = false): RegExpExecArray {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = Math.floor(t.length * from);
  for (let m = g.exec(t); m; m = g.exec(t)) {
    const line = t.slice(t.lastIndexOf('\n', m.index) + 1, t.indexOf('\n', m.index));
    if (!prose || !/[|&]/.test(line)) return m;
  }
  throw new Error(`no ${re} after ${from}`);
}

/** Edits every manuscript gets: typing in prose (three letters, one at a time), a figure changed, a paragraph removed. */
function commonEdits(): Edit[] {
  const typed: Edit[] = [0, 1, 2].map((i) => [
    `letter ${i + 1} typed`,
    (t) => {
      const m = after(t, /[a-z]\.\n/);
      return t.slice(0, m.index + 1) + 'kan'[i] + t.slice(m.index + 1);
    },
  ]);
  return [
    ...typed,
    [
      'a figure of the prose changed',
      (t) => {
        const m = after(t, /\b\d{1,3}[,.]\d{1,2}\b/, 0.4, true);
        return t.slice(0, m.index) + '9' + t.slice(m.index + 1);
      },
    ],
    [
      'a paragraph removed',
      (t) => {
        const m = after(t, /\n\n[A-Z][^\n]{80,}\n\n/, 0.6);
        return t.slice(0, m.index) + t.slice(m.index + m[0].length - 2);
      },
    ],
  ];
}

async function chain(
  material: BenchManuscript,
  spec: (host: DiskHost) => ManuscriptSpec,
  edits: Edit[],
  prepare?: (cache: ParseCache, text: string) => void,
  inspect?: (name: string, fresh: CheckResult) => void,
) {
  const disk = new DiskHost();
  const theSpec = spec(disk);
  const cache = new ParseCache();
  cache.pin([material.edited]);
  let text = fs.readFileSync(material.edited, 'utf8');
  prepare?.(cache, text);
  const first = checkProject(theSpec, disk, { cache });
  const whole = checkProject(theSpec, disk);
  expect(described(first)).toEqual(described(whole));
  expect(coverage(first)).toEqual(coverage(whole));
  expect(reading(first)).toEqual(reading(whole));
  const seen = new Set<string>();
  for (const [name, edit] of edits) {
    // Between checks the test runner's worker answers its messages (a chain takes a while).
    await new Promise((resolve) => setImmediate(resolve));
    const next = edit(text);
    expect(next, name).not.toBe(text);
    text = next;
    const host = new OverlayHost(disk, new Map([[material.edited, text]]));
    const incremental = checkProject(theSpec, host, { cache });
    const fresh = checkProject(theSpec, host);
    expect(described(incremental), name).toEqual(described(fresh));
    expect(coverage(incremental), `${name}: coverage`).toEqual(coverage(fresh));
    expect(reading(incremental), `${name}: reading`).toEqual(reading(fresh));
    for (const [file, source] of incremental.files) expect(source.lineStarts, `${name}: ${file}`).toEqual(makeSourceFile(file, source.text).lineStarts);
    expect(incremental.files.get(material.edited)?.text).toBe(text);
    inspect?.(name, fresh);
    seen.add(JSON.stringify(fresh.findings.map((f) => [f.code, f.file, f.start])));
  }
  // The edits changed what is found: the comparison is not of one unchanging list.
  expect(seen.size).toBeGreaterThan(2);
  return first;
}

function tmp(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `thesislint-incr-${name}-`));
  dirs.push(dir);
  return dir;
}

describe('incremental checks give exactly the findings of a fresh check, after every edit of a chain', () => {
  it('a one-file Markdown thesis read as segments', async () => {
    const material = writeSingleMarkdown(REPO, tmp('md'), 12_000);
    const first = await chain(material, (disk) => manuscriptFor(material.root, disk), [
      ...commonEdits(),
      [
        'a cited year changed',
        (t) => {
          const m = after(t, /\(([A-Z][a-z]+)(?: et al\.| dkk\.)?, (\d{4})\)/, 0.3);
          const at = m.index + m[0].length - 2;
          return t.slice(0, at) + String((Number(t[at]) + 3) % 10) + t.slice(at + 1);
        },
      ],
      [
        // Inside the columns of the research question's matrix: the cells of the results are read again.
        'a letter typed in the results chapter',
        (t) => {
          const m = after(t, /[a-z]\.\n/, t.indexOf('**3.1 Kondisi Awal') / t.length);
          return t.slice(0, m.index + 1) + 's' + t.slice(m.index + 1);
        },
      ],
      [
        'a chapter heading inserted',
        (t) => {
          const at = after(t, /\n\n## /).index + 2;
          return t.slice(0, at) + '# BAB SISIPAN\n\nSatu paragraf dengan angka 42 persen (Tanpa, 2099).\n\n' + t.slice(at);
        },
      ],
      ['the heading removed again', (t) => t.replace('# BAB SISIPAN\n\nSatu paragraf dengan angka 42 persen (Tanpa, 2099).\n\n', '')],
      // The sections of the chapter in the segments after its heading's take its new role, unchanged in text.
      ['a chapter renamed: introduction to methods', (t) => t.replace('# BAB I PENDAHULUAN\n', '# BAB I METODE PENELITIAN\n')],
      [
        'an entry of the reference list removed',
        (t) => {
          const list = t.indexOf('# DAFTAR PUSTAKA');
          const entry = t.indexOf('\n\n', list + 20);
          return t.slice(0, entry) + t.slice(t.indexOf('\n\n', entry + 2));
        },
      ],
    ]);
    expect(first.manuscript.segments.size).toBeGreaterThanOrEqual(3);
    // The thesis states a research question: its matrix is among what is compared.
    expect(first.coverage.items.map((m) => m.kind)).toEqual(['questions']);
  }, 240_000);

  it('a one-file LaTeX thesis read as segments, parsed beforehand in slices as the language server does', async () => {
    const material = writeSingleLatex(REPO, tmp('tex'), 12_000);
    let removedHeading: { at: number; text: string } | undefined;
    /** A theory paragraph that defines a model of three dimensions, the first two of them heading results sections. */
    let defined = '';
    const derived: Record<string, string[]> = {};
    const first = await chain(
      material,
      (disk) => manuscriptFor(material.root, disk),
      [
        ...commonEdits(),
        [
          'a cited key changed to one the .bib lacks',
          (t) => {
            const m = after(t, /\\cite[pt]\{[^}]+\}/, 0.3);
            return t.slice(0, m.index) + '\\citep{tidakada2099}' + t.slice(m.index + m[0].length);
          },
        ],
        [
          'a section inserted',
          (t) => {
            const at = after(t, /\n\n\\(?:sub)?section\{/).index + 2;
            return t.slice(0, at) + '\\section{Sisipan}\n\nSatu paragraf dengan angka 42 persen.\n\n' + t.slice(at);
          },
        ],
        ['the section removed again', (t) => t.replace('\\section{Sisipan}\n\nSatu paragraf dengan angka 42 persen.\n\n', '')],
        // The sections of the chapter in the segments after its heading's take its new role, unchanged in text.
        ['a chapter renamed: introduction to methods', (t) => t.replace('\\chapter{PENDAHULUAN}', '\\chapter{METODE PENELITIAN}')],
        [
          'a figure in a table cell changed (inside tabular, inside table)',
          (t) => {
            const m = after(t, /& (\d)\d* & \d/, 0.45);
            return t.slice(0, m.index + 2) + (m[1] === '9' ? '8' : '9') + t.slice(m.index + 3);
          },
        ],
        [
          'a word typed in a table caption',
          (t) => {
            const m = after(t, /\\caption\{[A-Z]/, 0.55);
            return t.slice(0, m.index + m[0].length) + 'Ringkasan ' + t.slice(m.index + m[0].length);
          },
        ],
        [
          'a heading removed: two sections become one',
          (t) => {
            const m = after(t, /\n\\section\{[^}]*\}\n/, 0.5);
            removedHeading = { at: m.index, text: m[0] };
            return t.slice(0, m.index) + '\n' + t.slice(m.index + m[0].length);
          },
        ],
        ['the heading put back', (t) => t.slice(0, removedHeading!.at) + removedHeading!.text + t.slice(removedHeading!.at + 1)],
        [
          'a theory paragraph defining a model, and a results chapter headed by two of its dimensions (a framework the manuscript defines)',
          (t) => {
            defined = 'Menurut Robbins (2008) terdapat tiga dimensi tata kelola, yaitu komunikasi organisasi, kinerja pegawai, dan kepuasan kerja.\n\n';
            const theory = t.indexOf('\\chapter{TINJAUAN PUSTAKA}\n\n') + '\\chapter{TINJAUAN PUSTAKA}\n\n'.length;
            const end = t.indexOf('\\end{document}');
            const results = [
              '\\chapter{HASIL PENELITIAN}',
              '\\section{Komunikasi organisasi}',
              'Komunikasi berjalan baik.',
              '\\section{Kinerja pegawai}',
              'Kinerja meningkat.',
              '',
            ].join('\n\n');
            return t.slice(0, theory) + defined + t.slice(theory, end) + results + t.slice(end);
          },
        ],
        [
          'a dimension of that model renamed',
          (t) => {
            const renamed = defined.replace('kepuasan kerja', 'kemandirian pegawai');
            const next = t.replace(defined, renamed);
            defined = renamed;
            return next;
          },
        ],
        ['the paragraph removed again', (t) => t.replace(defined, '')],
        [
          '\\appendix before a late section (the sections after it, unchanged in text, become appendices)',
          (t) => {
            const at = after(t, /\n\n\\section\{/, 0.8).index + 2;
            return t.slice(0, at) + '\\appendix\n\n' + t.slice(at);
          },
        ],
        [
          'an \\iffalse before a section, its \\fi 20,000 characters on (whole segments skipped, unchanged in text)',
          (t) => {
            const open = after(t, /\n\n\\section\{/, 0.62).index + 2;
            const close = t.indexOf('\n\n\\section{', open + 20_000) + 2;
            return t.slice(0, open) + '\\iffalse\n' + t.slice(open, close) + '\\fi\n' + t.slice(close);
          },
        ],
        [
          'babel loaded in the preamble (the language of every segment)',
          (t) => t.replace('\\usepackage{natbib}\n', '\\usepackage{natbib}\n\\usepackage[english]{babel}\n'),
        ],
        ['a letter typed in the preamble', (t) => t.replace('\\author{', '\\author{X')],
      ],
      (cache, text) => {
        let calls = 1;
        while (!cache.prepareLatex(material.root, text, 12_000)) calls++;
        expect(calls).toBeGreaterThan(3);
      },
      (name, fresh) => {
        derived[name] = fresh.coverage.frameworks.filter((f) => f.kind === 'derived-framework').map((f) => f.rows.map((r) => r.id).join(','));
      },
    );
    // The model was found, renamed and gone again, and each time the incremental check agreed.
    const names = Object.keys(derived);
    const at = names.findIndex((n) => n.startsWith('a theory paragraph defining a model'));
    const [found, renamed, removed] = names.slice(at, at + 3).map((k) => derived[k]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/kepuasan-kerja$/);
    expect(renamed).toHaveLength(1);
    expect(renamed[0]).toMatch(/kemandirian-pegawai$/);
    expect(removed).toEqual([]);
    expect(first.manuscript.markup).toBe('latex');
    expect(first.manuscript.segments.size).toBeGreaterThan(5);
  }, 240_000);

  it('a chapter of a multi-file Pandoc project', async () => {
    const material = writeProject(REPO, tmp('project'), 12_000);
    await chain(material, (disk) => discoverManuscripts([material.root], disk, { cwd: material.root }).manuscripts[0], [
      ...commonEdits(),
      [
        'a cited key changed to one the .bib lacks',
        (t) => {
          const m = after(t, /@[A-Za-z][\w-]+/, 0.3);
          return t.slice(0, m.index) + '@tidakada2099' + t.slice(m.index + m[0].length);
        },
      ],
      ['a section inserted', (t) => t.replace(/\n\n## /, '\n\n## Sisipan\n\nSatu paragraf dengan angka 42 persen [@tidakada2098].\n\n## ')],
    ]);
  }, 240_000);
});

/** A seeded generator (the same edits on every run). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * A random edit: a piece of what the manuscript is made of (a letter, a line or paragraph break,
 * a heading, a citation, a figure) typed at a random place, or a few characters removed.
 */
function randomEdit(pieces: string[], random: () => number): Edit {
  const piece = pieces[Math.floor(random() * pieces.length)];
  const where = random();
  const removed = random() < 0.3 ? 1 + Math.floor(random() * 12) : 0;
  const typed = removed > 0 && random() < 0.5 ? '' : piece;
  return [
    `${JSON.stringify(typed)} at ${where.toFixed(3)}, ${removed} removed`,
    (t) => {
      const at = Math.floor(where * t.length);
      const next = t.slice(0, at) + typed + t.slice(at + removed);
      return next === t ? t + 'x' : next;
    },
  ];
}

describe('incremental checks after random edits give exactly the findings and reading of a fresh check', () => {
  it('a one-file Markdown thesis: 20 random edits (headings, citations, figures, paragraph breaks, deletions)', async () => {
    const material = writeSingleMarkdown(REPO, tmp('md-random'), 12_000);
    const random = seeded(29);
    const pieces = ['a', ' ', '\n\n', '\n\n# BAB SISIPAN\n\n', '\n\n## 2.9 Sisipan\n\n', ' (Sari, 2019)', ' 45,3%', '\n\n# DAFTAR PUSTAKA\n\n', 'Tabel 4.1 '];
    await chain(
      material,
      (disk) => manuscriptFor(material.root, disk),
      Array.from({ length: 20 }, () => randomEdit(pieces, random)),
    );
  }, 300_000);

  it('a one-file LaTeX thesis: 20 random edits (sections, citations, figures, paragraph breaks, deletions)', async () => {
    const material = writeSingleLatex(REPO, tmp('tex-random'), 12_000);
    const random = seeded(31);
    const key = /\\cite[pt]\{([^},]+)/.exec(fs.readFileSync(material.edited, 'utf8'))![1];
    const pieces = [
      'a',
      ' ',
      '\n\n',
      '\n\n\\section{Sisipan}\n\n',
      '\n\n\\subsection{Sisipan}\n\n',
      ` \\citep{${key}}`,
      ' \\citet{tidakada2099}',
      ' 45,3\\%',
      '\\appendix\n',
    ];
    await chain(
      material,
      (disk) => manuscriptFor(material.root, disk),
      Array.from({ length: 20 }, () => randomEdit(pieces, random)),
    );
  }, 300_000);
});
