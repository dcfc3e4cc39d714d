// Row and column labels of tables, and where a sentence names them. A label is read as a
// sequence of comparison keys: words lower-cased, without diacritics, stemmed (Indonesian and
// English), with the statistics' own vocabulary in both languages folded into one key
// ("rata-rata", "rerata", "mean", "average" → mean; "simpangan baku", "std. deviation" → sd;
// "pre-test", "pretest", "tes awal" → pretest). A sentence names a label where the label's
// distinctive keys — those its sibling labels do not all share ("eksperimen" of "Kelompok
// Eksperimen" beside "Kelompok Kontrol") — stand together, in order.
import { keysOf, normaliseWord } from '../coverage/words';

export interface Token {
  /** The comparison key ("mean", "ekspe", "x1", "2024a"). */
  key: string;
  /** [start, end) in the text. */
  start: number;
  end: number;
}

/** Phrases of the statistics vocabulary read as one key (matched before words are split). */
const PHRASES: [RegExp, string][] = [
  [/\bstd\.?\s*dev(?:iation|iasi)?\b|\bstandar(?:d)?\s+devias[ij]\b|\bstandard\s+deviation\b|\bsimpangan\s+baku\b|\bs\.\s?d\.?(?=\s|$)/giu, 'sd'],
  [/\bstd\.?\s*error\b|\bstandard\s+error\b|\bgalat\s+baku\b|\bstandar\s+error\b/giu, 'se'],
  [/\badj(?:usted|\.)?\s*r[\s-]?squared?\b|\badj(?:usted|\.)?\s*r\s?²/giu, 'adjrsquare'],
  [/\bkoefisien\s+determinasi\b|\bcoefficient\s+of\s+determination\b|\br[\s-]?squared?\b|\br\s?²|\br\s?\^?\s?2\b/giu, 'rsquare'],
  [/\bcronbach(?:'s|’s|s)?\s+alpha\b|\bcronbach(?:'s|’s|s)?\s*α|\balpha\s+cronbach\b/giu, 'cronbach'],
  [/\bf1[\s-]?(?:score|measure)\b|\bf[\s-]?measure\b|\bf1\b/giu, 'f1'],
  [/\broc[\s-]?auc\b|\bauc[\s-]?roc\b|\bauc\b/giu, 'auc'],
  [/\bpre[\s-]?tests?\b|\btes\s+awal\b/giu, 'pretest'],
  [/\bpost[\s-]?tests?\b|\btes\s+akhir\b/giu, 'posttest'],
  [/\bn[\s-]?gain\b/giu, 'ngain'],
  [/\bt[\s-]?(?:hitung|count|value|stat(?:istic)?)\b/giu, 'thitung'],
  [/\bf[\s-]?(?:hitung|count|value|stat(?:istic)?)\b/giu, 'fhitung'],
  [/\br[\s-]?(?:hitung|count)\b/giu, 'rhitung'],
  [/\bt[\s-]?(?:tabel|table)\b/giu, 'ttabel'],
  [/\bf[\s-]?(?:tabel|table)\b/giu, 'ftabel'],
  [/\br[\s-]?(?:tabel|table)\b/giu, 'rtabel'],
  [/\bp[\s-]?values?\b|\bnilai\s+p\b|\bsig(?:\.|nifikansi|nificance)?\s*\(2[\s-]?tailed\)|\bsig(?:\.|nifikansi|nificance)\b|\bsig\b/giu, 'sig'],
  [/\blaki[\s-]?laki\b|\bpria\b|\bmale\b/giu, 'male'],
  [/\bperempuan\b|\bwanita\b|\bfemale\b/giu, 'female'],
  [/\brata[\s-]?rata\b|\brerata\b|\baverage\b|\bmean\b|\bavg\.?\b/giu, 'mean'],
  [/\bnilai\s+tengah\b|\bmedian\b/giu, 'median'],
  // "skor terendah" names a column "Skor Minimum" (and no longer a row "Rendah").
  [/\bminimum\b|\bmin\.?(?=\s|$)|\bminimal\b|\bterendah\b|\blowest\b/giu, 'min'],
  [/\bmaksimum\b|\bmaximum\b|\bmax\.?(?=\s|$)|\bmaksimal\b|\btertinggi\b|\bhighest\b/giu, 'max'],
  [/\bpersentase\b|\bpersen\b|\bpercentage\b|\bpercent\b|\bprosentase\b/giu, 'percent'],
  [/\bfrekuensi\b|\bfrequency\b|\bfrekwensi\b/giu, 'frequency'],
  [/\bakurasi\b|\baccuracy\b/giu, 'accuracy'],
  [/\bpresisi\b|\bprecision\b/giu, 'precision'],
  [/\brecall\b|\bsensitivitas\b|\bsensitivity\b/giu, 'recall'],
  [/\bspesifisitas\b|\bspecificity\b/giu, 'specificity'],
  [/\beksperimen\b|\bexperiment(?:al)?\b|\bperlakuan\b|\btreatment\b/giu, 'experiment'],
  [/\bkontrol\b|\bcontrol\b|\bpembanding\b/giu, 'control'],
  [/\bkoefisien\b|\bcoefficients?\b/giu, 'coefficient'],
  [/\bkorelasi\b|\bcorrelations?\b/giu, 'correlation'],
  [/\bresponden\b|\brespondents?\b/giu, 'respondent'],
  // Indonesian prose over tables with English labels (SPSS output, Slovin tables): "tingkat kesalahan" for "Tingkat Error".
  [/\bkesalahan\b|\bgalat\b|\berrors?\b/giu, 'error'],
  [/\bsampel\b|\bsamples?\b/giu, 'sample'],
  [/\bpopulasi\b|\bpopulations?\b/giu, 'population'],
  [/\bvaliditas\b|\bvalidity\b/giu, 'validity'],
  [/\breliabilitas\b|\breliability\b/giu, 'reliability'],
  [/\bvarians\b|\bvariance\b/giu, 'variance'],
  [/\bjumlah\b|\btotal\b|\bkeseluruhan\b/giu, 'total'],
  // Ordinals name numbered labels: "percobaan kedua" is "Percobaan 2", "the third trial" "Trial 3".
  [/\b(?:pertama|kesatu|first|ke-?1)\b/giu, '1'],
  [/\b(?:kedua|second|ke-?2)\b/giu, '2'],
  [/\b(?:ketiga|third|ke-?3)\b/giu, '3'],
  [/\b(?:keempat|fourth|ke-?4)\b/giu, '4'],
  [/\b(?:kelima|fifth|ke-?5)\b/giu, '5'],
  [/\b(?:keenam|sixth|ke-?6)\b/giu, '6'],
  [/\b(?:ketujuh|seventh|ke-?7)\b/giu, '7'],
  [/\b(?:kedelapan|eighth|ke-?8)\b/giu, '8'],
  [/\b(?:kesembilan|ninth|ke-?9)\b/giu, '9'],
  [/\b(?:kesepuluh|tenth|ke-?10)\b/giu, '10'],
];

