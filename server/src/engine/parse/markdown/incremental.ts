// Incremental parsing: the tree of an edited text made from the tree of the text before, parsing
// again only the top-level blocks (or list items) around the edit. test/parse/incrementalMarkdown
// compares it with whole parses after chains of random edits.
import type { List, Nodes, Root } from 'mdast';
import { endOf, processor, rootOf, shifted, shiftNode, startOf } from './syntax';
import { DEFINITION, hasLongLine } from './limits';
import { commonPrefix, commonSuffix } from '../../text/common';

/** What a parse keeps so that the next text of the same file can be parsed by its changed part. */
export interface MarkdownTree {
  text: string;
  tree: Root;
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
export function reparseTree(previous: MarkdownTree, text: string): Root | undefined {
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
  const prefix = commonPrefix(old, text, max);
  const suffix = commonSuffix(old, text, max - prefix);
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

const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)/;
