// What remark cannot be given as it is: paragraphs on one very long line (parsed in pieces) and
// lists or quotes nested so deep that remark's time explodes (read line by line instead).
import type { Paragraph, Root } from 'mdast';
import type { BlockKind, FileModel, SourceFile } from '../../model';
import { TextBuilder } from '../../text/builder';
import { processor, rootOf, shifted } from './syntax';

/**
 * Lists and block quotes nested deeper than this are not given to remark, whose time grows with
 * the cube of the depth (a thousand levels take half a minute); such a file is read line by line.
 */
export const MAX_NESTING = 64;

export function hasLongLine(text: string): boolean {
  if (text.length <= LONG_LINE) return false;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LONG_LINE) return true;
    start = end + 1;
  }
  return false;
}

/**
 * Paragraphs on one line longer than this are parsed a piece at a time: micromark's time on one
 * paragraph grows with the square of its inline constructs (a 1 MB line took seconds).
 */
export const LONG_LINE = 32_000;
/** The size of those pieces. */
export const PIECE = 8_000;
export const DEFINITION = /^ {0,3}\[(?:[^\]\\\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029])+\]:/m;

/**
 * The document's tree. A line longer than LONG_LINE that is a paragraph on its own (at the left
 * margin, a blank line or the file's edge on both sides, starting with a letter) is cut out: the
 * text around it is parsed as usual and the line in pieces split before a letter after a space,
 * joined back into one paragraph. Inline markup that spans two pieces is read as plain text there.
 * Documents with link or footnote definitions are parsed whole (a piece would not see them).
 */
export function parseTree(text: string): Root {
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LONG_LINE && isLoneParagraphLine(text, start, end)) lines.push({ start, end });
    start = end + 1;
  }
  if (lines.length === 0 || DEFINITION.test(text)) return processor.parse(text) as Root;
  const root = rootOf([], text.length);
  let from = 0;
  for (const line of lines) {
    const before = processor.parse(text.slice(from, line.start)) as Root;
    // Text before the line that leaves a fence, math block or HTML block open would swallow it.
    if (opensBlock(before, line.start - from)) return processor.parse(text) as Root;
    root.children.push(...shifted(before, from).children, longParagraph(text, line.start, line.end));
    from = line.end;
  }
  root.children.push(...shifted(processor.parse(text.slice(from)) as Root, from).children);
  return root;
}

function isLoneParagraphLine(text: string, start: number, end: number): boolean {
  const blankOrEdge = (at: number, step: number) => {
    // The line before `start` (step -1) or after `end` (step 1) is blank or absent.
    let i = at;
    if (step < 0) {
      if (i === 0) return true;
      i -= 2;
      while (i >= 0 && text[i] !== '\n') {
        if (text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\r') return false;
        i--;
      }
      return true;
    }
    if (i >= text.length) return true;
    i++;
    while (i < text.length && text[i] !== '\n') {
      if (text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\r') return false;
      i++;
    }
    return true;
  };
  return /\p{L}/u.test(text[start]) && blankOrEdge(start, -1) && blankOrEdge(end, 1);
}

/** Whether the last block of `tree` runs to its very end unclosed (a code fence, math, HTML). */
function opensBlock(tree: Root, length: number): boolean {
  const last = tree.children[tree.children.length - 1];
  return last !== undefined && (last.type === 'code' || last.type === 'math' || last.type === 'html') && (last.position?.end.offset ?? 0) >= length;
}

/** The paragraph of the line [start, end), parsed in pieces. */
function longParagraph(text: string, start: number, end: number): Paragraph {
  let contentEnd = end;
  while (contentEnd > start && /\s/.test(text[contentEnd - 1])) contentEnd--;
  const children: Paragraph['children'] = [];
  for (let from = start; from < contentEnd;) {
    let to = Math.min(contentEnd, from + PIECE);
    if (to < contentEnd) {
      // Cut after a space followed by a letter: the next piece opens a paragraph, never a list or heading.
      let cut = to;
      while (cut > from + PIECE / 2 && !(text[cut - 1] === ' ' && /\p{L}/u.test(text[cut]))) cut--;
      if (cut > from + PIECE / 2) to = cut;
      else {
        cut = to;
        while (cut < contentEnd && !(text[cut - 1] === ' ' && /\p{L}/u.test(text[cut]))) cut++;
        to = cut;
      }
    }
    const piece = shifted(processor.parse(text.slice(from, to)) as Root, from);
    const paragraph = piece.children.find((c): c is Paragraph => c.type === 'paragraph');
    if (paragraph) children.push(...paragraph.children);
    // The space the piece ended with (micromark trims it from the paragraph).
    if (to < contentEnd && text[to - 1] === ' ')
      children.push({ type: 'text', value: ' ', position: { start: { line: 1, column: 1, offset: to - 1 }, end: { line: 1, column: 1, offset: to } } });
    from = to;
  }
  return { type: 'paragraph', children, position: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: contentEnd } } };
}

/** Leading container markers of a line: `>` and list markers, each with the spaces after it. */
const CONTAINER_MARK = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))/y;

/**
 * How deeply lists and quotes nest, at most, and where: per line, the `>` and list markers it
 * opens with plus the levels its indentation implies (two columns a level at least).
 */
export function deepestNesting(text: string): { depth: number; at: number } {
  let best = { depth: 0, at: 0 };
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let columns = 0;
    let i = start;
    for (; i < end && (text[i] === ' ' || text[i] === '\t'); i++) columns += text[i] === '\t' ? 4 : 1;
    let markers = 0;
    CONTAINER_MARK.lastIndex = start;
    while (CONTAINER_MARK.lastIndex < end && CONTAINER_MARK.test(text)) markers++;
    if (markers > 0) {
      const depth = markers + Math.floor(columns / 2);
      if (depth > best.depth) best = { depth, at: i };
    }
    start = end + 1;
  }
  return best;
}

const LINE_HEADING = /^#{1,6}(?=[ \t])/;

/**
 * The fallback reading: every non-blank line a block of its own (a heading, a list item, a quote
 * or a paragraph), its container markers removed, offsets exact. Used where remark cannot be.
 */
export function readLineByLine(file: SourceFile, model: FileModel): void {
  const text = file.text;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let contentEnd = end;
    if (contentEnd > start && text[contentEnd - 1] === '\r') contentEnd--;
    let kind: BlockKind = 'paragraph';
    CONTAINER_MARK.lastIndex = start;
    let from = start;
    while (CONTAINER_MARK.lastIndex < contentEnd && CONTAINER_MARK.test(text)) {
      from = CONTAINER_MARK.lastIndex;
      kind = text[from - 1] === '>' ? 'quote' : 'list-item';
    }
    while (from < contentEnd && (text[from] === ' ' || text[from] === '\t')) from++;
    const line = text.slice(from, contentEnd);
    if (line.length > 0) {
      const hashes = kind === 'paragraph' ? LINE_HEADING.exec(line) : null;
      const builder = new TextBuilder(file.path, hashes ? 'heading' : kind);
      if (hashes) {
        // "## Title ##": the title without the marks around it.
        let a = hashes[0].length;
        while (a < line.length && (line[a] === ' ' || line[a] === '\t')) a++;
        let b = line.length;
        while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\t' || line[b - 1] === '#')) b--;
        builder.append(line.slice(a, b), from + a);
      } else builder.append(line, from);
      const block = builder.build(start, end);
      if (block.text.length > 0) {
        model.blocks.push(block);
        if (hashes) model.headings.push({ file: file.path, start, end, title: block.text, level: hashes[0].length });
      }
    }
    start = end + 1;
  }
}
