// A long single Markdown file read as segments (server/src/engine/segments.ts) must give exactly
// the findings of the file read whole — same codes, positions, messages, related places and data —
// on the first check and after edits in one chapter, at a chapter boundary, in a table and in the
// reference list. The whole-file check here is a fresh one without a cache (what the CLI runs).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject, manuscriptFor, MemoryHost, ParseCache, type CheckResult, type Finding } from '../../server/src/engine';
import { segmentAt, segmentOwner, segmentPath, splitPoints, splitPointsAfter, type KnownCuts } from '../../server/src/engine/segments';
import { writeSingleMarkdown } from '../../server/src/bench/material';
import { fixtureCases, runCaseWith } from '../fixtureRunner';

const REPO = path.resolve(__dirname, '../..');
const FILE = '/thesis/skripsi.md';

function check(text: string, cache?: ParseCache): CheckResult {
  const host = new MemoryHost(new Map([[FILE, text]]));
  return checkProject(manuscriptFor(FILE, host), host, cache ? { cache } : {});
}

/** Everything a finding says, positions as line:character of the real file. */
function described(result: CheckResult): unknown[] {
  return result.findings.map((f: Finding) => ({ ...f, at: lineOf(result, f.file, f.start) }));
}

function lineOf(result: CheckResult, file: string, offset: number): string {
  const source = result.files.get(file);
  if (!source) return '?';
  let line = 0;
  while (line + 1 < source.lineStarts.length && source.lineStarts[line + 1] <= offset) line++;
  return `${line + 1}:${offset - source.lineStarts[line] + 1}`;
}

