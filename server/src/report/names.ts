// File names and messages as the reports print them: a name or message from a manuscript
// repository is untrusted, and a line break in it must not start a line of its own (a CI log
// executes lines that start with `::`; a terminal obeys escape sequences).

/** Control characters: line breaks, escapes, C1 controls, the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A file name as one printable token: quoted and escaped as a JSON string when it holds a line
 * break or other control character, a quote or a backslash, or starts or ends with a space, so
 * that a name such as "a\n::error::x.md" cannot start a line of its own.
 */
export function quotePath(path: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\]|^\s|\s$/.test(path) ? JSON.stringify(path) : path;
}

/** Text on one line: control characters written as escapes (\n, \u001b). */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => JSON.stringify(c).slice(1, -1));
}
