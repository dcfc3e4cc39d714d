// Reported tests in a paragraph's text: APA results ("t(28) = 2.20, p = .03", "F(2, 57) = 3.14,
// p < .05", "χ2(1, N = 90) = 4.5, p = .03", "z = 1.96, p = .05") and the Indonesian SPSS forms
// ("t(28) = 2,20; P = 0,03", "t hitung 3,793 > t tabel 2,039", "nilai signifikansi 0,000 < 0,05
// maka H0 ditolak", "df = 28" elsewhere in the sentence). Conservative: a statistic, its df and
// its p (or its table value) are paired only when they stand together in one clause, every
// number keeps its plain-text span and written precision, and nothing else is guessed.
import type { NumberStyle } from '../../numbers/parse';
import type { Degrees, Operator, TestKind } from './distributions';
import { sentences, type Sentence } from '../../text/sentences';
import { tokenize, type Num, type Token } from './tokens';

export type { Num } from './tokens';

export interface Compared extends Num {
  operator: Operator;
  /** The operator as written ("=", "<", "lebih kecil dari"); "" when none was written. */
  operatorText: string;
}

export interface ReportedP extends Compared {
  /** The label as written: "p", "Sig. (2-tailed)", "nilai signifikansi". */
  label: string;
  /** Tails stated in the label ("Sig. (2-tailed)"). */
  tails?: 1 | 2;
}

export interface StatedComparison {
  operator: Operator;
  text: string;
  start: number;
  end: number;
}

export interface Decision {
  reject: boolean;
  /** H0/Ha wording (strong) or a "significant"/"tidak signifikan" word (weak). */
  strong: boolean;
  text: string;
  start: number;
  end: number;
}

export interface ReportedTest {
  /** Absent for a bare "sig. 0,000 < 0,05" without a statistic. */
  kind?: TestKind;
  /** apa: "t(28) = 2.20"; hitung: "t hitung 3,793"; bare: "t = 2,20" with df elsewhere. */
  form?: 'apa' | 'hitung' | 'bare';
  /** The statistic's name as written ("t(28)", "t hitung", "χ2(1, N = 90)"). */
  head?: { text: string; start: number; end: number };
  statistic?: Compared;
  df?: Degrees;
  /** Only a df stated in its own sentence applies ("T-statistics" of a bootstrap). */
  ownDfOnly?: boolean;
  /** The sample size an r table was read with (df = N − 2). */
  sampleSize?: number;
  /** Where the df came from. */
  dfFrom?: 'inline' | 'sentence' | 'paragraph' | 'chapter' | 'table' | 'n';
  p?: ReportedP;
  /** "sig. 0,000 < 0,05": the stated comparison of p with α. */
  alphaComparison?: { operator: Operator; text: string; value: Num; start: number; end: number };
  /** A stated critical ("tabel") value, or the value a "hitung" is compared with. */
  critical?: Num & { label: string; explicit: boolean };
  /** df and α of a table look-up written as "t(0,025; 31)" or "F tabel (0,05; 2; 57)". */
  criticalNotation?: { alpha?: number; df: Degrees };
  /** The operator written between the statistic and the critical value. */
  criticalComparison?: StatedComparison;
  decisions: Decision[];
  /** Explicit tails wording in the sentence (undefined when none). */
  tails?: 1 | 2;
  /** α stated in the sentence or paragraph ("α = 0,05", "taraf signifikansi 5%"). */
  alpha?: number;
  /** The sentence states a rule ("jika sig < 0,05 maka H0 ditolak"), not a result. */
  conditional: boolean;
  sentence: Sentence;
  /** Plain-text span from the first to the last element. */
  start: number;
  end: number;
}

const UNITS =
  /^(?:m|cm|mm|km|nm|s|ms|µs|min|h|kg|g|mg|N|kN|Pa|kPa|MPa|Hz|kHz|MHz|GHz|V|mV|A|mA|W|kW|J|K|°C?|dB|menit|detik|jam|hari|bulan|tahun|meter|years?|months?|days?|hours?|minutes?|seconds?)$/;

const NEEDS_ONE_DF: Record<TestKind, number> = { t: 1, r: 1, chi2: 1, F: 2, z: 0 };

/** A number token as a plain number. */
function numOf(token: Extract<Token, { type: 'num' }>): Num {
  const { type: _type, ...n } = token;
  return n;
}

