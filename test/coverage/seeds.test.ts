// The acceptance criteria on the project's seeds: seed 004 (a whole article) yields one
// finding per abstract naming facilitative leadership and no other coverage finding; seeds
// 000–003 (abstracts only) yield none, and their dimensions are recognised in the matrix.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManuscript, discoverManuscripts, type CheckResult, type FrameworkCoverage } from '../../server/src/engine';
import { DiskHost } from '../../server/src/node/diskHost';

const host = new DiskHost();

function check(path: string): CheckResult {
  return checkManuscript(discoverManuscripts([path], host, { cwd: '/' }).manuscripts[0], host);
}

/** row id → the status of each column, in column order. */
function matrix(coverage: FrameworkCoverage): Record<string, string[]> {
  return Object.fromEntries(coverage.rows.map((row, r) => [row.id, coverage.cells[r].map((cell) => cell.status)]));
}

function coverageFindings(result: CheckResult) {
  return result.findings.filter((f) => f.code.startsWith('coverage/'));
}

const seed = (n: string) => join(__dirname, 'seeds', `seed-${n}.md`);

describe('seed 004 (whole article, Ansell & Gash)', () => {
  const result = check(join(__dirname, '..', '..', 'fixtures', 'examples', 'manuscripts', 'seed-004', 'manuscript.md'));
  const [coverage] = result.coverage.frameworks;

  it('detects Ansell & Gash only, from its citation, a statement and the results headings', () => {
    expect(result.coverage.frameworks.map((f) => f.framework.id)).toEqual(['ansell-gash-2008']);
    expect(coverage.detection.status).toBe('detected');
    expect(coverage.detection.signals).toEqual(['citation', 'mention', 'statement', 'concept', 'results-headings', 'term-density']);
    expect(coverage.discussed.map((d) => coverage.rows[d.row].id)).toEqual([
      'starting-conditions',
      'institutional-design',
      'facilitative-leadership',
      'collaborative-process',
    ]);
    expect(coverage.absentFromResults).toEqual([]);
    // "Penelitian ini menggunakan teori Collaborative Governance (Ansell & Gash, 2008)" stands in 1.4, not in a theory or methods chapter.
    expect(coverage.commitment).toBeUndefined();
  });

  it('yields one finding per abstract, each naming facilitative leadership, and no other coverage finding', () => {
    const findings = coverageFindings(result);
    expect(findings.map((f) => [f.code, f.data?.abstract, f.data?.missing])).toEqual([
      [
        'coverage/abstract-missing-dimension',
        'abstract-1',
        ['starting-conditions', 'institutional-design', 'facilitative-leadership', 'collaborative-process'],
      ],
      [
        'coverage/abstract-missing-dimension',
        'abstract-2',
        ['starting-conditions', 'institutional-design', 'facilitative-leadership', 'collaborative-process'],
      ],
    ]);
    expect(findings[1].message).toBe(
      'ABSTRAK does not name 4 of the 4 dimensions of Ansell & Gash (2008) that the results discuss: starting conditions (kondisi awal), institutional design (desain kelembagaan), facilitative leadership (kepemimpinan fasilitatif), collaborative process (proses kolaboratif)',
    );
  });

  it('counts neither "kapasitas kelembagaan" nor the lone stage in the conclusion as covering', () => {
    expect(coverage.columns.map((c) => c.id)).toEqual(['abstract-1', 'abstract-2', 'methods', 'results', 'conclusion']);
    expect(matrix(coverage)).toEqual({
      'starting-conditions': ['hinted', 'absent', 'absent', 'named', 'absent'],
      'institutional-design': ['hinted', 'hinted', 'absent', 'named', 'absent'],
      'facilitative-leadership': ['absent', 'absent', 'absent', 'named', 'absent'],
      'collaborative-process': ['hinted', 'hinted', 'hinted', 'named', 'hinted'],
      'face-to-face-dialogue': ['absent', 'absent', 'absent', 'hinted', 'hinted'],
      'trust-building': ['absent', 'absent', 'absent', 'named', 'hinted'],
      'commitment-to-process': ['hinted', 'hinted', 'absent', 'hinted', 'hinted'],
      'shared-understanding': ['absent', 'absent', 'absent', 'named', 'named'],
      'intermediate-outcomes': ['hinted', 'absent', 'absent', 'absent', 'absent'],
    });
    const abstrak = coverage.columns.findIndex((c) => c.title === 'ABSTRAK');
    const institutional = coverage.rows.findIndex((r) => r.id === 'institutional-design');
    expect(coverage.cells[institutional][abstrak].hints.map((e) => e.text)).toEqual(['kelembagaan', 'kelembagaan']);
  });
});

