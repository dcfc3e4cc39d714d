// Splits a sentence into the words a reported test is made of: statistic heads ("t(28)",
// "t hitung", "F tabel (0,05; 2; 57)", "χ²(1, N = 90)"), p labels ("p", "Sig. (2-tailed)",
// "nilai signifikansi"), df and α labels, comparison operators in symbols and words
// ("lebih kecil dari", "greater than"), numbers with their written precision, decisions
// ("H0 ditolak", "not significant"), clause breaks ("sedangkan") and condition words ("jika").
// Every pattern is anchored at a word start and bounded, so a sentence is read in linear time.
import { parseLocaleNumber, type NumberStyle } from '../../numbers/parse';
import type { Operator, TestKind } from './distributions';

export interface Num {
  value: number;
  decimals: number;
  raw: string;
  /** Plain-text offsets of the number as written (sign included). */
  start: number;
  end: number;
  percent: boolean;
  /** "1.998" / "1,234": could be read as thousands; reliable only where a decimal is certain. */
  ambiguous: boolean;
}

export type HeadRole = 'bare' | 'hitung' | 'tabel';

export interface TableNotation {
  /** α as written in "t(0,025; 31)" or "F tabel (0,05; 2; 57)". */
  alpha?: number;
  df: number[];
}

export type Token =
  | {
      type: 'head';
      kind: TestKind;
      role: HeadRole;
      start: number;
      end: number;
      text: string;
      df?: number[];
      notation?: TableNotation;
      chiLetterX?: boolean;
      resampled?: boolean;
    }
  | { type: 'p'; label: string; tails?: 1 | 2; needsOperator: boolean; start: number; end: number }
  | { type: 'alpha'; start: number; end: number }
  | { type: 'alphaValue'; value: number; start: number; end: number }
  | { type: 'df'; which?: 1 | 2; start: number; end: number }
  | { type: 'n'; start: number; end: number }
  | { type: 'op'; operator: Operator; text: string; start: number; end: number }
  | { type: 'bind'; start: number; end: number }
  | ({ type: 'num' } & Num)
  | { type: 'open' | 'close' | 'comma' | 'semicolon'; start: number; end: number }
  | { type: 'decision'; reject: boolean; strong: boolean; start: number; end: number; text: string }
  | { type: 'undecided'; start: number; end: number }
  | { type: 'clause'; start: number; end: number }
  | { type: 'conditional'; start: number; end: number }
  | { type: 'formula'; start: number; end: number }
  | { type: 'tails'; tails: 1 | 2; start: number; end: number }
  | { type: 'word'; text: string; start: number; end: number };

const NOT_LETTER = '(?![\\p{L}\\p{N}])';

const CLAUSE = new RegExp(`(?:sedangkan|whereas|while|namun|tetapi|but|however|meanwhile|sementara\\s+itu|adapun)${NOT_LETTER}`, 'iuy');
const CONDITIONAL = new RegExp(
  `(?:jika|apabila|bila|bilamana|kalau|if|when|whenever|kriteria|criteria|criterion|ketentuan|syarat|dasar\\s+pengambilan|hipotesis\\s+yang\\s+diajukan|rumusan\\s+hipotesis|ditentukan\\s+oleh|determined\\s+by|defined\\s+as)${NOT_LETTER}`,
  'iuy',
);
// A sample-size or estimation formula ("Z = 1,96; p = 0,5; q = 0,5; d = 0,1" in Lemeshow's
// formula): letters that look like a test but are parameters.
const FORMULA = new RegExp(
  `(?:rumus|formula|lemeshow|slovin|ukuran\\s+sampel|besar\\s+sampel|sample\\s+size|margin\\s+of\\s+error|proporsi|proportion|[qdeE](?=\\s*=\\s*\\d))${NOT_LETTER}`,
  'iuy',
);
const TWO_TAILED = new RegExp(`(?:two[\\s-]?(?:tailed|sided)|2[\\s-]?(?:tailed|sided)|dua\\s+(?:arah|sisi|pihak|ekor)|non-?directional)${NOT_LETTER}`, 'iuy');
const ONE_TAILED = new RegExp(
  `(?:one[\\s-]?(?:tailed|sided)|1[\\s-]?(?:tailed|sided)|directional|satu\\s+(?:arah|sisi|pihak|ekor)|pihak\\s+(?:kanan|kiri)|(?:right|left|upper|lower)[\\s-]tailed)${NOT_LETTER}`,
  'iuy',
);
// "α = 0,05", "taraf signifikansi 5%", "significance level of .10": a level stated anywhere.
const ALPHA_STATED =
  /(?<![\p{L}])(?:α|alpha|alfa|(?:taraf|tingkat|level|batas)\s+(?:of\s+)?(?:signifikansi|signifikan|significance|nyata|kesalahan)|significance\s+level)(?:\s*\((?:α|alpha)\))?\s*(?:(?:[=:]|sebesar|adalah|yaitu|of|is|was)\s*)?(\d{1,2}(?:[.,]\d+)?\s?%|0?[.,]\d{1,3})(?![\d])/giu;

