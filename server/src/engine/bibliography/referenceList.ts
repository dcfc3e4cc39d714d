// The manuscript's own reference list (DAFTAR PUSTAKA / References): APA-like
// "Surname, I. (Year). Title…", Harvard-like "Surname, I. Year. Title…", corporate authors
// ("Badan Pusat Statistik. (2023).") and numbered lists ("[3] A. Author, …").
import type { TextBlock } from '../model';
import { blockSpan } from '../text/builder';
import type { ReferenceEntry } from './entries';
import { type Author, isDegree, isInitials, isParticle } from './names';

const YEAR = /(?:^|[\s(.,])\(?((?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|t\.\s?t\.|tanpa tahun)\)?(?=[\s.,;:)]|$)/i;
const ENTRY_START = /^(?:\[\d+\]\s*|\d+\.\s+)?[A-Z\u00C0-\u024F][\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){0,5}\s*[,.(]/u;

/**
 * The entries in one block of a reference section. A paragraph holding several entries on
 * separate lines (a list pasted without blank lines) is split at lines that start an entry.
 */
export function parseReferenceBlock(block: TextBlock): ReferenceEntry[] {
  const pieces = splitEntries(block);
  const entries: ReferenceEntry[] = [];
  for (const [from, to] of pieces) {
    const entry = parseEntry(block, from, to);
    if (entry) entries.push(entry);
  }
  return entries;
}

function splitEntries(block: TextBlock): [number, number][] {
  const text = block.text;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  if (lineStarts.length === 1) return [[0, text.length]];
  const starts = lineStarts.filter((s) => ENTRY_START.test(text.slice(s, s + 120)) && YEAR.test(text.slice(s, s + 300)));
  if (starts.length < 2) return [[0, text.length]];
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] - 1 : text.length] as [number, number]);
}

