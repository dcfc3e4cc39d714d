// Manuscript text for the report, with its inline markup rendered rather than shown raw: Markdown
// emphasis and code, a few HTML tags Word exports leave (<b>, <i>, <sup>, <sub>), LaTeX
// \textbf/\emph/\textit and escaped characters (\%). Marks (the ranges findings point at) are
// placed by offset into the raw text, so they land where they should whatever the markup around.

export interface InlineMark {
  start: number;
  end: number;
  /** Extra attributes for <mark> (already escaped), e.g. ` class="error" data-n="1"`. */
  attributes: string;
  /** Text shown before the marked range, e.g. a superscript finding number (already HTML). */
  label?: string;
}

interface Edit {
  /** Raw text [from, to) is replaced by `html`. */
  from: number;
  to: number;
  html: string;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const HTML_TAGS: Record<string, string> = { b: 'strong', strong: 'strong', i: 'em', em: 'em', sup: 'sup', sub: 'sub', u: 'u' };

/** LaTeX commands rendered: pattern, tag, length of the opening command and brace. */
const LATEX_COMMANDS: readonly [RegExp, string, number][] = [
  [/\\textbf\{([^{}\n]*)\}/g, 'strong', 8],
  [/\\emph\{([^{}\n]*)\}/g, 'em', 6],
  [/\\textit\{([^{}\n]*)\}/g, 'em', 8],
  [/\\textsuperscript\{([^{}\n]*)\}/g, 'sup', 17],
];

/** The markup of `text` as edits: delimiters removed, tags inserted. Pairs that overlap an earlier pair are left raw. */
function markupEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const pair = (re: RegExp, open: string, close: string, openLength: (m: RegExpExecArray) => number, closeLength: (m: RegExpExecArray) => number) => {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const ol = openLength(m as RegExpExecArray);
      const cl = closeLength(m as RegExpExecArray);
      edits.push({ from: start, to: start + ol, html: open }, { from: end - cl, to: end, html: close });
      taken.push([start, start + ol], [end - cl, end]);
    }
  };
  // Code first: nothing inside it is markup.
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    const start = m.index;
    const end = start + m[0].length;
    edits.push({ from: start, to: start + 1, html: '<code>' }, { from: end - 1, to: end, html: '</code>' });
    taken.push([start, end]);
  }
  pair(
    /\*\*(?=\S)((?:[^*\n]|\*(?!\*))*?\S)\*\*/g,
    '<strong>',
    '</strong>',
    () => 2,
    () => 2,
  );
  pair(
    /__(?=\S)([^_\n]*?\S)__/g,
    '<strong>',
    '</strong>',
    () => 2,
    () => 2,
  );
  pair(
    /(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])/g,
    '<em>',
    '</em>',
    () => 1,
    () => 1,
  );
  pair(
    /(?<![_\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?![_\w])/g,
    '<em>',
    '</em>',
    () => 1,
    () => 1,
  );
  for (const [re, tag, length] of LATEX_COMMANDS)
    pair(
      re,
      `<${tag}>`,
      `</${tag}>`,
      () => length,
      () => 1,
    );
  for (const m of text.matchAll(/<\/?([a-z]+)>/gi)) {
    const tag = HTML_TAGS[m[1].toLowerCase()];
    if (!tag || !free(m.index, m.index + m[0].length)) continue;
    edits.push({ from: m.index, to: m.index + m[0].length, html: m[0].startsWith('</') ? `</${tag}>` : `<${tag}>` });
  }
  // A Markdown heading's hashes ("### 3.1 …") are not text.
  for (const m of text.matchAll(/^[ \t]*#{1,6}[ \t]+/gm))
    if (free(m.index, m.index + m[0].length)) edits.push({ from: m.index, to: m.index + m[0].length, html: '' });
  for (const m of text.matchAll(/\\([%&$#_])/g)) if (free(m.index, m.index + 2)) edits.push({ from: m.index, to: m.index + 2, html: esc(m[1]) });
  return edits.sort((a, b) => a.from - b.from);
}

/** `text` as HTML: inline markup rendered, each mark's range wrapped in <mark>. */
export function renderInline(text: string, marks: readonly InlineMark[] = []): string {
  const edits = markupEdits(text);
  const opens = new Map<number, InlineMark[]>();
  const closes = new Map<number, number>();
  for (const m of marks) {
    const start = Math.max(0, Math.min(text.length, m.start));
    const end = Math.max(start, Math.min(text.length, m.end));
    opens.set(start, [...(opens.get(start) ?? []), { ...m, start, end }]);
    closes.set(end, (closes.get(end) ?? 0) + 1);
  }
  let out = '';
  let open = 0;
  let e = 0;
  const boundary = (at: number) => {
    for (let n = Math.min(open, closes.get(at) ?? 0); n > 0; n--, open--) out += '</mark>';
    for (const m of opens.get(at) ?? []) {
      out += `${m.label ?? ''}<mark${m.attributes}>`;
      open++;
      // An empty range (a missing entry at the end of a line) still shows where it is.
      if (m.end === m.start) {
        out += '</mark>';
        open--;
      }
    }
  };
  for (let i = 0; i <= text.length;) {
    boundary(i);
    if (i === text.length) break;
    while (e < edits.length && edits[e].from < i) e++;
    if (e < edits.length && edits[e].from === i) {
      const edit = edits[e++];
      out += edit.html;
      // Mark boundaries inside a removed delimiter move to its end.
      for (let j = i + 1; j < edit.to; j++) boundary(j);
      i = edit.to;
      continue;
    }
    out += esc(text[i]);
    i++;
  }
  for (; open > 0; open--) out += '</mark>';
  return out;
}