/** Significance levels stated in a text (values up to .20; a Cronbach's α of .85 is not one). */
export function statedAlphas(text: string, style: NumberStyle): number[] {
  const out: number[] = [];
  if (!/α|alpha|alfa|taraf|tingkat|level|batas/i.test(text)) return out;
  for (const m of text.matchAll(ALPHA_STATED)) {
    const v = alphaValue(m[1], style);
    if (v !== undefined && v > 0 && v <= 0.2) out.push(v);
  }
  return out;
}

/** One-tailed wording anywhere in a text (statcheck looks at the whole article). */
export const ONE_TAILED_ANYWHERE =
  /(?<![\p{L}-])(?:one[\s-]?(?:tailed|sided)|1-tailed|directional|satu\s+(?:arah|sisi|pihak|ekor)|pihak\s+(?:kanan|kiri)|(?:right|left|upper|lower)[\s-]tailed)(?![\p{L}])/iu;

// Decisions about H0 and about significance.
const NULL_DECISION = new RegExp(
  `(?:H\\s?[0oO₀]\\d?(?![\\p{L}\\p{N}])|hipotesis\\s+nol|null\\s+hypothes[ie]s|the\\s+null)(?:\\s*\\([^()]{0,30}\\))?\\s*(?:(?:is|was|were|can|could|dapat|bisa|akan|harus|should\\s+be|must\\s+be|be)\\s+)?(?:(?<neg>not|tidak|tak)\\s+)?(?:(?:dapat|bisa|be)\\s+)?(?<verb>ditolak|diterima|rejected|accepted|retained|supported)${NOT_LETTER}`,
  'iuy',
);
const ALT_DECISION = new RegExp(
  `(?:H\\s?(?:[aA1-9ₐ₁-₉]|[aA]\\d)(?![\\p{L}\\p{N}])|hipotesis\\s+(?:alternatif|alternative|penelitian|kerja)|alternative\\s+hypothes[ie]s)(?:\\s*\\([^()]{0,30}\\))?\\s*(?:(?:is|was|were|can|could|dapat|bisa|akan|harus|be)\\s+)?(?:(?<neg>not|tidak|tak)\\s+)?(?:(?:dapat|bisa|be)\\s+)?(?<verb>ditolak|diterima|rejected|accepted|supported|didukung|terdukung)${NOT_LETTER}`,
  'iuy',
);
const REJECT_NULL = new RegExp(
  `(?:(?<fail>fail(?:s|ed)?\\s+to|did\\s+not|could\\s+not|cannot|tidak\\s+(?:dapat\\s+)?)(?:(?<!\\s)\\s*)?)?(?:reject(?:s|ed|ing)?|menolak|tolak)\\s+(?:the\\s+)?(?:null(?:\\s+hypothes[ie]s)?|H\\s?[0oO₀](?![\\p{L}\\p{N}])|hipotesis\\s+nol)`,
  'iuy',
);
const ACCEPT_NULL = new RegExp(
  `(?:menerima|terima|retain(?:s|ed)?)\\s+(?:the\\s+)?(?:null(?:\\s+hypothes[ie]s)?|H\\s?[0oO₀](?![\\p{L}\\p{N}])|hipotesis\\s+nol)`,
  'iuy',
);
const UNDECIDED = new RegExp(
  `(?:mendekati|hampir|marginal(?:ly)?|borderline|approach(?:ed|ing)?|nearly|trend(?:ed)?\\s+towards?)\\s+(?:\\p{L}+\\s+)?(?:signifikan\\p{L}*|significan\\p{L}*)`,
  'iuy',
);
const SIGNIFICANCE_WORD = new RegExp(
  `(?:(?<neg>insignificant|nonsignificant|non-significant|tidak\\s+signifikan|tak\\s+signifikan)|signifikan(?!si)|significant(?:ly)?)${NOT_LETTER}`,
  'iuy',
);
// "tidak langsung" is indirect, "tidak hanya"/"not only" adds: neither negates what follows.
// A quantifier of none ("in none of the studies neither X nor Y explained a significant amount",
// "tidak satu pun") negates its whole clause, like "tidak dapat dikatakan".
const NEGATION_BEFORE =
  /(?:^|[^\p{L}])(?:tidak|tak|bukan|not|no|non|tanpa|without|neither|nor|belum)(?![^\p{L}]+(?:langsung|hanya|saja|only|just|merely)(?:$|[^\p{L}]))(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]*$|(?:^|[^\p{L}])(?:(?:tidak|belum)\s+(?:dapat|bisa)\s+(?:dikatakan|disimpulkan|dinyatakan)|cannot\s+be\s+(?:said|concluded))(?:[^\p{L},;:.!?]+\p{L}+){0,8}[^\p{L}]*$|(?:^|[^\p{L}])(?:none\s+of|neither|nor|(?:tidak|tak)\s+(?:ada\s+)?satu\s*pun)(?:[^\p{L},;:.!?]+\p{L}+){0,14}[^\p{L}]*$/iu;
