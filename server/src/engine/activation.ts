// Whether a document is part of a manuscript worth checking, so that an editor does not report on
// every README it opens. A manuscript shows itself by one of:
//   - a thesislint.json (or .thesislintrc.json) in its folder or above;
//   - a Quarto/bookdown/Pandoc project (_quarto.yml, _bookdown.yml, metadata.yaml) it belongs to;
//   - a declared bibliography: front matter `bibliography:`, \bibliography{}, \addbibresource{},
//     a thebibliography environment, or one named in the editor settings;
//   - a LaTeX root (\documentclass), for itself or for the chapter it \input's;
//   - a reference-list heading ("Daftar Pustaka", "References", …) as a Word export has;
//   - a Pandoc citation in brackets ([@key], [see @key, p. 3]): it cites, so whether it can be
//     checked is worth saying (citation/no-bibliography), as the command line says it.
// The CLI checks what it is given; only the language server asks.
import type { FileHost } from './host';
import type { ManuscriptSpec } from './project';
import { isLatexRoot } from './project';
import { findConfig } from './config/load';
import { describeHeading } from './structure/roles';
import { dirname } from './paths';
import { markupFor } from './files';
import { slot, type DerivedCache } from './derived';
import { TextMemo } from './memo';

// An unchanged file is the same string: looked up, not scanned again (a few texts: each is a whole file).
const REASONS = slot('activation: what a text shows', () => new TextMemo<ActivationReason | undefined>(16));

export type ActivationReason = 'config' | 'project' | 'bibliography' | 'latex-root' | 'reference-heading' | 'citations';

/** Why `spec` is a manuscript, or undefined when nothing shows it is one. */
export function activationReason(spec: ManuscriptSpec, host: FileHost, extraBibliographies = false, derived?: DerivedCache): ActivationReason | undefined {
  const start = host.isDirectory(spec.root) ? spec.root : dirname(spec.root);
  if (findConfig(start, host)) return 'config';
  if (spec.projectFiles.length > 0) return 'project';
  if (spec.bibliographies.length > 0 || extraBibliographies) return 'bibliography';
  for (const path of spec.files) {
    const text = host.readFile(path);
    if (text === undefined) continue;
    const markup = markupFor(path, spec.markup);
    const reason = derived ? derived.get(REASONS).get(text, () => textReason(text, markup), markup) : textReason(text, markup);
    if (reason) return reason;
  }
  return undefined;
}

/** What the text of one manuscript file shows (see the list above). */
export function textReason(text: string, markup: 'markdown' | 'latex'): ActivationReason | undefined {
  if (markup === 'latex') {
    if (isLatexRoot(text)) return 'latex-root';
    for (const line of text.split('\n')) {
      // What stands before a comment.
      const code = line.split('%', 1)[0];
      if (!code.includes('\\')) continue;
      if (LATEX_BIBLIOGRAPHY.test(code)) return 'bibliography';
    }
    for (const m of text.matchAll(LATEX_HEADING)) if (describeHeading(m[1]).role === 'references') return 'reference-heading';
    return undefined;
  }
  const front = FRONT_MATTER.exec(text);
  if (front && /^bibliography\s*:/m.test(front[1])) return 'bibliography';
  // ATX headings, and the bold or capitalised short lines a Word export uses as headings. Only
  // short lines opening with "#", "*" or a capital letter can be one: the others (a thesis's
  // paragraphs) are passed over without being cut out of the text.
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const from = start;
    start = end + 1;
    const first = text.charCodeAt(from);
    if (end - from > 101 || !(first === 35 || first === 42 || (first >= 65 && first <= 90))) continue;
    const raw = text.slice(from, end);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length > 100) continue;
    let title: string | undefined;
    if (ATX.test(line)) title = trimEndOf(line.replace(ATX, ''), ' \t#');
    else title = (BOLD_LINE.exec(line) ?? CAPS_LINE.exec(line))?.[1];
    if (title && describeHeading(title.replace(/[*_]/g, '').trim()).role === 'references') return 'reference-heading';
  }
  if (hasPandocCitation(text)) return 'citations';
  return undefined;
}

const LATEX_BIBLIOGRAPHY = /\\(?:bibliography|addbibresource|begin\{thebibliography\})/;
const LATEX_HEADING = /\\(?:chapter|section|subsection)\*?\s*\{([^{}\n]{1,80})\}/g;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ATX = /^#{1,6}[ \t]+/;

const BOLD_LINE = /^\*\*([^*\n]{1,80})\*\*[ \t]*$/;
const CAPS_LINE = /^([A-Z][A-Z .]{4,40})$/;

function trimEndOf(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Whether the text holds a Pandoc citation in brackets — "[@key]", "[-@key]", "[see @key, p. 3]",
 * "[@a; @b]" — and not an e-mail address: an @ opening a key after "[", "-", a space or ";",
 * with its "[" earlier on the line (at most 80 characters back, no "]" between).
 */
function hasPandocCitation(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (!KEY_START.test(text[at + 1] ?? '')) continue;
    let i = at - 1;
    if (text[i] === '-') i--;
    if (text[i] !== '[' && text[i] !== ';' && !WHITE.test(text[i] ?? '')) continue;
    for (let j = i; j >= 0 && at - j <= 80; j--) {
      const c = text[j];
      if (c === '[') return true;
      if (c === ']' || c === '\n' || c === '@') break;
    }
  }
  return false;
}

const KEY_START = /[\p{L}\d_]/u;
const WHITE = /\s/;
