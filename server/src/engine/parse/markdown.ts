// Markdown (CommonMark + GFM + math + front matter; Pandoc, Quarto and R Markdown dialects) into
// the file model. remark gives the tree with offsets; this file adds what Word-converted
// manuscripts need: bold lines acting as headings, tab-separated tables, HTML tables and
// captions ("Tabel 1. …") recognised as such.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { List, Nodes, Paragraph, Parent, Root, RootContent, Table as MdTable } from 'mdast';
import type { BlockKind, FileModel, Heading, KeyCitation, SourceFile, Table, TableCell, TextBlock } from '../model';
import { TextBuilder } from '../text/builder';
import { emptyFileModel } from '../model';
import { headingLevelFromTitle, looksLikeImplicitHeading } from '../structure/roles';
import { yamlBibliographies } from '../project';
import { dirname } from '../paths';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkFrontmatter, ['yaml']);

/** Only the syntax tree, with exactly the parser configuration parseMarkdown uses: the benchmark's parse floor. */
export function parseMarkdownSyntaxOnly(text: string): Root {
  return processor.parse(text) as Root;
}

const CAPTION = /^(Tabel|Table|Tab\.)\s+([0-9]+(?:[.\-][0-9]+)*|[IVXLC]+(?:[.\-][0-9]+)*)\b[.:]?\s*/i;

/**
 * Lists and block quotes nested deeper than this are not given to remark, whose time grows with
 * the cube of the depth (a thousand levels take half a minute); such a file is read line by line.
 */
const MAX_NESTING = 64;

export function parseMarkdown(file: SourceFile): FileModel {
  return parseMarkdownKeepingTree(file).model;
}

