// The remark pipeline the engine reads Markdown with (CommonMark + GFM + math + front matter),
// and helpers over its syntax trees' offsets.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, RootContent } from 'mdast';

export const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkFrontmatter, ['yaml']);

/** Only the syntax tree, with exactly the parser configuration parseMarkdown uses: the benchmark's parse floor. */
export function parseMarkdownSyntaxOnly(text: string): Root {
  return processor.parse(text) as Root;
}

export function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}

export function endOf(node: Nodes): number | undefined {
  return node.position?.end.offset;
}

export function rootOf(children: RootContent[], length: number): Root {
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: length } } };
}

/** `tree` with every offset moved by `by` (lines and columns are not used here). */
export function shifted(tree: Root, by: number): Root {
  if (by !== 0) shiftNode(tree, by);
  return tree;
}

/** Moves the offsets of `node` and everything in it by `by`, in place. */
export function shiftNode(node: Nodes, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) + by;
    node.position.end.offset = (node.position.end.offset ?? 0) + by;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftNode(child, by);
}
