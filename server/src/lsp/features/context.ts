// What the editor features need from the server: the open documents and the latest check
// results. A result is used only when it was computed from the text the editor now shows, so
// that its offsets are right; a feature asked while a check is pending waits for it (bounded).
import { LSPErrorCodes, ResponseError, type Connection, type Position, type Range, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetAt, rangeAt, type CheckResult, type Finding, type Locale, type SourceFile, type Span } from '../../engine/index';
import { realSpan, segmentAt, segmentsOf, type Segmentation } from '../../engine/segments';
import { pathFromUri } from '../uris';
import type { EditorSettings } from '../settings';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The last successful check of every live manuscript. */
  latestResults(): CheckResult[];
  uriOf(path: string): string;
  version?: string;
  /** The editor settings that apply to a document (completion reads them). */
  settingsFor?(uri: string): Promise<EditorSettings>;
  /** The language of titles, hovers and details for a document: thesislint.locale, else the editor's display language. */
  localeFor?(uri: string): Promise<Locale>;
  /** Whether the client runs thesislint.showReferences itself (the VS Code extension does). */
  clientShowsReferences?: { value: boolean };
  /** Whether the client can open a document at a position (window/showDocument). */
  canShowDocument?(): boolean;
  /** The client applies TextDocumentEdits with a version (workspace.workspaceEdit.documentChanges). */
  documentChanges(): boolean;
  /** A file as it is on disk now (for edits to files that are not open). */
  readDisk(path: string): string | undefined;
}

/** How long a request waits for the check of the text it is about. */
export const RESULT_WAIT_MS = 4000;
const POLL_MS = 20;

export interface Located {
  result: CheckResult;
  path: string;
  file: SourceFile;
  /** The open documents as the request saw them: the edits answered are for these versions. */
  asked: Asked;
}

/** Path → version and text of every open document when a request arrived. */
export type Asked = Map<string, { uri: string; version: number; text: string }>;

/** The open documents as they are now: what a request that arrives now is about. */
export function askedNow(ctx: FeatureContext): Asked {
  const asked: Asked = new Map();
  for (const document of ctx.documents.all()) {
    const path = pathFromUri(document.uri);
    if (path) asked.set(path, { uri: document.uri, version: document.version, text: document.getText() });
  }
  return asked;
}

/** Whether the result was computed from exactly the texts the request saw. */
function computedFrom(result: CheckResult, asked: Asked): boolean {
  for (const [path, { text }] of asked) {
    const file = result.files.get(path);
    if (file && file.text !== text) return false;
  }
  return true;
}

/** The latest result that read `path`, preferring the manuscript the file is a chapter of. */
export function latestResultFor(ctx: FeatureContext, path: string): CheckResult | undefined {
  const results = ctx.latestResults().filter((r) => r.files.has(path));
  return results.find((r) => r.spec.files.includes(path)) ?? results[0];
}

/** Whether every open document the result read still has the text the result was computed from. */
export function isFresh(ctx: FeatureContext, result: CheckResult): boolean {
  return computedFrom(result, askedNow(ctx));
}

export const CONTENT_MODIFIED = 'The document changed while the request was answered; ask again.';

/**
 * The result for the document `uri` as the request saw it, waiting up to RESULT_WAIT_MS for a
 * pending check. Positions in a request are into the text of the version it was sent for; an
 * answer computed from a newer text would put them elsewhere, so once a document the request
 * depends on has changed and no result for the asked text is left, the request fails with
 * ContentModified (the client asks again).
 */
