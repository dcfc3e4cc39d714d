// What matching a study's own items reads of one text: its words with their keys, its sentences
// (and whether each reports an outcome), and its explicit references to items — "rumusan masalah
// pertama", "RQ2", "H2 diterima", "semua hipotesis diterima". Derived from the text alone and kept
// per text by the run's DerivedCache, so that a re-check reads only the texts an edit changed.
//
// Math. Parsers drop inline math from block text, and LaTeX theses write hypotheses in it
// ("$H_1$: …", "maka $H_0$ ditolak"). A block whose source has short math made of one letter and
// a subscript ("H_1", "H_{a2}", "X_1", "Y") gets it back as plain text ("H1", "Ha2", "X1", "Y")
// before it is read; Unicode subscripts ("H₁") become digits.
import type { TextBlock } from '../../model';
import { sentences } from '../../text/sentences';
import { TextMemo } from '../../memo';
import { slot } from '../../derived';
import { studyKeys, isGenericWord } from './keys';

export interface StudyWord {
  start: number;
  end: number;
  /** Lower-cased, diacritics removed. */
  lower: string;
  keys: readonly string[];
  /** A function word or the vocabulary of asking and answering: never content. */
  generic: boolean;
  /** Written in capitals (an abbreviation: "LLM", "SWOT"). */
  capitals: boolean;
}

export interface StudySentence {
  start: number;
  end: number;
  /** Words [firstWord, endWord) of `words`. */
  firstWord: number;
  endWord: number;
  /** Reports an outcome: a verdict on a hypothesis or an effect ("diterima", "berpengaruh signifikan", "supported"). */
  verdict: boolean;
  /** Compares ("lebih baik", "outperforms", "higher than", "dibandingkan"). */
  comparative: boolean;
  /** Names something after its first word: a capitalised word or an abbreviation ("Long Short-Term Memory", "TPACK"). */
  names: boolean;
}

/** A hypothesis label as written: "H1" (number 1), "H2a", "Ha2"/"H02" (the alternative/null of 2), "H0"/"Ha". */
export interface HypothesisLabel {
  number?: number;
  /** "a" of "H1a". */
  sub?: string;
  role: 'hypothesis' | 'null' | 'alternative';
}

export type StudyRef =
  | { kind: 'question' | 'objective'; number: number; start: number; end: number }
  | { kind: 'hypothesis'; number: number; sub?: string; start: number; end: number; label: boolean }
  | { kind: 'null' | 'alternative'; number?: number; start: number; end: number }
  | { kind: 'all-questions' | 'all-hypotheses' | 'all-variables'; start: number; end: number }
  | { kind: 'the-hypothesis'; start: number; end: number };

export interface StudyText {
  text: string;
  words: StudyWord[];
  sentences: StudySentence[];
  refs: StudyRef[];
  /** The terms the text defines: "Technology Acceptance Model (TAM)", "Pelatihan (X1)". */
  definitions: Definition[];
  /** The keys of each sentence (made on first need). */
  sentenceKeys?: Set<string>[];
  /** The keys of each sentence with the next one's (pairKeys), made on first use. */
  pairKeys?: Set<string>[];
  /** What matchWords found in this text, per item and window kind (match.ts), made on first use. */
  matches?: Map<string, unknown>;
}

const WORD = /[\p{L}\p{N}]+(?:['’]s\b)?/gu;

/** Reads a text (see the file comment); `keysMemo` keeps the keys of word forms already seen. */
export function readStudyText(text: string, keysMemo?: TextMemo<readonly string[]>): StudyText {
  const words: StudyWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/['’]s$/, '');
    const lower = normalise(raw);
    if (lower.length === 0) continue;
    const keys = keysMemo ? keysMemo.get(lower, () => studyKeys(lower)) : studyKeys(lower);
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      lower,
      keys,
      generic: isGenericWord(lower, keys),
      capitals: raw.length >= 2 && /^[\p{Lu}0-9]+$/u.test(raw) && /\p{Lu}/u.test(raw),
    });
  }
  const out: StudySentence[] = [];
  let w = 0;
  for (const s of sentences(text)) {
    while (w < words.length && words[w].start < s.start) w++;
    const first = w;
    while (w < words.length && words[w].end <= s.end) w++;
    const sentence = text.slice(s.start, s.end);
    out.push({
      start: s.start,
      end: s.end,
      firstWord: first,
      endWord: w,
      verdict: reportsOutcome(sentence),
      comparative: COMPARATIVE.test(sentence),
      names: words.slice(first + 1, w).some((x) => x.capitals || /^\p{Lu}/u.test(text.slice(x.start, x.end))),
    });
  }
  return { text, words, sentences: out, refs: findRefs(text), definitions: findDefinitions(text) };
}

