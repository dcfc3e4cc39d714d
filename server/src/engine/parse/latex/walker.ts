// Walks the minimal unified-latex tree of each chunk and fills a FileModel. One walker per
// parseLatex call; its state (preamble or body, \iffalse skipping, \appendix) carries across
// chunks, everything else is local to a chunk because chunks end at paragraph breaks outside
// any group or environment.

import { guessHeaderRows, tableLabel } from '../../tables/recognise';
import type * as Ast from '@unified-latex/unified-latex-types';
import type { BlockKind, FileModel, Heading, Table, TableCell, TextBlock } from '../../model';
import { Sink } from './sink';
import { findCommands } from './commands';
import { type Arg, endOf, envName, isMacro, isString, lastMandatory, type Node, readArgs, startOf } from './nodes';
import {
  ALWAYS_UNNUMBERED,
  BLOCK_MACROS,
  CAPTION_ONLY_ENVS,
  CAPTION_SCOPES,
  CITE_COMMANDS,
  DROPPED_ENVS,
  ENV_ARGS,
  HEADING_LEVELS,
  IMPORT_COMMANDS,
  INCLUDE_COMMANDS,
  LANGUAGE_NAMES,
  LETTER_ACCENTS,
  LIST_ENVS,
  MATH_ENVS,
  MULTI_CITE_COMMANDS,
  NON_PRIMITIVE_IFS,
  PREAMBLE_MACROS,
  QUOTE_ENVS,
  SYMBOL_ACCENTS,
  TABLE_RULES,
  TABULAR_ENVS,
  macroAction,
} from './vocabulary';
import { say } from '../../messages';

/** Deeper nesting than this is skipped (the PEG grammar accepts ~2000 levels; our stack need not). */
const MAX_DEPTH = 200;

export interface WalkState {
  mode: 'preamble' | 'body' | 'after';
  /** > 0 while inside \iffalse … \fi (nesting count of conditionals). */
  ifSkip: number;
  /** \appendix or \begin{appendices} seen: later headings get role 'appendix'. */
  appendix: boolean;
}

/**
 * Everything a walk carries from one chunk to the next (WalkState, the one-per-file depth warning,
 * what the metadata is made of): a walk started from the carry of the chunks before a point walks
 * the rest exactly as the walk of the whole file does (a LaTeX file read in segments, latex.ts).
 */
export interface WalkCarry {
  state: WalkState;
  deepWarned: boolean;
  languages: string[];
  mainLanguage: string | undefined;
  lastLanguage: string | undefined;
  documentclass: string | undefined;
}

/** Metadata gathered from \documentclass, babel and polyglossia. */
export function carriedMetadata(carry: WalkCarry): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  if (carry.documentclass !== undefined) meta.documentclass = carry.documentclass;
  if (carry.languages.length > 0) meta.languages = [...carry.languages];
  const main = carry.mainLanguage ?? carry.lastLanguage;
  const lang = main === undefined ? undefined : LANGUAGE_NAMES.get(main);
  if (lang) meta.lang = lang;
  return meta;
}

interface CaptionScope {
  caption?: { text: string; start: number; end: number };
  label?: string;
  /** A \label met before any \caption (refers to the caption only if none follows). */
  earlyLabel?: string;
  tables: Table[];
}

interface PendingRow {
  cells: TableCell[];
  blocks: TextBlock[];
  bold: boolean[];
}

// Includes inside a command definition's body.
const DEFINED_INCLUDE = /\\(input|include|subfile)\s*\{([^{}\n\r]*)\}/g;
const DIMENSION =
  /^\s*-?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*(?:pt|em|ex|cm|mm|in|bp|pc|sp|dd|cc|mu|px)(?:\s*(?:plus|minus)\s*(?:-?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*|-\s*)?(?:fil+|pt|em|ex|cm|mm|in))*/;

/** The value of a primitive assignment after a control word: `= 8em`, `=5`, `=\baselineskip`. */
const ASSIGNMENT = /^[ \t]*=[ \t]*(?:-?[\d.,]+[ \t]*(?:pt|em|ex|cm|mm|in|bp|pc|sp|dd|cc|mu|px|fil+)?|\\[A-Za-z@]+|[^\s\\{}%]+)/;

function hasCaption(nodes: Node[]): boolean {
  return nodes.some((n) => n.type === 'macro' && (n.content === 'caption' || n.content === 'captionof'));
}

function hasExtension(path: string): boolean {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return /\.[A-Za-z0-9]+$/.test(base);
}

export class LatexWalker {
  /** Offset of the current chunk in the file (node positions are chunk-relative). */
  private base = 0;
  /** The block text goes to; in inline contexts, the title/caption/cell/footnote being built. */
  private sink: Sink | null = null;
  /** > 0 inside a heading title, caption, footnote, table cell or bibliography entry. */
  private inline = 0;
  /** > 0 inside figure-like environments: prose is dropped, captions and tables kept. */
  private suppress = 0;
  private readonly kinds: BlockKind[] = ['paragraph'];
  private bold = 0;
  private depth = 0;
  /** > 0 inside a table cell: nested tabulars are read as text. */
  private cellDepth = 0;
  /** > 0 while reading such a nested tabular: `&` is a space. */
  private flatTable = 0;
  private readonly scopes: CaptionScope[] = [];
  /** \makeatletter … \makeatother: package code, never prose. */
  private codeSkip = false;
  private deepWarned = false;
  private readonly languages: string[] = [];
  private mainLanguage: string | undefined;
  /** The last language option seen: babel's main language unless `main=` says otherwise. */
  private lastLanguage: string | undefined;
  private documentclass: string | undefined;

  readonly state: WalkState;

  constructor(
    private readonly model: FileModel,
    hasDocumentBegin: boolean,
    from?: WalkCarry,
  ) {
    this.state = from ? { ...from.state } : { mode: hasDocumentBegin ? 'preamble' : 'body', ifSkip: 0, appendix: false };
    if (from) {
      this.deepWarned = from.deepWarned;
      this.languages.push(...from.languages);
      this.mainLanguage = from.mainLanguage;
      this.lastLanguage = from.lastLanguage;
      this.documentclass = from.documentclass;
    }
  }

  /** What the walk carries to the next chunk (a copy). */
  carry(): WalkCarry {
    return {
      state: { ...this.state },
      deepWarned: this.deepWarned,
      languages: [...this.languages],
      mainLanguage: this.mainLanguage,
      lastLanguage: this.lastLanguage,
      documentclass: this.documentclass,
    };
  }

