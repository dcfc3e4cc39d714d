// Engine edits and spans as LSP WorkspaceEdits and Locations.
import type { Location, TextDocumentEdit, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { CheckResult, Span } from '../../engine/index';
import type { TextEdit } from '../../engine/editing/index';
import { realOf, realResult, toRange, type Asked, type FeatureContext } from './context';

/**
 * The edits as a WorkspaceEdit for the texts the request saw (`asked`), or undefined when one of
 * them would replace text that is no longer what the check read: a file not open in the editor
 * that changed on disk since, or an edit reaching outside its file. Open documents the result read
 * are the asked versions (see freshResult); when the client supports it, each of their edits
 * carries that version, so a client that applies the edit later, after more typing, refuses it
 * instead of replacing the wrong characters.
 */
export function toWorkspaceEdit(ctx: FeatureContext, view: CheckResult, segmentEdits: readonly TextEdit[], asked: Asked): WorkspaceEdit | undefined {
  // Edits of a segment (engine/segments.ts) are edits of its real file.
  const result = realResult(view);
  const edits = segmentEdits.map((e) => realOf(result, e));
  const byFile = new Map<string, LspTextEdit[]>();
  for (const edit of [...edits].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start)) {
    const file = result.files.get(edit.file);
    if (!file || edit.start < 0 || edit.end < edit.start || edit.end > file.text.length) return undefined;
    const open = asked.get(edit.file);
    if (open ? open.text !== file.text : ctx.readDisk(edit.file) !== file.text) return undefined;
    let list = byFile.get(edit.file);
    if (!list) byFile.set(edit.file, (list = []));
    list.push({ range: toRange(file, edit.start, edit.end), newText: edit.newText });
  }
  if (ctx.documentChanges()) {
    const documentChanges: TextDocumentEdit[] = [];
    for (const [path, list] of byFile) {
      const open = asked.get(path);
      documentChanges.push({ textDocument: { uri: open?.uri ?? ctx.uriOf(path), version: open ? open.version : null }, edits: list });
    }
    return { documentChanges };
  }
  const changes: Record<string, LspTextEdit[]> = {};
  for (const [path, list] of byFile) changes[asked.get(path)?.uri ?? ctx.uriOf(path)] = list;
  return { changes };
}

export function toLocation(ctx: FeatureContext, view: CheckResult, span: Span): Location {
  const result = realResult(view);
  const at = realOf(result, span);
  return { uri: ctx.uriOf(at.file), range: toRange(result.files.get(at.file), at.start, at.end) };
}
