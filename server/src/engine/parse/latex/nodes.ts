// Helpers over the minimal unified-latex tree: positions and argument reading. The minimal
// parse attaches no arguments to macros, so arguments are read here from the sibling nodes
// that follow a macro, keeping exact source positions (unified-latex's own attached arguments
// carry none).

import type * as Ast from '@unified-latex/unified-latex-types';

export type Node = Ast.Node;

/** Start offset of a node relative to its chunk. */
export function startOf(node: Node): number {
  return node.position?.start.offset ?? 0;
}

/** End offset (exclusive) of a node relative to its chunk. */
export function endOf(node: Node): number {
  return node.position?.end.offset ?? startOf(node);
}

export function isString(node: Node | undefined, content?: string): node is Ast.String {
  return node !== undefined && node.type === 'string' && (content === undefined || node.content === content);
}

export function isMacro(node: Node | undefined, name?: string): node is Ast.Macro {
  return node !== undefined && node.type === 'macro' && (name === undefined || node.content === name);
}

/** The environment name; the PEG grammar stores it as a string node for math environments. */
export function envName(node: Ast.Environment): string {
  const env: unknown = node.env;
  if (typeof env === 'string') return env;
  if (env !== null && typeof env === 'object' && 'content' in env && typeof env.content === 'string') return env.content;
  return '';
}

export interface Arg {
  /** `*`, `[`, `(`, `{`, or `\` for a mandatory argument given as a single macro token. */
  mark: '*' | '[' | '(' | '{' | '\\';
  nodes: Node[];
  /** Chunk-relative span of the argument's content (inside the delimiters). */
  innerStart: number;
  innerEnd: number;
  /** Chunk-relative span including the delimiters. */
  outerStart: number;
  outerEnd: number;
}

export interface ReadArgs {
  /** One entry per spec letter; null when an optional argument is absent (or a mandatory one missing). */
  args: (Arg | null)[];
  /** Index of the first node after the consumed arguments. */
  next: number;
  /** All mandatory arguments were found. */
  complete: boolean;
}

function skipBlank(nodes: Node[], i: number): number {
  while (i < nodes.length && (nodes[i].type === 'whitespace' || nodes[i].type === 'comment')) i++;
  return i;
}

/** `[ … ]` or `( … )` starting at nodes[i]: index of the closing string node, or -1. */
function closingIndex(nodes: Node[], i: number, open: string, close: string): number {
  if (!isString(nodes[i], open)) return -1;
  for (let k = i + 1; k < nodes.length && k < i + 400; k++) {
    const n = nodes[k];
    if (isString(n, close)) return k;
    if (n.type === 'parbreak') return -1;
  }
  return -1;
}

/**
 * Reads arguments after the macro at nodes[i - 1], starting at index i. Spec letters: `s` star,
 * `o` optional [..], `r` optional (..), `m` mandatory {..}, `M` mandatory {..} or one macro token.
 * White space and comments between arguments are skipped, but not consumed when nothing follows.
 */
export function readArgs(nodes: Node[], i: number, spec: string): ReadArgs {
  const args: (Arg | null)[] = [];
  let next = i;
  let complete = true;
  for (const letter of spec) {
    const k = skipBlank(nodes, next);
    const node = nodes[k];
    if (letter === 's') {
      if (isString(node) && node.content.startsWith('*') && node.content.length === 1) {
        args.push({
          mark: '*',
          nodes: [],
          innerStart: startOf(node),
          innerEnd: endOf(node),
          outerStart: startOf(node),
          outerEnd: endOf(node),
        });
        next = k + 1;
      } else args.push(null);
    } else if (letter === 'o' || letter === 'r') {
      const open = letter === 'o' ? '[' : '(';
      const close = letter === 'o' ? ']' : ')';
      const c = closingIndex(nodes, k, open, close);
      if (c < 0) args.push(null);
      else {
        args.push({
          mark: open,
          nodes: nodes.slice(k + 1, c),
          innerStart: endOf(nodes[k]),
          innerEnd: startOf(nodes[c]),
          outerStart: startOf(nodes[k]),
          outerEnd: endOf(nodes[c]),
        });
        next = c + 1;
      }
    } else {
      if (node !== undefined && node.type === 'group') {
        const s = startOf(node);
        const e = endOf(node);
        args.push({ mark: '{', nodes: node.content, innerStart: s + 1, innerEnd: e - 1, outerStart: s, outerEnd: e });
        next = k + 1;
      } else if (letter === 'M' && isMacro(node)) {
        args.push({ mark: '\\', nodes: [node], innerStart: startOf(node), innerEnd: endOf(node), outerStart: startOf(node), outerEnd: endOf(node) });
        next = k + 1;
      } else {
        args.push(null);
        complete = false;
      }
    }
  }
  return { args, next, complete };
}

/** The last mandatory argument that was found. */
export function lastMandatory(read: ReadArgs): Arg | null {
  for (let k = read.args.length - 1; k >= 0; k--) {
    const a = read.args[k];
    if (a && (a.mark === '{' || a.mark === '\\')) return a;
  }
  return null;
}