const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:taraf|tingkat|level|batas|nilai|uji|test|tes|of|for|α|alpha|alfa)[^\p{L}]*$/iu;

const ALPHA = new RegExp(
  `(?:α|alpha|alfa|(?:taraf|tingkat|level|batas)\\s+(?:of\\s+)?(?:signifikansi|signifikan|significance|nyata|kesalahan|error|kepercayaan\\s+kesalahan)|significance\\s+level)${NOT_LETTER}`,
  'iuy',
);
// "at the .10 level", "pada taraf 10%", "at α = .01": a level named with its value.
const AT_LEVEL = new RegExp(
  `(?:pada|at)\\s+(?:the\\s+)?(?:(?<pre>taraf|tingkat|level|α|alpha)\\s*(?:of\\s+|=\\s*)?)?(?<v>0?[.,]\\d+|\\d{1,2}(?:[.,]\\d+)?\\s?%)(?:\\s+(?<post>level|taraf))?${NOT_LETTER}`,
  'iuy',
);
const P_LABEL = new RegExp(
  `(?<nilai>nilai\\s+|the\\s+)?(?:(?<sig>(?:asymp\\.?\\s*|exact\\s+)?sig(?:\\.|nifikansi|nificance)?(?:\\s*\\((?<tails>[12]|two|one|dua|satu)[\\s-]*(?:tailed|sided|sisi|arah|ekor|pihak)\\))?)|(?<prob>prob(?:abilitas|ability|\\.)|probabilitas)|(?<p>[pP](?:[\\s-]?val(?:ue)?s?)?))(?![\\p{L}\\p{N}])`,
  'iuy',
);
const DF_LABEL = new RegExp(
  `(?:(?<plain>df|d\\.f\\.|DF)|(?<short>db|dk)(?=\\s*[=:]\\s*\\d)|derajat\\s+(?:ke)?bebas(?:an)?|degrees?\\s+of\\s+freedom)(?:\\s*\\((?:df|db|dk)\\))?(?<which>\\s?[12](?![\\p{N}])|\\s+(?:pembilang|penyebut|numerator|denominator))?${NOT_LETTER}`,
  'iuy',
);
const N_LABEL = /[nN](?=\s*=\s*\d)/uy;
// A statistic's letter: t, F, r, z (and T, Z in SPSS output), χ² in its spellings; then a role.
const HEAD = new RegExp(
  `(?:(?<chi>[Cc]hi[\\s_-]?(?:[Ss]quared?|[Kk]uadrat|\\^?2\\^?|²)|χ\\s?\\^?[2²]\\^?|(?<x>[Xx])\\s?\\^?[2²]\\^?)|(?<letter>[tTFrzZ]))(?:[\\s_-]?(?<role>[Hh]itung|HITUNG|[Hh]it|[Cc]ount|[Cc]alculated|[Ss]tatisti(?:cs?|k)|[Vv]alue|[Tt]abel|TABEL|[Tt]able|[Tt]ab|[Kk]ritis|[Cc]ritical|[Cc]rit)(?![\\p{L}]))?(?![\\p{L}\\p{N}²])`,
  'uy',
);
// The df group right after a statistic: (28), (2, 57), (2; 57), (1, N = 90), [28], (df = 28).
const DF_GROUP = /\s?[([]\s*(?:df\s*=\s*)?(\d+(?:\.\d+)?)(?:\s*[,;/]\s*(\d+(?:\.\d+)?))?(?:\s*[,;]\s*[nN]\s*=\s*\d[\d.,]*)?\s*[)\]]/uy;
// A table notation: t(0,025; 31), F tabel (0,05; 2; 57), t tabel (α = 0,05; df = 31), (df = 31), F tabel (2; 57).
const NOTATION =
  /\s?[([]\s*(?:(?:α|alpha|a)\s*(?:[=:]\s*)?(?<a1>0?[.,]\d+|\d+\s?%)\s*[;,/]\s*|(?<a2>0?[.,]\d+|\d+\s?%)\s*[;,/]\s*)?(?:(?:df|db|dk)\s*(?:[=:]\s*)?)?(?<d1>\d+)(?:\s*[;,/]\s*(?:(?:df2?|db|dk)\s*(?:[=:]\s*)?)?(?<d2>\d+))?\s*[)\]]/uy;
