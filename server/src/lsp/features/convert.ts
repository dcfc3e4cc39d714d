// Engine edits and spans as LSP WorkspaceEdits and Locations.
import type { Location, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { CheckResult, Span } from '../../engine/index';
import type { TextEdit } from '../../engine/editing/index';
import { toRange, type FeatureContext } from './context';

export function toWorkspaceEdit(ctx: FeatureContext, result: CheckResult, edits: readonly TextEdit[]): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const edit of [...edits].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start)) {
    const uri = ctx.uriOf(edit.file);
    (changes[uri] ??= []).push({ range: toRange(result.files.get(edit.file), edit.start, edit.end), newText: edit.newText });
  }
  return { changes };
}

export function toLocation(ctx: FeatureContext, result: CheckResult, span: Span): Location {
  return { uri: ctx.uriOf(span.file), range: toRange(result.files.get(span.file), span.start, span.end) };
}
