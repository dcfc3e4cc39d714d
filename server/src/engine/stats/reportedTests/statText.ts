// The text statistics are read from: a block's plain text with its inline math put back.
// Parsers replace `$t(28) = 2.20$` by a space (math is neither words nor citations), but theses
// in LaTeX and R Markdown write their results exactly that way (`$\chi^2(4)=20.57$, $p<.001$`,
// `$t_{hitung}$`, `$\alpha = 0{,}05$`), so the math is re-inserted here as plain characters
// (χ2, t hitung, α = 0,05), each mapped to its source offset.
import { slot, type DerivedCache } from '../../derived';
import type { TextBlock } from '../../model';
import { blockSpan } from '../../text/builder';

export interface StatText {
  file: string;
  text: string;
  /** Source offset of every character, plus one past the end (as TextBlock.offsets). */
  offsets: number[];
}

// Escaped dollars first (skipped), then display math (skipped), then inline math. The bodies are
// bounded and exclude their own delimiter, so matching stays linear.
const MATH = /\\\$|\$\$[^$]{0,2000}\$\$|\$([^$\n]{1,300})\$|\\\(([^]{1,300}?)\\\)/g;

const SYMBOLS: Record<string, string> = {
  chi: 'χ',
  alpha: 'α',
  beta: 'β',
  le: '≤',
  leq: '≤',
  leqslant: '≤',
  ge: '≥',
  geq: '≥',
  geqslant: '≥',
  lt: '<',
  gt: '>',
  ne: '≠',
  neq: '≠',
  times: '×',
  cdot: '·',
  approx: '≈',
  pm: '±',
  mu: 'μ',
  eta: 'η',
  rho: 'ρ',
  sigma: 'σ',
  minus: '−',
  textless: '<',
  textgreater: '>',
};
// Macros whose argument is kept as text (\text{-value}, \mathrm{hitung}, \hat{\beta}).
const UNWRAP = new Set([
  'text',
  'textit',
  'textrm',
  'textbf',
  'textsf',
  'texttt',
  'textnormal',
  'mathrm',
  'mathit',
  'mathbf',
  'mathsf',
  'mathtt',
  'mathnormal',
  'operatorname',
  'mbox',
  'hbox',
  'emph',
  'hat',
  'bar',
  'tilde',
  'widehat',
  'overline',
  'boldsymbol',
  'bm',
]);

interface Piece {
  ch: string;
  at: number;
}

/** Math source as plain characters: `\chi^2(1)` → `χ2(1)`, `t_{hitung}` → `t hitung`, `H_0` → `H0`. */
export function detex(source: string, base: number): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      const m = /^\\([A-Za-z]+)\*?/.exec(source.slice(i, i + 40));
      if (m) {
        const name = m[1];
        if (SYMBOLS[name]) out.push({ ch: SYMBOLS[name], at: base + i });
        else if (!UNWRAP.has(name) && /^(?:[,;:! ]|quad|qquad|enspace|thinspace)$/.test(name)) out.push({ ch: ' ', at: base + i });
        // Other macros (\left, \right, \mathbf's braces, unknown ones) vanish; an unwrapped
        // macro's braces vanish below, leaving its argument.
        i += m[0].length;
        continue;
      }
      const next = source[i + 1] ?? '';
      if (next === '%' || next === '$' || next === '{' || next === '}' || next === '_' || next === '&') out.push({ ch: next, at: base + i + 1 });
      else if (next === ',' || next === ';' || next === ':' || next === '!' || next === ' ') {
        if (next !== '!' && next !== ',') out.push({ ch: ' ', at: base + i });
      }
      i += 2;
      continue;
    }
    // "15$^{0}$", "$^\circ$": math that is only a degree sign after the text's number.
    if (c === '^' && i === 0) {
      const degree = /^\^\s*(?:\{\s*(?:\\circ|0|o)\s*\}|\\circ|0|o)\s*$/.exec(source);
      if (degree) {
        out.push({ ch: '°', at: base });
        i = source.length;
        continue;
      }
    }
    if (c === '{' || c === '}' || c === '^') {
      i++;
      continue;
    }
    if (c === '_') {
      // A subscript word becomes a separate word (t_{hitung} → t hitung); a digit or a single
      // character stays attached (H_0 → H0).
      const group = /^_\s*\{([^{}]*)\}/.exec(source.slice(i, i + 60));
      const word = group ? group[1].replace(/\\[A-Za-z]+/g, '').trim() : '';
      if (word.length > 1 && /\p{L}/u.test(word)) out.push({ ch: ' ', at: base + i });
      i++;
      continue;
    }
    if (c === '~') {
      out.push({ ch: ' ', at: base + i });
      i++;
      continue;
    }
    out.push({ ch: c, at: base + i });
    i++;
  }
  return out;
}