/** What a parse keeps so that the next text of the same file can be parsed by its changed part. */
export interface MarkdownTree {
  text: string;
  tree: Root;
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
      message: `Lists or quotes nested about ${deep.depth} levels deep (more than ${MAX_NESTING}): this file was read line by line`,
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
      message: `Markdown could not be parsed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): this file was read line by line`,
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

/**
 * The tree of `text` made from `previous.tree` by parsing again only the top-level blocks the
 * edit touched, or undefined when that cannot be done safely (then the caller parses the
 * whole text). At the start of a top-level block that follows a blank line, micromark holds no
 * open construct, so the text from there parses as it does in the whole document. The parsed
 * window runs from such a start, one block before the first changed one, to the end of the
 * first unchanged block after the change that also follows a blank line; the window's parse
 * must end with that block exactly as it was (same type, same span moved by the edit's length
 * change), which shows that nothing the edit opened (a fence, an HTML comment, a list) runs on
 * into the rest; the blocks after it are the old ones, moved. Link and footnote definitions
 * act across the whole document, and long lines are parsed in pieces: texts with either are
 * parsed whole.
 */
function reparseTree(previous: MarkdownTree, text: string): Root | undefined {
  const old = previous.text;
  const children = previous.tree.children;
  if (children.length < 3 || DEFINITION.test(text) || DEFINITION.test(old) || hasLongLine(text) || hasLongLine(old)) return undefined;
  if (children.some((c) => startOf(c) === undefined || endOf(c) === undefined)) return undefined;
  // An unclosed front matter fence changes how micromark reads lists to the end of the document
  // (they become paragraphs): with one, before or after the edit, only a whole parse agrees.
  if (FRONT_MATTER_FENCE.test(old) && children[0].type !== 'yaml') return undefined;
  const change = changeBetween(old, text);
  // An edit inside one item of a long list: only the items around it are parsed again.
  const inside = children.findIndex((c) => startOf(c)! < change.start && change.end < endOf(c)!);
  if (inside >= 0 && children[inside].type === 'list') {
    const tree = reparseListItems(previous, text, inside, change);
    if (tree) return tree;
  }
  const blankBefore = (i: number) => i === 0 || /\n[ \t]*\r?\n/.test(old.slice(endOf(children[i - 1])!, startOf(children[i])!));
  let { first, last } = windowAround(children, change, blankBefore);
  // Front matter is only front matter at the very start.
  if (first <= 1 && children[0].type === 'yaml') first = 0;
  if (FRONT_MATTER_FENCE.test(text) && first === 0) return undefined;
  const windowStart = first === 0 ? 0 : startOf(children[first])!;
  const windowEnd = last < 0 ? text.length : endOf(children[last])! + change.delta;
  if (windowEnd <= windowStart) return undefined;
  const fresh = shifted(processor.parse(text.slice(windowStart, windowEnd)) as Root, windowStart).children;
  if (last >= 0 && !resynchronised(fresh[fresh.length - 1], children[last], change.delta)) return undefined;
  const rest = last < 0 ? [] : children.slice(last + 1);
  if (change.delta !== 0) for (const node of rest) shiftNode(node, change.delta);
  return rootOf([...children.slice(0, first), ...fresh, ...rest], text.length);
}

/**
 * reparseTree inside the top-level list `children[index]`: the same resynchronisation one level
 * down. Items that start at the left margin begin with no open construct but the list itself, so
 * the items from one before the changed one to the first unchanged one after it parse, on their
 * own, as they do in the list; the window must parse as one list of the same kind whose last item
 * is that unchanged item as it was. (Whether the list is loose is not recomputed: the model does
 * not read it.)
 */
function reparseListItems(previous: MarkdownTree, text: string, index: number, change: Change): Root | undefined {
  const old = previous.text;
  const children = previous.tree.children;
  const list = children[index] as List;
  const items = list.children;
  if (items.length < 3 || items.some((c) => startOf(c) === undefined || endOf(c) === undefined)) return undefined;
  const atMargin = (i: number) => startOf(items[i])! === 0 || old[startOf(items[i])! - 1] === '\n';
  const { first, last } = windowAround(items, change, atMargin);
  if (!atMargin(first) || last < 0) return undefined;
  const windowStart = startOf(items[first])!;
  const windowEnd = endOf(items[last])! + change.delta;
  if (windowEnd <= windowStart) return undefined;
  const window = shifted(processor.parse(text.slice(windowStart, windowEnd)) as Root, windowStart).children;
  const fresh = window[0];
  if (window.length !== 1 || fresh.type !== 'list' || fresh.ordered !== list.ordered) return undefined;
  if (!resynchronised(fresh.children[fresh.children.length - 1], items[last], change.delta)) return undefined;
  const after = items.slice(last + 1);
  const rest = children.slice(index + 1);
  if (change.delta !== 0) for (const node of [...after, ...rest]) shiftNode(node, change.delta);
  const listEnd = list.position!.end;
  const merged: List = {
    ...list,
    children: [...items.slice(0, first), ...fresh.children, ...after],
    position: { start: list.position!.start, end: { ...listEnd, offset: listEnd.offset! + change.delta } },
  };
  return rootOf([...children.slice(0, index), merged, ...rest], text.length);
}

/** What an edit changed: [start, end) of the old text became new text `delta` characters longer. */
interface Change {
  start: number;
  end: number;
  delta: number;
}

/** The change from `old` to `text`, by their common prefix and suffix. */
function changeBetween(old: string, text: string): Change {
  const max = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { start: prefix, end: old.length - suffix, delta: text.length - old.length };
}

/**
 * The sibling nodes to parse again around `change`: from one before the first node the change
 * reaches (moved back to a node where parsing may start afresh, `canStart`) to the first node
 * wholly after the change where it may also start, or -1 when there is none (to the end).
 */
function windowAround(nodes: Nodes[], change: Change, canStart: (i: number) => boolean): { first: number; last: number } {
  let first = nodes.findIndex((c) => endOf(c)! >= change.start);
  if (first < 0) first = nodes.length - 1;
  first = Math.max(0, first - 1);
  while (first > 0 && !canStart(first)) first--;
  let last = -1;
  for (let i = first + 1; i < nodes.length; i++) {
    if (startOf(nodes[i])! > change.end && canStart(i)) {
      last = i;
      break;
    }
  }
  return { first, last };
}

/** Whether the window's last node `sync` is the unchanged node `was`, moved by `delta`. */
function resynchronised(sync: Nodes | undefined, was: Nodes, delta: number): boolean {
  return sync !== undefined && sync.type === was.type && startOf(sync) === startOf(was)! + delta && endOf(sync) === endOf(was)! + delta;
}

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}

