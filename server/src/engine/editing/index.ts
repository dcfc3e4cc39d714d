// Editor features as pure computations over a CheckResult: quick fixes, hovers, navigation,
// completion. The language server maps offsets to LSP positions; nothing here knows LSP.
export type { Fix, TextEdit, HoverInfo } from './types';
export { fixesFor, sortReferenceListFix, ignoreFix } from './quickFixes';
export { hoverAt, coverageMatrix } from './hover';
export {
  definitionAt,
  referencesAt,
  renameTargetAt,
  renameEdits,
  renameConflict,
  entryLenses,
  outline,
  bibSymbols,
  VALID_KEY,
  type EntryLens,
  type EntrySymbol,
  type OutlineSymbol,
} from './navigation';
export { completionsAt, authorYearLabel, type CompletionCandidate } from './completion';
export { apaReference } from './apa';