function isYearLike(n: Num): boolean {
  return n.decimals === 0 && /^(?:19|20)\d\d$/.test(n.raw);
}

function plausibleStatistic(kind: TestKind, n: Num): boolean {
  if (n.percent || isYearLike(n)) return false;
  if (kind === 'r') return Math.abs(n.value) <= 1;
  if (kind === 'F' || kind === 'chi2') return n.value >= 0 && !n.ambiguous;
  // "z = 128" is a dimension or a count, not a normal deviate.
  if (kind === 'z') return n.decimals > 0 || Math.abs(n.value) < 10;
  return true;
}

function plausibleP(n: Num): boolean {
  return !n.percent && n.value >= 0 && n.value <= 1;
}

function alphaOf(n: Num): number | undefined {
  const v = n.percent ? n.value / 100 : n.value;
  return v > 0 && v <= 0.2 ? v : undefined;
}

interface Cursor {
  tokens: Token[];
  i: number;
}

function peek(c: Cursor, k = 0): Token | undefined {
  return c.tokens[c.i + k];
}

/** An operator or a binding word ("sebesar", ":"), then a number; returns the pair. */
function readValue(
  c: Cursor,
  options: { requireOperator: boolean; allowParen: boolean; maxFillers?: number },
): { num: Num; operator: Operator; operatorText: string; end: number } | undefined {
  let j = c.i;
  const t = c.tokens;
  let fillers = 0;
  while (options.maxFillers && fillers < options.maxFillers) {
    if (t[j]?.type === 'word') {
      j++;
      fillers++;
    } else if (t[j]?.type === 'open' && t[j + 1]?.type === 'word' && t[j + 2]?.type === 'close') {
      // "variabel Kualitas Produk (X1) sebesar 3,456"
      j += 3;
      fillers++;
    } else break;
  }
  let operator: Operator = '=';
  let operatorText = '';
  let sawOperator = false;
  let sawComparison = false;
  for (let guard = 0; guard < 3; guard++) {
    const tok = t[j];
    if (tok?.type === 'op') {
      // "is less than", "sebesar =", "= <" … but never two comparisons ("< >").
      if (sawComparison && tok.operator !== '=') break;
      if (operator === '=') {
        operator = tok.operator;
        operatorText = tok.text;
      }
      if (tok.operator !== '=') sawComparison = true;
      sawOperator = true;
      j++;
    } else if (tok?.type === 'bind') {
      sawOperator = true;
      j++;
    } else break;
  }
  if (options.requireOperator && !sawOperator) return undefined;
  if (fillers > 0 && !sawOperator) return undefined;
  let paren = false;
  if (options.allowParen && t[j]?.type === 'open') {
    paren = true;
    j++;
  }
  const n = t[j];
  if (n?.type !== 'num') return undefined;
  j++;
  if (paren) {
    if (t[j]?.type !== 'close') return undefined;
    j++;
  }
  c.i = j;
  return { num: numOf(n), operator, operatorText, end: n.end };
}

function newTest(sentence: Sentence, conditional: boolean): ReportedTest {
  return { decisions: [], conditional, sentence, start: Infinity, end: -Infinity };
}

function stretch(test: ReportedTest, start: number, end: number): void {
  test.start = Math.min(test.start, start);
  test.end = Math.max(test.end, end);
}

export interface DfMention {
  values: number[];
  which?: 1 | 2;
  start: number;
  end: number;
}

