// p-values and critical values for reported tests, recomputed the way statcheck does it: the
// reported statistic was rounded, so p is recomputed at both ends of its rounding interval
// (value ± 0.5·10^-decimals) and a reported p is consistent when it agrees with some value in
// that range at its own precision. Distributions come from jstat.
import { jStat } from 'jstat';

export type TestKind = 't' | 'F' | 'r' | 'chi2' | 'z';
export type Operator = '=' | '<' | '>';
/** How many tails a p may have: 'either' when the text speaks of one-tailed testing. */
export type Tails = 'two' | 'one' | 'either';

export interface Degrees {
  df1?: number;
  df2?: number;
}

/** Significance level used when the text states none. */
export const DEFAULT_ALPHA = 0.05;

/** The upper-tail (F, χ²) or two-tailed (t, r, z) p of a statistic; halved for one tail. */
export function pValue(kind: TestKind, statistic: number, df: Degrees, tails: 1 | 2 = 2): number {
  let p: number;
  switch (kind) {
    case 't':
      p = 2 * jStat.studentt.cdf(-Math.abs(statistic), df.df1!);
      break;
    case 'z':
      p = 2 * jStat.normal.cdf(-Math.abs(statistic), 0, 1);
      break;
    case 'r': {
      const r = Math.min(1, Math.abs(statistic));
      if (r >= 1) return 0;
      const t = (r * Math.sqrt(df.df1!)) / Math.sqrt(1 - r * r);
      p = 2 * jStat.studentt.cdf(-t, df.df1!);
      break;
    }
    case 'F': {
      if (statistic <= 0) return 1;
      const { df1, df2 } = df as Required<Degrees>;
      // Upper tail through the incomplete beta: exact for small p, where 1 − cdf would cancel.
      p = jStat.ibeta(df2 / (df2 + df1 * statistic), df2 / 2, df1 / 2);
      break;
    }
    case 'chi2':
      if (statistic <= 0) return 1;
      p = 1 - jStat.lowRegGamma(df.df1! / 2, statistic / 2);
      break;
  }
  p = Math.min(1, Math.max(0, p));
  return tails === 1 && halvable(kind, df) ? p / 2 : p;
}

/** One-tailed testing halves p for t, z, r, and F or χ² with one numerator df (statcheck's rule). */
export function halvable(kind: TestKind, df: Degrees): boolean {
  return kind === 't' || kind === 'z' || kind === 'r' || df.df1 === 1;
}

/** The critical value of a test at significance level alpha. */
export function criticalValue(kind: TestKind, alpha: number, df: Degrees, tails: 1 | 2 = 2): number {
  switch (kind) {
    case 't':
      return jStat.studentt.inv(1 - alpha / tails, df.df1!);
    case 'z':
      return jStat.normal.inv(1 - alpha / tails, 0, 1);
    case 'r': {
      const t = jStat.studentt.inv(1 - alpha / tails, df.df1!);
      return t / Math.sqrt(t * t + df.df1!);
    }
    case 'F':
      return jStat.centralF.inv(1 - alpha, df.df1!, df.df2!);
    case 'chi2':
      return jStat.chisquare.inv(1 - alpha, df.df1!);
  }
}

export interface Reported {
  value: number;
  decimals: number;
  operator: Operator;
}

export interface PRange {
  /** p at the reported statistic. */
  point: number;
  /** Smallest and largest p over the statistic's rounding interval. */
  low: number;
  high: number;
  /** The rounding interval of the statistic (magnitudes). */
  statisticLow: number;
  statisticHigh: number;
}