const OP =
  /(?:<=|>=|=<|=>|≤|≥|≦|≧|<|>|=|(?<lt>(?:lebih\s+(?:kecil|rendah)|kurang)(?:\s+(?:dari(?:pada)?|dibanding(?:kan)?))?|di\s?bawah|(?:smaller|less|lower)\s+than|below)|(?<gt>(?:lebih\s+(?:besar|tinggi)|melebihi)(?:\s+(?:dari(?:pada)?|dibanding(?:kan)?))?|di\s?atas|(?:greater|larger|higher|bigger)\s+than|above|exceeds?|exceeding))(?![\p{L}])/iuy;
const BIND = /(?:sebesar|senilai|bernilai|adalah|yaitu|yakni|sama\s+dengan|equal\s+to|of|is|was|:)(?![\p{L}])/iuy;
const NUM = /[-−–]?(?:\d+(?:[.,]\d+)*|[.,]\d+)/uy;
const PERCENT_AFTER = /\s?(?:%|persen(?![\p{L}])|percent(?![\p{L}]))/iuy;
const WORD = /[\p{L}\p{N}_'’]+(?:-[\p{L}\p{N}_]+)*/uy;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

function opOf(m: RegExpExecArray): Operator {
  if (m.groups?.lt) return '<';
  if (m.groups?.gt) return '>';
  const s = m[0];
  if (s.includes('<') || s === '≤' || s === '≦') return '<';
  if (s.includes('>') || s === '≥' || s === '≧') return '>';
  return '=';
}

/** A written number read as a decimal where statistics are concerned. */
export function readNumber(raw: string, style: NumberStyle): { value: number; decimals: number; ambiguous: boolean } | undefined {
  const sign = /^[-−–]/.test(raw) ? -1 : 1;
  const digits = raw.replace(/^[-−–]/, '');
  const parsed = parseLocaleNumber(digits, style, 'decimal');
  if (!parsed) return undefined;
  const ambiguous = /^[1-9]\d{0,2}[.,]\d{3}$/.test(digits) && digits[digits.search(/[.,]/)] === (style === 'id' ? '.' : ',');
  return { value: sign * parsed.value, decimals: parsed.decimals, ambiguous };
}

function alphaValue(raw: string, style: NumberStyle): number | undefined {
  const percent = raw.includes('%');
  const n = readNumber(raw.replace(/\s?%/, ''), style);
  if (!n) return undefined;
  return percent ? n.value / 100 : n.value;
}

function kindOf(groups: Record<string, string | undefined>): TestKind {
  if (groups.chi || groups.x) return 'chi2';
  const l = groups.letter!;
  if (l === 't' || l === 'T') return 't';
  if (l === 'z' || l === 'Z') return 'z';
  if (l === 'r') return 'r';
  return 'F';
}

/** Tokens of text[from, to). */
export function tokenize(text: string, from: number, to: number, style: NumberStyle): Token[] {
  const tokens: Token[] = [];
  let i = from;
  const slice = text.slice(0, to);
  while (i < to) {
    const c = slice[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const wordStart = i === 0 || !/[\p{L}\p{N}_\\]/u.test(slice[i - 1]);
    let m: RegExpExecArray | null;
    if (c === '(' || c === '[') {
      tokens.push({ type: 'open', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === ')' || c === ']') {
      tokens.push({ type: 'close', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === ',' && !/\d/.test(slice[i + 1] ?? '')) {
      tokens.push({ type: 'comma', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === ';') {
      tokens.push({ type: 'semicolon', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (wordStart && /[\p{L}α-ωχ]/u.test(c)) {
      if ((m = at(CLAUSE, slice, i))) {
        tokens.push({ type: 'clause', start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(CONDITIONAL, slice, i))) {
        tokens.push({ type: 'conditional', start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(FORMULA, slice, i))) {
        tokens.push({ type: 'formula', start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(TWO_TAILED, slice, i))) {
        tokens.push({ type: 'tails', tails: 2, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(ONE_TAILED, slice, i))) {
        tokens.push({ type: 'tails', tails: 1, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(NULL_DECISION, slice, i))) {
        const verb = m.groups!.verb.toLowerCase();
        const rejected = verb === 'ditolak' || verb === 'rejected';
        const negated = !!m.groups!.neg;
        tokens.push({ type: 'decision', reject: rejected !== negated, strong: true, start: i, end: i + m[0].length, text: m[0] });
        i += m[0].length;
        continue;
      }
      if ((m = at(ALT_DECISION, slice, i))) {
        const verb = m.groups!.verb.toLowerCase();
        const accepted = verb !== 'ditolak' && verb !== 'rejected';
        const negated = !!m.groups!.neg;
        tokens.push({ type: 'decision', reject: accepted !== negated, strong: true, start: i, end: i + m[0].length, text: m[0] });
        i += m[0].length;
        continue;
      }
      if ((m = at(REJECT_NULL, slice, i))) {
        tokens.push({ type: 'decision', reject: !m.groups?.fail, strong: true, start: i, end: i + m[0].length, text: m[0] });
        i += m[0].length;
        continue;
      }
      if ((m = at(ACCEPT_NULL, slice, i))) {
        tokens.push({ type: 'decision', reject: false, strong: true, start: i, end: i + m[0].length, text: m[0] });
        i += m[0].length;
        continue;
      }
      if ((m = at(UNDECIDED, slice, i))) {
        tokens.push({ type: 'undecided', start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(AT_LEVEL, slice, i)) && (m.groups!.pre || m.groups!.post)) {
        const v = alphaValue(m.groups!.v, style);
        if (v !== undefined && v > 0 && v <= 0.2) {
          tokens.push({ type: 'alphaValue', value: v, start: i, end: i + m[0].length });
          i += m[0].length;
          continue;
        }
      }
      if ((m = at(ALPHA, slice, i))) {
        tokens.push({ type: 'alpha', start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(SIGNIFICANCE_WORD, slice, i))) {
        const before = slice.slice(Math.max(from, i - 140), i);
        if (!LEVEL_BEFORE.test(before)) {
          const negation = m.groups?.neg ? undefined : NEGATION_BEFORE.exec(before);
          const negative = !!m.groups?.neg || !!negation;
          // Quote a negated word with its negation: "did not differ significantly".
          const start = negation ? i - before.length + negation.index + (/^[^\p{L}]/u.test(negation[0]) ? 1 : 0) : i;
          tokens.push({ type: 'decision', reject: !negative, strong: false, start, end: i + m[0].length, text: slice.slice(start, i + m[0].length) });
        }
        i += m[0].length;
        continue;
      }
      if ((m = at(P_LABEL, slice, i))) {
        const g = m.groups!;
        const tailsText = g.tails?.toLowerCase();
        const tails = tailsText === undefined ? undefined : /^(?:2|two|dua)$/.test(tailsText) ? 2 : 1;
        // "p" alone needs an operator after it ("p = .03"), as a page "p. 12" has none.
        const needsOperator = !!g.p && !g.nilai && !/val/i.test(g.p);
        tokens.push({ type: 'p', label: m[0], tails, needsOperator, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(DF_LABEL, slice, i))) {
        const w = m.groups?.which?.trim().toLowerCase();
        const which = w === undefined ? undefined : w === '1' || w === 'pembilang' || w === 'numerator' ? 1 : 2;
        tokens.push({ type: 'df', which, start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(N_LABEL, slice, i))) {
        tokens.push({ type: 'n', start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(HEAD, slice, i))) {
        const g = m.groups!;
        const kind = kindOf(g);
        const roleWord = g.role?.toLowerCase();
        let role: HeadRole = roleWord === undefined ? 'bare' : /^(?:tabel|table|tab|kritis|critical|crit)$/.test(roleWord) ? 'tabel' : 'hitung';
        if (roleWord === 'value' && g.letter !== undefined && !/^[tFz]$/.test(g.letter)) role = 'bare';
        // T and Z in capitals are statistics only with a role or as z; T alone is Wilcoxon's T.
        if (g.letter === 'T' && role === 'bare') {
          i += m[0].length;
          tokens.push({ type: 'word', text: m[0], start: i - m[0].length, end: i });
          continue;
        }
        let end = i + m[0].length;
        const token: Extract<Token, { type: 'head' }> = { type: 'head', kind, role, start: i, end, text: m[0], chiLetterX: !!g.x };
        // "T-statistics" (SmartPLS bootstrap, EViews): a t whose df is not the chapter's n − k − 1.
        if (roleWord && /^statisti/.test(roleWord)) token.resampled = true;
        const notation = at(NOTATION, slice, end);
        const group = at(DF_GROUP, slice, end);
        if (
          notation &&
          (notation.groups!.a1 ||
            notation.groups!.a2 ||
            /d[fbk]/i.test(notation[0]) ||
            (role === 'tabel' && kind === 'F' && /\d\s*(?:[;/]|,\s)\s*\d/.test(notation[0])))
        ) {
          // "(0,025; 31)", "(α = 0,05; df = 31)", "(df = 31)": a table look-up, not a reported df.
          const a = notation.groups!.a1 ?? notation.groups!.a2;
          const df = [Number(notation.groups!.d1)];
          if (notation.groups!.d2) df.push(Number(notation.groups!.d2));
          token.notation = { alpha: a ? alphaValue(a, style) : undefined, df };
          if (role === 'bare' && (a || /d[fbk]/i.test(notation[0]))) role = a ? 'tabel' : role;
          token.role = role;
          if (!a && role !== 'tabel') token.df = df;
          end += notation[0].length;
        } else if (group && role !== 'hitung' && role !== 'tabel') {
          const df = [Number(group[1])];
          if (group[2]) df.push(Number(group[2]));
          token.df = df;
          end += group[0].length;
        }
        token.end = end;
        token.text = slice.slice(i, end);
        // "X2" is a regressor's name far more often than χ²: only with a df or a role.
        if (token.chiLetterX && token.role === 'bare' && !token.df && !token.notation) {
          tokens.push({ type: 'word', text: slice.slice(i, end), start: i, end });
          i = end;
          continue;
        }
        tokens.push(token);
        i = end;
        continue;
      }
      if ((m = at(OP, slice, i))) {
        tokens.push({ type: 'op', operator: opOf(m), text: m[0], start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      if ((m = at(BIND, slice, i))) {
        tokens.push({ type: 'bind', start: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
      m = at(WORD, slice, i);
      const len = m ? m[0].length : 1;
      tokens.push({ type: 'word', text: slice.slice(i, i + len), start: i, end: i + len });
      i += len;
      continue;
    }
    if ((m = at(OP, slice, i))) {
      tokens.push({ type: 'op', operator: opOf(m), text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    if (c === ':') {
      tokens.push({ type: 'bind', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (wordStart && (m = at(NUM, slice, i))) {
      let raw = m[0];
      // A negative sign only where it cannot be a hyphen or minus between numbers.
      if (/^[-−–]/.test(raw) && i > 0 && /[\p{L}\p{N})]/u.test(slice[i - 1])) raw = raw.slice(1);
      const start = i + (m[0].length - raw.length);
      const end = i + m[0].length;
      // Followed by a letter or more digits: a code or a label ("X1", "2a"), not a number.
      if (/[\p{L}_]/u.test(slice[end] ?? '')) {
        const w = at(WORD, slice, i);
        const len = w ? w[0].length : m[0].length;
        tokens.push({ type: 'word', text: slice.slice(i, i + len), start: i, end: i + len });
        i += len;
        continue;
      }
      const n = readNumber(raw, style);
      if (n) {
        const pm = at(PERCENT_AFTER, slice, end);
        tokens.push({ type: 'num', value: n.value, decimals: n.decimals, raw, start, end, percent: !!pm, ambiguous: n.ambiguous });
        i = end + (pm ? pm[0].length : 0);
      } else {
        tokens.push({ type: 'word', text: slice.slice(i, end), start: i, end });
        i = end;
      }
      continue;
    }
    m = at(WORD, slice, i);
    const len = m ? m[0].length : 1;
    tokens.push({ type: 'word', text: slice.slice(i, i + len), start: i, end: i + len });
    i += len;
  }
  return tokens;
}