  private get text(): string {
    return this.model.file.text;
  }

  private get path(): string {
    return this.model.file.path;
  }

  private abs(offset: number): number {
    return offset + this.base;
  }

  // ---- chunks --------------------------------------------------------------------------------

  walkChunk(root: Ast.Root, base: number): void {
    this.base = base;
    this.sink = null;
    this.inline = 0;
    this.suppress = 0;
    this.kinds.length = 1;
    this.scopes.length = 0;
    this.bold = 0;
    this.depth = 0;
    this.cellDepth = 0;
    this.walkList(root.content, 0);
    this.flush();
    this.codeSkip = false;
  }

  /** Metadata gathered from \documentclass, babel and polyglossia. */
  metadata(): Record<string, unknown> {
    return carriedMetadata(this.carry());
  }

  // ---- lists of nodes ------------------------------------------------------------------------

  private walkList(nodes: Node[], from: number): void {
    if (this.depth >= MAX_DEPTH) {
      if (!this.deepWarned && nodes.length > 0) {
        this.deepWarned = true;
        const at = this.abs(startOf(nodes[0]));
        this.model.problems.push({
          span: { file: this.path, start: at, end: at },
          ...say('manuscript.latexTooDeep', { max: MAX_DEPTH }),
        });
      }
      return;
    }
    this.depth++;
    const savedBold = this.bold;
    let i = from;
    let prevEnd = -1;
    while (i < nodes.length) {
      const node = nodes[i];
      // Some verbatim-like macros (\lstinline, \mintinline) come with sibling nodes that repeat
      // their own source range; those were consumed with the macro.
      if (startOf(node) < prevEnd) {
        i++;
        continue;
      }
      const next = this.step(nodes, i);
      prevEnd = Math.max(prevEnd, endOf(nodes[next - 1]));
      i = next;
    }
    this.bold = savedBold;
    this.depth--;
  }

  /** Handles nodes[i] (and the arguments it consumes); returns the index after them. */
  private step(nodes: Node[], i: number): number {
    const node = nodes[i];
    const state = this.state;
    if (state.mode === 'after') return nodes.length;
    if (state.ifSkip > 0) {
      this.skipConditional(node);
      return i + 1;
    }
    if (this.codeSkip) {
      if (node.type === 'parbreak' || isMacro(node, 'makeatother') || isMacro(node, 'ExplSyntaxOff')) this.codeSkip = false;
      return i + 1;
    }
    if (state.mode === 'preamble') return this.preambleStep(nodes, i);
    const next = this.dispatch(nodes, i);
    const sink = this.sink;
    if (
      sink !== null &&
      node.type !== 'whitespace' &&
      node.type !== 'comment' &&
      node.type !== 'parbreak' &&
      !(node.type === 'macro' && BLOCK_MACROS.has(node.content))
    ) {
      sink.touch(this.abs(startOf(node)), this.abs(endOf(nodes[next - 1])));
    }
    return next;
  }

  /** Inside \iffalse: counts nested conditionals (also inside groups) until the matching \fi or \else. */
  private skipConditional(node: Node): void {
    const state = this.state;
    if (node.type === 'macro') {
      const name = node.content;
      if (name === 'fi') state.ifSkip--;
      else if (name === 'else' && state.ifSkip === 1) state.ifSkip = 0;
      else if (name.startsWith('if') && !NON_PRIMITIVE_IFS.has(name)) state.ifSkip++;
    } else if (node.type === 'group' || node.type === 'environment') {
      for (const child of node.content) {
        if (state.ifSkip === 0) break;
        this.skipConditional(child);
      }
    }
  }

  private preambleStep(nodes: Node[], i: number): number {
    const node = nodes[i];
    if (node.type === 'environment' && envName(node) === 'document') {
      this.state.mode = 'body';
      this.walkList(node.content, 0);
      this.flush();
      this.state.mode = 'after';
      return i + 1;
    }
    if (node.type === 'macro' && PREAMBLE_MACROS.has(node.content)) return this.macro(nodes, i);
    return i + 1;
  }

  private dispatch(nodes: Node[], i: number): number {
    const node = nodes[i];
    switch (node.type) {
      case 'string':
        return this.strings(nodes, i);
      case 'whitespace':
        this.sink?.space(this.abs(startOf(node)), this.abs(endOf(node)), endOf(node) - startOf(node) === 1);
        return i + 1;
      case 'parbreak':
        this.paragraphBreak(node);
        return i + 1;
      case 'comment':
        this.comment(node);
        return i + 1;
      case 'group':
        this.walkList(node.content, 0);
        return i + 1;
      case 'inlinemath':
      case 'verb': {
        // Inline math and inline code are neither words nor citations: one space.
        const sink = this.out();
        sink?.space(this.abs(startOf(node)), this.abs(endOf(node)), false);
        return i + 1;
      }
      case 'displaymath':
        this.sink?.space(this.abs(startOf(node)), this.abs(endOf(node)), false);
        return i + 1;
      case 'verbatim':
        if (this.inline === 0) this.flush();
        else this.sink?.space(this.abs(startOf(node)), this.abs(endOf(node)), false);
        return i + 1;
      case 'environment':
      case 'mathenv':
        this.environment(node);
        return i + 1;
      case 'macro':
        return this.macro(nodes, i);
      case 'root':
        this.walkList(node.content, 0);
        return i + 1;
      default:
        return i + 1;
    }
  }

  // ---- text ----------------------------------------------------------------------------------

  /** The sink for prose here, opening a block when in block context. Null where prose is dropped. */
  private out(): Sink | null {
    if (this.sink !== null) return this.sink;
    if (this.inline > 0 || this.suppress > 0 || this.state.mode !== 'body') return null;
    this.sink = new Sink(this.path, this.kinds[this.kinds.length - 1]);
    return this.sink;
  }

  private flush(): void {
    if (this.inline > 0) return;
    const sink = this.sink;
    this.sink = null;
    if (sink !== null && !sink.isEmpty) this.model.blocks.push(sink.build());
  }

  /** Runs `fn` with `sink` as the text target, in inline context (no block breaks). */
  private into(sink: Sink, fn: () => void): void {
    const saved = this.sink;
    const savedSuppress = this.suppress;
    this.sink = sink;
    this.inline++;
    this.suppress = 0;
    fn();
    this.inline--;
    this.suppress = savedSuppress;
    this.sink = saved;
  }