function endOf(node: Nodes): number | undefined {
  return node.position?.end.offset;
}

function rootOf(children: RootContent[], length: number): Root {
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: length } } };
}

const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)/;

function hasLongLine(text: string): boolean {
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
const LONG_LINE = 32_000;
/** The size of those pieces. */
const PIECE = 8_000;
const DEFINITION = /^ {0,3}\[(?:[^\]\\\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029])+\]:/m;

/**
 * The document's tree. A line longer than LONG_LINE that is a paragraph on its own (at the left
 * margin, a blank line or the file's edge on both sides, starting with a letter) is cut out: the
 * text around it is parsed as usual and the line in pieces split before a letter after a space,
 * joined back into one paragraph. Inline markup that spans two pieces is read as plain text there.
 * Documents with link or footnote definitions are parsed whole (a piece would not see them).
 */
function parseTree(text: string): Root {
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

/** `tree` with every offset moved by `by` (lines and columns are not used here). */
function shifted(tree: Root, by: number): Root {
  if (by !== 0) shiftNode(tree, by);
  return tree;
}

/** Moves the offsets of `node` and everything in it by `by`, in place. */
function shiftNode(node: Nodes, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) + by;
    node.position.end.offset = (node.position.end.offset ?? 0) + by;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftNode(child, by);
}

/** Leading container markers of a line: `>` and list markers, each with the spaces after it. */
const CONTAINER_MARK = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))/y;

/**
 * How deeply lists and quotes nest, at most, and where: per line, the `>` and list markers it
 * opens with plus the levels its indentation implies (two columns a level at least).
 */