export async function freshResult(ctx: FeatureContext, uri: string): Promise<Located | undefined> {
  const path = pathFromUri(uri);
  if (!path) return undefined;
  const asked = askedNow(ctx);
  const deadline = Date.now() + RESULT_WAIT_MS;
  for (;;) {
    const result = latestResultFor(ctx, path);
    const file = result?.files.get(path);
    if (result && file && computedFrom(result, asked)) return { result, path, file, asked };
    const moved = [...asked].some(([p, a]) => (p === path || result?.files.has(p)) && ctx.documents.get(a.uri)?.version !== a.version);
    if (moved) throw new ResponseError(LSPErrorCodes.ContentModified, CONTENT_MODIFIED);
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export function toOffset(file: SourceFile, position: Position): number {
  return offsetAt(file, position);
}

export function toRange(file: SourceFile | undefined, start: number, end: number): Range {
  return rangeAt(file, start, end);
}

// ---- files read as segments (engine/segments.ts) ----------------------------------------------
// A long single Markdown file is checked as segments, one per chapter, each with offsets from 0.
// A check's findings and files are the real ones; the manuscript and analyses the features read
// are the segments'. A feature is asked at a position of its segment and its answer is moved back
// to the real file here (and in convert.ts).

const VIEWS = new WeakMap<CheckResult, CheckResult>();
const REAL = new WeakMap<CheckResult, CheckResult>();

/** The result as the features read it: the segments' files and findings (itself when no file was split). */
export function segmentView(result: CheckResult): CheckResult {
  const segments = result.manuscript?.segments;
  if (!segments || segments.size === 0) return result;
  let view = VIEWS.get(result);
  if (!view) {
    // Not spread: the result's coverage is a lazy getter, computed only when read.
    view = Object.create(result, {
      files: { value: result.manuscript.files, enumerable: true },
      findings: { value: result.findings.map((f) => segmentFinding(segments, f)), enumerable: true },
    }) as CheckResult;
    VIEWS.set(result, view);
    REAL.set(view, result);
  }
  return view;
}

/** The real result of a segment view (the result itself otherwise). */
export function realResult(result: CheckResult): CheckResult {
  return REAL.get(result) ?? result;
}

/** A finding of the real result as the view holds it (itself when no file was split). */
export function segmentFindingOf(view: CheckResult, finding: Finding): Finding {
  const real = realResult(view);
  if (real === view) return finding;
  const i = real.findings.indexOf(finding);
  return i >= 0 ? view.findings[i] : finding;
}

/** A real finding in the segment that holds it: its span, its related places and the spans in its data. */
function segmentFinding(segments: Segmentation, finding: Finding): Finding {
  const out = inSegment(segments, finding);
  if (finding.related) out.related = finding.related.map((r) => inSegment(segments, r));
  if (finding.data) out.data = segmentData(segments, finding.data, 0) as Record<string, unknown>;
  return out;
}

function inSegment<T extends Span>(segments: Segmentation, span: T): T {
  const at = segmentAt(segments, span.file, span.start);
  return at ? { ...span, file: at.path, start: at.offset, end: span.end - (span.start - at.offset) } : span;
}

/** Plain data with every span of a segmented file in it moved into its segment (the engine's realFinding undone). */
function segmentData(segments: Segmentation, value: unknown, depth: number): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => segmentData(segments, v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = segmentData(segments, v, depth + 1);
  if (typeof out.file === 'string' && typeof out.start === 'number' && typeof out.end === 'number') return inSegment(segments, out as unknown as Span);
  return out;
}

export interface Local {
  /** The result in the features' terms (segmentView). */
  result: CheckResult;
  /** The file the position is in: the segment of a file read as segments. */
  path: string;
  offset: number;
}

/** Where a position of the located document is in the files the check read. */
export function localAt(located: Located, position: Position): Local {
  const offset = toOffset(located.file, position);
  const at = segmentAt(located.result.manuscript?.segments, located.path, offset);
  return at ? { result: segmentView(located.result), path: at.path, offset: at.offset } : { result: located.result, path: located.path, offset };
}

/** A span of the files the check read as a span of a real file. */
export function realOf<T extends Span>(result: CheckResult, span: T): T {
  return realSpan(realResult(result).manuscript?.segments, span);
}

/** The range of a span of the files the check read, in its real file. */
export function realRange(result: CheckResult, span: Span): Range {
  const real = realResult(result);
  const at = realOf(real, span);
  return toRange(real.files.get(at.file), at.start, at.end);
}

/** The files a real file was read as: its segments in order with their offsets, or itself. */
export function partsOf(result: CheckResult, path: string): { path: string; base: number }[] {
  const parts = segmentsOf(result.manuscript?.segments, path);
  return parts.length > 0 ? parts : [{ path, base: 0 }];
}

/**
 * What the outline reads of a result, in real files: the real files, and the sections with their
 * headings moved to the real file (so the sections of a file read as segments nest as in one file).
 */
export function outlineView(result: CheckResult): CheckResult {
  const segments = result.manuscript?.segments;
  if (!segments || segments.size === 0) return result;
  const sections = result.manuscript.sections.map((s) => (s.heading ? { ...s, heading: realSpan(segments, s.heading) } : s));
  const manuscript = Object.create(result.manuscript, { sections: { value: sections, enumerable: true } }) as CheckResult['manuscript'];
  return Object.create(result, { manuscript: { value: manuscript, enumerable: true } }) as CheckResult;
}

/**
 * A result as the report reads it: findings in real files, the sections' headings moved to the
 * real file, and the segments' texts beside the real files (the coverage evidence quoted is the
 * segments'). The result itself when no file was split.
 */
export function reportView(result: CheckResult): CheckResult {
  const segments = result.manuscript?.segments;
  if (!segments || segments.size === 0) return result;
  const sections = result.manuscript.sections.map((s) => (s.heading ? { ...s, heading: realSpan(segments, s.heading) } : s));
  return { ...result, files: new Map([...result.files, ...result.manuscript.files]), manuscript: { ...result.manuscript, sections } };
}