  private paragraphBreak(node: Node): void {
    if (this.inline > 0) this.sink?.space(this.abs(startOf(node)), this.abs(endOf(node)), false);
    else this.flush();
  }

  private comment(node: Ast.Comment): void {
    if (node.suffixParbreak) {
      this.paragraphBreak(node);
      return;
    }
    // A comment eats its line end; only white space before it (or the line end before an
    // own-line comment) separates words.
    if (!node.sameline || node.leadingWhitespace) {
      const at = this.abs(startOf(node));
      const c = this.text.charCodeAt(at);
      this.sink?.space(at, at + 1, c === 32 || c === 10 || c === 9);
    }
  }

  /** A run of adjacent string nodes, as one stretch of source. */
  private strings(nodes: Node[], i: number): number {
    let j = i;
    let end = endOf(nodes[i]);
    // `&` is never merged into a run: in a tabular it separates cells.
    if (!isString(nodes[i], '&')) {
      while (j + 1 < nodes.length && nodes[j + 1].type === 'string' && startOf(nodes[j + 1]) === end && !isString(nodes[j + 1], '&')) {
        j++;
        end = endOf(nodes[j]);
      }
    } else if (this.flatTable > 0) {
      this.sink?.space(this.abs(startOf(nodes[i])), this.abs(end), false);
      return j + 1;
    }
    this.emitSource(this.abs(startOf(nodes[i])), this.abs(end));
    return j + 1;
  }

  /** Copies source text [s, e) with TeX ligatures: `~`, `--`, `---`, quotes. */
  private emitSource(s: number, e: number): void {
    const sink = this.out();
    if (sink === null || e <= s) return;
    const t = this.text;
    const bold = this.bold > 0;
    let seg = s;
    const flushSeg = (to: number): void => {
      if (to > seg) sink.text(t.slice(seg, to), seg, bold);
    };
    for (let k = s; k < e; k++) {
      const c = t.charCodeAt(k);
      if (c === 126 /* ~ */) {
        flushSeg(k);
        sink.space(k, k + 1, false);
        seg = k + 1;
      } else if (c === 45 /* - */ && k + 1 < e && t.charCodeAt(k + 1) === 45) {
        flushSeg(k);
        if (k + 2 < e && t.charCodeAt(k + 2) === 45) {
          sink.replacement('\u2014', k, k + 3, bold);
          k += 2;
        } else {
          sink.replacement('\u2013', k, k + 2, bold);
          k += 1;
        }
        seg = k + 1;
      } else if (c === 96 /* ` */) {
        flushSeg(k);
        if (k + 1 < e && t.charCodeAt(k + 1) === 96) {
          sink.replacement('\u201c', k, k + 2, bold);
          k++;
        } else sink.replacement('\u2018', k, k + 1, bold);
        seg = k + 1;
      } else if (c === 39 /* ' */ && k + 1 < e && t.charCodeAt(k + 1) === 39) {
        flushSeg(k);
        sink.replacement('\u201d', k, k + 2, bold);
        k++;
        seg = k + 1;
      } else if (c === 0xfeff) {
        flushSeg(k);
        seg = k + 1;
      }
    }
    flushSeg(e);
  }

  private argText(arg: Arg): string {
    return this.text.slice(this.abs(arg.innerStart), this.abs(arg.innerEnd)).trim();
  }

  /** Plain text of an argument (for labels and captions read outside the block flow). */
  private plainText(arg: Arg, kind: BlockKind): TextBlock {
    const sink = new Sink(this.path, kind);
    this.into(sink, () => this.walkList(arg.nodes, 0));
    return sink.build(sink.start < 0 ? this.abs(arg.innerStart) : sink.start, sink.end < 0 ? this.abs(arg.innerEnd) : sink.end);
  }

  // ---- macros --------------------------------------------------------------------------------

