// Runs every registered check over one manuscript. The engine stamps code, severity and docs
// link on each finding and turns a check that throws into a finding instead of a crash; the
// severity table applies to every code of the catalogue alike (the checks' and the engine's own).
// Callers normally go through session.ts, which finds the configuration first.
import type { Check } from './checks/check';
import { docsUrl, type Finding, type Severity } from './findings';
import type { FileHost } from './host';
import type { SourceFile } from './model';
import type { ManuscriptSpec } from './project';
import { buildManuscript, type Manuscript } from './manuscript';
import { AnalysisCache } from './analysis';
import { registry } from './checks/registry';
import { applySuppressions } from './suppressions';
import type { CoverageReport } from './coverage/types';
import type { ParseCache } from './cache';
import type { Framework } from './frameworks/schema';
import type { LanguageSetting, SeveritySetting } from './config/schema';
import { catalogueEntry, CHECK_FAILED, UNUSED_SUPPRESSION } from './codes';
import { say } from './messages';
import { makeSourceFile } from './text/source';
import { slot } from './derived';
import { realPath, realSpan, type Segmentation } from './segments';

export interface CheckOptions {
  /** Prose language: 'auto' (default) reads it from the manuscript (see Manuscript.lang). */
  lang?: LanguageSetting;
  /** Severity per code, or 'off'; codes not listed keep their default. */
  severity?: Record<string, SeveritySetting>;
  /** Frameworks pinned by configuration: coverage uses exactly these instead of detecting them. */
  frameworks?: readonly Framework[];
  /**
   * Files, models, bibliographies and derived analyses kept from earlier checks (the language
   * server keeps one): only files whose text changed are parsed again. Without it the check
   * starts from scratch (and keeps nothing).
   */
  cache?: ParseCache;
  /**
   * Yield an early result (`EarlyStep`) once the checks that need neither the statistics nor the
   * coverage analysis have run: the language server shows those findings while the costly
   * analyses of a first check are still running. The final result is the same either way.
   */
  early?: boolean;
}

/**
 * What a check yields between its slices: the name of the step done, or (with `early`) the
 * findings of the checks that read only the manuscript and its citations — complete for those
 * checks' codes (`codes`), exactly what the final result holds of them.
 */
export type CheckStep = string | EarlyStep;

export interface EarlyStep {
  step: 'early';
  /** A result whose findings are those of `codes` (and the manuscript's own problems). */
  result: CheckResult;
  /** The codes of the checks whose findings `result` holds. */
  codes: string[];
}

export interface CheckResult {
  spec: ManuscriptSpec;
  manuscript: Manuscript;
  /** Findings sorted by file, then position. */
  findings: Finding[];
  /**
   * Every file a finding may point into (chapters, bibliographies, project files): the real files,
   * where `manuscript.files` holds the segments of a file read as segments (segments.ts).
   */
  files: Map<string, SourceFile>;
  /** The analyses the checks read, for editor features (hovers, quick fixes) and reports. */
  analysis: AnalysisCache;
  /** The frameworks the manuscript uses and which dimensions each part names (computed on first read). */
  readonly coverage: CoverageReport;
  /** The thesislint.json that applied, valid or not (set by session.ts). */
  configPath?: string;
}

export const allChecks: readonly Check[] = registry;

/** The analyses every check shares, computed one per slice before the checks run. */
const ANALYSES = ['citations', 'statistics', 'reportedTests', 'coverage'] as const;

export function checkManuscript(spec: ManuscriptSpec, host: FileHost, options: CheckOptions = {}): CheckResult {
  return runToEnd(checkManuscriptSteps(spec, host, options));
}

/** Runs a sliced computation without pausing. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The check in slices: the generator yields after building the manuscript, after each shared
 * analysis and after each check, so that a caller (the language server) can read new messages in
 * between and abandon a check that a newer text has overtaken, instead of running it to its end.
 * Running it to completion (`checkManuscript`) gives exactly the same result.
 */
