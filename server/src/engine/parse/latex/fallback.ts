// Crude, line-based extraction for a stretch of LaTeX the real parser could not handle (the PEG
// grammar overflowed its stack, or the time budget ran out). Linear in the input; recovers
// headings, citation keys, includes, bibliography declarations and rough paragraph text.

import type { FileModel } from '../../model';
import { Sink } from './sink';
import { CITE_COMMANDS, HEADING_LEVELS, MULTI_CITE_COMMANDS } from './vocabulary';

const HEADING = /\\(part|chapter|addchap|section|addsec|subsection|subsubsection|paragraph|subparagraph)(\*?)\s*(?:\[[^\]\n]*\]\s*)?\{/y;
const CITE = /\\([A-Za-z]+)(\*?)((?:\s*\[[^\]\n]*\]){0,2})\s*\{([^{}]*)\}/y;
const INCLUDE = /\\(input|include|subfile)\s*\{([^{}\n]*)\}/y;
const BIB = /\\(bibliography|addbibresource)\s*(?:\[[^\]\n]*\]\s*)?\{([^{}\n]*)\}/y;
/** Macros whose braced arguments are not prose. */
const SKIP_ARGS =
  /^(label|ref|eqref|autoref|cref|Cref|pageref|url|includegraphics|vspace|hspace|input|include|bibliography|addbibresource|usepackage|documentclass|begin|end|setlength|newcommand|renewcommand)$/;

export interface FallbackOptions {
  /** Emit headings and text (false in a preamble). */
  prose: boolean;
}

function addBibliography(model: FileModel, file: string, name: string, start: number, bibtex: boolean): void {
  const written = name;
  const path = bibtex ? (/\.bib$/i.test(written) ? written : written + '.bib') : /\.[A-Za-z0-9]+$/.test(written) ? written : written + '.bib';
  model.bibliographies.push({ file, start, end: start + written.length, written, path });
}

/** Offset just after the `}` closing the group whose `{` is at `open` (or the line end). */
function closeBrace(text: string, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return k + 1;
    } else if (c === '\n') return k;
  }
  return end;
}

export function crudeExtract(model: FileModel, from: number, to: number, options: FallbackOptions): void {
  const text = model.file.text;
  const file = model.file.path;
  // A holder rather than a `let`: TypeScript does not track assignments made inside closures.
  const cur: { para: Sink | null } = { para: null };
  const flush = (): void => {
    if (cur.para && !cur.para.isEmpty) model.blocks.push(cur.para.build());
    cur.para = null;
  };
  const out = (): Sink | null => {
    if (!options.prose) return null;
    if (!cur.para) cur.para = new Sink(file, 'paragraph');
    return cur.para;
  };

  let i = from;
  let lineBlank = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (lineBlank) flush();
      else cur.para?.space(i, i + 1, true);
      lineBlank = true;
      i++;
      continue;
    }
    if (c === 37 /* % */) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 || eol > to ? to : eol;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      cur.para?.space(i, i + 1, true);
      i++;
      continue;
    }
    lineBlank = false;
    if (c === 92 /* \ */) {
      HEADING.lastIndex = i;
      let m = HEADING.exec(text);
      if (m && options.prose) {
        const open = i + m[0].length - 1;
        const close = closeBrace(text, open, to);
        flush();
        const level = HEADING_LEVELS.get(m[1]) ?? 2;
        const title = text
          .slice(open + 1, close - 1)
          .replace(/\\[A-Za-z]+\*?|[{}]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        model.headings.push({ file, start: i, end: close, title, level, ...(m[2] ? { implicit: true } : {}) });
        i = close;
        continue;
      }
      CITE.lastIndex = i;
      m = CITE.exec(text);
      if (m && (CITE_COMMANDS.has(m[1]) || MULTI_CITE_COMMANDS.has(m[1]))) {
        const keysStart = i + m[0].length - 1 - m[4].length;
        let k = 0;
        for (const piece of m[4].split(',')) {
          const lead = piece.length - piece.trimStart().length;
          const key = piece.trim();
          if (key) {
            const start = keysStart + k + lead;
            model.keyCitations.push({
              file,
              start,
              end: start + key.length,
              key,
              command: m[1] + m[2],
              ...(m[1] === 'nocite' ? { nocite: true } : {}),
            });
          }
          k += piece.length + 1;
        }
        out()?.dropped();
        i += m[0].length;
        continue;
      }
      INCLUDE.lastIndex = i;
      m = INCLUDE.exec(text);
      if (m) {
        model.includes.push({ file, start: i, end: i + m[0].length, written: m[2].trim(), command: m[1] });
        i += m[0].length;
        continue;
      }
      BIB.lastIndex = i;
      m = BIB.exec(text);
      if (m) {
        const listStart = i + m[0].length - 1 - m[2].length;
        let k = 0;
        for (const piece of m[1] === 'bibliography' ? m[2].split(',') : [m[2]]) {
          const lead = piece.length - piece.trimStart().length;
          const name = piece.trim();
          if (name) addBibliography(model, file, name, listStart + k + lead, m[1] === 'bibliography');
          k += piece.length + 1;
        }
        i += m[0].length;
        continue;
      }
      // Any other control sequence: drop its name; drop the arguments of known non-prose macros.
      let j = i + 1;
      while (j < to && /[A-Za-z@]/.test(text[j])) j++;
      if (j === i + 1) {
        const sym = text[i + 1];
        const sink = sym !== undefined && '%&_#${}'.includes(sym) ? out() : null;
        if (sink && sym !== undefined) {
          sink.replacement(sym, i, i + 2, false);
          sink.touch(i, i + 2);
        } else if (sym === '\\') cur.para?.space(i, i + 2, false);
        i += 2;
        continue;
      }
      const name = text.slice(i + 1, j);
      if (SKIP_ARGS.test(name)) {
        while (j < to && (text[j] === '[' || text[j] === '{' || text[j] === '*')) {
          if (text[j] === '*') j++;
          else if (text[j] === '[') {
            const close = text.indexOf(']', j);
            j = close < 0 || close > to ? to : close + 1;
          } else j = closeBrace(text, j, to);
        }
        out()?.dropped();
      }
      i = j;
      continue;
    }
    if (c === 123 || c === 125) {
      i++;
      continue;
    }
    if (c === 36 /* $ */) {
      // Inline math: skip to the closing dollar on the same stretch.
      let j = i + 1;
      while (j < to && text[j] !== '$' && text[j] !== '\n') j++;
      cur.para?.space(i, j + 1, false);
      i = j + 1;
      continue;
    }
    if (c === 126 /* ~ */) {
      cur.para?.space(i, i + 1, false);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && !/[\s\\{}$%~]/.test(text[j])) j++;
    const sink = out();
    if (sink) {
      sink.text(text.slice(i, j), i, false);
      sink.touch(i, j);
    }
    i = j;
  }
  flush();
}