  private macro(nodes: Node[], i: number): number {
    const m = nodes[i] as Ast.Macro;
    const name = m.content;
    const level = HEADING_LEVELS.get(name);
    if (level !== undefined) return this.heading(nodes, i, name, level);
    if (CITE_COMMANDS.has(name)) return this.cite(nodes, i, name);
    if (MULTI_CITE_COMMANDS.has(name)) return this.multiCite(nodes, i, name);
    if (INCLUDE_COMMANDS.has(name)) return this.include(nodes, i, name);
    if (IMPORT_COMMANDS.has(name)) return this.importFile(nodes, i, name);
    switch (name) {
      case 'bibliography':
      case 'nobibliography':
        return this.bibliography(nodes, i, true);
      case 'addbibresource':
      case 'addglobalbib':
      case 'addsectionbib':
        return this.bibliography(nodes, i, false);
      case 'footnote':
      case 'footnotetext':
      case 'marginpar':
        return this.footnote(nodes, i);
      case 'caption':
      case 'captionof':
      case 'subcaption':
        return this.caption(nodes, i, name);
      case 'subfloat':
      case 'subcaptionbox':
        return this.subfloat(nodes, i, name);
      case 'label':
        return this.label(nodes, i);
      case 'item':
        return this.item(nodes, i);
      case 'par':
        this.paragraphBreak(m);
        return i + 1;
      case '\\': {
        const r = readArgs(nodes, i + 1, 'so');
        this.sink?.space(this.abs(startOf(m)), this.abs(endOf(nodes[r.next - 1])), false);
        return r.next;
      }
      case 'begin':
      case 'end':
        return this.looseEnvironmentMacro(nodes, i, name);
      case 'iffalse':
        this.state.ifSkip = 1;
        return i + 1;
      case 'makeatletter':
      case 'ExplSyntaxOn':
        this.codeSkip = true;
        return i + 1;
      case 'appendix':
        this.state.appendix = true;
        return i + 1;
      case 'def':
      case 'gdef':
      case 'edef':
      case 'xdef':
        return this.skipDefinition(nodes, i);
      case 'newcommand':
      case 'renewcommand':
      case 'providecommand':
        return this.commandDefinition(nodes, i);
      case 'let':
        return this.skipLet(nodes, i);
      case 'newif':
        return isMacro(nodes[i + 1]) ? i + 2 : i + 1;
      case 'bfseries':
      case 'bf':
        this.bold++;
        return i + 1;
      case 'mdseries':
      case 'normalfont':
        this.bold = 0;
        return i + 1;
      case 'vskip':
      case 'hskip':
      case 'kern':
      case 'vspace':
      case 'hspace':
        return this.skipDimension(nodes, i, name);
      case 'documentclass':
        return this.documentClass(nodes, i);
      case 'usepackage':
      case 'RequirePackage':
        return this.usePackage(nodes, i);
      case 'setmainlanguage':
      case 'setdefaultlanguage':
      case 'setotherlanguage':
      case 'setotherlanguages':
        return this.polyglossia(nodes, i, name);
      case 'vadjust': {
        // \vadjust pre{\hypertarget{ref-key}{}}: the anchor Pandoc's CSL output puts before each
        // reference entry; the keyword "pre" (or "post") is not text of the entry.
        let k = i + 1;
        while (k < nodes.length && nodes[k].type === 'whitespace') k++;
        if (isString(nodes[k], 'pre') || isString(nodes[k], 'post')) k++;
        return readArgs(nodes, k, 'm').next;
      }
      case 'lstinline':
      case 'mintinline':
      case 'mint': {
        // Inline code; the PEG grammar gives its argument as overlapping sibling nodes.
        this.out()?.space(this.abs(startOf(m)), this.abs(endOf(m)), false);
        return i + 1;
      }
      default:
        break;
    }
    const symbolAccent = SYMBOL_ACCENTS.get(name);
    if (symbolAccent !== undefined) return this.accent(nodes, i, symbolAccent, true);
    const letterAccent = LETTER_ACCENTS.get(name);
    if (letterAccent !== undefined && nodes[i + 1]?.type === 'group') return this.accent(nodes, i, letterAccent, false);

    const action = macroAction(name);
    if (action === undefined) {
      // Unknown: nothing; its braced arguments read as ordinary groups. A primitive assignment
      // (\lefthyphenmin=5, \parindent=0pt) also drops its value.
      const from = this.abs(endOf(m));
      let p = from;
      while (this.text.charCodeAt(p) === 32 || this.text.charCodeAt(p) === 9) p++;
      if (this.text.charCodeAt(p) !== 61 /* = */) return i + 1;
      const assignment = ASSIGNMENT.exec(this.text.slice(from, from + 60));
      if (assignment === null) return i + 1;
      const end = from + assignment[0].length;
      let k = i + 1;
      while (k < nodes.length && this.abs(startOf(nodes[k])) < end) k++;
      return k;
    }
    switch (action.kind) {
      case 'skip':
        return readArgs(nodes, i + 1, action.args).next;
      case 'space': {
        const r = readArgs(nodes, i + 1, action.args);
        this.sink?.space(this.abs(startOf(m)), this.abs(endOf(nodes[r.next - 1])), false);
        return r.next;
      }
      case 'char':
        this.out()?.replacement(action.char, this.abs(startOf(m)), this.abs(endOf(m)), this.bold > 0);
        return i + 1;
      case 'drop': {
        const r = readArgs(nodes, i + 1, action.args);
        this.out()?.dropped();
        return r.next;
      }
      case 'text': {
        const r = readArgs(nodes, i + 1, action.args);
        const arg = lastMandatory(r);
        if (arg === null) return i + 1;
        if (action.bold) this.bold++;
        if (action.quotes) this.out()?.virtual(action.quotes[0], this.abs(startOf(m)));
        this.walkList(arg.nodes, 0);
        if (action.quotes) this.sink?.virtual(action.quotes[1], this.abs(arg.innerEnd));
        if (action.bold) this.bold--;
        return r.next;
      }
    }
  }

  private accent(nodes: Node[], i: number, combining: string, symbol: boolean): number {
    const m = nodes[i];
    const next = nodes[i + 1];
    const start = this.abs(startOf(m));
    const bold = this.bold > 0;
    const compose = (base: string): string => (base + combining).normalize('NFC');
    if (next?.type === 'group') {
      const inner = next.content;
      let base: string | null = null;
      if (inner.length === 0) base = '';
      else if (inner.length === 1 && isString(inner[0]) && inner[0].content.length === 1) base = inner[0].content;
      else if (inner.length === 1 && (isMacro(inner[0], 'i') || isMacro(inner[0], 'j'))) base = inner[0].content === 'i' ? 'ı' : 'ȷ';
      if (base === null) return i + 1; // not a simple accent: drop the accent, keep the letters
      // `\~{}` and `\^{}` print the accent itself.
      let char = '';
      if (base !== '') char = compose(base === 'ı' ? 'i' : base === 'ȷ' ? 'j' : base);
      else if (symbol && m.type === 'macro') char = m.content;
      this.out()?.replacement(char, start, this.abs(endOf(next)), bold);
      return i + 2;
    }
    if (symbol && isString(next) && startOf(next) === endOf(m) && next.content.length > 0) {
      const first = next.content[0];
      const at = this.abs(startOf(next));
      this.out()?.replacement(compose(first), start, at + 1, bold);
      // The rest of the string (and the run it starts) is ordinary text.
      let j = i + 1;
      let end = endOf(nodes[j]);
      while (j + 1 < nodes.length && nodes[j + 1].type === 'string' && startOf(nodes[j + 1]) === end) {
        j++;
        end = endOf(nodes[j]);
      }
      this.emitSource(at + 1, this.abs(end));
      return j + 1;
    }
    if (symbol && (isMacro(next, 'i') || isMacro(next, 'j')) && startOf(next) === endOf(m)) {
      this.out()?.replacement(compose(next.content), start, this.abs(endOf(next)), bold);
      return i + 2;
    }
    return i + 1;
  }

  private heading(nodes: Node[], i: number, name: string, level: number): number {
    const r = readArgs(nodes, i + 1, 'som');
    const title = r.args[2];
    if (title === null || title.mark !== '{') return i + 1;
    if (this.inline === 0) this.flush();
    if (this.suppress > 0) return r.next;
    const block = this.plainText(title, 'heading');
    const heading: Heading = {
      file: this.path,
      start: this.abs(startOf(nodes[i])),
      end: this.abs(title.outerEnd),
      // A title that is only a user macro (\chapter{\babDua}) keeps its source so it is not blank.
      title: block.text || this.argText(title).replace(/\s+/g, ' '),
      level,
    };
    if (r.args[0] !== null || ALWAYS_UNNUMBERED.has(name)) heading.implicit = true;
    if (this.state.appendix) heading.role = 'appendix';
    this.model.headings.push(heading);
    if (block.text.length > 0) this.model.blocks.push(block);
    return r.next;
  }

