// Plain data for editor features: edits, fixes and navigation targets as source offsets
// (UTF-16 code units, like every Span of the engine). The language server turns them into LSP
// WorkspaceEdits, Locations and Hovers; nothing here knows about LSP.
import type { Span } from '../model';
import type { Message } from '../messages';

/** Replace [start, end) of `file` with `newText` (an insertion when start === end). */
export interface TextEdit extends Span {
  newText: string;
}

/** A quick fix: a title and the exact edits it makes (possibly in several files). */
export interface Fix {
  /** In English; `titleMsg` is the same as catalogue data, for the editor's language. */
  title: string;
  titleMsg: Message;
  edits: TextEdit[];
  /** The fix an editor may apply on its own ("auto fix"). */
  preferred?: boolean;
}

/** A span with text to show (a hover). */
export interface HoverInfo extends Span {
  /** Markdown. */
  markdown: string;
}