export function* checkManuscriptSteps(spec: ManuscriptSpec, host: FileHost, options: CheckOptions = {}): Generator<CheckStep, CheckResult, void> {
  const manuscript = buildManuscript(spec, host, options);
  yield 'build';
  const analysis = new AnalysisCache(manuscript, { frameworks: options.frameworks, lang: options.lang });
  const severity = options.severity ?? {};
  /** The severity a finding of `code` gets: configured, else what the check chose, else the default. */
  const severityOf = (code: string, drafted: Severity | undefined): Severity | 'off' =>
    severity[code] ?? drafted ?? catalogueEntry(code)?.defaultSeverity ?? 'warning';
  const problems: Finding[] = [];
  for (const problem of manuscript.problems) {
    const level = severityOf(problem.code, problem.severity);
    if (level !== 'off') problems.push({ ...problem, severity: level, docs: docsUrl(problem.code) });
  }
  /** The findings of each check of the registry, by index, once it has run. */
  const ran: (Finding[] | undefined)[] = new Array(registry.length);
  /** Runs check `i`; with `deferring`, undefined when it needs an analysis that is deferred. */
  const run = (i: number, deferring: boolean): Finding[] | undefined => {
    const check = registry[i];
    const out: Finding[] = [];
    try {
      for (const draft of check.run({ manuscript, analysis })) {
        out.push({ ...draft, code: check.meta.code, severity: severityOf(check.meta.code, draft.severity) as Severity, docs: docsUrl(check.meta.code) });
      }
    } catch (error) {
      // A check pure of side effects runs again, whole, once the analyses are there.
      if (deferring && error === DEFERRED) return undefined;
      const level = severityOf(CHECK_FAILED, undefined);
      if (level !== 'off')
        out.push({
          code: CHECK_FAILED,
          severity: level,
          docs: docsUrl(CHECK_FAILED),
          ...say('internal.checkFailed', { code: check.meta.code, detail: error instanceof Error ? error.message : String(error) }),
          file: spec.files[0] ?? spec.root,
          start: 0,
          end: 0,
        });
    }
    return out;
  };
  /** Every finding so far, in the order of a check run from the first check to the last. */
  const collected = () => [...problems, ...ran.flatMap((f) => f ?? [])];
  if (options.early) {
    // The checks that read only the manuscript and its citations first (citations, reference
    // list, bibliography); a check that reads a deferred analysis stops and runs again below.
    try {
      void analysis.citations;
    } catch {
      // Reported by the checks that read it.
    }
    yield 'citations';
    analysis.defer(DEFERRED);
    for (let i = 0; i < registry.length; i++) {
      if (severity[registry[i].meta.code] === 'off') continue;
      ran[i] = run(i, true);
      if (ran[i]) yield registry[i].meta.code;
    }
    analysis.defer(undefined);
    const codes = registry.filter((_, i) => ran[i] !== undefined).map((check) => check.meta.code);
    // A suppression is unused only when no check at all matched it: the early result says nothing of that.
    const early = finish(spec, manuscript, analysis, collected(), (code, drafted) => (code === UNUSED_SUPPRESSION ? 'off' : severityOf(code, drafted)));
    yield { step: 'early', result: early, codes };
  }
  // The shared analyses, each a slice of its own (the checks below read them).
  for (const name of ANALYSES) {
    try {
      void analysis[name];
    } catch {
      // A failing analysis fails the checks that read it, each reported by the loop below.
    }
    yield name;
  }
  for (let i = 0; i < registry.length; i++) {
    if (severity[registry[i].meta.code] === 'off' || ran[i] !== undefined) continue;
    ran[i] = run(i, false);
    yield registry[i].meta.code;
  }
  return finish(spec, manuscript, analysis, collected(), severityOf);
}

/** Thrown by a deferred analysis (see CheckOptions.early): the check reading it runs later. */
const DEFERRED = new Error('deferred analysis');