  private addKeys(arg: Arg, command: string, nocite: boolean): void {
    const t = this.text;
    const e = this.abs(arg.innerEnd);
    let k = this.abs(arg.innerStart);
    while (k < e) {
      const c = t.charCodeAt(k);
      if (c === 44 /* , */ || c === 32 || c === 9 || c === 10 || c === 13) {
        k++;
        continue;
      }
      if (c === 37 /* % */) {
        const eol = t.indexOf('\n', k);
        k = eol < 0 || eol > e ? e : eol + 1;
        continue;
      }
      let j = k;
      while (j < e && t.charCodeAt(j) !== 44 && t.charCodeAt(j) !== 37) j++;
      let ke = j;
      while (ke > k && /\s/.test(t[ke - 1])) ke--;
      const citation = { file: this.path, start: k, end: ke, key: t.slice(k, ke), command };
      this.model.keyCitations.push(nocite ? { ...citation, nocite: true } : citation);
      k = j;
    }
  }

  private cite(nodes: Node[], i: number, name: string): number {
    const r = readArgs(nodes, i + 1, 'soom');
    const keys = r.args[3];
    if (keys === null || keys.mark !== '{') return i + 1;
    this.addKeys(keys, name + (r.args[0] !== null ? '*' : ''), name === 'nocite');
    this.out()?.dropped();
    return r.next;
  }

  private multiCite(nodes: Node[], i: number, name: string): number {
    const head = readArgs(nodes, i + 1, 'srr');
    const command = name + (head.args[0] !== null ? '*' : '');
    let next = head.next;
    let found = false;
    for (;;) {
      const r = readArgs(nodes, next, 'oom');
      const keys = r.args[2];
      if (keys === null || keys.mark !== '{') break;
      this.addKeys(keys, command, false);
      found = true;
      next = r.next;
    }
    if (!found) return i + 1;
    this.out()?.dropped();
    return next;
  }

  private include(nodes: Node[], i: number, name: string): number {
    const m = nodes[i];
    const start = this.abs(startOf(m));
    const r = readArgs(nodes, i + 1, 'm');
    const arg = r.args[0];
    if (arg !== null) {
      this.model.includes.push({ file: this.path, start, end: this.abs(arg.outerEnd), written: this.argText(arg), command: name });
      return r.next;
    }
    if (name !== 'input') return i + 1;
    // TeX's primitive form: \input file (the name ends at white space).
    const t = this.text;
    let k = this.abs(endOf(m));
    while (k < t.length && (t[k] === ' ' || t[k] === '\t')) k++;
    let j = k;
    while (j < t.length && !/[\s%\\{}]/.test(t[j])) j++;
    if (j === k) return i + 1;
    this.model.includes.push({ file: this.path, start, end: j, written: t.slice(k, j), command: name });
    let next = i + 1;
    while (next < nodes.length && this.abs(startOf(nodes[next])) < j) next++;
    return next;
  }

  private importFile(nodes: Node[], i: number, name: string): number {
    const r = readArgs(nodes, i + 1, 'mm');
    const [dir, file] = r.args;
    if (dir === null || file === null) return i + 1;
    const d = this.argText(dir);
    const f = this.argText(file);
    // \import{chapters/}{intro} is the documented form; join with a slash when it is missing.
    const written = d === '' ? f : d.endsWith('/') ? d + f : d + '/' + f;
    this.model.includes.push({
      file: this.path,
      start: this.abs(startOf(nodes[i])),
      end: this.abs(file.outerEnd),
      written,
      command: name,
    });
    return r.next;
  }

  private bibliography(nodes: Node[], i: number, bibtex: boolean): number {
    const r = readArgs(nodes, i + 1, bibtex ? 'm' : 'om');
    const arg = lastMandatory(r);
    if (arg === null || arg.mark !== '{') return i + 1;
    const t = this.text;
    const s = this.abs(arg.innerStart);
    const e = this.abs(arg.innerEnd);
    const pieces: [number, number][] = [];
    if (bibtex) {
      let k = s;
      while (k <= e) {
        let j = k;
        while (j < e && t[j] !== ',') j++;
        pieces.push([k, j]);
        k = j + 1;
      }
    } else pieces.push([s, e]);
    for (let [a, b] of pieces) {
      while (a < b && /\s/.test(t[a])) a++;
      while (b > a && /\s/.test(t[b - 1])) b--;
      if (b <= a) continue;
      const written = t.slice(a, b);
      // BibTeX always appends .bib; biblatex takes the name as given unless it has no extension.
      const path = bibtex ? (written.toLowerCase().endsWith('.bib') ? written : written + '.bib') : hasExtension(written) ? written : written + '.bib';
      this.model.bibliographies.push({ file: this.path, start: a, end: b, written, path });
    }
    return r.next;
  }

  private footnote(nodes: Node[], i: number): number {
    const r = readArgs(nodes, i + 1, 'om');
    const arg = r.args[1];
    if (arg === null || arg.mark !== '{') return i + 1;
    // Open the host paragraph first so the footnote mark lies inside its span.
    this.out()?.dropped();
    const block = this.plainText(arg, 'footnote');
    if (block.text.length > 0) this.model.blocks.push(block);
    return r.next;
  }

  private caption(nodes: Node[], i: number, name: string): number {
    const r = readArgs(nodes, i + 1, name === 'captionof' ? 'smom' : 'som');
    const arg = lastMandatory(r);
    if (arg === null || arg.mark !== '{') return i + 1;
    if (this.inline === 0) this.flush();
    const block = this.plainText(arg, 'caption');
    if (block.text.length > 0) this.model.blocks.push(block);
    const forTable = name !== 'captionof' || (r.args[1] !== null && this.argText(r.args[1]).startsWith('table'));
    const scope = this.scopes[this.scopes.length - 1];
    if (scope !== undefined && forTable && scope.caption === undefined && block.text.length > 0) {
      scope.caption = { text: block.text, start: block.start, end: block.end };
    }
    return r.next;
  }

  private subfloat(nodes: Node[], i: number, name: string): number {
    const r = readArgs(nodes, i + 1, name === 'subfloat' ? 'oom' : 'mm');
    const caption = name === 'subfloat' ? (r.args[1] ?? r.args[0]) : r.args[0];
    const body = lastMandatory(r);
    if (body === null) return i + 1;
    if (caption !== null && caption !== body) {
      const block = this.plainText(caption, 'caption');
      if (block.text.length > 0) this.model.blocks.push(block);
    }
    this.walkList(body.nodes, 0);
    return r.next;
  }

