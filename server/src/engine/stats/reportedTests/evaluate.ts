// What is wrong with a reported test, as plain-text spans with messages: a p that the statistic
// and df cannot give (statcheck's rule), p = .000, a "tabel" value that is not the critical value
// for the df, a stated comparison that is false ("t hitung 1,793 > t tabel 2,039"), and criteria
// that contradict each other or the conclusion ("sig. 0,000 < 0,05 … H0 diterima").
import type { NumberStyle } from '../../numbers/parse';
import { m, say, type Message } from '../../messages';
import { checkCritical, checkP, DEFAULT_ALPHA, halvable, type Degrees, type PCheck, type Tails, type TestKind } from './distributions';
import type { Decision, ReportedTest } from './parse';
import { formatNumber, formatP, rangeDecimals, styleOf, type Style } from './format';

export interface Issue {
  /** Plain-text span the finding points at. */
  start: number;
  end: number;
  severity: 'error' | 'warning';
  /** The message in English and as catalogue data (messages/en.ts, id.ts). */
  message: string;
  msg: Message;
  related?: { start: number; end: number; message: string; msg: Message }[];
  data: Record<string, unknown>;
}

export interface EvaluationContext {
  /** The document's number style, for groups whose numbers do not show it. */
  style: NumberStyle;
  /** The manuscript speaks of one-tailed testing somewhere (statcheck reads the whole text). */
  oneTailedInDocument: boolean;
  /** Significance levels the manuscript states anywhere (methods chapters name them once). */
  documentAlphas?: number[];
  /** The paragraph reports equivalence (TOST) tests: their p is one-sided, in either direction. */
  equivalence?: boolean;
}

/** The α a test is judged at: its sentence's or paragraph's, else the document's only one, else .05. */
function alphaFor(test: ReportedTest, context: EvaluationContext): number {
  if (test.alpha !== undefined) return test.alpha;
  const levels = new Set(context.documentAlphas ?? []);
  return levels.size === 1 ? [...levels][0] : DEFAULT_ALPHA;
}

const STAT_NAME: Record<TestKind, string> = { t: 't', F: 'F', r: 'r', chi2: 'χ²', z: 'z' };

function dfText(kind: TestKind, df: Degrees | undefined): string {
  if (!df) return '';
  return kind === 'F' ? `${df.df1}, ${df.df2}` : `${df.df1}`;
}

/** The test as the message names it: "t(28) = 2.20", "t hitung 2,20 (df = 28)". */
function describeTest(test: ReportedTest): string {
  const stat = test.statistic!;
  const head = test.head?.text ?? STAT_NAME[test.kind!];
  if (test.form === 'apa') return `${head} ${stat.operatorText || '='} ${stat.raw}`;
  const op = stat.operatorText && /^[=<>≤≥]/.test(stat.operatorText) ? `${stat.operatorText} ` : '';
  const df = test.kind !== 'z' && test.df ? ` (df = ${dfText(test.kind!, test.df)})` : '';
  return `${head} ${op}${stat.raw}${df}`;
}

/** "Nilai signifikansi" → "signifikansi": the label without the article-like "nilai"/"the". */
function pLabel(label: string): string {
  return label.trim().replace(/^(?:nilai|the)\s+/i, '');
}

function describeP(test: ReportedTest): string {
  const p = test.p!;
  const label = pLabel(p.label);
  const op =
    p.operatorText && /^[=<>≤≥]|^<=|^>=/.test(p.operatorText) ? p.operatorText : p.operator === '=' ? (/^[pP]/.test(label) ? '=' : '') : p.operatorText;
  return `${label}${op ? ` ${op}` : ''} ${p.raw}`;
}

function alphaText(alpha: number, style: Style): string {
  const decimals = Math.max(2, (String(alpha).split('.')[1] ?? '').length);
  return `α = ${formatNumber(alpha, decimals, style, style.leadingZero)}`;
}

function tailsFor(test: ReportedTest, context: EvaluationContext): Tails {
  if (test.p?.tails === 2 || test.tails === 2) return 'two';
  if (test.p?.tails === 1) return 'either';
  if (test.tails === 1 || context.oneTailedInDocument) return 'either';
  return 'two';
}