/** The result of `findings`: moved back to real files from segments, suppressions applied, in file order. */
function finish(
  spec: ManuscriptSpec,
  manuscript: Manuscript,
  analysis: AnalysisCache,
  findings: Finding[],
  severityOf: (code: string, drafted: Severity | undefined) => Severity | 'off',
): CheckResult {
  // A file read as segments (segments.ts): findings go back to the real file, and suppression
  // comments are read there (a "disable" range may run across chapters).
  const segmented = manuscript.segments.size > 0;
  const files = segmented ? realFiles(manuscript) : manuscript.files;
  const real = segmented ? findings.map((f) => realFinding(manuscript.segments, f)) : findings;
  const order = new Map<string, number>();
  for (const f of manuscript.fileOrder) {
    const path = realPath(manuscript.segments, f);
    if (!order.has(path)) order.set(path, order.size);
  }
  // Suppression comments filter after the checks ran, so every check honours them alike.
  const kept = applySuppressions(real, files.values(), manuscript.derived, severityOf);
  kept.sort(
    (a, b) =>
      (order.get(a.file) ?? 1e9) - (order.get(b.file) ?? 1e9) ||
      a.file.localeCompare(b.file) ||
      a.start - b.start ||
      a.end - b.end ||
      a.code.localeCompare(b.code),
  );
  return {
    spec,
    manuscript,
    findings: kept,
    files,
    analysis,
    get coverage() {
      return analysis.coverage;
    },
  };
}

/** The last real SourceFile made of each segmented file, with the segment files it was made of. */
const REAL_FILES = slot('engine: real files of segmented files', () => new Map<string, { parts: SourceFile[]; whole: SourceFile }>());

/**
 * The manuscript's files with each segmented file whole again, in the same order. The same object
 * while no segment changed; otherwise its text is the segments' joined and its line table theirs
 * shifted (segments are cut at line starts), not a scan of the whole text again.
 */
function realFiles(manuscript: Manuscript): Map<string, SourceFile> {
  const kept = manuscript.derived.get(REAL_FILES);
  const parts = new Map<string, { base: number; file: SourceFile }[]>();
  for (const [segment, origin] of manuscript.segments) {
    const file = manuscript.files.get(segment);
    if (!file) continue;
    let list = parts.get(origin.path);
    if (!list) parts.set(origin.path, (list = []));
    list.push({ base: origin.base, file });
  }
  const out = new Map<string, SourceFile>();
  for (const [path, file] of manuscript.files) {
    const origin = manuscript.segments.get(path);
    if (!origin) {
      out.set(path, file);
      continue;
    }
    if (out.has(origin.path)) continue;
    const ordered = parts
      .get(origin.path)!
      .sort((a, b) => a.base - b.base)
      .map((p) => p.file);
    const last = kept.get(origin.path);
    if (last && last.parts.length === ordered.length && last.parts.every((p, i) => p === ordered[i])) {
      out.set(origin.path, last.whole);
      continue;
    }
    const whole = joinedFile(origin.path, ordered, manuscript.segmentedTexts.get(origin.path));
    kept.set(origin.path, { parts: ordered, whole });
    out.set(origin.path, whole);
  }
  return out;
}

/** One file made of consecutive parts, each starting at a line start: their texts joined (`whole`, when known), their line tables shifted. */
function joinedFile(path: string, parts: SourceFile[], whole: string | undefined): SourceFile {
  const lineStarts: number[] = [0];
  let base = 0;
  for (const part of parts) {
    for (const s of part.lineStarts) if (base + s > lineStarts[lineStarts.length - 1]) lineStarts.push(base + s);
    base += part.text.length;
  }
  const text = whole !== undefined && whole.length === base ? whole : parts.map((p) => p.text).join('');
  // A part that does not end with "\n" (never, as segments are cut after one): read the whole text again.
  for (let i = 0; i + 1 < parts.length; i++) if (parts[i].text.charCodeAt(parts[i].text.length - 1) !== 10) return makeSourceFile(path, text);
  return { path, text, lineStarts };
}

/** A finding of a segment in its real file: its span, related places, and spans in its data. */
function realFinding(segments: Segmentation, finding: Finding): Finding {
  const out: Finding = realSpan(segments, finding);
  if (finding.related) out.related = finding.related.map((r) => realSpan(segments, r));
  if (finding.data) out.data = realData(segments, finding.data, 0) as Record<string, unknown>;
  return out;
}

/** Plain data with every span of a segment in it ({file, start, end}) moved to the real file. */
function realData(segments: Segmentation, value: unknown, depth: number): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => realData(segments, v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = realData(segments, v, depth + 1);
  if (typeof record.file === 'string' && typeof record.start === 'number' && typeof record.end === 'number' && segments.has(record.file))
    return realSpan(segments, out as unknown as { file: string; start: number; end: number });
  return out;
}