/** p over the rounding interval of a reported statistic. */
export function pRange(kind: TestKind, statistic: Reported, df: Degrees, tails: 1 | 2): PRange {
  const half = 0.5 / 10 ** statistic.decimals;
  const magnitude = Math.abs(statistic.value);
  let lowStat = Math.max(0, magnitude - half);
  let highStat = magnitude + half;
  if (kind === 'r') {
    lowStat = Math.min(lowStat, 1);
    highStat = Math.min(highStat, 1);
  }
  const at = (x: number) => pValue(kind, x, df, tails);
  // A larger statistic gives a smaller p for every test here.
  return { point: at(magnitude), low: at(highStat), high: at(lowStat), statisticLow: lowStat, statisticHigh: highStat };
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f + 1e-9) / f;
}

/**
 * Whether a reported p is consistent with the p range of the statistic, statcheck's error_test:
 * "p = x" must lie within the range rounded to x's decimals; "p < x" fails when even the
 * smallest p is above x; "p > x" when even the largest is below. A statistic reported with
 * "<" or ">" bounds p from one side only.
 */
export function pConsistent(range: PRange, p: Reported, statisticOperator: Operator): boolean {
  const { low, high } = range;
  const eps = 1e-12;
  if (statisticOperator === '=') {
    if (p.operator === '=') return !(p.value > roundTo(high, p.decimals) + eps || p.value < roundTo(low, p.decimals) - eps);
    if (p.operator === '<') return !(p.value < low - eps);
    return !(p.value > high + eps);
  }
  // "t < 1.2": the true statistic is smaller, so p is larger than the p at the bound.
  if (statisticOperator === '<') {
    if (p.operator === '=') return !(p.value < roundTo(high, p.decimals) - eps);
    if (p.operator === '<') return !(p.value < high - eps);
    return true;
  }
  if (p.operator === '=') return !(p.value > roundTo(low, p.decimals) + eps);
  if (p.operator === '<') return true;
  return !(p.value > low + eps);
}

/**
 * Whether the reported p and the recomputed range fall on opposite sides of alpha (p = alpha
 * counts as significant, as in statcheck). Conservative: the whole recomputed range must lie on
 * the other side, so a statistic at the edge of significance is never called a decision error.
 */
export function decisionChanges(range: PRange, p: Reported, statisticOperator: Operator, alpha: number): boolean {
  const surelySignificant = range.high <= alpha;
  const surelyNot = range.low > alpha;
  if (statisticOperator === '=') {
    if (p.operator === '=') return (p.value <= alpha && surelyNot) || (p.value > alpha && surelySignificant);
    if (p.operator === '<') return p.value <= alpha && surelyNot;
    return p.value >= alpha && surelySignificant;
  }
  if (statisticOperator === '<') {
    // The true statistic is smaller: p is at least the p at the bound.
    if (p.operator === '>') return false;
    return p.value <= alpha && range.low >= alpha;
  }
  if (p.operator === '<') return false;
  return p.value >= alpha && (p.operator === '>' || p.value > alpha) && surelySignificant;
}

export interface PCheck {
  consistent: boolean;
  decisionError: boolean;
  tails: 1 | 2;
  range: PRange;
  /** The two-tailed and one-tailed ranges when the text allows either. */
  twoTailed: PRange;
  oneTailed?: PRange;
}

/** statcheck's verdict on one reported p, with one-tailed testing allowed when `tails` says so. */
export function checkP(kind: TestKind, statistic: Reported, df: Degrees, p: Reported, tails: Tails, alpha: number): PCheck {
  const two = pRange(kind, statistic, df, 2);
  const canHalve = halvable(kind, df);
  const one = canHalve ? pRange(kind, statistic, df, 1) : undefined;
  if (tails === 'one' && one) {
    const ok = pConsistent(one, p, statistic.operator);
    return { consistent: ok, decisionError: !ok && decisionChanges(one, p, statistic.operator, alpha), tails: 1, range: one, twoTailed: two, oneTailed: one };
  }
  const okTwo = pConsistent(two, p, statistic.operator);
  if (okTwo) return { consistent: true, decisionError: false, tails: 2, range: two, twoTailed: two, oneTailed: one };
  if (tails === 'either' && one && pConsistent(one, p, statistic.operator)) {
    return { consistent: true, decisionError: false, tails: 1, range: one, twoTailed: two, oneTailed: one };
  }
  let decision = decisionChanges(two, p, statistic.operator, alpha);
  if (decision && tails === 'either' && one && !decisionChanges(one, p, statistic.operator, alpha)) decision = false;
  return { consistent: false, decisionError: decision, tails: 2, range: two, twoTailed: two, oneTailed: tails === 'either' ? one : undefined };
}