/** Words that carry no meaning for matching a label. */
const STOP = new Set([
  'dan',
  'atau',
  'yang',
  'di',
  'ke',
  'dari',
  'pada',
  'untuk',
  'dengan',
  'dalam',
  'per',
  'the',
  'of',
  'and',
  'or',
  'for',
  'in',
  'to',
  'a',
  'an',
  'by',
  'on',
  'nilai',
  'value',
  'values',
  'skor',
  'score',
  'scores',
  'hasil',
  'level',
]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const WRITTEN_NUMBER = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)+(?![\p{L}\p{N}])/gu;
const SQUASH = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** LaTeX and Markdown left in table cells: `$M_{\text{diff}}$` → "M diff", `**0.926**` → "0.926". */
export function plainLabel(text: string): string {
  return text
    .replace(/\\(?:text(?:bf|it|rm|sf|tt)?|math(?:rm|bf|it)|emph|operatorname)\s*\{([^{}]*)\}/g, ' $1 ')
    .replace(/\\[A-Za-z]+/g, ' ')
    .replace(/[$*_{}^`~]|<[^<>]{1,40}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comparison key of one word. */
function wordKey(word: string): string {
  // "1st", "2nd", "3rd", "4th": the number, as "first", "kedua" are.
  const ordinal = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
  if (ordinal) return String(Number(ordinal[1]));
  const lower = americanSpelling(normaliseWord(word.replace(/['’]s$/i, '')));
  if (lower.length <= 3 || !/^\p{L}+$/u.test(lower)) return lower;
  const keys = keysOf(lower);
  // English plurals and Indonesian affixes: the shorter of the two forms that mean the word.
  return keys.plural !== lower ? keys.plural : keys.stem.length >= 4 ? keys.stem : lower;
}

/** British spellings as American ones, so "ATS generalisation" names the column "ATS generalization", "behaviour" the row "Behavior". */
function americanSpelling(lower: string): string {
  if (lower.length < 6) return lower;
  return lower
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/(?<=[a-z]{3})is(e[ds]?|ing)$/, 'iz$1')
    .replace(/(?<=[a-z]{3})ys(e[ds]?|ing)$/, 'yz$1')
    .replace(/(?<=[a-z]{3})our(s?)$/, 'or$1');
}

/** Abbreviations of Indonesian administrative units, written with a full stop in tables ("Kab. Bogor", "Kep. Seribu"). */
const ADMINISTRATIVE: Record<string, string> = {
  kab: 'kabupaten',
  kep: 'kepulauan',
  kec: 'kecamatan',
  kel: 'kelurahan',
  prov: 'provinsi',
  adm: 'administrasi',
};

/** The tokens of a text: vocabulary phrases as one key each, other words by their stems; stop words left out. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Written numbers ("9,22", "25.900.000") are values, never part of a label.
  const taken: [number, number][] = [...text.matchAll(WRITTEN_NUMBER)].map((m) => [m.index, m.index + m[0].length]);
  for (const [pattern, key] of PHRASES) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      out.push({ key, start, end });
    }
  }
  const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && end > a);
  // Hyphenated compounds ("BiLSTM-CRF", "COVID-19") are one token unless a phrase took them.
  for (const m of text.matchAll(SQUASH)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const parts = m[0].split('-');
    // Reduplication ("kali-kali") is one word; other compounds are read as their joined form.
    const key = parts.every((p) => p.toLowerCase() === parts[0].toLowerCase()) ? wordKey(parts[0]) : normaliseWord(parts.join(''));
    taken.push([m.index, m.index + m[0].length]);
    out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WORD)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    // "Kab. Bogor", "Kep. Seribu": an administrative abbreviation is the word it stands for.
    const expanded = text[m.index + m[0].length] === '.' ? ADMINISTRATIVE[m[0].toLowerCase()] : undefined;
    const key = wordKey(expanded ?? m[0]);
    if (STOP.has(key) || STOP.has(m[0].toLowerCase())) continue;
    out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The ways a label may be written: its keys, and those of a parenthesised short form ("Kualitas Pelayanan (X1)"). */
export interface LabelPattern {
  alternatives: string[][];
}

const UNIT_PARENTHESIS = /^(?:%|persen|percent|jiwa|orang|rp|rupiah|usd|ms|s|detik|menit|kg|ton|ha|km|m|cm|mm|n|unit|buah|kali|times|x)$/i;

const FUNCTION_WORD_LABEL = new Set([
  'no',
  'yes',
  'ya',
  'tidak',
  'bukan',
  'none',
  'other',
  'others',
  'lain',
  'lainnya',
  'all',
  'semua',
  'not',
  'belum',
  'sudah',
  'ada',
  'both',
]);

export function labelPattern(label: string): LabelPattern {
  const text = plainLabel(label);
  const alternatives: string[][] = [];
  const parenthesised = [...text.matchAll(/\(([^()]{1,40})\)/g)].map((m) => m[1].trim());
  const main = text.replace(/\([^()]*\)/g, ' ');
  const mainKeys = tokenize(main).map((t) => t.key);
  // "No", "Ya", "Tidak", "Other": a label that is one function word is a word of every
  // sentence ("no current diagnosis", "tidak signifikan"), not a name.
  if (mainKeys.length > 0 && !(mainKeys.length === 1 && FUNCTION_WORD_LABEL.has(mainKeys[0]))) alternatives.push(mainKeys);
  for (const inner of parenthesised) {
    if (UNIT_PARENTHESIS.test(inner)) continue;
    const keys = tokenize(inner).map((t) => t.key);
    if (keys.length > 0) alternatives.push(keys);
  }
  return { alternatives };
}

/**
 * The patterns of sibling labels (the rows of a table, or its columns) reduced to what tells
 * each from the others: a key that every sibling has is left out, unless that leaves nothing.
 */
export function distinctive(patterns: LabelPattern[], singleWords = false): LabelPattern[] {
  if (patterns.length < 2) return patterns;
  const shared = new Set(patterns[0].alternatives[0] ?? []);
  for (const p of patterns.slice(1)) {
    const own = new Set(p.alternatives.flat());
    for (const key of shared) if (!own.has(key)) shared.delete(key);
  }
  const reduced =
    shared.size === 0
      ? patterns
      : patterns.map((p) => ({
          alternatives: p.alternatives.map((alt) => {
            const kept = alt.filter((k) => !shared.has(k));
            // "Responden 5" beside "Responden 4" is not "5": a bare number names nothing in prose.
            return kept.length > 0 && !kept.every((k) => /^\d+$/.test(k)) ? kept : alt;
          }),
        }));
  return reduced.map((p, index) => ({ alternatives: [...p.alternatives, ...ownRuns(patterns, index), ...(singleWords ? ownWords(patterns, index) : [])] }));
}

/**
 * Shortened names: two or more consecutive words of a label that no sibling label has in that
 * order ("tingkat pengangguran" for "Tingkat Pengangguran Terbuka" beside "Jumlah Penganggur").
 * Labels of more than six words are not shortened.
 */
function ownRuns(patterns: LabelPattern[], index: number): string[][] {
  const full = patterns[index].alternatives[0];
  if (!full || full.length < 3 || full.length > 6) return [];
  const siblings = patterns.filter((_, i) => i !== index).flatMap((p) => p.alternatives.map((alt) => alt.join('\u0000')));
  const out: string[][] = [];
  for (let length = full.length - 1; length >= 2; length--) {
    for (let from = 0; from + length <= full.length; from++) {
      const run = full.slice(from, from + length);
      const joined = run.join('\u0000');
      if (siblings.some((s) => s === joined || s.startsWith(joined + '\u0000') || s.endsWith('\u0000' + joined) || s.includes('\u0000' + joined + '\u0000')))
        continue;
      out.push(run);
    }
  }
  return out;
}

/**
 * A column named by one word of its header that no sibling header has: "nilai korelasi 0,454"
 * for *Nilai Korelasi yang Dihitung* beside *Nilai r-tabel* and *Sig.* (a word of five letters or
 * more, of a header of two to six words). A longer name found at the same place wins over it.
 */
function ownWords(patterns: LabelPattern[], index: number): string[][] {
  const full = patterns[index].alternatives[0];
  if (!full || full.length < 2 || full.length > 6) return [];
  const siblings = new Set(patterns.filter((_, i) => i !== index).flatMap((p) => p.alternatives.flat()));
  return full.filter((k) => k.length >= 5 && /^\p{L}+$/u.test(k) && !siblings.has(k) && !GENERIC_WORDS.has(k)).map((k) => [k]);
}

/** Words of headers that say what kind of figure a column holds, not which one. */
const GENERIC_WORDS = new Set(['rata', 'average', 'mean', 'total', 'persentase', 'percentage', 'frekuensi', 'frequency', 'jumlah', 'count', 'number']);

export interface Mention {
  /** Index of the label in the list searched. */
  index: number;
  /** [start, end) in the text. */
  start: number;
  end: number;
}

/**
 * Where a text names the labels: each alternative's keys consecutive in the text's tokens (one
 * token may stand between two keys). At one place the longest match wins; a place named by two
 * labels equally is left out (it tells neither).
 */
export function findMentions(tokens: Token[], patterns: LabelPattern[]): Mention[] {
  const found: (Mention & { length: number; tie?: boolean })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: (Mention & { length: number; tie?: boolean }) | undefined;
    patterns.forEach((pattern, index) => {
      for (const alt of pattern.alternatives) {
        const end = matchAt(tokens, i, alt);
        if (end === undefined) continue;
        const candidate = { index, start: tokens[i].start, end: tokens[end - 1].end, length: alt.length };
        if (!best || candidate.length > best.length) best = candidate;
        else if (candidate.length === best.length && candidate.index !== best.index) best.tie = true;
      }
    });
    if (best && !best.tie) found.push(best);
  }
  // Drop a match inside a longer one ("STEM" inside "PjBL STEM" when both are labels).
  return found
    .filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.length > m.length))
    .map(({ index, start, end }) => ({ index, start, end }));
}

function matchAt(tokens: Token[], at: number, keys: string[]): number | undefined {
  let i = at;
  for (let k = 0; k < keys.length; k++) {
    if (i < tokens.length && tokens[i].key === keys[k]) {
      i++;
      continue;
    }
    if (k > 0 && i + 1 < tokens.length && tokens[i + 1].key === keys[k]) {
      i += 2;
      continue;
    }
    return undefined;
  }
  return i;
}