/** "df = 28", "df = n − k − 1 = 35 − 3 − 1 = 31", "df = (2; 57)", "df1 = 2", "derajat kebebasan 28". */
function readDf(c: Cursor): DfMention | undefined {
  const label = peek(c);
  if (label?.type !== 'df') return undefined;
  const t = c.tokens;
  let j = c.i + 1;
  if (t[j]?.type === 'op' || t[j]?.type === 'bind') j++;
  const values: number[] = [];
  let end = label.end;
  if (t[j]?.type === 'open') {
    // "df = (2; 57)"
    const a = t[j + 1];
    const sep = t[j + 2];
    const b = t[j + 3];
    if (
      a?.type === 'num' &&
      a.decimals === 0 &&
      (sep?.type === 'semicolon' || sep?.type === 'comma') &&
      b?.type === 'num' &&
      b.decimals === 0 &&
      t[j + 4]?.type === 'close'
    ) {
      c.i = j + 5;
      return { values: [a.value, b.value], start: label.start, end: t[j + 4]!.end };
    }
    if (a?.type === 'num' && a.decimals === 0 && t[j + 2]?.type === 'close') {
      c.i = j + 3;
      return { values: [a.value], which: label.which, start: label.start, end: t[j + 2]!.end };
    }
    return undefined;
  }
  // A chain "n − k − 1 = 35 − 3 − 1 = 31": the value after the last "=" is the df; a last
  // term "35 − 3 − 1" is worked out.
  let k = j;
  let terms: { value: number; sign: number }[] = [];
  let sign = 1;
  let expectNumber = true;
  let lastEnd = end;
  for (let guard = 0; k < t.length && guard < 24; guard++) {
    const tok = t[k];
    if (tok.type === 'num' && (expectNumber || (tok.value < 0 && /^[-−–]/.test(tok.raw)))) {
      terms.push({ value: Math.abs(tok.value), sign: tok.value < 0 ? -sign : sign });
      lastEnd = tok.end;
      expectNumber = false;
      sign = 1;
      k++;
    } else if (tok.type === 'op' && tok.operator === '=') {
      terms = [];
      expectNumber = true;
      k++;
    } else if (tok.type === 'word' && /^[-−–+]$/.test(tok.text)) {
      sign = tok.text === '+' ? 1 : -1;
      expectNumber = true;
      k++;
    } else if (tok.type === 'word' && /^[nkNK]$/.test(tok.text) && terms.length === 0) {
      // "n − k − 1" written with letters: skipped up to the "=" that gives the numbers.
      let m = k + 1;
      while (m < t.length && m - k < 12 && (t[m].type === 'word' || t[m].type === 'num')) m++;
      const eq = t[m];
      if (eq?.type !== 'op' || eq.operator !== '=') return undefined;
      k = m;
    } else break;
  }
  if (terms.length === 0 || terms.some((x) => !Number.isFinite(x.value) || !Number.isInteger(x.value))) return undefined;
  const value = terms.reduce((sum, x) => sum + x.sign * x.value, 0);
  if (value <= 0) return undefined;
  values.push(value);
  end = lastEnd;
  // "df = 2; 57", "df = 2 dan 57", "df = 2/57"
  const sep = t[k];
  const second = t[k + 1];
  if (
    terms.length === 1 &&
    (sep?.type === 'semicolon' || (sep?.type === 'word' && /^(?:dan|and|\/)$/i.test(sep.text))) &&
    second?.type === 'num' &&
    second.decimals === 0 &&
    second.value > 0
  ) {
    values.push(second.value);
    end = second.end;
    k += 2;
  }
  c.i = k;
  return { values, which: label.which, start: label.start, end };
}

/** Reads the tests of one paragraph (the text of a StatText). */
export function extractTests(text: string, style: NumberStyle): ReportedTest[] {
  return extractParagraph(text, style).tests;
}

/** The tests of one paragraph and every df it states (for df stated once per chapter). */
export function extractParagraph(text: string, style: NumberStyle): { tests: ReportedTest[]; dfs: DfMention[] } {
  const out: ReportedTest[] = [];
  const paragraphDfs: DfMention[] = [];
  const paragraphAlphas: number[] = [];
  const paragraphNs: number[] = [];
  const perSentence: { tests: ReportedTest[]; dfs: DfMention[]; ns: number[]; alphas: number[]; tails?: 1 | 2; sentence: Sentence }[] = [];
  for (const sentence of sentences(text)) {
    const tokens = tokenize(text, sentence.start, sentence.end, style);
    if (!tokens.some((t) => t.type === 'head' || t.type === 'p' || t.type === 'df')) {
      continue;
    }
    const parsed = parseSentence(tokens, sentence);
    paragraphDfs.push(...parsed.dfs);
    paragraphAlphas.push(...parsed.alphas);
    paragraphNs.push(...parsed.ns);
    perSentence.push({ ...parsed, sentence });
  }
  for (const s of perSentence) {
    for (const test of s.tests) {
      test.tails ??= s.tails;
      const alphas = [...new Set(s.alphas.length > 0 ? s.alphas : paragraphAlphas)];
      if (alphas.length === 1) test.alpha = alphas[0];
      if (test.kind && !test.df) assignDf(test, s.dfs, s.ns, paragraphDfs, paragraphNs);
      out.push(test);
    }
  }
  return { tests: out, dfs: paragraphDfs };
}

