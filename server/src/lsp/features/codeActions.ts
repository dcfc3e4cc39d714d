// Quick fixes for the findings under the cursor (or the diagnostics the client names).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { render, type Finding } from '../../engine/index';
import { fixesFor } from '../../engine/editing/index';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { freshResult, segmentFindingOf, segmentView, toRange, type FeatureContext } from './context';
import { toWorkspaceEdit } from './convert';

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function intersects(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export async function codeActions(ctx: FeatureContext, params: CodeActionParams): Promise<CodeAction[]> {
  const only = params.context.only;
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty))
    return [];
  const located = await freshResult(ctx, params.textDocument.uri);
  if (!located) return [];
  const { result, path, file, asked } = located;
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const pairs: { finding: Finding; diagnostic?: Diagnostic }[] = [];
  for (const finding of result.findings) {
    if (finding.file !== path) continue;
    const range = toRange(file, finding.start, finding.end);
    if (ours.length > 0) {
      const diagnostic = ours.find((d) => d.code === finding.code && sameRange(d.range, range));
      if (diagnostic) pairs.push({ finding, diagnostic });
    } else if (intersects(range, params.range)) pairs.push({ finding });
  }
  const actions: CodeAction[] = [];
  const locale = (await ctx.localeFor?.(params.textDocument.uri)) ?? 'en';
  // A file read as segments (engine/segments.ts): fixes are worked out in the finding's segment.
  const view = segmentView(result);
  for (const { finding, diagnostic } of pairs) {
    for (const fix of fixesFor(view, segmentFindingOf(view, finding))) {
      // A fix whose text changed under it (a file edited on disk since the check) is not offered.
      const edit = toWorkspaceEdit(ctx, view, fix.edits, asked);
      if (!edit) continue;
      const action: CodeAction = { title: render(fix.titleMsg, locale), kind: CodeActionKind.QuickFix, edit };
      if (diagnostic) action.diagnostics = [diagnostic];
      if (fix.preferred) action.isPreferred = true;
      actions.push(action);
    }
  }
  // The same fix offered twice (one sort for several unsorted entries) is shown once.
  const seen = new Set<string>();
  return actions.filter((a) => {
    const id = `${a.title}\u0000${JSON.stringify(a.edit)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
