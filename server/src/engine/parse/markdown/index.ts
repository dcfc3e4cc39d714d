// Markdown (CommonMark + GFM + math + front matter; Pandoc, Quarto and R Markdown dialects) into
// the file model. remark gives the tree with offsets (syntax.ts); walker.ts adds what
// Word-converted manuscripts need: bold lines acting as headings, tab-separated tables, HTML
// tables (htmlTables.ts) and captions ("Tabel 1. …") recognised as such. Very long lines and deep
// nesting are handled in limits.ts; re-parsing only around an edit in incremental.ts.
import type { Root } from 'mdast';
import type { FileModel, SourceFile } from '../../model';
import { emptyFileModel } from '../../model';
import { processor } from './syntax';
import { deepestNesting, MAX_NESTING, parseTree, readLineByLine } from './limits';
import { reparseTree, type MarkdownTree } from './incremental';
import { MarkdownWalker, nociteKeys } from './walker';
import { say } from '../../messages';

export type { MarkdownTree } from './incremental';

/** Only the syntax tree, with exactly the parser configuration parseMarkdown uses: the benchmark's parse floor. */
export function parseMarkdownSyntaxOnly(text: string): Root {
  return processor.parse(text) as Root;
}

export function parseMarkdown(file: SourceFile): FileModel {
  return parseMarkdownKeepingTree(file).model;
}

/**
 * parseMarkdown, re-using `previous` (the tree of an earlier text of the same file) where the
 * text did not change: only the top-level blocks around the edit are parsed again (see
 * reparseTree), so a keystroke in a long chapter costs a paragraph's parse, not the chapter's.
 * The model is the same as a full parse's. `tree` is undefined when the file was not read as a
 * tree (too deeply nested, unparseable). The previous tree is consumed: its unchanged nodes are
 * moved into the new tree, so it must not be used again.
 */
export function parseMarkdownKeepingTree(file: SourceFile, previous?: MarkdownTree): { model: FileModel; tree?: MarkdownTree } {
  const model = emptyFileModel(file, 'markdown');
  const deep = deepestNesting(file.text);
  if (deep.depth > MAX_NESTING) {
    model.problems.push({
      span: { file: file.path, start: deep.at, end: deep.at },
      ...say('manuscript.markdownTooDeep', { depth: deep.depth, max: MAX_NESTING }),
    });
    readLineByLine(file, model);
    model.keyCitations.push(...nociteKeys(file));
    return { model };
  }
  let tree: Root;
  try {
    tree = (previous && reparseTree(previous, file.text)) || parseTree(file.text);
  } catch (error) {
    model.problems.push({
      span: { file: file.path, start: 0, end: 0 },
      ...say('manuscript.markdownUnparsable', { detail: error instanceof Error ? error.message.split('\n')[0] : String(error) }),
    });
    readLineByLine(file, model);
    return { model };
  }
  const walker = new MarkdownWalker(file, model);
  walker.walkChildren(tree.children);
  walker.finish();
  model.keyCitations.push(...nociteKeys(file));
  return { model, tree: { text: file.text, tree } };
}
