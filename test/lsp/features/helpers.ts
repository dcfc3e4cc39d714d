// Helpers for the editor-feature tests: a temp folder of manuscript files, positions found by
// searching the text itself, and WorkspaceEdits applied the way an editor applies them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { Session } from '../session';

export class Workspace {
  readonly dir: string;
  constructor(prefix = 'thesislint-features-') {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  }
  path(name: string): string {
    return path.join(this.dir, name);
  }
  uri(name: string): string {
    return URI.file(this.path(name)).toString();
  }
  write(name: string, text: string): void {
    fs.mkdirSync(path.dirname(this.path(name)), { recursive: true });
    fs.writeFileSync(this.path(name), text);
  }
  read(name: string): string {
    return fs.readFileSync(this.path(name), 'utf8');
  }
  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The position of `needle` (its `occurrence`-th match) in `text`, plus `delta` characters. */
export function pos(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in the text`);
  }
  return TextDocument.create('file:///x', 'markdown', 1, text).positionAt(at + delta);
}

/** The range of `needle` (its `occurrence`-th match) in `text`. */
export function range(text: string, needle: string, occurrence = 0): Range {
  const start = pos(text, needle, 0, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

export function offsetRange(text: string, start: number, end: number): Range {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

/** The edits of a WorkspaceEdit for one URI (and a check that no other file is touched). */
export function editsFor(edit: WorkspaceEdit | null | undefined, uri: string): TextEdit[] {
  const changes = edit?.changes ?? {};
  const others = Object.keys(changes).filter((u) => u !== uri);
  if (others.length > 0) throw new Error(`The edit also changes ${others.join(', ')}`);
  return changes[uri] ?? [];
}

/** A started session plus the latest diagnostics per URI. */
export async function startSession(): Promise<Session> {
  const session = new Session();
  await session.initialize();
  return session;
}

/** Opens a document and returns its first published diagnostics. */
export async function openAndCheck(session: Session, uri: string, text: string, languageId = 'markdown') {
  await session.open(uri, text, languageId);
  return session.nextDiagnostics(uri, 15000);
}