/** A block's plain text with its dropped inline math re-inserted. */
// Where each source text has `$` and `\(`, found once per source file (a SourceFile is shared
// between checks while its text is unchanged): every prose block asks whether its source may
// hold math, and slicing every block's source on every check was most of a check's time.
const MATH_MARKS = slot('reportedTests: $ and \\( positions of a source file', () => new WeakMap<object, { dollars: number[]; parens: number[] }>());

function positionsOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Whether some position in the sorted `marks` lies in [from, to]. */
function anyIn(marks: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.length && marks[lo] <= to;
}

/** Whether `source.text.slice(start, end)` holds a `$` or `\(` (so inline math may hold statistics). */
export function mayHoldMath(source: { text: string }, start: number, end: number, derived: DerivedCache): boolean {
  const mathMarks = derived.get(MATH_MARKS);
  let marks = mathMarks.get(source);
  if (!marks) mathMarks.set(source, (marks = { dollars: positionsOf(source.text, '$'), parens: positionsOf(source.text, '\\(') }));
  return anyIn(marks.dollars, start, end - 1) || anyIn(marks.parens, start, end - 2);
}

// The stat text of a block, kept per source file (the same SourceFile object while the file's
// text is unchanged, so the same span reads the same source) by the block's span and text.
const STAT_TEXTS = slot('reportedTests: stat texts of a source file', () => new WeakMap<object, Map<number, { end: number; text: string; st: StatText }>>());

/** statText of `block` in `file`, computed once while the file's text is unchanged. */
export function statTextIn(file: { text: string }, block: TextBlock, derived: DerivedCache): StatText {
  const statTexts = derived.get(STAT_TEXTS);
  let byStart = statTexts.get(file);
  if (!byStart) statTexts.set(file, (byStart = new Map()));
  const found = byStart.get(block.start);
  if (found && found.end === block.end && found.text === block.text && found.st.file === block.file) return found.st;
  // Without `$` or `\(` in its span, the block's own text (statText reads no source).
  const st = statText(block, mayHoldMath(file, block.start, block.end, derived) ? file.text : undefined);
  byStart.set(block.start, { end: block.end, text: block.text, st });
  return st;
}

export function statText(block: TextBlock, source: string | undefined): StatText {
  const plain: StatText = { file: block.file, text: block.text, offsets: block.offsets };
  if (source === undefined || block.end <= block.start) return plain;
  const region = source.slice(block.start, block.end);
  if (!region.includes('$') && !region.includes('\\(')) return plain;
  const insertions: { index: number; replace: number; pieces: Piece[] }[] = [];
  let cursor = 0;
  for (const m of region.matchAll(MATH)) {
    const body = m[1] ?? m[2];
    if (body === undefined) continue;
    const ms = block.start + (m.index ?? 0);
    const me = ms + m[0].length;
    const bodyStart = ms + m[0].indexOf(body);
    // First plain character at or after the math; the math was dropped only when no plain
    // character comes from inside it (a virtual space at its start is replaced).
    while (cursor < block.text.length && block.offsets[cursor] < ms) cursor++;
    let inside = 0;
    while (cursor + inside < block.text.length && block.offsets[cursor + inside] < me) inside++;
    if (!/^\s*$/.test(block.text.slice(cursor, cursor + inside))) continue;
    const pieces = [{ ch: ' ', at: ms }, ...detex(body, bodyStart), { ch: ' ', at: me - 1 }];
    insertions.push({ index: cursor, replace: inside, pieces });
  }
  if (insertions.length === 0) return plain;
  let text = '';
  const offsets: number[] = [];
  let from = 0;
  for (const ins of insertions) {
    text += block.text.slice(from, ins.index);
    offsets.push(...block.offsets.slice(from, ins.index));
    for (const p of ins.pieces) {
      text += p.ch;
      offsets.push(p.at);
    }
    from = ins.index + ins.replace;
  }
  text += block.text.slice(from);
  offsets.push(...block.offsets.slice(from));
  return { file: block.file, text, offsets };
}

/** Source span of a plain range of a stat text. */
export function statSpan(st: StatText, from: number, to: number): { file: string; start: number; end: number } {
  return blockSpan({ file: st.file, text: st.text, offsets: st.offsets } as TextBlock, from, to);
}