function deepestNesting(text: string): { depth: number; at: number } {
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
function readLineByLine(file: SourceFile, model: FileModel): void {
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

class MarkdownWalker {
  private pendingCaption: { block: TextBlock; label: string; number: string; caption: string } | undefined;
  private blocksSinceCaption = 0;

  constructor(
    private readonly file: SourceFile,
    private readonly model: FileModel,
  ) {}

  walkChildren(children: RootContent[], kind: BlockKind = 'paragraph'): void {
    for (const node of children) this.walk(node, kind);
  }

  finish(): void {
    this.pendingCaption = undefined;
  }

  private walk(node: RootContent, kind: BlockKind): void {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'yaml':
        this.frontMatter(node.value, start);
        return;
      case 'heading': {
        const block = this.inline(node, 'heading', start, end);
        // Pandoc attributes are not part of the title: "# References {-}", "# Bab 1 {#sec-bab1 .unnumbered}".
        const title = block.text.replace(/(?<!\s)\s*\{[^{}]*\}\s*$/, '');
        block.text = title;
        block.offsets = block.offsets.slice(0, title.length).concat(block.offsets[title.length] ?? end);
        this.model.blocks.push(block);
        this.model.headings.push({ file: this.file.path, start, end, title, level: node.depth });
        this.noteBlock();
        return;
      }
      case 'paragraph':
        this.paragraph(node, kind, start, end);
        return;
      case 'list':
        for (const item of node.children) this.walkChildren(item.children, 'list-item');
        return;
      case 'blockquote':
        this.walkChildren(node.children, 'quote');
        return;
      case 'footnoteDefinition':
        this.walkChildren(node.children, 'footnote');
        return;
      case 'table':
        this.gfmTable(node, start, end);
        return;
      case 'html':
        if (/<table[\s>]/i.test(node.value)) this.htmlTable(node.value, start, end);
        return;
      default:
        // code, math, definitions, thematic breaks: no prose.
        return;
    }
  }

  private frontMatter(value: string, nodeStart: number): void {
    const valueStart = this.file.text.indexOf(value, nodeStart);
    let data: Record<string, unknown> | undefined;
    try {
      const parsed = parseYaml(value) as unknown;
      data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    } catch (error) {
      this.model.problems.push({
        span: { file: this.file.path, start: nodeStart, end: nodeStart + 3 },
        message: `The YAML front matter could not be read: ${error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : String(error)}`,
      });
    }
    if (!data) return;
    Object.assign(this.model.metadata, data);
    this.model.bibliographies.push(
      ...yamlBibliographies(this.file.path, value, data, dirname(this.file.path), Math.max(0, valueStart)).map((b) => ({
        file: this.file.path,
        start: b.declaredIn?.start ?? nodeStart,
        end: b.declaredIn?.end ?? nodeStart,
        written: b.written,
        path: b.path,
      })),
    );
  }

  private paragraph(node: Paragraph, kind: BlockKind, start: number, end: number): void {
    const source = this.file.text.slice(start, end);
    if (kind === 'paragraph' && this.tabTable(source, start, end)) return;
    if (node.children.some((c) => c.type === 'html' && /<table[\s>]/i.test(c.value))) {
      this.htmlTable(source, start, end);
      return;
    }
    const block = this.inline(node, kind, start, end);
    if (block.text.length === 0) return;

    const caption = CAPTION.exec(block.text);
    if (caption && block.text.length < 400) {
      block.kind = 'caption';
      this.model.blocks.push(block);
      this.pendingCaption = { block, label: caption[0].replace(/(?:[.:]|(?<![.:\s]))\s*$/, ''), number: caption[2], caption: block.text };
      this.blocksSinceCaption = 0;
      return;
    }
    if (kind === 'paragraph' && isBoldOnly(node) && looksLikeImplicitHeading(block.text)) {
      block.kind = 'heading';
      this.model.blocks.push(block);
      this.model.headings.push({ file: this.file.path, start, end, title: block.text, level: headingLevelFromTitle(block.text) ?? 1, implicit: true });
      this.noteBlock();
      return;
    }
    if (kind === 'paragraph' && !block.text.includes('\n') && looksLikeImplicitHeading(block.text, { plain: true })) {
      block.kind = 'heading';
      this.model.blocks.push(block);
      this.model.headings.push({ file: this.file.path, start, end, title: block.text, level: 1, implicit: true });
      this.noteBlock();
      return;
    }
    this.model.blocks.push(block);
    this.noteBlock();
  }

  private noteBlock(): void {
    if (this.pendingCaption && ++this.blocksSinceCaption > 1) this.pendingCaption = undefined;
  }

  private addTable(table: Omit<Table, 'label' | 'number' | 'caption' | 'captionSpan'>): void {
    const full: Table = { ...table };
    const pending = this.pendingCaption;
    if (pending) {
      full.label = pending.label;
      full.number = pending.number;
      full.caption = pending.caption;
      full.captionSpan = { file: this.file.path, start: pending.block.start, end: pending.block.end };
      this.pendingCaption = undefined;
    }
    this.model.tables.push(full);
    for (const row of full.rows) for (const cell of row) this.model.blocks.push(cellBlock(cell));
  }

  /** Word exports tables as lines of tab-separated cells; two or more such lines make a table. */
  private tabTable(source: string, start: number, end: number): boolean {
    const lines: { text: string; offset: number }[] = [];
    let offset = 0;
    for (const line of source.split('\n')) {
      lines.push({ text: line, offset });
      offset += line.length + 1;
    }
    const tabbed = lines.filter((l) => l.text.includes('\t'));
    if (tabbed.length < 2 || tabbed.length < lines.length - 1) return false;
    const rows: TableCell[][] = [];
    for (const line of lines) {
      if (line.text.trim() === '') continue;
      const row: TableCell[] = [];
      let at = 0;
      for (const raw of line.text.split('\t')) {
        row.push(cleanCell(raw, start + line.offset + at, this.file.path));
        at += raw.length + 1;
      }
      rows.push(row);
    }
    this.addTable({ file: this.file.path, start, end, rows, headerRows: guessHeaderRows(rows) });
    return true;
  }

  private gfmTable(node: MdTable, start: number, end: number): void {
    const rows: TableCell[][] = node.children.map((row) =>
      row.children.map((cell) => {
        const s = cell.position?.start.offset ?? start;
        const e = cell.position?.end.offset ?? s;
        return cleanCell(this.file.text.slice(s, e).replace(/^\|/, ' ').replace(/\|$/, ' '), s, this.file.path);
      }),
    );
    this.addTable({ file: this.file.path, start, end, rows, headerRows: rows.length > 0 ? 1 : 0 });
  }

  private htmlTable(html: string, start: number, end: number): void {
    const base = this.file.text.indexOf(html, start) >= 0 ? this.file.text.indexOf(html, start) : start;
    const rows: TableCell[][] = [];
    let headerRows = 0;
    for (const tr of elements(html, /<tr\b/gi, /<\/tr>/gi)) {
      const row: TableCell[] = [];
      const trStart = base + (tr.index ?? 0) + tr[0].indexOf(tr[1]);
      let allHeader = true;
      for (const td of elements(tr[1], /<(t[dh])\b/gi, /<\/t[dh]>/gi)) {
        if (td[1].toLowerCase() !== 'th') allHeader = false;
        const contentStart = trStart + (td.index ?? 0) + td[0].indexOf(td[2], td[1].length);
        row.push(cleanCell(td[2], contentStart, this.file.path));
      }
      if (row.length === 0) continue;
      if (allHeader && rows.length === headerRows) headerRows++;
      rows.push(row);
    }
    if (rows.length === 0) return;
    this.addTable({ file: this.file.path, start, end, rows, headerRows: headerRows || guessHeaderRows(rows) });
  }

  private inline(node: Nodes, kind: BlockKind, start: number, end: number): TextBlock {
    const builder = new TextBuilder(this.file.path, kind);
    this.appendInline(node, builder);
    return builder.build(start, end);
  }

  private appendInline(node: Nodes, builder: TextBuilder): void {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    switch (node.type) {
      case 'text': {
        if (s === undefined || e === undefined) {
          builder.appendVirtual(node.value);
        } else if (this.file.text.slice(s, e) === node.value) {
          builder.append(node.value, s);
        } else {
          appendAligned(builder, node.value, this.file.text, s, e);
        }
        return;
      }
      case 'inlineCode':
      case 'inlineMath':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        builder.space(s);
        return;
      case 'break':
        builder.appendVirtual('\n', s);
        return;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value)) builder.space(s);
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) this.appendInline(child, builder);
    }
  }
}

