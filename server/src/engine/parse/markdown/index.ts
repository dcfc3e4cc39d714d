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
  // A code fence that is never closed swallows the rest of the file: reported at its opener, and
  // the file is read again without it so that its chapters and citations are still checked.
  const unclosed = unclosedFence(tree, file.text);
  if (unclosed !== undefined) {
    model.problems.push({
      span: { file: file.path, start: unclosed.start, end: unclosed.end },
      code: 'manuscript/unclosed-block', // codes.ts: UNCLOSED_BLOCK
      ...say('manuscript.unclosedFence', { opener: unclosed.opener, fence: unclosed.fence }),
    });
    try {
      tree = parseTree(file.text.slice(0, unclosed.start) + ' '.repeat(unclosed.end - unclosed.start) + file.text.slice(unclosed.end));
    } catch {
      // The first tree stays.
    }
    const walker = new MarkdownWalker(file, model);
    walker.walkChildren(tree.children);
    walker.finish();
    model.keyCitations.push(...nociteKeys(file));
    // Not kept for incremental parsing: the tree is of another text than the file's.
    return { model };
  }
  const walker = new MarkdownWalker(file, model);
  walker.walkChildren(tree.children);
  walker.finish();
  model.keyCitations.push(...nociteKeys(file));
  return { model, tree: { text: file.text, tree } };
}

/**
 * The opening line of a fenced code block that runs to the end of the file without its closing
 * fence, when what it swallows reads as prose (a heading, a citation, or several paragraphs);
 * undefined otherwise.
 */
function unclosedFence(tree: Root, text: string): { start: number; end: number; opener: string; fence: string } | undefined {
  const last = tree.children[tree.children.length - 1];
  if (last?.type !== 'code' || last.position === undefined) return undefined;
  const start = last.position.start.offset ?? 0;
  const end = last.position.end.offset ?? 0;
  if (text.slice(end).trim() !== '') return undefined;
  const source = text.slice(start, end);
  const fence = /^[ \t]*(`{3,}|~{3,})/.exec(source);
  if (!fence) return undefined;
  const lines = source.split(/\r?\n/);
  const closing = lines.length > 1 ? lines[lines.length - 1].trim() : '';
  if (closing.startsWith(fence[1][0].repeat(fence[1].length)) && /^(`+|~+)$/.test(closing)) return undefined;
  const body = lines.slice(1).join('\n');
  const paragraphs = body.split(/\n[^\S\n]*\n/).filter((p) => /^\p{Lu}/u.test(p.trim()) && p.trim().length >= 60).length;
  const prose = /^#{1,6}\s+\S/m.test(body) || /\[@[\w:-]|\(\p{Lu}[^()\n]{0,80}\d{4}[a-z]?\)/u.test(body) || paragraphs >= 2;
  if (!prose) return undefined;
  const lineEnd = source.search(/\r?\n/);
  const openerEnd = start + (lineEnd < 0 ? source.length : lineEnd);
  return { start, end: openerEnd, opener: text.slice(start, openerEnd).trim(), fence: fence[1] };
}