function groupStyle(test: ReportedTest, context: EvaluationContext): Style {
  return styleOf(
    [test.p?.raw, test.statistic?.raw, test.critical?.raw, test.alphaComparison?.value.raw],
    context.style,
    test.p?.raw ?? test.alphaComparison?.value.raw,
  );
}

export function evaluateTest(test: ReportedTest, context: EvaluationContext): Issue[] {
  const issues: Issue[] = [];
  const style = groupStyle(test, context);
  const alpha = alphaFor(test, context);
  const pInconsistent = pIssues(test, context, style, alpha, issues);
  if (!test.conditional) {
    criticalIssues(test, context, style, alpha, issues);
    const before = issues.length;
    comparisonIssues(test, style, alpha, issues);
    // A conclusion drawn from a false comparison, or criteria that disagree because p does not
    // fit the statistic, are reported once, with their cause.
    contradictionIssues(test, context, style, alpha, issues, issues.length > before, pInconsistent);
  }
  return issues;
}

function pData(test: ReportedTest, check: PCheck | undefined): Record<string, unknown> {
  const p = test.p!;
  return {
    statistic: test.statistic
      ? { kind: test.kind, value: test.statistic.value, decimals: test.statistic.decimals, operator: test.statistic.operator }
      : undefined,
    df: test.df,
    reportedP: { operator: p.operator, value: p.value, decimals: p.decimals },
    computed: check ? { p: check.range.point, low: check.range.low, high: check.range.high } : undefined,
    tails: check ? (check.tails === 1 ? 'one' : 'two') : undefined,
  };
}

/** Reports p problems; true when p was found inconsistent with its statistic. */
function pIssues(test: ReportedTest, context: EvaluationContext, style: Style, alpha: number, issues: Issue[]): boolean {
  const p = test.p;
  if (!p) return false;
  const computable = test.kind !== undefined && test.statistic !== undefined && (test.kind === 'z' || test.df !== undefined);
  const smallest = formatNumber(0.001, 3, style, style.leadingZero);
  // "p < 0.000" is the slip; "p<0" with a bare 0 is a variable's bound ("a scaling factor p<0").
  if (p.value === 0 && p.operator === '<' && !computable && p.decimals === 0) return true;
  if (p.value === 0 && p.operator === '<') {
    issues.push({
      start: p.start,
      end: p.end,
      severity: 'warning',
      ...say('stats.test.pBelowZero', { p: describeP(test), smallest }),
      data: pData(test, undefined),
    });
    return true;
  }
  const zero = p.value === 0 && p.operator === '=';
  // Where p cannot be recomputed, "p = .000" still gets its style note.
  const noteZero = () => {
    if (zero && !test.conditional)
      issues.push({
        start: p.start,
        end: p.end,
        severity: 'warning',
        ...say('stats.test.pZero', { p: describeP(test), smallest }),
        data: pData(test, undefined),
      });
  };
  if (!computable) {
    noteZero();
    return false;
  }
  if (context.equivalence) {
    noteZero();
    return false;
  }
  const kind = test.kind!;
  const df = test.df ?? {};
  const tails = tailsFor(test, context);
  // A df stated elsewhere in the chapter may belong to another test; it is trusted for p only
  // when the test's own table value confirms it.
  if (test.dfFrom === 'chapter' && !(test.critical?.explicit && checkCritical(kind, test.critical, alpha, df, 'either').agrees)) {
    noteZero();
    return false;
  }
  // "p = .000" is read as p < .0005, what the rounding says; consistent, it is only a style note.
  const asReported = zero
    ? { value: 0.5 * 10 ** -p.decimals, decimals: p.decimals, operator: '<' as const }
    : { value: p.value, decimals: p.decimals, operator: p.operator };
  const check = checkP(kind, test.statistic!, df, asReported, tails, alpha);
  if (check.consistent) {
    if (zero)
      issues.push({
        start: p.start,
        end: p.end,
        severity: 'warning',
        ...say('stats.test.pZero', { p: describeP(test), test: describeTest(test), smallest }),
        data: pData(test, check),
      });
    return false;
  }
  const decision = zero ? check.range.low > alpha : check.decisionError;
  issues.push({
    start: p.start,
    end: p.end,
    severity: decision ? 'error' : 'warning',
    ...say('stats.test.pMismatch', {
      p: describeP(test),
      test: describeTest(test),
      computed: computedText(kind, df, test, check, style),
      changes: decision ? m('stats.test.changes', { alpha: alphaText(alpha, style) }) : undefined,
    }),
    data: pData(test, check),
  });
  return true;
}