/**
 * Keys listed under `nocite:` in a YAML block (front matter or a metadata block inside the text,
 * as bookdown templates do): Pandoc puts them in the bibliography without citing them in text.
 */
function nociteKeys(file: SourceFile): KeyCitation[] {
  const out: KeyCitation[] = [];
  for (const m of file.text.matchAll(/^nocite:[ \t]*\|?[^\n]*\n?((?:[ \t]+[^\n]*(?:\n|$))*)/gm)) {
    const bodyStart = (m.index ?? 0) + m[0].length - m[1].length;
    const firstLine = m[0].slice(0, m[0].length - m[1].length);
    for (const [text, base] of [
      [firstLine, m.index ?? 0],
      [m[1], bodyStart],
    ] as const) {
      for (const k of text.matchAll(/@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*)/gu)) {
        const key = k[1].replace(/(?<![.:,;])[.:,;]+$/, '');
        const start = base + (k.index ?? 0) + 1;
        out.push({ file: file.path, start, end: start + key.length, key: key === '*' ? '*' : key, command: 'nocite', nocite: true });
      }
      if (/@\*/.test(text)) out.push({ file: file.path, start: base, end: base, key: '*', command: 'nocite', nocite: true });
    }
  }
  return out;
}

/**
 * Appends a text node whose value differs from its source (escapes, entities): walks both and
 * maps each value character to the source character it most likely came from.
 */
