// Runs the engine over a fixture folder and renders its findings in the compact form that
// fixtures/<code>/<case>/expected.json holds: 1-based "line:col-line:col" ranges, paths relative
// to the case folder, every message and related location written out.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkProject, discoverManuscripts, ParseCache, rangeAt, type CheckResult } from '../server/src/engine';
import { resolvePath } from '../server/src/engine/paths';
import { DiskHost } from '../server/src/node/diskHost';

export interface ExpectedFinding {
  path: string;
  code: string;
  severity: string;
  range: string;
  message: string;
  related?: string[];
}

export interface CaseOptions {
  /** Extra bibliographies as if given with --bib, relative to the case folder. */
  bib?: string[];
  /** Paths to check, relative to the case folder (default: the folder itself). */
  paths?: string[];
}

/**
 * The fixture cases with expected findings, outside examples and pathological, optionally only those
 * holding a file whose name matches `kind`.
 */
export function fixtureCases(kind?: RegExp): string[] {
  const root = resolve(__dirname, '..', 'fixtures');
  const cases: string[] = [];
  for (const family of readdirSync(root)) {
    const familyDir = join(root, family);
    if (!statSync(familyDir).isDirectory() || family === 'examples' || family === 'pathological') continue;
    for (const code of readdirSync(familyDir)) {
      const codeDir = join(familyDir, code);
      if (!statSync(codeDir).isDirectory()) continue;
      for (const name of readdirSync(codeDir)) {
        const caseDir = join(codeDir, name);
        if (existsSync(join(caseDir, 'expected.json')) && (!kind || readdirSync(caseDir).some((f) => kind.test(f)))) cases.push(caseDir);
      }
    }
  }
  return cases;
}

function rangeText(result: CheckResult, file: string, start: number, end: number): string {
  const source = result.files.get(file);
  if (!source) return '?';
  const { start: a, end: b } = rangeAt(source, start, end);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`;
}

export function runCase(caseDir: string): ExpectedFinding[] {
  return runCaseWith(caseDir).findings;
}

/**
 * runCase with a ParseCache that reads Markdown files from `segmentMinChars` characters as
 * segments (server/src/engine/segments.ts), or without a cache; says how many segments were read.
 */
export function runCaseWith(caseDir: string, reading: { segmentMinChars?: number } = {}): { findings: ExpectedFinding[]; segments: number } {
  const cache = reading.segmentMinChars === undefined ? undefined : new ParseCache();
  if (cache) cache.segmentMinChars = reading.segmentMinChars;
  let segments = 0;
  let options: CaseOptions;
  try {
    options = JSON.parse(readFileSync(`${caseDir}/case.json`, 'utf8')) as CaseOptions;
  } catch {
    options = {};
  }
  const host = new DiskHost();
  const { manuscripts, errors } = discoverManuscripts(options.paths ?? ['.'], host, { cwd: caseDir });
  if (errors.length > 0) throw new Error(errors.map((e) => `${e.path} ${e.message}`).join('; '));
  const bibliographies = (options.bib ?? []).map((written) => ({ written, path: resolvePath(caseDir, written) }));
  const out: ExpectedFinding[] = [];
  for (const spec of manuscripts) {
    // The pipeline both faces run: a case may hold a thesislint.json.
    const result = checkProject(spec, host, { overrides: { bibliographies }, ...(cache ? { cache } : {}) });
    segments += result.manuscript.segments.size;
    for (const f of result.findings) {
      const finding: ExpectedFinding = {
        path: relative(caseDir, f.file),
        code: f.code,
        severity: f.severity,
        range: rangeText(result, f.file, f.start, f.end),
        message: f.message,
      };
      if (f.related && f.related.length > 0) {
        finding.related = f.related.map((r) => `${relative(caseDir, r.file)}:${rangeText(result, r.file, r.start, r.end)} ${r.message}`);
      }
      out.push(finding);
    }
  }
  return { findings: out, segments };
}