function computedText(kind: TestKind, df: Degrees, test: ReportedTest, check: PCheck, style: Style): Message {
  const stat = test.statistic!;
  const tails = kind === 'F' || kind === 'chi2' ? undefined : check.tails === 1 ? 'one' : 'two';
  const r = check.range;
  const statDecimals = stat.decimals + 1;
  const statName = test.form === 'hitung' ? (test.head?.text ?? STAT_NAME[kind]) : STAT_NAME[kind];
  const between = {
    statistic: statName,
    statLow: formatNumber(r.statisticLow, statDecimals, style),
    statHigh: formatNumber(r.statisticHigh, statDecimals, style),
  };
  const pDecimals = Math.max(3, test.p!.decimals);
  if (stat.operator !== '=') {
    // "t(28) < 2.20" bounds p from one side only.
    const bound = stat.operator === '<' ? r.low : r.high;
    return m('stats.test.computedBound', { tails, op: stat.operator === '<' ? '>' : '<', bound: formatNumber(bound, pDecimals, style, style.leadingZero) });
  }
  const d0 = rangeDecimals(r.low, r.high);
  const d = Math.max(pDecimals, d0);
  const range =
    r.high < 10 ** -pDecimals / 2 || r.low.toFixed(d0) === r.high.toFixed(d0)
      ? {}
      : { low: formatNumber(r.low, d, style, style.leadingZero), high: formatNumber(r.high, d, style, style.leadingZero) };
  const oneTailed = check.oneTailed && check.tails === 2 && halvable(kind, df) ? formatP(check.oneTailed.point, style, pDecimals) : undefined;
  return m('stats.test.computed', { tails, p: formatP(r.point, style, pDecimals), ...range, ...between, oneTailed });
}

function criticalIssues(test: ReportedTest, context: EvaluationContext, style: Style, alpha: number, issues: Issue[]): void {
  const crit = test.critical;
  if (!crit?.explicit || !test.kind) return;
  const kind = test.kind;
  const df = test.criticalNotation?.df ?? test.df;
  if (kind !== 'z' && (!df || df.df1 === undefined || (kind === 'F' && df.df2 === undefined))) return;
  const degrees = df ?? {};
  const tails = tailsFor(test, context);
  const notationAlpha = test.criticalNotation?.alpha;
  // "t(0,025; 31)" names the tail probability: α/2 of a two-tailed test, or α of a one-tailed one.
  // Without a level in the sentence, any level the manuscript states (or .05) may have been used.
  const twoSided = kind === 't' || kind === 'r' || kind === 'z';
  const alphas =
    notationAlpha !== undefined
      ? twoSided
        ? [notationAlpha, 2 * notationAlpha]
        : [notationAlpha]
      : test.alpha !== undefined
        ? [alpha]
        : [...new Set([alpha, DEFAULT_ALPHA, ...(context.documentAlphas ?? [])])];
  const checks = alphas.map((a) => ({ a, check: checkCritical(kind, crit, a, degrees, notationAlpha !== undefined ? 'either' : tails) }));
  if (checks.some((c) => c.check.agrees)) return;
  // The level named in the message: α itself, or 2 × 0,025 for a two-tailed t table's column.
  const shown = notationAlpha === undefined ? alpha : twoSided && notationAlpha <= 0.025 ? 2 * notationAlpha : notationAlpha;
  const primary = checks.find((c) => c.a === shown) ?? checks[0];
  const { twoTailed, oneTailed, oneTailedOnly } = primary.check;
  const decimals = Math.max(3, crit.decimals);
  const label = crit.label.trim();
  const where =
    kind === 'z'
      ? m('stats.test.whereAlpha', { alpha: alphaText(primary.a, style) })
      : m('stats.test.whereDf', { df: dfText(kind, degrees), n: test.sampleSize, alpha: alphaText(primary.a, style) });
  const stat = test.statistic;
  const changes = (correct: number) =>
    stat !== undefined &&
    Math.abs(stat.value) > crit.value !== Math.abs(stat.value) > correct &&
    Math.abs(Math.abs(stat.value) - correct) > 0.5 / 10 ** stat.decimals;
  const data = { kind, df: degrees, alpha: primary.a, stated: crit.value, critical: { twoTailed, oneTailed }, tails: tails };
  if (oneTailedOnly) {
    issues.push({
      start: crit.start,
      end: crit.end,
      severity: 'warning',
      ...say('stats.test.criticalOneTailed', {
        label,
        value: crit.raw,
        where,
        twoTailed: formatNumber(twoTailed, decimals, style),
        statistic: changes(twoTailed) ? `${test.head?.text ?? STAT_NAME[kind]} ${stat!.raw}` : undefined,
        significant: changes(twoTailed) && Math.abs(stat!.value) > twoTailed ? 'yes' : undefined,
      }),
      data,
    });
    return;
  }
  const values = {
    twoTailed: formatNumber(twoTailed, decimals, style),
    oneTailed: oneTailed !== undefined ? formatNumber(oneTailed, decimals, style) : undefined,
  };
  const correct =
    tails === 'either' && oneTailed !== undefined
      ? m('stats.test.criticalEither', values)
      : kind === 'F' || kind === 'chi2'
        ? values.twoTailed
        : m('stats.test.criticalTwo', values);
  const decision = changes(twoTailed) && (tails !== 'either' || oneTailed === undefined || changes(oneTailed));
  issues.push({
    start: crit.start,
    end: crit.end,
    severity: decision ? 'error' : 'warning',
    ...say('stats.test.criticalWrong', {
      label,
      value: crit.raw,
      where,
      expected: correct,
      changes: decision ? m('stats.test.changes', { alpha: alphaText(primary.a, style) }) : undefined,
    }),
    data,
  });
}

