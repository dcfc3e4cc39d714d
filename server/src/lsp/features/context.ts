// What the editor features need from the server: the open documents and the latest check
// results. A result is used only when it was computed from the text the editor now shows, so
// that its offsets are right; a feature asked while a check is pending waits for it (bounded).
import type { Connection, Position, Range, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetAt, rangeAt, type CheckResult, type SourceFile } from '../../engine/index';
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
  /** Whether the client runs thesislint.showReferences itself (the VS Code extension does). */
  clientShowsReferences?: { value: boolean };
  /** Whether the client can open a document at a position (window/showDocument). */
  canShowDocument?(): boolean;
}

/** How long a request waits for the check of the text it is about. */
export const RESULT_WAIT_MS = 4000;
const POLL_MS = 20;

export interface Located {
  result: CheckResult;
  path: string;
  file: SourceFile;
}

/** The latest result that read `path`, preferring the manuscript the file is a chapter of. */
export function latestResultFor(ctx: FeatureContext, path: string): CheckResult | undefined {
  const results = ctx.latestResults().filter((r) => r.files.has(path));
  return results.find((r) => r.spec.files.includes(path)) ?? results[0];
}

/** Whether every open document the result read still has the text the result was computed from. */
export function isFresh(ctx: FeatureContext, result: CheckResult): boolean {
  for (const document of ctx.documents.all()) {
    const path = pathFromUri(document.uri);
    const file = path ? result.files.get(path) : undefined;
    if (file && file.text !== document.getText()) return false;
  }
  return true;
}

/** The current result for the document `uri`, waiting up to RESULT_WAIT_MS for a pending check. */
export async function freshResult(ctx: FeatureContext, uri: string): Promise<Located | undefined> {
  const path = pathFromUri(uri);
  if (!path) return undefined;
  const deadline = Date.now() + RESULT_WAIT_MS;
  for (;;) {
    const result = latestResultFor(ctx, path);
    const file = result?.files.get(path);
    if (result && file && isFresh(ctx, result)) return { result, path, file };
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