  private label(nodes: Node[], i: number): number {
    const r = readArgs(nodes, i + 1, 'm');
    const arg = r.args[0];
    const scope = this.scopes[this.scopes.length - 1];
    if (arg !== null && scope !== undefined) {
      const key = this.argText(arg);
      if (scope.caption !== undefined) scope.label ??= key;
      else scope.earlyLabel ??= key;
    }
    return r.next;
  }

  private item(nodes: Node[], i: number): number {
    const r = readArgs(nodes, i + 1, 'o');
    const label = r.args[0];
    if (this.inline > 0) {
      this.sink?.space(this.abs(startOf(nodes[i])), this.abs(endOf(nodes[i])), false);
      if (label !== null) this.walkList(label.nodes, 0);
      return r.next;
    }
    this.flush();
    if (label !== null) {
      this.walkList(label.nodes, 0);
      const sink = this.sink;
      if (sink !== null) {
        sink.touch(this.abs(label.innerStart), this.abs(label.innerEnd));
        sink.space(this.abs(label.outerEnd) - 1, this.abs(label.outerEnd), false);
      }
    }
    return r.next;
  }

  /** A \begin or \end whose partner is in another chunk or missing. */
  private looseEnvironmentMacro(nodes: Node[], i: number, name: string): number {
    const r = readArgs(nodes, i + 1, 'm');
    const arg = r.args[0];
    if (arg === null) return i + 1;
    const env = this.argText(arg);
    if (env === 'document') {
      if (name === 'begin' && this.state.mode === 'preamble') this.state.mode = 'body';
      else if (name === 'end') {
        this.flush();
        this.state.mode = 'after';
      }
      return r.next;
    }
    if (this.state.mode === 'body' && this.inline === 0) this.flush();
    return r.next;
  }

  /**
   * `\newcommand{\DaftarPustaka}{\input{lib/formatbibliography}}`: the body is not text, but a
   * template that reaches its bibliography or chapters only through such a command still reads
   * them, so the files it includes are followed (from where it is defined) and the bibliographies
   * it declares are declared.
   */
  private commandDefinition(nodes: Node[], i: number): number {
    const r = readArgs(nodes, i + 1, 'sMoom');
    const body = r.args[4];
    if (body === null || body.mark !== '{') return r.next;
    const from = this.abs(body.innerStart);
    const text = this.text.slice(from, this.abs(body.innerEnd));
    if (!text.includes('\\')) return r.next;
    for (const m of text.matchAll(DEFINED_INCLUDE)) {
      const written = m[2].trim();
      if (written && !written.includes('#')) {
        this.model.includes.push({ file: this.path, start: from + m.index, end: from + m.index + m[0].length, written, command: m[1] });
      }
    }
    for (const command of findCommands(text, ['bibliography', 'addbibresource', 'addglobalbib'])) {
      const bibtex = command.name === 'bibliography';
      let at = from + command.argumentStart;
      for (const piece of bibtex ? command.argument.split(',') : [command.argument]) {
        const written = piece.trim();
        const start = at + piece.indexOf(written);
        at += piece.length + 1;
        if (!written || written.includes('#')) continue;
        const path = written.toLowerCase().endsWith('.bib') || (!bibtex && hasExtension(written)) ? written : `${written}.bib`;
        this.model.bibliographies.push({ file: this.path, start, end: start + written.length, written, path });
      }
    }
    return r.next;
  }

  private skipDefinition(nodes: Node[], i: number): number {
    // \def\name<parameter text>{body}
    let k = i + 1;
    if (isMacro(nodes[k])) k++;
    while (k < nodes.length && k < i + 40 && nodes[k].type !== 'group' && nodes[k].type !== 'parbreak') k++;
    return nodes[k]?.type === 'group' ? k + 1 : i + 1;
  }

  private skipLet(nodes: Node[], i: number): number {
    let k = i + 1;
    if (!isMacro(nodes[k])) return i + 1;
    k++;
    while (k < nodes.length && (nodes[k].type === 'whitespace' || isString(nodes[k], '='))) k++;
    return k < nodes.length ? k + 1 : k;
  }

  private skipDimension(nodes: Node[], i: number, name: string): number {
    if (name === 'vspace' || name === 'hspace') {
      const r = readArgs(nodes, i + 1, 'sm');
      if (name === 'hspace') this.sink?.space(this.abs(startOf(nodes[i])), this.abs(endOf(nodes[r.next - 1])), false);
      return r.next;
    }
    const from = this.abs(endOf(nodes[i]));
    const m = DIMENSION.exec(this.text.slice(from, from + 80));
    if (name === 'hskip') this.sink?.space(this.abs(startOf(nodes[i])), from, false);
    if (m === null) return i + 1;
    const end = from + m[0].length;
    let k = i + 1;
    while (k < nodes.length && this.abs(startOf(nodes[k])) < end) k++;
    return k;
  }

  private documentClass(nodes: Node[], i: number): number {
    const r = readArgs(nodes, i + 1, 'omo');
    const [options, cls] = r.args;
    if (cls !== null) {
      this.documentclass = this.argText(cls);
      this.model.packages.push({
        file: this.path,
        start: this.abs(startOf(nodes[i])),
        end: this.abs(cls.outerEnd),
        written: this.documentclass,
        kind: 'class',
      });
    }
    if (options !== null) {
      // babel takes language names from the class options too.
      for (const option of this.argText(options).split(',')) {
        const o = option.trim();
        if (LANGUAGE_NAMES.has(o)) this.addLanguage(o);
      }
    }
    return r.next;
  }

  private usePackage(nodes: Node[], i: number): number {
    const r = readArgs(nodes, i + 1, 'omo');
    const [options, names] = r.args;
    if (names === null) return i + 1;
    const packages = this.argText(names)
      .split(',')
      .map((p) => p.replace(/%[^\n]*/g, '').trim());
    for (const written of packages) {
      if (written) this.model.packages.push({ file: this.path, start: this.abs(startOf(nodes[i])), end: this.abs(names.outerEnd), written, kind: 'package' });
    }
    if (packages.includes('babel') && options !== null) {
      for (const option of this.argText(options)
        .replace(/%[^\n]*/g, '')
        .split(',')) {
        const o = option.trim();
        const main = /^main\s*=\s*([A-Za-z]+)$/.exec(o);
        if (main) {
          this.mainLanguage = main[1];
          this.addLanguage(main[1]);
        } else if (/^[A-Za-z]+$/.test(o)) this.addLanguage(o);
      }
    }
    return r.next;
  }