describe('splitting a Markdown file into segments', () => {
  const chapter = (title: string) => `# ${title}\n\n${'Kalimat yang cukup panjang untuk satu bab. '.repeat(3)}\n\n`;

  it('cuts before each heading of levels 1–3 that follows a blank line', () => {
    const text = chapter('BAB I') + chapter('BAB II') + chapter('BAB III');
    const second = text.indexOf('# BAB II');
    const third = text.indexOf('# BAB III');
    expect(splitPoints(text, 0)).toEqual([second, third]);
    const sections = chapter('BAB I') + '## 1.1 Latar\n\nTeks.\n\n### 1.1.1 Rinci\n\nTeks.\n\n#### 1.1.1.1 Terlalu dalam\n\nTeks.\n';
    expect(splitPoints(sections, 0)).toEqual([sections.indexOf('## 1.1'), sections.indexOf('### 1.1.1')]);
  });

  it('does not cut inside a code fence, display math, an HTML comment, raw HTML or front matter, nor after a table caption', () => {
    const fenced = chapter('A') + '```\n\n# not a heading\n```\n\n' + chapter('B');
    expect(splitPoints(fenced, 0)).toEqual([fenced.indexOf('# B')]);
    const math = chapter('A') + '$$\nx\n\n# y\n$$\n\n' + chapter('B');
    expect(splitPoints(math, 0)).toEqual([math.indexOf('# B')]);
    const comment = chapter('A') + '<!-- draft\n\n# old chapter\n-->\n\n' + chapter('B');
    expect(splitPoints(comment, 0)).toEqual([comment.indexOf('# B')]);
    const pre = chapter('A') + '<pre>\n\n# shown as is\n</pre>\n\n' + chapter('B');
    expect(splitPoints(pre, 0)).toEqual([pre.indexOf('# B')]);
    const yaml = '---\ntitle: x\n\n# a YAML comment\n---\n\n' + chapter('A') + chapter('B');
    expect(splitPoints(yaml, 0)).toEqual([yaml.indexOf('# A'), yaml.indexOf('# B')]);
    const caption = chapter('A') + 'Tabel 4.1 Jumlah responden\n\n' + chapter('B') + chapter('C');
    expect(splitPoints(caption, 0)).toEqual([caption.indexOf('# C')]);
  });

  it('reads whole a short file, or one with link definitions, a heading without a blank line before it, or one that starts right after a cut', () => {
    const text = chapter('A') + chapter('B');
    expect(splitPoints(text)).toBeUndefined();
    expect(splitPoints(text + '[ref]: https://example.org\n', 0)).toBeUndefined();
    expect(splitPoints('# A\ntext\n# B\ntext\n', 0)).toBeUndefined();
  });

  it('finds after an edit exactly the cuts of a fresh reading, whether it reuses the cuts before it or not', () => {
    // Chapters with what splitPoints tracks; random one-character edits, many of them significant.
    const parts = [
      chapter('BAB I'),
      '## 1.1 Latar\n\nPenelitian ini (Sen, 2014) membahas 42,5 persen rumah tangga.\n\n',
      '```\n\n# bukan judul\n```\n\n',
      chapter('BAB II'),
      '$$\nx = 1\n\n## y\n$$\n\n',
      'Tabel 2.1 Responden\n\n',
      chapter('BAB III'),
      '<!-- catatan\n\n# lama\n-->\n\n- butir satu\n- butir dua\n\n> kutipan panjang\n\n',
      chapter('BAB IV'),
      '### 4.1.1 Rinci\n\nKalimat akhir dengan angka 7.\n',
    ];
    let text = parts.join('');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = ['a', 'e', ' ', 'x', '\n', '#', '`', '$', '<', '>', '-', '[', ']', ':', '|', 'T'];
    let known: KnownCuts | undefined;
    for (let i = 0; i < 1500; i++) {
      const at = Math.floor(random() * text.length);
      text = random() < 0.5 ? text.slice(0, at) + pool[Math.floor(random() * pool.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      const fresh = splitPoints(text, 0);
      const after = splitPointsAfter(known, text, 0);
      expect(after).toEqual(fresh);
      known = { text, min: 0, cuts: fresh };
    }
    // The reuse is taken for a letter typed in prose: cuts given as known (here made up) are moved, not looked for again.
    const base = parts.join('');
    const prose = base.indexOf('Kalimat');
    const typed = base.slice(0, prose + 3) + 'u' + base.slice(prose + 3);
    expect(splitPointsAfter({ text: base, min: 0, cuts: [prose - 1, prose + 10] }, typed, 0)).toEqual([prose - 1, prose + 11]);
    // …and not for a line break.
    const broken = base.slice(0, prose + 3) + '\n\n# X\n\n' + base.slice(prose + 3);
    expect(splitPointsAfter({ text: base, min: 0, cuts: [1] }, broken, 0)).toEqual(splitPoints(broken, 0));
  });

  it('names segments after their file and finds the segment of an offset', () => {
    expect(segmentPath('/a/skripsi.md', 3)).toBe('/a/skripsi.md§3.md');
    expect(segmentOwner('/a/skripsi.md§3.md')).toBe('/a/skripsi.md');
    expect(segmentOwner('/a/skripsi.md')).toBe('');
    const segments = new Map([
      ['/a/s.md§0.md', { path: '/a/s.md', base: 0 }],
      ['/a/s.md§1.md', { path: '/a/s.md', base: 100 }],
    ]);
    expect(segmentAt(segments, '/a/s.md', 99)).toEqual({ path: '/a/s.md§0.md', offset: 99 });
    expect(segmentAt(segments, '/a/s.md', 100)).toEqual({ path: '/a/s.md§1.md', offset: 0 });
    expect(segmentAt(segments, '/a/other.md', 5)).toBeUndefined();
  });
});

describe('a one-file thesis read as segments', () => {
  let dir: string;
  let text: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thesislint-segments-'));
    // seed-004 (with its known defects) and generated chapters with tables, citations, tests.
    text = fs.readFileSync(writeSingleMarkdown(REPO, dir, 14_000).root, 'utf8');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is split into its chapters, and gives exactly the findings of the whole file', () => {
    const cache = new ParseCache();
    const segmented = check(text, cache);
    expect(segmented.manuscript.segments.size).toBeGreaterThanOrEqual(3);
    expect([...segmented.files.keys()]).toEqual([FILE]);
    expect(segmented.files.get(FILE)!.text).toBe(text);
    const whole = check(text);
    expect(whole.manuscript.segments.size).toBe(0);
    expect(whole.findings.length).toBeGreaterThan(0);
    expect(described(segmented)).toEqual(described(whole));
  }, 120_000);

  it('after edits in one chapter, at a chapter boundary, in a table and in the reference list: exactly the findings of a fresh whole check', () => {
    const cache = new ParseCache();
    check(text, cache);
    // The title, seed-004's chapter, a generated chapter with tables, the reference list.
    const chapters = [...text.matchAll(/^# /gm)].map((m) => m.index!);
    expect(chapters.length).toBeGreaterThanOrEqual(4);
    const third = chapters[2];
    const tableRow = text.indexOf('\n|', third);
    const references = text.indexOf('# DAFTAR PUSTAKA');
    const number = /\d+,\d/.exec(text.slice(third))!;
    const edits: ((t: string) => string)[] = [
      // A word typed in the middle of the third chapter.
      (t) => t.slice(0, third + 400) + 'x' + t.slice(third + 400),
      // A figure of the prose changed (a restated number that no longer agrees).
      (t) => {
        const at = t.indexOf(number[0], third);
        return t.slice(0, at) + '9' + t.slice(at + 1);
      },
      // A table cell changed.
      (t) => {
        const at = t.indexOf('|', t.indexOf('\n|', tableRow + 1) + 2);
        return t.slice(0, at + 2) + '7' + t.slice(at + 2);
      },
      // A new chapter heading inserted, then removed again.
      (t) => t.slice(0, third) + '# BAB SISIPAN\n\nSatu paragraf baru dengan angka 42 persen.\n\n' + t.slice(third),
      (t) => t.replace('# BAB SISIPAN\n\nSatu paragraf baru dengan angka 42 persen.\n\n', ''),
      // The heading of a chapter made a level-two heading (the cut moves).
      (t) => t.slice(0, chapters[1]) + '#' + t.slice(chapters[1]),
      // An entry of the reference list removed.
      (t) => {
        const entry = t.indexOf('\n\n', references + 20);
        const next = t.indexOf('\n\n', entry + 2);
        return t.slice(0, entry) + t.slice(next);
      },
      // A character deleted right before a chapter heading.
      (t) => t.slice(0, third - 3) + t.slice(third - 2),
    ];
    let current = text;
    const seen = new Set<string>();
    for (const edit of edits) {
      current = edit(current);
      const incremental = check(current, cache);
      expect(incremental.manuscript.segments.size).toBeGreaterThanOrEqual(3);
      const fresh = check(current);
      expect(described(incremental)).toEqual(described(fresh));
      seen.add(JSON.stringify(fresh.findings.map((f) => [f.code, f.start])));
    }
    // The edits changed what is found (the comparison is not of one unchanging list).
    expect(seen.size).toBeGreaterThan(2);
  }, 180_000);
});

/** Each case read whole and read in segments gives the same findings, and more than five of them really split. */
function segmentsAgree(cases: string[]): void {
  expect(cases.length).toBeGreaterThan(20);
  let split = 0;
  for (const caseDir of cases) {
    const whole = runCaseWith(caseDir);
    const segmented = runCaseWith(caseDir, { segmentMinChars: 0 });
    expect({ caseDir, findings: segmented.findings }).toEqual({ caseDir, findings: whole.findings });
    if (segmented.segments > 0) split++;
  }
  expect(split).toBeGreaterThan(5);
}

describe('every Markdown fixture read as segments at every heading of levels 1–3', () => {
  it('gives each case its expected findings', () => segmentsAgree(fixtureCases(/\.(?:md|qmd|rmd)$/i)), 300_000);
});

describe('every LaTeX fixture read as segments at every \\part, \\chapter and \\section', () => {
  it('gives each case its expected findings', () => segmentsAgree(fixtureCases(/\.tex$/i)), 300_000);
});
