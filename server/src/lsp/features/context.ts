// What the editor features need from the server: the open documents and the latest check
// results. A result is used only when it was computed from the text the editor now shows, so
// that its offsets are right; a feature asked while a check is pending waits for it (bounded).
import { LSPErrorCodes, ResponseError, type Connection, type Position, type Range, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetAt, rangeAt, type CheckResult, type Locale, type SourceFile } from '../../engine/index';
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