describe('seeds 000–003 (abstracts only)', () => {
  it('000: the five collaborative-process stages of Ansell & Gash, named in both languages', () => {
    const result = check(seed('000'));
    expect(coverageFindings(result)).toEqual([]);
    expect(result.coverage.frameworks.map((f) => f.framework.id)).toEqual(['ansell-gash-2008']);
    const coverage = result.coverage.frameworks[0];
    expect(coverage.columns.map((c) => c.title)).toEqual(['ABSTRAK']);
    expect(matrix(coverage)).toEqual({
      'starting-conditions': ['absent'],
      'institutional-design': ['absent'],
      'facilitative-leadership': ['absent'],
      'collaborative-process': ['named'],
      'face-to-face-dialogue': ['named'],
      'trust-building': ['named'],
      'commitment-to-process': ['named'],
      'shared-understanding': ['named'],
      'intermediate-outcomes': ['named'],
    });
    const trust = coverage.rows.findIndex((r) => r.id === 'trust-building');
    // Italic English inside Indonesian and the Indonesian gloss both count.
    expect(coverage.cells[trust][0].evidence.map((e) => e.text)).toEqual(['Trust Building', 'membangun kepercayaan', 'membangun rasa percaya']);
  });

  it('001: the four variables in the INTISARI and the ABSTRACT', () => {
    const result = check(seed('001'));
    expect(coverageFindings(result)).toEqual([]);
    const [coverage] = result.coverage.frameworks;
    expect(coverage.framework.id).toBe('ansell-gash-2008');
    expect(coverage.columns.map((c) => c.title)).toEqual(['INTISARI', 'ABSTRACT']);
    expect(matrix(coverage)).toEqual({
      'starting-conditions': ['named', 'named'],
      'institutional-design': ['named', 'named'],
      'facilitative-leadership': ['named', 'named'],
      'collaborative-process': ['named', 'named'],
      'face-to-face-dialogue': ['absent', 'absent'],
      'trust-building': ['named', 'named'],
      'commitment-to-process': ['absent', 'absent'],
      'shared-understanding': ['absent', 'absent'],
      'intermediate-outcomes': ['absent', 'absent'],
    });
  });

  it("002: Putnam's trust, norms and networks, not Ansell & Gash", () => {
    const result = check(seed('002'));
    expect(coverageFindings(result)).toEqual([]);
    expect(result.coverage.frameworks.map((f) => f.framework.id)).toEqual(['putnam-social-capital']);
    const [coverage] = result.coverage.frameworks;
    expect(coverage.detection.signals).toEqual(['concept', 'term-density']);
    expect(matrix(coverage)).toEqual({ trust: ['named'], norms: ['named'], networks: ['named'] });
    expect(coverage.cells.map((row) => row[0].evidence.map((e) => e.text))).toEqual([
      ['kepercayaan', 'kepercayaan'],
      ['norma', 'norma'],
      ['jejaring', 'jejaring'],
    ]);
  });

  it('003: the five stages in the RINGKASAN and the SUMMARY, detected from "menurut Ansell dan Gash"', () => {
    const result = check(seed('003'));
    expect(coverageFindings(result)).toEqual([]);
    const [coverage] = result.coverage.frameworks;
    expect(coverage.framework.id).toBe('ansell-gash-2008');
    expect(coverage.detection.signals).toEqual(['mention', 'statement', 'concept', 'term-density']);
    expect(coverage.columns.map((c) => c.title)).toEqual(['RINGKASAN', 'SUMMARY']);
    expect(matrix(coverage)).toEqual({
      'starting-conditions': ['absent', 'absent'],
      'institutional-design': ['absent', 'absent'],
      'facilitative-leadership': ['absent', 'absent'],
      'collaborative-process': ['named', 'named'],
      'face-to-face-dialogue': ['named', 'named'],
      'trust-building': ['named', 'named'],
      'commitment-to-process': ['named', 'named'],
      'shared-understanding': ['named', 'named'],
      'intermediate-outcomes': ['named', 'named'],
    });
  });
});
