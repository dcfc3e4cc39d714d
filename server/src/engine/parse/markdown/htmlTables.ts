// Tables written as HTML inside Markdown (Word exports, pandoc's raw HTML): their rows and cells
// with source offsets.
import type { TableCell, TextBlock } from '../../model';
import { TextBuilder } from '../../text/builder';

export function elements(html: string, open: RegExp, close: RegExp): RegExpMatchArray[] {
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
export function cleanCell(raw: string, rawStart: number, file: string): TableCell {
  const text = stripTags(raw)
    .replace(/\*\*|__/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim();
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return { file, start: rawStart + lead, end: rawStart + raw.length - trail, text };
}

export function cellBlock(cell: TableCell): TextBlock {
  const builder = new TextBuilder(cell.file, 'table-cell');
  builder.appendReplacement(cell.text, cell.start, cell.end);
  return builder.build(cell.start, cell.end);
}