/**
 * Gives a df stated elsewhere in the chapter ("df = n − k − 1 = 31" in its first paragraph) to
 * the SPSS-form tests that have none, when the chapter states only one df of the test's shape.
 */
export function fillDfFromScope(tests: ReportedTest[], scopeDfs: DfMention[]): void {
  for (const test of tests) {
    if (!takesScopeDf(test)) continue;
    const kind = test.kind!;
    const fitting = mergedDfs(scopeDfs).filter((d) => dfFits(kind, d.values));
    const keys = new Set(fitting.map((d) => d.values.join(';')));
    if (keys.size !== 1) continue;
    test.df = toDegrees(kind, fitting[0].values);
    test.dfFrom = 'chapter';
  }
}

/** Whether fillDfFromScope may give this test a df (so its findings depend on the chapter's dfs). */
export function takesScopeDf(test: ReportedTest): boolean {
  if (!test.kind || test.kind === 'z' || test.df || test.form === 'apa' || test.ownDfOnly) return false;
  return !!test.statistic || !!test.critical?.explicit;
}

function dfFits(kind: TestKind, values: number[]): boolean {
  return values.length === NEEDS_ONE_DF[kind];
}

function toDegrees(kind: TestKind, values: number[]): Degrees {
  return kind === 'F' ? { df1: values[0], df2: values[1] } : { df1: values[0] };
}

/** Combines "df1 = 2" and "df2 = 57" mentions into one pair. */
function mergedDfs(dfs: DfMention[]): DfMention[] {
  const one = dfs.filter((d) => d.which === 1 && d.values.length === 1);
  const two = dfs.filter((d) => d.which === 2 && d.values.length === 1);
  const rest = dfs.filter((d) => d.which === undefined);
  if (one.length === 1 && two.length === 1)
    rest.push({ values: [one[0].values[0], two[0].values[0]], start: Math.min(one[0].start, two[0].start), end: Math.max(one[0].end, two[0].end) });
  return rest;
}

function uniqueDf(kind: TestKind, dfs: DfMention[]): number[] | undefined {
  const fitting = mergedDfs(dfs).filter((d) => dfFits(kind, d.values));
  const keys = new Set(fitting.map((d) => d.values.join(';')));
  // Mentions of another shape (a single df where an F needs two) make the sentence ambiguous.
  if (keys.size !== 1 || fitting.length !== mergedDfs(dfs).length) return undefined;
  return fitting[0].values;
}

function assignDf(test: ReportedTest, sentenceDfs: DfMention[], sentenceNs: number[], paragraphDfs: DfMention[], paragraphNs: number[]): void {
  const kind = test.kind!;
  if (kind === 'z') return;
  if (test.criticalNotation && dfFits(kind, Object.values(test.criticalNotation.df).filter((v) => v !== undefined) as number[])) {
    test.df = test.criticalNotation.df;
    test.dfFrom = 'table';
    return;
  }
  const inSentence = uniqueDf(kind, sentenceDfs);
  if (inSentence) {
    test.df = toDegrees(kind, inSentence);
    test.dfFrom = 'sentence';
    return;
  }
  if (sentenceDfs.length === 0 && !test.ownDfOnly) {
    const inParagraph = uniqueDf(kind, paragraphDfs);
    if (inParagraph) {
      test.df = toDegrees(kind, inParagraph);
      test.dfFrom = 'paragraph';
      return;
    }
  }
  // An r table is read by sample size: df = N − 2.
  if (kind === 'r' && test.critical?.explicit && sentenceDfs.length === 0 && paragraphDfs.length === 0) {
    const ns = new Set(sentenceNs.length > 0 ? sentenceNs : paragraphNs);
    if (ns.size === 1) {
      const n = [...ns][0];
      if (n > 3) {
        test.df = { df1: n - 2 };
        test.dfFrom = 'n';
        test.sampleSize = n;
      }
    }
  }
}