/** Classic printed tables skip rows above df = 30; a value read from the nearest row is accepted. */
const TABLE_ROWS = [30, 40, 60, 120, Infinity];

export interface CriticalCheck {
  agrees: boolean;
  /** The stated value is the one-tailed critical value (t, r, z), not the two-tailed one. */
  oneTailedOnly: boolean;
  twoTailed: number;
  oneTailed?: number;
}

/** Whether a stated value equals `exact` rounded or truncated to its decimals. */
export function agreesAsTableValue(stated: number, decimals: number, exact: number): boolean {
  const f = 10 ** decimals;
  const rounded = Math.round(exact * f + 1e-9) / f;
  const truncated = Math.trunc(exact * f + 1e-9) / f;
  const tol = 0.5 / f / 100;
  return Math.abs(rounded - stated) < tol || Math.abs(truncated - stated) < tol;
}

function agreesWithTable(kind: TestKind, stated: { value: number; decimals: number }, alpha: number, df: Degrees, tails: 1 | 2): boolean {
  const exact = criticalValue(kind, alpha, df, tails);
  if (agreesAsTableValue(stated.value, stated.decimals, exact)) return true;
  // Sparse rows of printed t and F tables: a value between the neighbouring rows' values is fine.
  const dfKey = kind === 'F' ? df.df2 : df.df1;
  if ((kind === 't' || kind === 'F') && dfKey !== undefined && dfKey > 30) {
    const above = TABLE_ROWS.find((row) => row >= dfKey)!;
    const below = [...TABLE_ROWS].reverse().find((row) => row <= dfKey)!;
    const at = (row: number) =>
      row === Infinity
        ? criticalValue(kind, alpha, kind === 'F' ? { df1: df.df1, df2: 1e7 } : { df1: 1e7 }, tails)
        : criticalValue(kind, alpha, kind === 'F' ? { df1: df.df1, df2: row } : { df1: row }, tails);
    const lo = Math.min(at(above), at(below));
    const hi = Math.max(at(above), at(below));
    const half = 0.5 / 10 ** stated.decimals;
    if (stated.value >= lo - half && stated.value <= hi + half) return true;
  }
  return false;
}

/** Whether a stated critical ("tabel") value fits the df at alpha. */
export function checkCritical(kind: TestKind, stated: { value: number; decimals: number }, alpha: number, df: Degrees, tails: Tails): CriticalCheck {
  const canHalve = kind === 't' || kind === 'r' || kind === 'z';
  const twoTailed = criticalValue(kind, alpha, df, 2);
  const oneTailed = canHalve ? criticalValue(kind, alpha, df, 1) : undefined;
  const magnitude = Math.abs(stated.value);
  const s = { value: magnitude, decimals: stated.decimals };
  const twoOk = agreesWithTable(kind, s, alpha, df, 2);
  const oneOk = canHalve && agreesWithTable(kind, s, alpha, df, 1);
  if (!canHalve) return { agrees: twoOk, oneTailedOnly: false, twoTailed };
  if (tails === 'one') return { agrees: oneOk, oneTailedOnly: false, twoTailed, oneTailed };
  if (twoOk) return { agrees: true, oneTailedOnly: false, twoTailed, oneTailed };
  if (oneOk) return { agrees: tails === 'either', oneTailedOnly: true, twoTailed, oneTailed };
  return { agrees: false, oneTailedOnly: false, twoTailed, oneTailed };
}
