// Sentences of a plain text, for everyone who reads text by the sentence (numeric claims,
// reported tests, coverage's statements about a study's framework). One rule and one list of
// abbreviations in both languages, so that "dkk. (2019)", "Sig. 0,000" or "Tabel 4.2" never end
// a sentence for one analysis and not for another.

export interface Sentence {
  /** [start, end) in the text: from the first character after the previous sentence's break to
   * the end of this sentence's closing punctuation (closing quotes and brackets included). */
  start: number;
  end: number;
}

/**
 * Words that end in a point without ending a sentence: Indonesian and English abbreviations of
 * citations (dkk., al., hlm.), statistics (Sig., Asymp., Std.), references to figures (Tab., Gbr.)
 * and places (Kab., Jl.) and titles (Dr., Prof., Drs.).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'al',
  'approx',
  'asymp',
  'ca',
  'cf',
  'coef',
  'df',
  'dkk',
  'dll',
  'dr',
  'drs',
  'dsb',
  'ed',
  'eds',
  'eg',
  'eq',
  'etc',
  'fig',
  'gbr',
  'hal',
  'hlm',
  'ie',
  'ir',
  'jl',
  'kab',
  'kec',
  'kel',
  'max',
  'min',
  'no',
  'nr',
  'p',
  'pp',
  'prob',
  'prof',
  'prov',
  'resp',
  'sd',
  'se',
  'sig',
  'st',
  'std',
  'tab',
  'vol',
  'vs',
  'yth',
]);

/** A run of terminal punctuation, closing quotes or brackets, space, then an opening quote or bracket and a capital or a digit. */
const BOUNDARY = /(?<![.!?])[.!?]+["”’')\]]*(\s+)(?=["“‘(\[]?[\p{Lu}0-9])/gu;
const WORD_BEFORE = /(?<![\p{L}.])([\p{L}.]+)$/u;

/** Whether the point at `at` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviationPoint(text: string, at: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  const bare = word.replace(/\./g, '').toLowerCase();
  return bare.length === 1 || ABBREVIATIONS.has(bare);
}

/**
 * The longest sentence handed on. Prose sentences stay far below (in the development collections
 * only flattened tables and lists run longer); a run of text without a sentence break (a pasted
 * column of numbers, a generated paragraph) is cut into pieces of at most this length, so that
 * whatever an analysis does within one sentence costs a bounded amount per piece and the whole
 * paragraph stays linear in its length.
 */
export const MAX_SENTENCE_LENGTH = 2000;

/** The sentences of a plain text, in order; blank ones left out. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    for (const piece of bounded(text, from, to)) if (text.slice(piece.start, piece.end).trim().length > 0) out.push(piece);
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    if (text[at] === '.' && isAbbreviationPoint(text, at)) continue;
    const end = at + m[0].length - m[1].length;
    push(start, end);
    start = end + m[1].length;
  }
  if (start < text.length) push(start, text.length);
  return out;
}

/** [from, to) as pieces of at most MAX_SENTENCE_LENGTH, cut after a clause mark or at a space where possible. */
function bounded(text: string, from: number, to: number): Sentence[] {
  const pieces: Sentence[] = [];
  while (to - from > MAX_SENTENCE_LENGTH) {
    const limit = from + MAX_SENTENCE_LENGTH;
    const window = text.slice(limit - MAX_SENTENCE_LENGTH / 4, limit);
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const space = window.search(/\s\S*$/);
    const cut = clause >= 0 ? limit - window.length + clause + 1 : space >= 0 ? limit - window.length + space : limit;
    pieces.push({ start: from, end: cut });
    from = cut;
    while (from < to && /\s/.test(text[from])) from++;
  }
  if (from < to) pieces.push({ start: from, end: to });
  return pieces;
}