function parseSentence(tokens: Token[], sentence: Sentence): { tests: ReportedTest[]; dfs: DfMention[]; ns: number[]; alphas: number[]; tails?: 1 | 2 } {
  const formula = tokens.some((t) => t.type === 'formula');
  const conditional = formula || tokens.some((t) => t.type === 'conditional');
  const tests: ReportedTest[] = [];
  const dfs: DfMention[] = [];
  const ns: number[] = [];
  const alphas: number[] = [];
  const decisions: (Decision & { clause: number })[] = [];
  const undecidedClauses = new Set<number>();
  const tailsSeen = new Set<1 | 2>();
  let clause = 0;
  let current: ReportedTest | undefined;
  let currentClause = 0;
  /** Index of the token after the current test's last element (for the distance rule). */
  let lastUsed = -1;
  const testClause = new Map<ReportedTest, number>();
  /** A "tabel" head whose value comes after qualifiers ("untuk N = 30 … adalah 0,349"). */
  let pendingCritical: { test: ReportedTest; label: string } | undefined;
  /** Tokens read as df, N or α mentions: they do not separate a statistic from its p. */
  const consumed = new Set<number>();
  const consume = (from: number, to: number) => {
    for (let k = from; k < to; k++) consumed.add(k);
  };

  const close = () => {
    if (current && (current.statistic || current.p || current.critical || current.criticalComparison)) {
      tests.push(current);
      testClause.set(current, currentClause);
    }
    current = undefined;
  };
  const open = () => {
    close();
    current = newTest(sentence, conditional);
    currentClause = clause;
    return current;
  };
  /** Words between the current test and token i: a p or tabel value further away is not its own. */
  const near = (i: number, maxWords: number) => {
    if (!current || lastUsed < 0) return false;
    let words = 0;
    for (let k = lastUsed; k < i; k++) {
      if (consumed.has(k)) continue;
      const t = tokens[k];
      if (t.type === 'num' || t.type === 'head' || t.type === 'clause') return false;
      if (t.type === 'word' || t.type === 'decision') words++;
    }
    return words <= maxWords;
  };

  const c: Cursor = { tokens, i: 0 };
  while (c.i < tokens.length) {
    const tok = tokens[c.i];
    switch (tok.type) {
      case 'clause':
        close();
        clause++;
        c.i++;
        break;
      case 'tails':
        tailsSeen.add(tok.tails);
        c.i++;
        break;
      case 'decision':
        decisions.push({ reject: tok.reject, strong: tok.strong, text: tok.text, start: tok.start, end: tok.end, clause });
        c.i++;
        break;
      case 'undecided':
        undecidedClauses.add(clause);
        c.i++;
        break;
      case 'df': {
        const from = c.i;
        const d = readDf(c);
        if (d) {
          dfs.push(d);
          consume(from, c.i);
        } else c.i++;
        break;
      }
      case 'n': {
        const save = c.i;
        c.i++;
        const v = readValue(c, { requireOperator: true, allowParen: false });
        if (v && v.num.decimals === 0 && v.num.value > 0 && !v.num.percent) {
          ns.push(v.num.value);
          consume(save, c.i);
        } else c.i = save + 1;
        break;
      }
      case 'alphaValue':
        alphas.push(tok.value);
        consume(c.i, c.i + 1);
        c.i++;
        break;
      case 'alpha': {
        const save = c.i;
        c.i++;
        const v = readValue(c, { requireOperator: false, allowParen: true });
        const a = v ? alphaOf(v.num) : undefined;
        if (a !== undefined) {
          alphas.push(a);
          consume(save, c.i);
        } else c.i = save + 1;
        break;
      }
      case 'head': {
        const start = c.i;
        const handled = readHead(c, tok);
        if (!handled) {
          c.i = start + 1;
          break;
        }
        const { statistic, critical, comparison, labelOnlyComparison } = handled;
        const kind = tok.kind;
        if (tok.role === 'tabel' && !statistic) {
          // A table value joins the statistic before it: "t hitung 3,793 > t tabel 2,039".
          const directlyCompared = handled.precedingOperator !== undefined && lastUsed === start - 1;
          const joins =
            current !== undefined &&
            !current.critical &&
            (current.kind === undefined || current.kind === kind) &&
            (directlyCompared || near(start, current.statistic ? 4 : 6));
          const test = joins ? current! : open();
          test.kind ??= kind;
          test.critical = critical;
          if (!critical) pendingCritical = { test, label: tok.text };
          if (tok.notation) test.criticalNotation = { alpha: tok.notation.alpha, df: toDegrees(kind, tok.notation.df) };
          if (directlyCompared && test.statistic) test.criticalComparison = handled.precedingOperator;
          if (critical) stretch(test, critical.start, critical.end);
          else stretch(test, tok.start, tok.end);
          lastUsed = c.i;
          break;
        }
        // A statistic starts a test, unless a table value of the same kind is waiting for it.
        const waiting = current && !current.statistic && current.critical && current.kind === kind && near(start, 6);
        const test = waiting ? current! : open();
        test.kind = kind;
        test.form = tok.role === 'hitung' ? 'hitung' : tok.df ? 'apa' : 'bare';
        if (tok.resampled) test.ownDfOnly = true;
        test.head = { text: tok.text, start: tok.start, end: tok.end };
        if (tok.df) {
          test.df = toDegrees(kind, tok.df);
          test.dfFrom = 'inline';
        }
        test.statistic = statistic;
        if (statistic) stretch(test, tok.start, statistic.end);
        else stretch(test, tok.start, tok.end);
        if (critical) {
          test.critical = critical;
          if (handled.criticalNotation) test.criticalNotation = { alpha: handled.criticalNotation.alpha, df: toDegrees(kind, handled.criticalNotation.df) };
          stretch(test, critical.start, critical.end);
        }
        if (comparison) test.criticalComparison = comparison;
        if (labelOnlyComparison) test.criticalComparison = labelOnlyComparison;
        lastUsed = c.i;
        break;
      }
      case 'p': {
        const start = c.i;
        const p = readP(c, tok);
        if (!p) {
          c.i = start + 1;
          break;
        }
        // APA results put p right after the statistic; SPSS prose may put a few words between.
        const maxWords = current?.form === 'apa' || current?.form === 'bare' ? 2 : 8;
        const joins = current && !current.p && !current.alphaComparison && near(start, maxWords);
        const test = joins ? current! : open();
        test.p = p.p;
        if (p.alphaComparison) test.alphaComparison = p.alphaComparison;
        stretch(test, p.p.start, p.alphaComparison?.end ?? p.p.end);
        lastUsed = c.i;
        break;
      }
      case 'op':
      case 'bind': {
        // "r tabel untuk N = 30 pada taraf signifikansi 5% adalah 0,349": the value after the qualifiers.
        const next = tokens[c.i + 1];
        if (
          pendingCritical &&
          pendingCritical.test === current &&
          (tok.type === 'bind' || tok.operator === '=') &&
          next?.type === 'num' &&
          !next.percent &&
          !next.ambiguous &&
          !isYearLike(next) &&
          near(c.i, 6)
        ) {
          const test = pendingCritical.test;
          test.critical = { ...numOf(next), label: pendingCritical.label, explicit: true };
          stretch(test, next.start, next.end);
          pendingCritical = undefined;
          c.i += 2;
          lastUsed = c.i;
          break;
        }
        c.i++;
        break;
      }
      default:
        c.i++;
    }
  }
  close();
  // SPSS's "Kolmogorov-Smirnov Z" is not a normal deviate: its p comes from another distribution;
  // nor is the Z of a normality test named only as such ("uji asumsi normalitas … nilai Z= 0.128 dan p= 0.053").
  if (tokens.some((t) => t.type === 'word' && /^(?:kolmogorov|smirnov|k-s|ks|normalitas|normality|lilliefors|shapiro)/i.test(t.text))) {
    const kept = tests.filter((t) => t.kind !== 'z');
    tests.length = 0;
    tests.push(...kept);
  }
  // In a formula only a full APA result (with its df) is a test; "Z = 1,96; p = 0,5" are parameters.
  if (formula) {
    const kept = tests.filter((t) => t.form === 'apa');
    tests.length = 0;
    tests.push(...kept);
  }
  // Decisions belong to the only test of their clause.
  for (const test of tests) {
    const cl = testClause.get(test)!;
    if (undecidedClauses.has(cl)) continue;
    if (tests.filter((t) => testClause.get(t) === cl).length !== 1) continue;
    test.decisions = decisions.filter((d) => d.clause === cl).map(({ clause: _c, ...d }) => d);
  }
  const tails = tailsSeen.size === 1 ? [...tailsSeen][0] : undefined;
  return { tests, dfs, ns, alphas, tails };
}