function appendAligned(builder: TextBuilder, value: string, text: string, start: number, end: number): void {
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let k = j;
    while (k < end && text[k] !== c) k++;
    if (k < end) {
      builder.append(c, k);
      j = k + 1;
    } else {
      builder.appendReplacement(c, Math.min(j, end - 1), end);
    }
  }
}

function isBoldOnly(node: Parent): boolean {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && (c as { value: string }).value.trim() === ''));
  return meaningful.length >= 1 && meaningful.every((c) => c.type === 'strong');
}

/**
 * What `html.matchAll(/OPEN[^>]*>([\s\S]*?)CLOSE/gi)` yields (OPEN's groups, then the content), in
 * linear time: that pattern is quadratic on many opening tags that are never closed. `open` and
 * `close` are global patterns for the opening tag's start (`<tr\b`) and the closing tag.
 */
function elements(html: string, open: RegExp, close: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  open.lastIndex = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const gt = html.indexOf('>', open.lastIndex);
    // `[^>]*>` cannot end here, nor after any later opening tag.
    if (gt < 0) break;
    close.lastIndex = gt + 1;
    const c = close.exec(html);
    // Nor can any later opening tag be closed.
    if (!c) break;
    const match = [html.slice(m.index, c.index + c[0].length), ...m.slice(1), html.slice(gt + 1, c.index)] as RegExpMatchArray;
    match.index = m.index;
    out.push(match);
    open.lastIndex = c.index + c[0].length;
  }
  return out;
}

/** `raw.replace(/<[^>]+>/g, '')` in linear time (the pattern is quadratic on many '<' without '>'). */
function stripTags(raw: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const lt = raw.indexOf('<', from);
    if (lt < 0) break;
    const gt = raw.indexOf('>', lt + 1);
    // No '>' after this '<', so none after a later one either.
    if (gt < 0) break;
    if (gt === lt + 1) {
      // "<>": the pattern needs a character between.
      from = lt + 1;
      continue;
    }
    out += raw.slice(copied, lt);
    copied = from = gt + 1;
  }
  return out + raw.slice(copied);
}

/** A cell from raw source: tags and emphasis markers removed, span trimmed to the content. */
function cleanCell(raw: string, rawStart: number, file: string): TableCell {
  const text = stripTags(raw)
    .replace(/\*\*|__/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim();
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return { file, start: rawStart + lead, end: rawStart + raw.length - trail, text };
}

function cellBlock(cell: TableCell): TextBlock {
  const builder = new TextBuilder(cell.file, 'table-cell');
  builder.appendReplacement(cell.text, cell.start, cell.end);
  return builder.build(cell.start, cell.end);
}

const NUMERIC = /^[-+−]?\s*(Rp\.?\s*)?[0-9][0-9.,]*\s*%?$/;

/** One header row when the first row has no numbers and a later row does. */
export function guessHeaderRows(rows: TableCell[][]): number {
  if (rows.length < 2) return 0;
  const numeric = (row: TableCell[]) => row.some((c) => NUMERIC.test(c.text));
  return !numeric(rows[0]) && rows.slice(1).some(numeric) ? 1 : rows[0].every((c) => c.text !== '') && !numeric(rows[0]) ? 1 : 0;
}

export type { Heading };