/** How a compares with b, for stats.test.comparisonFalse. */
function opWord(a: number, b: number): '<' | '>' | '=' {
  return a < b ? '<' : a > b ? '>' : '=';
}

function holds(op: '<' | '>' | '=', a: number, b: number): boolean {
  return op === '<' ? a < b : op === '>' ? a > b : a === b;
}

function comparisonIssues(test: ReportedTest, style: Style, alpha: number, issues: Issue[]): void {
  const stat = test.statistic;
  const crit = test.critical;
  const cmp = test.criticalComparison;
  if (stat && crit && cmp && cmp.operator !== '=') {
    // Students compare magnitudes: "−3,2 > 2,04" means |t| > t tabel; either reading may hold.
    const literal = holds(cmp.operator, stat.value, crit.value);
    const magnitude = holds(cmp.operator, Math.abs(stat.value), Math.abs(crit.value));
    if (!literal && !magnitude) {
      const name = test.head?.text ?? STAT_NAME[test.kind!];
      const critName = crit.label ? `${crit.label.trim()} ` : '';
      issues.push({
        start: crit.start,
        end: crit.end,
        severity: 'error',
        ...say('stats.test.comparisonFalse', {
          stated: `${name} ${stat.raw} ${cmp.text} ${critName}${crit.raw}`,
          left: stat.raw,
          op: opWord(Math.abs(stat.value), Math.abs(crit.value)),
          right: crit.raw,
          alpha: alphaText(alpha, style),
        }),
        data: { kind: test.kind, statistic: stat.value, critical: crit.value, operator: cmp.operator },
      });
    }
  }
  const p = test.p;
  const ac = test.alphaComparison;
  if (p && ac && ac.operator !== '=' && !holds(ac.operator, p.value, ac.value.value)) {
    issues.push({
      start: p.start,
      end: p.end,
      severity: 'error',
      ...say('stats.test.comparisonFalse', {
        stated: `${pLabel(p.label)} ${p.raw} ${ac.text} ${ac.value.raw}`,
        left: p.raw,
        op: opWord(p.value, ac.value.value),
        right: ac.value.raw,
        alpha: alphaText(ac.value.value, style),
      }),
      data: { reportedP: p.value, alpha: ac.value.value, operator: ac.operator },
    });
  }
}

type Verdict = { significant: boolean; says: string; start: number; end: number } | undefined;