interface HeadReading {
  statistic?: Compared;
  critical?: Num & { label: string; explicit: boolean };
  criticalNotation?: { alpha?: number; df: number[] };
  comparison?: StatedComparison;
  /** "t hitung > t tabel" with the numbers elsewhere or absent. */
  labelOnlyComparison?: StatedComparison;
  /** For a tabel head: the operator written just before it ("… 3,793 > t tabel 2,039"). */
  precedingOperator?: StatedComparison;
}

function readHead(c: Cursor, head: Extract<Token, { type: 'head' }>): HeadReading | undefined {
  const t = c.tokens;
  const before = t[c.i - 1];
  const precedingOperator =
    before?.type === 'op' && before.operator !== '=' ? { operator: before.operator, text: before.text, start: before.start, end: before.end } : undefined;
  c.i++;
  if (head.role === 'tabel') {
    // "t tabel = t(0,025; 31) = 2,040": a second notation head of the same kind.
    let notation = head.notation;
    if ((t[c.i]?.type === 'op' || t[c.i]?.type === 'bind') && t[c.i + 1]?.type === 'head') {
      const inner = t[c.i + 1] as Extract<Token, { type: 'head' }>;
      if (inner.kind === head.kind && inner.notation) {
        notation = inner.notation;
        c.i += 2;
      }
    }
    const v = readValue(c, { requireOperator: false, allowParen: true, maxFillers: 3 });
    if (!v) return { precedingOperator };
    if (v.num.percent || isYearLike(v.num) || v.num.ambiguous) return undefined;
    return { critical: { ...v.num, label: head.text, explicit: true }, criticalNotation: notation, precedingOperator };
  }
  if (head.kind === 'chi2' && head.chiLetterX && head.role === 'bare' && !head.df) return undefined;
  if (head.kind === 'z' && head.df) return undefined;
  if (head.df && !dfFits(head.kind, head.df)) return undefined;
  // "t hitung > t tabel (3,793 > 2,039)" / "t hitung > t tabel yaitu 3,793 > 2,039"
  if (head.role === 'hitung' && t[c.i]?.type === 'op' && t[c.i + 1]?.type === 'head') {
    const op = t[c.i] as Extract<Token, { type: 'op' }>;
    const tabel = t[c.i + 1] as Extract<Token, { type: 'head' }>;
    if (tabel.kind === head.kind && tabel.role === 'tabel' && op.operator !== '=') {
      const labelComparison: StatedComparison = { operator: op.operator, text: op.text, start: op.start, end: op.end };
      let j = c.i + 2;
      let paren = false;
      if (t[j]?.type === 'open') {
        paren = true;
        j++;
      } else if (t[j]?.type === 'bind' || t[j]?.type === 'comma') j++;
      const a = t[j];
      const op2 = t[j + 1];
      const b = t[j + 2];
      if (a?.type === 'num' && op2?.type === 'op' && op2.operator !== '=' && b?.type === 'num' && (!paren || t[j + 3]?.type === 'close')) {
        if (!plausibleStatistic(head.kind, a) || b.percent || b.ambiguous) return undefined;
        c.i = j + 3 + (paren ? 1 : 0);
        return {
          statistic: { ...numOf(a), operator: '=', operatorText: '' },
          critical: { ...numOf(b), label: tabel.text, explicit: true },
          criticalNotation: tabel.notation,
          comparison: { operator: op2.operator, text: op2.text, start: op2.start, end: op2.end },
        };
      }
      // The table value, if any, is read with the tabel head that follows.
      c.i += 1;
      return { labelOnlyComparison: labelComparison };
    }
  }
  const v = readValue(c, { requireOperator: head.role === 'bare', allowParen: head.role === 'hitung', maxFillers: head.role === 'hitung' ? 6 : 0 });
  if (!v || !plausibleStatistic(head.kind, v.num)) return undefined;
  // "t = 5 s", "F = 1,5 N", "z = 0,5 m": a quantity with a unit, not a statistic.
  const unit = t[c.i];
  if (unit?.type === 'word' && unit.start - v.num.end <= 1 && UNITS.test(unit.text)) return undefined;
  if (head.df && head.df.some((d) => d < 1)) return undefined;
  if (head.kind === 'z' && v.operator !== '=') return undefined;
  const statistic: Compared = { ...v.num, operator: v.operator, operatorText: v.operatorText };
  // "t hitung 3,793 > 2,039": the number a hitung is compared with is its table value.
  if (head.role === 'hitung' && t[c.i]?.type === 'op' && (t[c.i] as { operator: Operator }).operator !== '=') {
    const op = t[c.i] as Extract<Token, { type: 'op' }>;
    const next = t[c.i + 1];
    if (next?.type === 'num' && !next.percent && !next.ambiguous) {
      c.i += 2;
      return {
        statistic,
        critical: { ...numOf(next), label: '', explicit: false },
        comparison: { operator: op.operator, text: op.text, start: op.start, end: op.end },
      };
    }
  }
  return { statistic };
}

