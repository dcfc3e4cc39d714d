// `\name[options]{argument}` found by scanning a LaTeX text, for what is read without parsing: the
// includes and local classes of a file not yet parsed (discovery), the bibliography a class or style
// file declares, and the includes inside a command definition's body. Linear in the text: each
// name is looked for with indexOf, never with a pattern that could backtrack.

export interface LatexCommand {
  name: string;
  /** Where the backslash stands. */
  index: number;
  /** The optional argument, without its brackets. */
  options?: string;
  /** The mandatory argument, without its braces (up to the first closing brace). */
  argument: string;
  /** Where the argument starts (after its opening brace). */
  argumentStart: number;
}

/** Whether a `%` that is not `\%` precedes `at` on its line. */
export function commentedAt(text: string, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  for (let i = lineStart; i < at; i++) if (text[i] === '%' && text[i - 1] !== '\\') return true;
  return false;
}

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '@');
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Every `\name[options]{argument}` (one of `names`) outside comments, in text order. Options and
 * argument may not span lines; the argument ends at its first closing brace.
 */
export function findCommands(text: string, names: readonly string[]): LatexCommand[] {
  const out: LatexCommand[] = [];
  for (const name of names) {
    const needle = `\\${name}`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      let i = at + needle.length;
      if (isLetter(text[i])) continue;
      while (isBlank(text[i])) i++;
      let options: string | undefined;
      if (text[i] === '[') {
        const close = text.indexOf(']', i + 1);
        const line = text.indexOf('\n', i + 1);
        if (close < 0 || (line >= 0 && line < close)) continue;
        options = text.slice(i + 1, close);
        i = close + 1;
        while (isBlank(text[i])) i++;
      }
      if (text[i] !== '{') continue;
      const close = text.indexOf('}', i + 1);
      const line = text.indexOf('\n', i + 1);
      if (close < 0 || (line >= 0 && line < close)) continue;
      if (commentedAt(text, at)) continue;
      out.push({ name, index: at, options, argument: text.slice(i + 1, close), argumentStart: i + 1 });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