// ---- definitions ------------------------------------------------------------------------------

/** A term the text defines: its abbreviation or variable code (lower-cased, the longest word of it), and the long form's content words. */
export interface Definition {
  short: string;
  words: string[];
  /** A variable code ("X1", "Y"): unlike an abbreviation, its long form is in the manuscript's language only. */
  code?: boolean;
  /** A variable's name as written ("Return On Assets"). */
  written?: string;
}

const PARENTHESIS = /\(\s?([^()\s]{1,14})\s?\)/g;
const ACRONYM = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
/** A variable code of a quantitative design: X, X1, Y, Z, M1 (a lone "M" is a mean as often as a mediator; "X1.1" is an indicator). */
const VARIABLE_CODE = /^(?:[XYZ]\d{0,2}|M\d{1,2})$/;
/** Words that say what role a variable plays, not what it is ("variabel bebas (X1)"). */
const VARIABLE_ROLE =
  /^(?:variabel|bebas|terikat|independen|dependen|moderasi|moderator|moderating|intervening|mediasi|mediator|mediating|kontrol|independent|dependent|control|variable)$/;
const LINKING = /^(?:of|for|and|in|on|the|to|dan|untuk|dari|di|ke|yang|pada|atau|&)$/;

/**
 * The terms a text defines in parentheses: an abbreviation after its long form whose words'
 * initials spell it ("Technology Acceptance Model (TAM)", "Education for Sustainable Development
 * (ESD)", "Global Surrogate-Assisted Genetic Algorithm (G-SAGA)"), and a variable code after the
 * variable's name ("Pelatihan (X1)", "Produktivitas Karyawan (Y)").
 */
export function findDefinitions(text: string): Definition[] {
  if (!text.includes('(')) return [];
  const out: Definition[] = [];
  for (const m of text.matchAll(PARENTHESIS)) {
    const short = m[1];
    const code = VARIABLE_CODE.test(short);
    if (!code && !(ACRONYM.test(short) && (short.match(/[A-Z]/g)?.length ?? 0) >= 2)) continue;
    const before = text.slice(Math.max(0, m.index - 160), m.index).trimEnd();
    if (before.length === 0 || /[.;:,!?)\]]$/.test(before)) continue;
    const found = [...before.matchAll(/[\p{L}\p{N}]+|[^\p{L}\p{N}\s-]/gu)].reverse();
    const parts = found.map((x) => x[0]);
    const words: string[] = [];
    let written: string | undefined;
    if (code) {
      // The name before the code: up to four words, back to a function word ("pengaruh
      // Pelatihan (X1)"); a capitalised linking word belongs to it ("Return On Assets (Y)").
      let first = -1;
      for (const part of parts) {
        if (!/^\p{L}/u.test(part) || words.length >= 4) break;
        const lower = part.toLowerCase();
        if (LINKING.test(lower)) {
          if (part === lower || words.length === 0) break;
          first = before.lastIndexOf(part, first < 0 ? undefined : first - 1);
          continue;
        }
        if (isGenericWord(lower, studyKeys(lower))) break;
        words.push(lower);
        first = before.lastIndexOf(part, first < 0 ? undefined : first - 1);
      }
      // Role words and numbering are not a name ("variabel bebas (X1)", "variabel bebas I (X)").
      if (words.length === 0 || words.every((w) => VARIABLE_ROLE.test(w) || /^[ivx]+$/.test(w)) || words.some((w) => VARIABLE_ROLE.test(w))) continue;
      if (first >= 0) written = before.slice(first).trim();
    } else {
      const capitals = short.replace(/[^A-Z]/g, '').toLowerCase();
      let j = capitals.length - 1;
      for (const [k, part] of parts.entries()) {
        if (j < 0) break;
        if (!/^\p{L}/u.test(part)) {
          j = -2;
          break;
        }
        const lower = part.toLowerCase();
        if (lower[0] === capitals[j]) {
          words.push(lower);
          j--;
        } else if (before[found[k].index - 1] === '-') {
          // The tail of a hyphenated word whose head gives the initial ("Unethical Pro-organizational Behavior (UPB)").
          words.push(lower);
        } else if (LINKING.test(lower)) continue;
        else {
          j = -2;
          break;
        }
      }
      if (j !== -1) continue;
      words.splice(0, words.length, ...words.filter((w) => !isGenericWord(w, studyKeys(w))));
      if (words.length === 0) continue;
    }
    const key = (short.match(/[\p{L}\p{N}]+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '').toLowerCase();
    if (key.length === 0) continue;
    out.push({ short: key, words: words.reverse(), ...(code ? { code } : {}), ...(written ? { written } : {}) });
  }
  return out;
}

