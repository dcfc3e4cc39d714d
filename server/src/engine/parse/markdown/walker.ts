// Walks remark's tree into the file model: headings, paragraphs, list items, quotes and footnotes
// as text blocks with exact offsets; GFM, tab-separated and HTML tables; captions ("Tabel 1. …");
// bold lines acting as headings (Word exports); front matter and its bibliography; Pandoc's
// `nocite`.
import { parse as parseYaml } from 'yaml';
import type { Nodes, Paragraph, Parent, RootContent, Table as MdTable } from 'mdast';
import type { BlockKind, FileModel, KeyCitation, SourceFile, Table, TableCell, TextBlock } from '../../model';
import { TextBuilder } from '../../text/builder';
import { headingLevelFromTitle, looksLikeImplicitHeading } from '../../structure/roles';
import { yamlBibliographies } from '../../project';
import { dirname } from '../../paths';
import { guessHeaderRows, tableLabel } from '../../tables/recognise';
import { cellBlock, cleanCell, elements } from './htmlTables';
import { say } from '../../messages';

/** A raw LaTeX code environment opening a paragraph of a Markdown file. */
const RAW_CODE_ENVIRONMENT = /^\\begin\{(lstlisting|verbatim|minted|Verbatim|comment)\}/;

export class MarkdownWalker {
  private pendingCaption: { block: TextBlock; label: string; number: string; caption: string; below?: Table } | undefined;
  private blocksSinceCaption = 0;
  /** The last table, while at most one block (a note) follows it: a caption below may still name it. */
  private recentTable: Table | undefined;
  private blocksSinceTable = 0;

  constructor(
    private readonly file: SourceFile,
    private readonly model: FileModel,
  ) {}

  walkChildren(children: RootContent[], kind: BlockKind = 'paragraph'): void {
    // Raw LaTeX code in a Pandoc document (`\begin{lstlisting}` … `\end{lstlisting}`, blank lines
    // and all) is code, as Pandoc passes it through: its `@Plugin` and `@echo` are no citations.
    let rawUntil = -1;
    for (const node of children) {
      const start = node.position?.start.offset ?? 0;
      if (start < rawUntil) continue;
      if (node.type === 'paragraph') {
        const open = RAW_CODE_ENVIRONMENT.exec(this.file.text.slice(start, start + 40));
        if (open) {
          const closing = `\\end{${open[1]}}`;
          const at = this.file.text.indexOf(closing, start);
          if (at >= 0) {
            rawUntil = at + closing.length;
            continue;
          }
        }
      }
      this.walk(node, kind);
    }
  }

  finish(): void {
    this.captionBelow();
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
        // A Word caption style exported as a heading ("##### Tabel 4.5 Hasil Recall …"): a caption, not a section.
        if (node.children.length > 0 && tableLabel(this.file.text.slice(start, end).replace(/^#+[ \t]*/, ''))) {
          this.paragraph({ type: 'paragraph', children: node.children, position: node.position } as Paragraph, 'paragraph', start, end);
          return;
        }
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
        ...say('manuscript.frontMatterUnreadable', { detail: error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : String(error) }),
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
    if (kind === 'paragraph') {
      const from = this.tabbedLinesBefore(start, end);
      if (this.tabTable(this.file.text.slice(from, end), from, end)) return;
    }
    const source = this.file.text.slice(start, end);
    if (node.children.some((c) => c.type === 'html' && /<table[\s>]/i.test(c.value))) {
      this.htmlTable(source, start, end);
      return;
    }
    const block = this.inline(node, kind, start, end);
    if (block.text.length === 0) return;

    const caption = tableLabel(block.text);
    if (caption && block.text.length < 400) {
      block.kind = 'caption';
      this.model.blocks.push(block);
      // Right below an unlabelled table ("Table 5 – Pearson correlations …" under the table, as Word
      // documents often have it), unless a table follows: that one is the caption's.
      const below = this.recentTable && !this.recentTable.label ? this.recentTable : undefined;
      this.pendingCaption = { block, label: caption.label, number: caption.number, caption: block.text, ...(below ? { below } : {}) };
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
    this.captionBelow();
    if (this.pendingCaption && ++this.blocksSinceCaption > 1) this.pendingCaption = undefined;
    if (this.recentTable && ++this.blocksSinceTable > 1) this.recentTable = undefined;
  }

  /** A caption between an unlabelled table and prose names the table above it. */
  private captionBelow(): void {
    const pending = this.pendingCaption;
    if (!pending?.below || pending.below.label) return;
    this.label(pending.below, pending);
    this.pendingCaption = undefined;
    this.recentTable = undefined;
  }

  private label(table: Table, caption: { block: TextBlock; label: string; number: string; caption: string }): void {
    table.label = caption.label;
    table.number = caption.number;
    table.caption = caption.caption;
    table.captionSpan = { file: this.file.path, start: caption.block.start, end: caption.block.end };
  }

  private addTable(table: Omit<Table, 'label' | 'number' | 'caption' | 'captionSpan'>): void {
    const full: Table = { ...table };
    const pending = this.pendingCaption;
    if (pending) {
      this.label(full, pending);
      this.pendingCaption = undefined;
    }
    this.model.tables.push(full);
    this.recentTable = full;
    this.blocksSinceTable = 0;
    for (const row of full.rows) for (const cell of row) this.model.blocks.push(cellBlock(cell));
  }

  /**
   * A tab-separated header row whose first cells are empty starts with tabs, which Markdown reads as
   * indented code: the lines right before a paragraph of tab-separated rows (no blank line between),
   * each with as many cells as its first row, belong to the table.
   */
  private tabbedLinesBefore(start: number, end: number): number {
    const text = this.file.text;
    const firstLine = text.slice(start, end).split('\n', 1)[0];
    if (!firstLine.includes('\t')) return start;
    const width = firstLine.split('\t').length;
    let from = start;
    while (from > 0 && text[from - 1] === '\n') {
      const lineStart = text.lastIndexOf('\n', from - 2) + 1;
      const line = text.slice(lineStart, from - 1);
      if (!/^[ \t]/.test(line) || line.trim() === '' || line.split('\t').length !== width) break;
      from = lineStart;
    }
    return from;
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
        const cell = cleanCell(td[2], contentStart, this.file.path);
        const opening = td[0].slice(0, td[0].indexOf('>'));
        const colSpan = Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(opening)?.[1] ?? 1);
        const rowSpan = Number(/\browspan\s*=\s*["']?(\d+)/i.exec(opening)?.[1] ?? 1);
        if (colSpan > 1) cell.colSpan = Math.min(colSpan, 50);
        if (rowSpan > 1) cell.rowSpan = Math.min(rowSpan, 500);
        row.push(cell);
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
export function nociteKeys(file: SourceFile): KeyCitation[] {
  const out: KeyCitation[] = [];
  for (const m of file.text.matchAll(/^nocite:[ \t]*\|?[^\n]*\n?((?:[ \t]+[^\n]*(?:\n|$))*)/gm)) {
    const bodyStart = (m.index ?? 0) + m[0].length - m[1].length;
    const firstLine = m[0].slice(0, m[0].length - m[1].length);
    for (const [text, base] of [
      [firstLine, m.index ?? 0],
      [m[1], bodyStart],
    ] as const) {
      for (const k of text.matchAll(/@([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/gu)) {
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