const LINKING = /^(?:yang|which|that|is|was|masih|jauh|sangat|much|far|still|nilainya)$/i;

/** Units a quantity named P is measured in (pressure, flow, power). */
const PHYSICAL_UNIT = /^(?:sccm|slpm|ml|l|mbar|bar|atm|psi|torr|pa|kpa|mpa|hpa|mmhg|w|kw|mw|watt|watts|v|mv|kv)$/i;

function readP(c: Cursor, label: Extract<Token, { type: 'p' }>): { p: ReportedP; alphaComparison?: ReportedTest['alphaComparison'] } | undefined {
  const t = c.tokens;
  c.i++;
  // "sig < α (0,000 < 0,05)" / "sig < 0,05 (0,000 < 0,05)": the numbers come in the parentheses.
  const paired = (j: number) => {
    if (t[j]?.type !== 'open') return undefined;
    const a = t[j + 1];
    const op = t[j + 2];
    const b = t[j + 3];
    if (
      a?.type === 'num' &&
      op?.type === 'op' &&
      op.operator !== '=' &&
      b?.type === 'num' &&
      t[j + 4]?.type === 'close' &&
      plausibleP(a) &&
      alphaOf(b) !== undefined
    ) {
      return { a: numOf(a), op, b: numOf(b), next: j + 5 };
    }
    return undefined;
  };
  if (t[c.i]?.type === 'op' && (t[c.i] as { operator: Operator }).operator !== '=' && t[c.i + 1]?.type === 'alpha') {
    const pair = paired(c.i + 2);
    if (pair) {
      c.i = pair.next;
      return {
        p: { ...pair.a, operator: '=', operatorText: '', label: label.label, tails: label.tails },
        alphaComparison: { operator: pair.op.operator, text: pair.op.text, value: pair.b, start: pair.op.start, end: pair.b.end },
      };
    }
    return undefined;
  }
  const v = readValue(c, { requireOperator: label.needsOperator, allowParen: true });
  if (!v || !plausibleP(v.num)) return undefined;
  // "$P$ = 0 sccm", "P = 0,5 bar": a pressure or a flow, not a p-value.
  const after = t[c.i];
  if (after?.type === 'word' && PHYSICAL_UNIT.test((after as { text: string }).text)) return undefined;
  const p: ReportedP = { ...v.num, operator: v.operator, operatorText: v.operatorText, label: label.label, tails: label.tails };
  if (p.operator !== '=') {
    const pair = paired(c.i);
    if (pair && Math.abs(pair.b.value - p.value) < 1e-12) {
      c.i = pair.next;
      return {
        p: { ...pair.a, operator: '=', operatorText: '', label: label.label, tails: label.tails },
        alphaComparison: { operator: pair.op.operator, text: pair.op.text, value: pair.b, start: pair.op.start, end: pair.b.end },
      };
    }
    return { p };
  }
  // "sig. 0,000 < 0,05", "sig. 0,000 yang lebih kecil dari α = 0,05", "p = .03 < α (.05)"
  let k = c.i;
  if (t[k]?.type === 'comma') k++;
  for (let words = 0; words < 3 && t[k]?.type === 'word' && LINKING.test((t[k] as { text: string }).text); words++) k++;
  const op = t[k];
  if (op?.type === 'op' && op.operator !== '=') {
    let j = k + 1;
    if (t[j]?.type === 'alpha') j++;
    if (t[j]?.type === 'op' && (t[j] as { operator: Operator }).operator === '=') j++;
    else if (t[j]?.type === 'bind') j++;
    let paren = false;
    if (t[j]?.type === 'open') {
      paren = true;
      j++;
    }
    const b = t[j];
    if (b?.type === 'num' && alphaOf(b) !== undefined && (!paren || t[j + 1]?.type === 'close')) {
      c.i = j + 1 + (paren ? 1 : 0);
      return { p, alphaComparison: { operator: op.operator, text: op.text, value: numOf(b), start: op.start, end: b.end } };
    }
  }
  return { p };
}