function byTable(test: ReportedTest): Verdict {
  const stat = test.statistic;
  const crit = test.critical;
  if (stat && crit) {
    const s = Math.abs(stat.value);
    const c = Math.abs(crit.value);
    if (Math.abs(s - c) <= 0.5 / 10 ** Math.min(stat.decimals, crit.decimals)) return undefined;
    const name = test.head?.text ?? STAT_NAME[test.kind!];
    const critName = crit.label ? `${crit.label.trim()} ` : '';
    return { significant: s > c, says: `${name} ${stat.raw} ${s > c ? '>' : '<'} ${critName}${crit.raw}`, start: crit.start, end: crit.end };
  }
  const cmp = test.criticalComparison;
  if (cmp && !stat && !crit && cmp.operator !== '=') {
    const name = STAT_NAME[test.kind!];
    return { significant: cmp.operator === '>', says: `${name} hitung ${cmp.text} ${name} tabel`, start: cmp.start, end: cmp.end };
  }
  return undefined;
}

function bySig(test: ReportedTest, tails: Tails, alpha: number, style: Style): Verdict {
  const p = test.p;
  if (!p) return undefined;
  const a = test.alphaComparison?.value.value ?? alpha;
  const aText = test.alphaComparison ? test.alphaComparison.value.raw : formatNumber(a, 2, style, style.leadingZero);
  const label = pLabel(p.label);
  let significant: boolean | undefined;
  if (p.operator === '=') significant = p.value < a ? true : p.value > a ? false : undefined;
  else if (p.operator === '<') significant = p.value <= a ? true : undefined;
  else significant = p.value >= a ? false : undefined;
  if (significant === undefined) return undefined;
  // With one-tailed testing allowed, a two-tailed p between α and 2α decides nothing.
  if (!significant && tails === 'either' && p.operator === '=' && p.value / 2 < a) return undefined;
  // As written: "sig. 0,017 < 0,05" with its comparison, else "p = .036".
  const says = test.alphaComparison ? `${label} ${p.raw} ${test.alphaComparison.text} ${aText}` : describeP(test);
  return { significant, says, start: p.start, end: p.end };
}

function byWords(decisions: Decision[]): (Verdict & { strong: boolean; text: string }) | undefined {
  const strong = decisions.filter((d) => d.strong);
  const used = strong.length > 0 ? strong : decisions;
  if (used.length === 0) return undefined;
  if (used.some((d) => d.reject !== used[0].reject)) return undefined;
  const first = used[0];
  return { significant: first.reject, says: `"${first.text}"`, start: first.start, end: first.end, strong: strong.length > 0, text: first.text };
}

function contradictionIssues(
  test: ReportedTest,
  context: EvaluationContext,
  style: Style,
  alpha: number,
  issues: Issue[],
  comparisonFalse: boolean,
  pInconsistent: boolean,
): void {
  const tails = tailsFor(test, context);
  const table = byTable(test);
  const sig = bySig(test, tails, alpha, style);
  const words = byWords(test.decisions);
  const aText = alphaText(test.alphaComparison?.value.value ?? alpha, style);
  const meaning = (v: NonNullable<Verdict>) => m(v.significant ? 'stats.test.significant' : 'stats.test.notSignificant');
  if (table && sig && table.significant !== sig.significant) {
    if (pInconsistent || comparisonFalse) return;
    issues.push({
      start: sig.start,
      end: sig.end,
      severity: 'error',
      ...say('stats.test.criteriaDisagree', { table: table.says, tableMeans: meaning(table), sig: sig.says, sigMeans: meaning(sig), alpha: aText }),
      related: [{ start: table.start, end: table.end, ...say('stats.test.verdict', { says: table.says, means: meaning(table) }) }],
      data: { kind: test.kind, byTable: table.significant, bySig: sig.significant, alpha },
    });
    return;
  }
  const evidence = sig ?? table;
  if (words && evidence && words.significant !== evidence.significant && !comparisonFalse && !pInconsistent) {
    issues.push({
      start: evidence.start,
      end: evidence.end,
      severity: words.strong ? 'error' : 'warning',
      ...say('stats.test.conclusionContradicts', { words: words.says, evidence: evidence.says, means: meaning(evidence), alpha: aText }),
      related: [{ start: words.start, end: words.end, ...say('stats.test.conclusionHere') }],
      data: { kind: test.kind, evidence: evidence.significant, conclusion: words.significant, alpha },
    });
  }
}
