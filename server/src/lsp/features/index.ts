// The editor features of the language server beyond diagnostics: quick fixes, hovers, go to
// definition, references, rename, completion, code lenses, the outline and the report request.
// Each handler works on the latest check of the document's manuscript (see context.ts).
import {
  CompletionItemKind,
  CompletionTriggerKind,
  ErrorCodes,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  type CodeLens,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type Location,
  type ServerCapabilities,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { positionAt, render, t } from '../../engine/index';
import { loadDatabase } from '../../engine/bibliography/database';
import {
  completionsAt,
  definitionAt,
  bibSymbols,
  entryLenses,
  hoverAt,
  outline,
  referencesAt,
  renameConflict,
  renameEdits,
  renameTargetAt,
  VALID_KEY,
  type OutlineSymbol,
} from '../../engine/editing/index';
import { pathFromUri } from '../uris';
import { codeActions } from './codeActions';
import {
  CONTENT_MODIFIED,
  freshResult,
  latestResultFor,
  localAt,
  outlineView,
  partsOf,
  realOf,
  realRange,
  segmentView,
  toRange,
  type FeatureContext,
} from './context';
import { toLocation, toWorkspaceEdit } from './convert';
import { REPORT_REQUEST, reportHtml, type ReportParams } from './report';

export type { FeatureContext } from './context';
export { REPORT_REQUEST } from './report';

/** The client command a code lens runs to list an entry's citations (the VS Code client registers it). */
export const SHOW_REFERENCES_COMMAND = 'thesislint.showReferences';
/**
 * The same, run by the server for clients without that command (Neovim, Helix, Emacs…): it opens
 * the first citation (window/showDocument) and answers with every location.
 */
export const SHOW_CITATIONS_COMMAND = 'thesislint.showCitations';
/** Every command the server runs (declared in executeCommandProvider). */
export const SERVER_COMMANDS = [SHOW_CITATIONS_COMMAND] as const;

/** Characters that open a completion: keys after `@`, `{` and `,`; "Author, Year" after "(" and a capital letter. */
export const TRIGGER_CHARACTERS = ['@', '{', ',', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

export const FEATURE_CAPABILITIES: ServerCapabilities = {
  codeActionProvider: { codeActionKinds: ['quickfix'] },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
  codeLensProvider: { resolveProvider: false },
  documentSymbolProvider: true,
};

export function registerFeatures(ctx: FeatureContext): void {
  const { connection } = ctx;
  const guarded = <P, R>(what: string, fallback: R, handler: (params: P) => Promise<R> | R) => {
    return async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  };

  connection.onCodeAction(guarded('Code actions', [], (params) => codeActions(ctx, params)));

  connection.onHover(
    guarded('Hover', null, async (params): Promise<Hover | null> => {
      const located = await freshResult(ctx, params.textDocument.uri);
      if (!located) return null;
      const locale = (await ctx.localeFor?.(params.textDocument.uri)) ?? 'en';
      const at = localAt(located, params.position);
      const info = hoverAt(at.result, at.path, at.offset, locale);
      if (!info) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: info.markdown },
        range: realRange(at.result, { file: at.path, start: info.start, end: info.end }),
      };
    }),
  );

  connection.onDefinition(
    guarded('Definition', null, async (params): Promise<Location[] | null> => {
      const located = await freshResult(ctx, params.textDocument.uri);
      if (!located) return null;
      const at = localAt(located, params.position);
      const targets = definitionAt(at.result, at.path, at.offset);
      return targets.length > 0 ? targets.map((t) => toLocation(ctx, at.result, t)) : null;
    }),
  );

  connection.onReferences(
    guarded('References', null, async (params): Promise<Location[] | null> => {
      const located = await freshResult(ctx, params.textDocument.uri);
      if (!located) return null;
      const at = localAt(located, params.position);
      const spans = referencesAt(at.result, at.path, at.offset, params.context.includeDeclaration);
      return spans.map((s) => toLocation(ctx, at.result, s));
    }),
  );

  connection.onPrepareRename(
    guarded('Prepare rename', null, async (params) => {
      const located = await freshResult(ctx, params.textDocument.uri);
      if (!located) return null;
      const at = localAt(located, params.position);
      const target = renameTargetAt(at.result, at.path, at.offset);
      return target ? { range: realRange(at.result, { file: at.path, start: target.start, end: target.end }), placeholder: target.key } : null;
    }),
  );

  connection.onRenameRequest(
    guarded('Rename', null, async (params): Promise<WorkspaceEdit | null> => {
      const located = await freshResult(ctx, params.textDocument.uri);
      if (!located) return null;
      const at = localAt(located, params.position);
      const target = renameTargetAt(at.result, at.path, at.offset);
      if (!target) return null;
      if (!VALID_KEY.test(params.newName))
        throw new ResponseError(
          ErrorCodes.InvalidParams,
          t((await ctx.localeFor?.(params.textDocument.uri)) ?? 'en', 'lsp.invalidKey', { key: params.newName }),
        );
      const conflict = renameConflict(at.result, target.key, params.newName, (await ctx.localeFor?.(params.textDocument.uri)) ?? 'en');
      if (conflict) throw new ResponseError(LSPErrorCodes.RequestFailed, conflict);
      const edit = toWorkspaceEdit(ctx, at.result, renameEdits(at.result, target.key, params.newName), located.asked);
      if (!edit) throw new ResponseError(LSPErrorCodes.ContentModified, CONTENT_MODIFIED);
      return edit;
    }),
  );

  connection.onCompletion(
    guarded('Completion', [], async (params): Promise<CompletionItem[]> => {
      const document = ctx.documents.get(params.textDocument.uri);
      const path = pathFromUri(params.textDocument.uri);
      if (!document || !path) return [];
      // Keys and entries do not depend on offsets in this document: the last check serves.
      const result = latestResultFor(ctx, path);
      if (!result) return [];
      const offset = document.offsetAt(params.position);
      const settings = await ctx.settingsFor?.(params.textDocument.uri);
      const explicit = params.context === undefined || params.context.triggerKind === CompletionTriggerKind.Invoked;
      const locale = (await ctx.localeFor?.(params.textDocument.uri)) ?? 'en';
      const options = { explicit, authorYear: settings?.completeAuthorYear !== false, locale };
      return completionsAt(result, path, document.getText(), offset, options).map((c) => ({
        label: c.label,
        kind: c.kind === 'key' ? CompletionItemKind.Reference : CompletionItemKind.Value,
        detail: c.detail,
        documentation: c.documentation,
        sortText: c.sortText,
        filterText: c.insertText,
        textEdit: { range: { start: document.positionAt(c.replaceStart), end: params.position }, newText: c.insertText },
      }));
    }),
  );

  connection.onCodeLens(
    guarded('Code lens', [], async (params): Promise<CodeLens[]> => {
      const located = await freshResult(ctx, params.textDocument.uri);
      if (!located) return [];
      const clientCommand = ctx.clientShowsReferences?.value === true;
      const locale = (await ctx.localeFor?.(params.textDocument.uri)) ?? 'en';
      const view = segmentView(located.result);
      // A file read as segments: the lenses of each.
      const lenses = partsOf(located.result, located.path).flatMap((part) => entryLenses(view, part.path));
      return lenses.map((lens) => {
        const real = realOf(view, lens);
        const range = toRange(located.file, real.start, real.start);
        const locations = lens.citations.map((c) => toLocation(ctx, view, c));
        return {
          range,
          command: {
            title: render(lens.titleMsg, locale),
            // A lens of an uncited entry only informs; elsewhere the server runs what the client cannot.
            command: clientCommand ? (locations.length === 0 ? '' : SHOW_REFERENCES_COMMAND) : SHOW_CITATIONS_COMMAND,
            arguments: [params.textDocument.uri, positionAt(located.file, real.start), locations],
          },
        };
      });
    }),
  );

  connection.onDocumentSymbol(
    guarded('Document symbols', [], async (params): Promise<DocumentSymbol[]> => {
      const path = pathFromUri(params.textDocument.uri);
      const document = ctx.documents.get(params.textDocument.uri);
      if (path && /\.bib$/i.test(path) && document) {
        // A .bib file: its entries, from the manuscript's check when it read this text, else parsed here.
        const text = document.getText();
        const result = latestResultFor(ctx, path);
        const entries = result?.files.get(path)?.text === text ? result.manuscript.databaseEntries : loadDatabase(path, text).entries;
        return bibSymbols(text, path, entries).map((s) => ({
          name: s.name,
          detail: s.detail,
          kind: SymbolKind.Struct,
          range: { start: document.positionAt(s.start), end: document.positionAt(s.end) },
          selectionRange: { start: document.positionAt(s.selection.start), end: document.positionAt(s.selection.end) },
        }));
      }
      const located = await freshResult(ctx, params.textDocument.uri);
      if (!located) return [];
      const convert = (s: OutlineSymbol): DocumentSymbol => ({
        name: s.name,
        detail: s.role,
        kind: s.level <= 1 ? SymbolKind.Module : SymbolKind.Namespace,
        range: toRange(located.file, s.start, s.end),
        selectionRange: toRange(located.file, s.selection.start, s.selection.end),
        children: s.children.map(convert),
      });
      return outline(outlineView(located.result), located.path).map(convert);
    }),
  );

  connection.onExecuteCommand(
    guarded('Command', null, async (params): Promise<Location[] | null> => {
      if (params.command !== SHOW_CITATIONS_COMMAND)
        throw new ResponseError(ErrorCodes.InvalidParams, `thesislint does not run the command "${params.command}" (it runs ${SERVER_COMMANDS.join(', ')}).`);
      const locations = (Array.isArray(params.arguments?.[2]) ? params.arguments[2] : []) as Location[];
      if (locations.length === 0) {
        const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
        void connection.window.showInformationMessage(t((uri && (await ctx.localeFor?.(uri))) || 'en', 'lsp.entryNotCited'));
        return [];
      }
      // Clients without a references view get the first citation opened; every location is the answer.
      if (ctx.canShowDocument?.()) await connection.window.showDocument({ uri: locations[0].uri, selection: locations[0].range, takeFocus: true });
      return locations;
    }),
  );

  connection.onRequest(
    REPORT_REQUEST,
    guarded('Report', '', (params: ReportParams | undefined) => reportHtml(ctx, params)),
  );
}