function parseEntry(block: TextBlock, from: number, to: number): ReferenceEntry | undefined {
  let raw = block.text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  from += leading;
  raw = raw.trim();
  if (raw.length < 8) return undefined;
  let numbered = false;
  const number = /^(?:\[\d+\]|\d+\.)\s*/.exec(raw);
  let authorStart = 0;
  if (number) {
    numbered = true;
    authorStart = number[0].length;
  }
  const yearMatch = YEAR.exec(raw.slice(authorStart));
  const span = blockSpan(block, from, from + raw.length);
  if (!yearMatch || yearMatch.index === undefined) {
    // Without a year this is not an author–year entry (or not an entry at all).
    if (!numbered && !/^[A-Z][\p{L}'’\-]+,\s/u.test(raw)) return undefined;
    return {
      origin: 'list',
      ...span,
      authors: parseAuthors(raw.slice(authorStart, raw.search(/\.\s/) > 0 ? raw.search(/\.\s/) + 1 : raw.length)).authors,
      text: raw,
      numbered,
    };
  }
  const yearText = yearMatch[1];
  const yearAt = authorStart + yearMatch.index + yearMatch[0].indexOf(yearText);
  const authorText = raw.slice(authorStart, yearAt).replace(/(?<![\s(.,])[\s(.,]+$/, '');
  // The author part of an author–year entry is short; a long one means the year came from the title.
  if (!numbered && authorText.length > 400) return undefined;
  const parsed = numbered ? parseGivenFirstAuthors(authorText) : parseAuthors(authorText);
  const after = raw.slice(yearAt + yearText.length).replace(/^[).,\s]+/, '');
  const title = after
    .split(/(?<=[^A-Z])\.\s/)[0]
    ?.replace(/[*_]/g, '')
    .trim();
  const entry: ReferenceEntry = {
    origin: 'list',
    ...span,
    authors: parsed.authors,
    year: normalizeEntryYear(yearText),
    yearSpan: blockSpan(block, from + yearAt, from + yearAt + yearText.length),
    title: title || undefined,
    text: raw,
  };
  if (parsed.etAl) entry.etAl = true;
  if (parsed.degrees.length > 0) entry.degreesAsAuthors = parsed.degrees;
  if (numbered) entry.numbered = true;
  return entry;
}

function normalizeEntryYear(year: string): string {
  return /^(n\.\s?d\.|t\.\s?t\.|tanpa tahun)$/i.test(year) ? 'n.d.' : year;
}

interface ParsedAuthors {
  authors: Author[];
  etAl: boolean;
  degrees: string[];
}

/**
 * "Iza, S. M., & Nurhaeni, I. D. A." / "Sugiyono" / "Badan Pusat Statistik" /
 * "Latif, Samin" / "Sugiharto, A. S. Z., Joko, M., & SH, M." (SH is a degree).
 */
export function parseAuthors(text: string): ParsedAuthors {
  const result: ParsedAuthors = { authors: [], etAl: false, degrees: [] };
  let t = text.replace(/[*_]/g, '').trim();
  if (/\b(et al\.?|dkk\.?|and others|others)\s*$/i.test(t)) {
    result.etAl = true;
    t = t.replace(/(?:,|(?<![\s,]))\s*\b(et al\.?|dkk\.?|and others|others)\s*$/i, '');
  }
  t = t.replace(/\((ed|eds|editor|penyunting|peny)\.?\)/gi, '').trim();
  const chunks = t
    .split(/(?:(?<!\s)\s*)?(?:;|&|\band\b|\bdan\b)\s*/)
    .map((c) => c.replace(/^,|,$/g, '').trim())
    .filter(Boolean);
  for (const chunk of chunks) {
    const tokens = chunk.split(/(?:(?<!\s)\s*)?,\s*/).filter(Boolean);
    if (tokens.length === 2 && !isInitials(tokens[1]) && /^\p{Lu}[\p{L}'’\-]*(\s+\p{Lu}[\p{L}'’\-]*)*$/u.test(tokens[1]) && !isDegree(tokens[0])) {
      // "Latif, Samin": a full given name.
      result.authors.push({ family: cleanFamily(tokens[0]), given: tokens[1] });
      continue;
    }
    for (const token of tokens) {
      const last = result.authors[result.authors.length - 1];
      // "…, & SH, M.": a degree where a new author's surname would stand ("SH" also looks like initials).
      if (isDegree(token) && (!last || last.given)) {
        result.degrees.push(token);
        continue;
      }
      if (isInitials(token)) {
        if (last && !last.given) last.given = token;
        else if (!last) result.authors.push({ family: token });
        continue;
      }
      if (isDegree(token)) {
        result.degrees.push(token);
        continue;
      }
      const family = cleanFamily(token);
      if (!family) continue;
      // A corporate name has several capitalised words and no initials: keep it whole.
      const literal = tokens.length === 1 && chunks.length === 1 && /\s/.test(family) && !/^(?:van|von|de|di)\b/i.test(family);
      result.authors.push(literal ? { family, literal: true } : { family });
    }
  }
  // "Sugiharto, A. S. Z., Joko, M., & SH, M.": a degree followed by initials.
  result.authors = result.authors.filter((a) => {
    if (isDegree(a.family)) {
      result.degrees.push(a.given ? `${a.family}, ${a.given}` : a.family);
      return false;
    }
    return true;
  });
  return result;
}

/** "A. Sulaiman, B. Putra, and C. Dewi" (IEEE and other numbered styles). */
function parseGivenFirstAuthors(text: string): ParsedAuthors {
  const result: ParsedAuthors = { authors: [], etAl: /\bet al\.?/i.test(text), degrees: [] };
  const chunks = text
    .replace(/\bet al\.?/i, '')
    .split(/(?:(?<!\s)\s*)?(?:,|;|&|\band\b|\bdan\b)\s*/)
    .filter(Boolean);
  for (const chunk of chunks) {
    const words = chunk.trim().split(/\s+/);
    if (words.length === 0) continue;
    if (words.every((w) => isInitials(w))) continue;
    const familyWords: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      familyWords.unshift(words[i]);
      if (i === 0 || !isParticle(words[i - 1])) break;
    }
    result.authors.push({ family: cleanFamily(familyWords.join(' ')), given: words.slice(0, words.length - familyWords.length).join(' ') || undefined });
  }
  return result;
}

function cleanFamily(token: string): string {
  return token.replace(/^[\s.,]+|(?<![\s,])[\s,]+$/g, '').replace(/\.$/, (m, _offset: number, s: string) => (/\b[A-Z]\.$/.test(s) ? m : ''));
}

export { isParticle };