  private polyglossia(nodes: Node[], i: number, name: string): number {
    const r = readArgs(nodes, i + 1, 'om');
    const arg = r.args[1];
    if (arg === null) return i + 1;
    for (const lang of this.argText(arg).split(',')) {
      const l = lang.trim();
      if (!l) continue;
      this.addLanguage(l);
      if (name === 'setmainlanguage' || name === 'setdefaultlanguage') this.mainLanguage = l;
    }
    return r.next;
  }

  private addLanguage(name: string): void {
    this.lastLanguage = name;
    if (!this.languages.includes(name)) this.languages.push(name);
  }

  // ---- environments --------------------------------------------------------------------------

  private environment(node: Ast.Environment): void {
    const name = envName(node);
    if (node.type === 'mathenv' || MATH_ENVS.has(name)) {
      // Display math continues the paragraph around it.
      this.sink?.space(this.abs(startOf(node)), this.abs(endOf(node)), false);
      return;
    }
    if (name === 'document') {
      this.walkList(node.content, 0);
      this.flush();
      this.state.mode = 'after';
      return;
    }
    if (DROPPED_ENVS.has(name)) {
      if (this.inline === 0) this.flush();
      return;
    }
    const tabularArgs = TABULAR_ENVS.get(name);
    if (tabularArgs !== undefined) {
      this.tabular(node, name, tabularArgs);
      return;
    }
    if (name === 'thebibliography') {
      this.bibliographyEnvironment(node);
      return;
    }
    const content = node.content;
    const r = readArgs(content, 0, ENV_ARGS.get(name) ?? '');
    if (this.inline > 0) {
      // A list or box inside a caption, footnote or cell: its text joins that block.
      this.sink?.space(this.abs(startOf(node)), this.abs(startOf(node)) + 1, false);
      this.walkList(content, r.next);
      this.sink?.space(this.abs(endOf(node)) - 1, this.abs(endOf(node)), false);
      return;
    }
    this.flush();
    if (name === 'abstract' || name === 'abstrak') this.abstractHeading(node, name);
    if (name === 'appendices') this.state.appendix = true;

    const list = LIST_ENVS.has(name);
    const quote = QUOTE_ENVS.has(name);
    // An environment we do not know that holds a \caption is a custom float (\newfloat, a
    // template's `kode` or `gambar`): keep its caption and tables, not its body.
    const customFloat = !list && !quote && !CAPTION_SCOPES.has(name) && !ENV_ARGS.has(name) && hasCaption(content);
    const captionOnly = CAPTION_ONLY_ENVS.has(name) || customFloat;
    const scoped = CAPTION_SCOPES.has(name) || customFloat;
    if (list) this.kinds.push('list-item');
    else if (quote) this.kinds.push('quote');
    if (captionOnly) this.suppress++;
    if (scoped) this.scopes.push({ tables: [] });

    this.walkList(content, r.next);
    this.flush();

    if (scoped) this.closeScope();
    if (captionOnly) this.suppress--;
    if (list || quote) this.kinds.pop();
  }