function normalise(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The keys of the words of sentence `s` of a text (kept with the text). */
/** The keys of sentences `s` and `s + 1` together (a two-sentence window), kept with the text like sentenceKeys. */
export function pairKeys(study: StudyText, s: number): Set<string> {
  study.pairKeys ??= [];
  let set = study.pairKeys[s];
  if (!set) {
    set = new Set(sentenceKeys(study, s));
    for (const k of sentenceKeys(study, s + 1)) set.add(k);
    study.pairKeys[s] = set;
  }
  return set;
}

export function sentenceKeys(study: StudyText, s: number): Set<string> {
  study.sentenceKeys ??= [];
  let set = study.sentenceKeys[s];
  if (!set) {
    set = new Set();
    const { firstWord, endWord } = study.sentences[s];
    for (let i = firstWord; i < endWord; i++) for (const k of study.words[i].keys) set.add(k);
    study.sentenceKeys[s] = set;
  }
  return set;
}

// ---- outcomes ---------------------------------------------------------------------------------

/** Words of a comparison's answer. */
const COMPARATIVE =
  /\b(?:lebih\s+(?:baik|buruk|tinggi|rendah|cepat|lambat|besar|kecil|akurat|efisien|unggul)|mengungguli|unggul|daripada|dibanding(?:kan)?|outperform(?:s|ed|ing)?|better|worse|higher|lower|faster|slower|superior|inferior|than)\b/i;

/** Words that report the outcome of a test, in either language. */
export const STRONG_VERDICT =
  /\b(?:diterima|ditolak|terbukti|dibuktikan|didukung|signifikan|supported|rejected|accepted|confirmed|significant|significantly|supports?\s+(?:the\s+)?hypothes[ie]s)\b/i;
/** Words that report an effect or relation — or, in a sentence of aims, announce one to test. */
const EFFECT =
  /\b(?:berpengaruh|mempengaruhi|memengaruhi|berhubungan|berkorelasi|meningkatkan|menurunkan|meningkat|menurun|memediasi|dimediasi|memoderasi|dimoderasi|memperkuat|memperlemah|berdampak|affects?|impacts?|impacted|affected|influences?|influenced|predicts?|predicted|associated|correlated|raised|lowered|increased|decreased|improved|reduced|mediates?|mediated|moderates?|moderated)\b/i;
/** A sentence of aims: "menguji pengaruh …", "tests whether …". */
const AIM =
  /\b(?:bertujuan|tujuan|menguji|meneliti|menganalisis|mengetahui|mengkaji|whether|aims?\s+to|examines?|investigates?|analy[sz]es|explores?|tests?|to\s+test|to\s+examine|to\s+analy[sz]e|to\s+explore|to\s+determine|purpose)\b/i;

/** Whether a sentence reports an outcome: a verdict, or an effect outside a sentence of aims. */
export function reportsOutcome(sentence: string): boolean {
  return STRONG_VERDICT.test(sentence) || (EFFECT.test(sentence) && !AIM.test(sentence));
}

/** Words of effects and relations (a hypothesis states one). */
export const VERDICT = new RegExp(`${STRONG_VERDICT.source}|${EFFECT.source}|\\b(?:pengaruh|hubungan|effects?|relationship)\\b`, 'i');

// ---- references to items ----------------------------------------------------------------------

const ORDINALS: Record<string, number> = {
  pertama: 1,
  kesatu: 1,
  satu: 1,
  kedua: 2,
  dua: 2,
  ketiga: 3,
  tiga: 3,
  keempat: 4,
  empat: 4,
  kelima: 5,
  lima: 5,
  keenam: 6,
  enam: 6,
  ketujuh: 7,
  tujuh: 7,
  kedelapan: 8,
  delapan: 8,
  kesembilan: 9,
  sembilan: 9,
  kesepuluh: 10,
  sepuluh: 10,
  first: 1,
  one: 1,
  second: 2,
  two: 2,
  third: 3,
  three: 3,
  fourth: 4,
  four: 4,
  fifth: 5,
  five: 5,
  sixth: 6,
  six: 6,
  seventh: 7,
  seven: 7,
  eighth: 8,
  eight: 8,
  ninth: 9,
  nine: 9,
  tenth: 10,
  ten: 10,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

/** "pertama", "2", "ke-3", "III" → the number. */
export function ordinal(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^ke-?\s*/, '');
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return ORDINALS[w];
}

const NUMBER_WORD = String.raw`(?:ke-?)?(?:\d{1,2}|pertama|kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[IVX]{1,4})`;
const ORDINAL_WORD = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)`;

// "rumusan masalah pertama", "rumusan masalah ke-2", "rumusan masalah nomor 2", "pertanyaan penelitian 1", "tujuan kedua"
const QUESTION_REF_ID = new RegExp(
  String.raw`\b(rumusan\s+masalah|perumusan\s+masalah|pertanyaan\s+penelitian|pertanyaan|permasalahan|sub-?\s?masalah|tujuan(?:\s+penelitian|\s+khusus)?)(?:\s+(?:yang|pada|di)\b)?(?:\s+(?:nomor|no\.?|butir|poin))?\s*(${NUMBER_WORD})\b`,
  'giu',
);
// "research question 1", "research question two", "RQ2", "objective 1", "aim 2", "sub-question 3"
const QUESTION_REF_EN = new RegExp(
  String.raw`\b(research\s+questions?|sub-?questions?|questions?|objectives?|aims?|goals?)\s*(?:#|no\.?\s*|number\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[IVX]{1,4})\b`,
  'giu',
);
const RQ = /\b(?:RQ|SRQ)\s?-?(\d{1,2})\b/gu;
// "the first research question", "the second objective"
const QUESTION_ORDINAL_EN = new RegExp(String.raw`\b(${ORDINAL_WORD})\s+(?:(?:research|specific|sub-?)\s+)?(question|objective|aim|goal)\b`, 'giu');
// "hipotesis pertama", "hipotesis ke-2", "hypothesis 3", "hypothesis 1a"
const HYPOTHESIS_REF = new RegExp(
  String.raw`\b(?:hipotesis|hipotesa|hypothesis)(?:\s+(?:penelitian|alternatif))?(?:\s+(?:nomor|no\.?))?\s*(${NUMBER_WORD})([a-g])?\b`,
  'giu',
);
const HYPOTHESIS_ORDINAL_EN = new RegExp(String.raw`\b(${ORDINAL_WORD})\s+hypothesis\b`, 'giu');
// H1, H2a, Ha1, H01, Ho, H0, Ha (capital H; "Ho" is the way many write H0).
export const HYPOTHESIS_LABEL = /\bH(?:([0Oo])|(a))?(\d{1,2})?([a-g])?\b/gu;
const ALL_HYPOTHESES =
  /\b(?:semua|seluruh|kedua|ketiga|keempat|kelima|keenam|ketujuh|all(?:\s+(?:the|of\s+the))?(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?|both(?:\s+(?:the|of\s+the))?|each\s+of\s+the)\s+(?:(?:sub-?\s?)?hipotesis|hipotesa|hypothes[ie]s|(?:research|proposed)\s+hypothes[ie]s)\b/giu;
const ALL_QUESTIONS =
  /\b(?:semua|seluruh|kedua|ketiga|keempat|kelima)\s+(?:rumusan\s+masalah|pertanyaan\s+penelitian|tujuan\s+penelitian|tujuan|permasalahan)\b|\b(?:all|both|each)(?:\s+of)?(?:\s+the)?(?:\s+(?:two|three|four|five|six))?\s+(?:research\s+)?(?:questions|objectives|aims)\b/giu;
// "semua variabel (bebas/independen) berpengaruh", "ketiga variabel independen", "all (the) independent variables"
const ALL_VARIABLES =
  /\b(?:semua|seluruh|kedua|ketiga|keempat|kelima|all(?:\s+(?:the|of\s+the))?(?:\s+(?:two|three|four|five|six))?|both(?:\s+(?:the|of\s+the))?)\s+(?:variabel|variables)(?:\s+(?:bebas|independen|independent|eksogen|exogenous|penelitian))?\b/giu;
const HYPOTHESIS_RANGE = /\bH(\d{1,2})\s*(?:[-–—]|sampai(?:\s+dengan)?|hingga|s\.?\/?d\.?|to|through)\s*H(\d{1,2})\b/gu;
// "hipotesis (penelitian) diterima/ditolak", "the hypothesis was supported" (a manuscript with one hypothesis)
const THE_HYPOTHESIS =
  /\b(?:hipotesis(?:\s+penelitian)?(?:\s+ini)?|the\s+(?:research\s+)?hypothesis)\s+(?:(?:yang\s+)?(?:diajukan|dirumuskan)\s+)?(?:dapat\s+)?(?:diterima|ditolak|terbukti|tidak\s+terbukti|didukung|(?:is|was|has\s+been|were)\s+(?:not\s+)?(?:supported|rejected|accepted|confirmed))\b/giu;

/** Parses the letters of a label match ("H", "a", "2", "b"). */
export function hypothesisLabel(
  zero: string | undefined,
  alt: string | undefined,
  digits: string | undefined,
  sub: string | undefined,
): HypothesisLabel | undefined {
  if (zero) {
    // "H0" / "Ho" / "H01": the null (of a number when one follows).
    return { role: 'null', number: digits ? Number(digits) : undefined };
  }
  if (alt) return { role: 'alternative', number: digits ? Number(digits) : undefined };
  if (!digits) return undefined;
  return { role: 'hypothesis', number: Number(digits), sub };
}

export function findRefs(text: string): StudyRef[] {
  const refs: StudyRef[] = [];
  const add = (ref: StudyRef) => {
    if (!refs.some((r) => r.start < ref.end && ref.start < r.end)) refs.push(ref);
  };
  if (/hipotes|hypothes/i.test(text)) {
    for (const m of text.matchAll(ALL_HYPOTHESES)) add({ kind: 'all-hypotheses', start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(THE_HYPOTHESIS)) add({ kind: 'the-hypothesis', start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(HYPOTHESIS_REF)) {
      const n = ordinal(m[1]);
      if (n !== undefined) add({ kind: 'hypothesis', number: n, sub: m[2]?.toLowerCase(), start: m.index, end: m.index + m[0].length, label: false });
    }
    for (const m of text.matchAll(HYPOTHESIS_ORDINAL_EN))
      add({ kind: 'hypothesis', number: ordinal(m[1])!, start: m.index, end: m.index + m[0].length, label: false });
  }
  if (/variab/i.test(text)) for (const m of text.matchAll(ALL_VARIABLES)) add({ kind: 'all-variables', start: m.index, end: m.index + m[0].length });
  if (text.includes('H')) {
    for (const m of text.matchAll(HYPOTHESIS_RANGE)) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a < b && b - a < 20)
        for (let n = a; n <= b; n++) refs.push({ kind: 'hypothesis', number: n, start: m.index, end: m.index + m[0].length, label: true });
    }
    for (const m of text.matchAll(HYPOTHESIS_LABEL)) {
      const label = hypothesisLabel(m[1], m[2], m[3], m[4]);
      if (!label) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (label.role === 'hypothesis') add({ kind: 'hypothesis', number: label.number!, sub: label.sub, ...span, label: true });
      else add({ kind: label.role, number: label.number, ...span });
    }
  }
  if (/masalah|pertanyaan|tujuan|question|objective|aim|goal|RQ/i.test(text)) {
    for (const m of text.matchAll(ALL_QUESTIONS)) add({ kind: 'all-questions', start: m.index, end: m.index + m[0].length });
    for (const re of [QUESTION_REF_ID, QUESTION_REF_EN]) {
      for (const m of text.matchAll(re)) {
        const n = ordinal(m[2]);
        if (n === undefined || n === 0) continue;
        // A roman numeral must be written in capitals ("tujuan I"), not be the word "i".
        if (/^[ivx]+$/i.test(m[2]) && m[2] !== m[2].toUpperCase()) continue;
        const kind = /tujuan|objective|aim|goal/i.test(m[1]) ? 'objective' : 'question';
        add({ kind, number: n, start: m.index, end: m.index + m[0].length });
      }
    }
    for (const m of text.matchAll(RQ)) add({ kind: 'question', number: Number(m[1]), start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(QUESTION_ORDINAL_EN))
      add({ kind: /objective|aim|goal/i.test(m[2]) ? 'objective' : 'question', number: ordinal(m[1])!, start: m.index, end: m.index + m[0].length });
  }
  return refs.sort((a, b) => a.start - b.start);
}

// ---- blocks -----------------------------------------------------------------------------------

/** A block's text as the study analysis reads it (math restored), with offsets into its file. */
export interface StudyBlock {
  block: TextBlock;
  /** The manuscript section it is in (-1 for a heading). */
  section: number;
  text: string;
  offsets: number[];
  study: StudyText;
}

export const STUDY_TEXTS = slot('coverage: what the study analysis reads of a text', () => new TextMemo<StudyText>(20_000));
export const STUDY_KEYS = slot('coverage: study keys of a word form', () => new TextMemo<readonly string[]>(50_000));
export const STUDY_BLOCKS = slot('coverage: the study reading of a block', () => new WeakMap<TextBlock, StudyBlock>());

const SHORT_MATH = /\$\$?([^$\n]{1,24}?)\$\$?|\\\(([^\n\\()]{1,24})\\\)/g;
const SUBSCRIPTS = /[₀-₉ₐₒ]/g;
const SUBSCRIPT_CHARS: Record<string, string> = { ₐ: 'a', ₒ: 'o' };

/** The math of a short formula as text ("H_{a1}" → "Ha1", "X_1" → "X1", "Y" → "Y"), or undefined. */
export function plainMath(math: string): string | undefined {
  const m = /^(?:\\(?:text|mathrm|mathit)\{)?([A-Za-z])\}?(?:_(?:\{(?:\\(?:text|mathrm)\{)?([0-9a-zA-Z]{1,3})\}?\}|([0-9a-zA-Z])))?$/.exec(
    math.replace(/\s/g, ''),
  );
  if (!m) return undefined;
  return m[1] + (m[2] ?? m[3] ?? '');
}

/**
 * The text of a block with short math and subscripts restored (see the file comment), or the
 * block's own text and offsets when there is nothing to restore.
 */
export function restoreMath(block: TextBlock, source: string | undefined): { text: string; offsets: number[] } {
  let { text, offsets } = block;
  if (SUBSCRIPTS.test(text)) {
    text = text.replace(SUBSCRIPTS, (c) => SUBSCRIPT_CHARS[c] ?? String(c.charCodeAt(0) - 0x2080));
  }
  SUBSCRIPTS.lastIndex = 0;
  if (!source) return { text, offsets };
  const src = source.slice(block.start, block.end);
  if (!src.includes('$') && !src.includes('\\(')) return { text, offsets };
  const inserts: { at: number; replace: boolean; value: string; source: number }[] = [];
  for (const m of src.matchAll(SHORT_MATH)) {
    const plain = plainMath(m[1] ?? m[2] ?? '');
    if (!plain) continue;
    const p = block.start + m.index;
    // The text position the math stood at: the first character at or after it in the source.
    let i = 0;
    while (i < text.length && offsets[i] < p) i++;
    const replace = i < text.length && text[i] === ' ' && offsets[i] < p + m[0].length;
    inserts.push({ at: i, replace, value: plain, source: p });
  }
  if (inserts.length === 0) return { text, offsets };
  let out = '';
  const outOffsets: number[] = [];
  let from = 0;
  for (const ins of inserts) {
    out += text.slice(from, ins.at);
    for (let k = from; k < ins.at; k++) outOffsets.push(offsets[k]);
    // Keep words apart: "maka H0 ditolak" whether or not the parser left a space.
    const before = out.length > 0 && !/\s$/.test(out) ? ' ' : '';
    const value = `${before}${ins.value} `;
    out += value;
    for (let k = 0; k < value.length; k++) outOffsets.push(ins.source);
    from = ins.replace ? ins.at + 1 : ins.at;
  }
  out += text.slice(from);
  for (let k = from; k < text.length; k++) outOffsets.push(offsets[k]);
  outOffsets.push(offsets[text.length] ?? (text.length > 0 ? offsets[text.length - 1] + 1 : block.start));
  return { text: out, offsets: outOffsets };
}
