import type { SourceFile } from '../model';

export interface LineCharacter {
  line: number;
  character: number;
}

/** 0-based start and end positions, as LSP ranges have them. */
export interface Range {
  start: LineCharacter;
  end: LineCharacter;
}

export function makeSourceFile(path: string, text: string): SourceFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  return { path, text, lineStarts };
}

/** 0-based line and UTF-16 character of a source offset (clamped into the file). */
export function positionAt(file: SourceFile, offset: number): LineCharacter {
  const o = Math.max(0, Math.min(offset, file.text.length));
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - starts[lo] };
}

const START_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The range of [start, end) in `file`, clamped into the file; a backwards span collapses to its
 * start. Without the file (a finding pointing into a file the check did not read, which would be
 * an engine bug) the start of the file, so that the finding is shown rather than lost. The one
 * offset-to-range conversion every face uses (text, JSON, SARIF, HTML, LSP).
 */
export function rangeAt(file: SourceFile | undefined, start: number, end: number): Range {
  if (!file) return START_OF_FILE;
  return { start: positionAt(file, start), end: positionAt(file, Math.max(start, end)) };
}

/** Inverse of positionAt; a character past the end of its line is clamped to the line end. */
export function offsetAt(file: SourceFile, position: LineCharacter): number {
  const starts = file.lineStarts;
  if (position.line < 0) return 0;
  if (position.line >= starts.length) return file.text.length;
  const lineStart = starts[position.line];
  const nextStart = position.line + 1 < starts.length ? starts[position.line + 1] : file.text.length;
  let lineEnd = nextStart;
  while (lineEnd > lineStart && (file.text[lineEnd - 1] === '\n' || file.text[lineEnd - 1] === '\r')) lineEnd--;
  return Math.min(lineStart + Math.max(0, position.character), lineEnd);
}