  private abstractHeading(node: Ast.Environment, name: string): void {
    const start = this.abs(startOf(node));
    const m = /^\\begin\s*\{[^}]*\}/.exec(this.text.slice(start, start + 80));
    const heading: Heading = {
      file: this.path,
      start,
      end: start + (m ? m[0].length : 6),
      title: name === 'abstrak' ? 'Abstrak' : 'Abstract',
      level: 1,
      implicit: true,
      role: 'abstract',
    };
    this.model.headings.push(heading);
  }

  private closeScope(): void {
    const scope = this.scopes.pop();
    if (scope === undefined) return;
    const parent = this.scopes[this.scopes.length - 1];
    const label = scope.label ?? scope.earlyLabel;
    for (const table of scope.tables) {
      if (table.caption === undefined && scope.caption !== undefined) {
        const caption = scope.caption;
        table.caption = caption.text;
        table.captionSpan = { file: this.path, start: caption.start, end: caption.end };
        const numbered = tableLabel(caption.text);
        if (numbered) {
          table.label = numbered.label;
          table.number = numbered.number;
        }
      }
      if (table.latexLabel === undefined && label !== undefined) table.latexLabel = label;
      if (table.caption === undefined && parent !== undefined) parent.tables.push(table);
    }
  }

  // ---- tables --------------------------------------------------------------------------------

  private tabular(node: Ast.Environment, name: string, spec: string): void {
    const content = node.content;
    let from: number;
    if (name === 'tabu' || name === 'longtabu') {
      // \begin{tabu} to \linewidth {X[l]X}: the column spec is the first group.
      from = content.findIndex((n) => n.type === 'group') + 1;
    } else from = readArgs(content, 0, spec).next;

    if (this.cellDepth > 0) {
      // A tabular inside a cell: its cells are text of the outer cell.
      this.flatTable++;
      this.walkList(content, from);
      this.flatTable--;
      return;
    }
    if (this.inline === 0) this.flush();
    const ownScope = name.startsWith('longtable') || name === 'xltabular' || name.startsWith('longtblr');
    if (ownScope) this.scopes.push({ tables: [] });

    const rows: PendingRow[] = [];
    let row: PendingRow = { cells: [], blocks: [], bold: [] };
    let cell = new Sink(this.path, 'table-cell');
    let cellOrigin = this.abs(startOf(content[from] ?? node));
    let ruleAfterFirst = false;
    let headerRows = -1;
    let firstHead = false;
    let mark = 0;

    const savedSink = this.sink;
    const savedSuppress = this.suppress;
    const savedBold = this.bold;
    this.inline++;
    this.cellDepth++;
    this.suppress = 0;
    this.sink = cell;

    // \multicolumn{n}… and \multirow{n}… of the cell being read.
    let colSpan = 1;
    let rowSpan = 1;
    const endCell = (at: number): void => {
      const block = cell.build();
      const span = cell.start >= 0 ? { start: cell.start, end: cell.end } : { start: cellOrigin, end: cellOrigin };
      const tableCell: TableCell = { file: this.path, start: span.start, end: span.end, text: block.text };
      if (colSpan > 1) tableCell.colSpan = colSpan;
      if (rowSpan > 1) tableCell.rowSpan = rowSpan;
      colSpan = rowSpan = 1;
      row.cells.push(tableCell);
      if (block.text.length > 0) row.blocks.push(block);
      row.bold.push(cell.boldChars > 0 && cell.plainChars === 0);
      cell = new Sink(this.path, 'table-cell');
      this.sink = cell;
      this.bold = savedBold;
      cellOrigin = at;
    };
    const endRow = (): void => {
      if (row.cells.some((c) => c.text.length > 0)) rows.push(row);
      row = { cells: [], blocks: [], bold: [] };
    };
    const rowStarted = (): boolean => row.cells.length > 0 || !cell.isEmpty;
    /** Between rows (after \\ or a rule): forget what an empty cell has touched (\label). */
    const restartCell = (at: number): void => {
      cell = new Sink(this.path, 'table-cell');
      this.sink = cell;
      cellOrigin = at;
    };

    let prevEnd = -1;
    let k = from;
    while (k < content.length) {
      const n = content[k];
      if (startOf(n) < prevEnd) {
        k++;
        continue;
      }
      let next: number;
      if (this.state.ifSkip > 0) {
        next = this.step(content, k);
      } else if (isString(n, '&')) {
        endCell(this.abs(endOf(n)));
        next = k + 1;
      } else if (n.type === 'macro' && (n.content === '\\' || n.content === 'tabularnewline' || n.content === 'cr')) {
        next = readArgs(content, k + 1, n.content === '\\' ? 'so' : '').next;
        if (rowStarted()) {
          endCell(this.abs(endOf(content[next - 1])));
          endRow();
        } else restartCell(this.abs(endOf(content[next - 1])));
      } else if (n.type === 'macro' && TABLE_RULES.has(n.content)) {
        const action = macroAction(n.content);
        next = readArgs(content, k + 1, action && action.kind === 'skip' ? action.args : '').next;
        if (!rowStarted()) {
          if (rows.length === 1) ruleAfterFirst = true;
          restartCell(this.abs(endOf(content[next - 1])));
        }
      } else if (n.type === 'macro' && /^end(first)?(head|foot)$|^endlastfoot$/.test(n.content)) {
        // longtable: rows before \endfirsthead (or \endhead) are the header; the repeated
        // header and the footers are not rows of their own.
        if (rowStarted()) {
          endCell(this.abs(startOf(n)));
          endRow();
        }
        if (n.content === 'endfirsthead') {
          headerRows = rows.length;
          firstHead = true;
        } else if (n.content === 'endhead') {
          if (firstHead) rows.length = mark;
          else headerRows = rows.length;
        } else rows.length = mark;
        mark = rows.length;
        next = k + 1;
        restartCell(this.abs(endOf(n)));
      } else {
        if (n.type === 'macro' && (n.content === 'multicolumn' || n.content === 'multirow')) {
          // The count is the first mandatory argument (\multirow may have an optional one before it).
          const r = readArgs(content, k + 1, n.content === 'multicolumn' ? 'm' : 'om');
          const countArg = r.args[r.args.length - 1];
          const count = countArg ? Number.parseInt(this.argText(countArg), 10) : NaN;
          if (Number.isFinite(count) && count > 1) {
            if (n.content === 'multicolumn') colSpan = Math.min(count, 50);
            else rowSpan = Math.min(count, 500);
          }
        }
        next = this.step(content, k);
      }
      prevEnd = Math.max(prevEnd, endOf(content[next - 1]));
      k = next;
    }
    if (rowStarted()) {
      endCell(this.abs(endOf(node)));
      endRow();
    }

    this.sink = savedSink;
    this.suppress = savedSuppress;
    this.bold = savedBold;
    this.cellDepth--;
    this.inline--;

    if (headerRows < 0)
      headerRows = guessHeaderRows(
        rows.map((r) => r.cells.map((c, k) => ({ text: c.text, bold: r.bold[k] }))),
        ruleAfterFirst,
      );
    const table: Table = {
      file: this.path,
      start: this.abs(startOf(node)),
      end: this.abs(endOf(node)),
      rows: rows.map((r) => r.cells),
      headerRows: Math.min(headerRows, rows.length),
    };
    for (const r of rows) for (const b of r.blocks) this.model.blocks.push(b);
    this.model.tables.push(table);
    const scope = this.scopes[this.scopes.length - 1];
    if (scope !== undefined) scope.tables.push(table);
    if (ownScope) this.closeScope();
  }

  // ---- thebibliography -----------------------------------------------------------------------

  private bibliographyEnvironment(node: Ast.Environment): void {
    if (this.inline === 0) this.flush();
    const content = node.content;
    const from = readArgs(content, 0, 'm').next;
    let current: { key: string; label?: string; start: number; headEnd: number; sink: Sink } | null = null;

    const savedSink = this.sink;
    const savedSuppress = this.suppress;
    this.inline++;
    this.suppress = 0;
    this.sink = null;

    const finish = (): void => {
      if (current === null) return;
      const sink = current.sink;
      const body = sink.build(sink.start < 0 ? current.headEnd : sink.start, sink.end < 0 ? current.headEnd : sink.end);
      const end = Math.max(current.headEnd, sink.end);
      this.model.bibItems.push({
        file: this.path,
        start: current.start,
        end,
        key: current.key,
        ...(current.label !== undefined ? { label: current.label } : {}),
        body,
      });
      current = null;
    };

    let prevEnd = -1;
    let k = from;
    while (k < content.length) {
      const n = content[k];
      if (startOf(n) < prevEnd) {
        k++;
        continue;
      }
      let next: number;
      if (isMacro(n, 'bibitem') && this.state.ifSkip === 0) {
        finish();
        const r = readArgs(content, k + 1, 'om');
        const keyArg = r.args[1];
        next = r.next;
        if (keyArg !== null) {
          const labelArg = r.args[0];
          const sink = new Sink(this.path, 'paragraph');
          current = {
            key: this.argText(keyArg),
            start: this.abs(startOf(n)),
            headEnd: this.abs(keyArg.outerEnd),
            sink,
            ...(labelArg !== null ? { label: this.plainText(labelArg, 'paragraph').text } : {}),
          };
          this.sink = sink;
        } else this.sink = null;
      } else next = this.step(content, k);
      prevEnd = Math.max(prevEnd, endOf(content[next - 1]));
      k = next;
    }
    finish();

    this.sink = savedSink;
    this.suppress = savedSuppress;
    this.inline--;
  }
}
