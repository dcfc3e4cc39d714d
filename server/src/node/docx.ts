// Word files for supervisors: mammoth turns the .docx into HTML, which becomes a Markdown text
// the engine reads like any manuscript (Word headings → #, bold-only paragraphs → **…**, tables →
// tab-separated rows, as Word's own export does). Findings are then moved back onto the Word
// document: one line per paragraph, so "line" is the paragraph number and the message quotes it.
import { convertToHtml } from 'mammoth';
import type { Finding, SourceFile } from '../engine';
import { makeSourceFile, positionAt } from '../engine';

export interface DocxConversion {
  docxPath: string;
  /** Path the Markdown text is checked under (beside the .docx, so relative bibliography paths work). */
  markdownPath: string;
  markdown: string;
  /** The Word document as one line per paragraph, for positions and excerpts. */
  plain: SourceFile;
  /** For each Markdown line: the paragraph (0-based) and how many markup characters precede its text. */
  lines: ({ paragraph: number; prefix: number } | undefined)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return ENTITIES[name] ?? String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

function textOf(html: string): string {
  return decode(
    html
      .replace(/<sup>[\s\S]*?<\/sup>/gi, '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
}

interface Block {
  markdown: string;
  /** Markup characters before the paragraph's text on its line. */
  prefix: number;
  text: string;
  /** Table rows stay on consecutive lines (a tab-separated table). */
  tableRow?: boolean;
}

/** Top-level blocks of mammoth's HTML in document order. */
function blocksOf(html: string): Block[] {
  const blocks: Block[] = [];
  const top = /<(h[1-6]|p|ul|ol|table)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const m of html.matchAll(top)) {
    const tag = m[1].toLowerCase();
    const inner = m[2];
    if (tag.startsWith('h')) {
      const text = textOf(inner);
      const hashes = '#'.repeat(Number(tag[1]));
      if (text) blocks.push({ markdown: `${hashes} ${text}`, prefix: hashes.length + 1, text });
    } else if (tag === 'p') {
      const text = textOf(inner);
      if (!text) continue;
      const boldOnly = /^\s*<strong>[\s\S]*<\/strong>\s*$/i.test(inner) && !/<\/strong>[\s\S]*<strong>/i.test(inner);
      blocks.push(boldOnly ? { markdown: `**${text}**`, prefix: 2, text } : { markdown: text, prefix: 0, text });
    } else if (tag === 'ul' || tag === 'ol') {
      for (const li of inner.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)) {
        const text = textOf(li[1]);
        if (text) blocks.push({ markdown: `- ${text}`, prefix: 2, text });
      }
    } else {
      // Merged cells keep their grid: a cell spanning rows leaves an empty cell in the rows below
      // it (mammoth omits them), one spanning columns empty cells after it, so that every value
      // stays under its header.
      const spanned: number[] = [];
      for (const tr of inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
        const cells: string[] = [];
        let column = 0;
        const skipSpanned = () => {
          while ((spanned[column] ?? 0) > 0) {
            spanned[column]--;
            cells.push('');
            column++;
          }
        };
        for (const c of tr[1].matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)) {
          skipSpanned();
          const rows = Math.min(Number(/\browspan="(\d+)"/i.exec(c[2])?.[1] ?? 1), 1000);
          const columns = Math.min(Number(/\bcolspan="(\d+)"/i.exec(c[2])?.[1] ?? 1), 1000);
          for (let k = 0; k < columns; k++) {
            cells.push(k === 0 ? textOf(c[3]) : '');
            if (rows > 1) spanned[column] = rows - 1;
            column++;
          }
        }
        skipSpanned();
        const text = cells.join('\t');
        if (text.trim()) blocks.push({ markdown: text, prefix: 0, text, tableRow: true });
      }
    }
  }
  return blocks;
}

export async function convertDocx(docxPath: string): Promise<DocxConversion> {
  const { value: html } = await convertToHtml({ path: docxPath });
  const blocks = blocksOf(html);
  const markdownLines: string[] = [];
  const lines: DocxConversion['lines'] = [];
  blocks.forEach((block, paragraph) => {
    const previous = blocks[paragraph - 1];
    // Paragraphs are separated by a blank line; rows of one table are not.
    if (paragraph > 0 && !(block.tableRow && previous?.tableRow)) {
      markdownLines.push('');
      lines.push(undefined);
    }
    markdownLines.push(block.markdown);
    lines.push({ paragraph, prefix: block.prefix });
  });
  return {
    docxPath,
    markdownPath: `${docxPath}.md`,
    markdown: `${markdownLines.join('\n')}\n`,
    plain: makeSourceFile(docxPath, blocks.map((b) => b.text).join('\n')),
    lines,
  };
}

/** Moves findings from the converted Markdown onto the Word document, quoting each paragraph. */
export function relocateFindings(findings: Finding[], conversion: DocxConversion, markdownFile: SourceFile): Finding[] {
  const move = (offset: number): number => {
    const p = positionAt(markdownFile, offset);
    const line = conversion.lines[p.line];
    if (!line) return 0;
    const start = conversion.plain.lineStarts[line.paragraph];
    const next = line.paragraph + 1 < conversion.plain.lineStarts.length ? conversion.plain.lineStarts[line.paragraph + 1] - 1 : conversion.plain.text.length;
    return Math.min(next, start + Math.max(0, p.character - line.prefix));
  };
  const onDocx = (file: string) => file === conversion.markdownPath;
  return findings.map((f) => {
    if (!onDocx(f.file)) return f;
    const start = move(f.start);
    const end = Math.max(start, move(f.end));
    const paragraph = positionAt(conversion.plain, start).line;
    return {
      ...f,
      file: conversion.docxPath,
      start,
      end,
      message: `${f.message} (paragraph ${paragraph + 1}: "${snippet(conversion.plain, start, end)}")`,
      related: f.related?.map((r) =>
        onDocx(r.file) ? { ...r, file: conversion.docxPath, start: move(r.start), end: Math.max(move(r.start), move(r.end)) } : r,
      ),
    };
  });
}

/** A short quotation around the finding, for a reader who will search for it in Word. */
function snippet(plain: SourceFile, start: number, end: number): string {
  const p = positionAt(plain, start);
  const lineStart = plain.lineStarts[p.line];
  const lineEnd = p.line + 1 < plain.lineStarts.length ? plain.lineStarts[p.line + 1] - 1 : plain.text.length;
  const from = Math.max(lineStart, start - 30);
  const to = Math.min(lineEnd, Math.max(end, start) + 30);
  return `${from > lineStart ? '…' : ''}${plain.text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
}
