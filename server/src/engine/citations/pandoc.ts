// Pandoc citations in Markdown prose: `[@key]`, `[@a; @b, p. 5]`, `[-@key]`, narrative `@key`,
// `@{key}`. Quarto/bookdown cross-references (`@fig-x`, `\@ref(tab:x)`) and e-mail addresses are not.
import type { KeyCitation, SourceFile, TextBlock } from '../model';

// As Pandoc reads a key: punctuation inside it only when a letter, digit or _ follows, so
// "@Stoszkowski2016---but" cites Stoszkowski2016 (and "@smith2019." smith2019).
const KEY = String.raw`@(?:\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_])|[:/](?=/))*))`;
const CITATION = new RegExp(`(?<![\\p{L}\\p{N}_@\\\\])-?${KEY}`, 'gu');
const CROSS_REFERENCE = /^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|tab|ref)[-:]/;

export function extractPandocCitations(block: TextBlock, file: SourceFile): KeyCitation[] {
  const out: KeyCitation[] = [];
  if (!block.text.includes('@')) return out;
  for (const m of block.text.matchAll(CITATION)) {
    let key = m[1] ?? m[2];
    // Trailing punctuation belongs to the sentence, not the key ("see @smith2019.").
    key = key.replace(/(?<![.:,;?!\-/])[.:,;?!\-/]+$/, '');
    if (!key || CROSS_REFERENCE.test(key)) continue;
    const at = (m.index ?? 0) + m[0].indexOf(key);
    const start = block.offsets[at];
    const end = block.offsets[at + key.length - 1] + 1;
    // The source must hold the key itself (escaped `\@` in the source is a literal at-sign).
    if (file.text.slice(start, end) !== key) continue;
    const atSign = file.text.lastIndexOf('@', start);
    if (atSign > 0 && file.text[atSign - 1] === '\\') continue;
    if (/^\d+$/.test(key)) continue;
    out.push({ file: block.file, start, end, key, command: 'pandoc' });
  }
  return out;
}
