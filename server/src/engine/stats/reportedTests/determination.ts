// The identities around a coefficient of determination, within one paragraph:
// "R Square 0,477" must be "47,7%" when stated as a percentage, "sisanya 52,3% dipengaruhi
// variabel lain" must be 100 − 47,7, and R Square must be the square of the R stated beside it.
// Each value is a rounded number, so agreement is checked between rounding intervals.
import { say } from '../../messages';
import { extractNumbers, type NumberStyle } from '../../numbers/parse';
import type { Issue } from './evaluate';
import { formatNumber, styleOf } from './format';
import { readNumber } from './tokens';

const PREFILTER = /R\s?(?:[-_]?\s?(?:square|sq|kuadrat)|\^?\s?[2²])|determinasi|determination/i;
// "R Square", "R²", "R2", "R^2", "Adjusted R Square", "koefisien determinasi (R2)", then the value.
const R2 =
  /(?<![\p{L}\p{N}])(?:(?<adj>adjusted|adj\.?)\s*)?(?:R\s?[-_]?\s?(?:square[d]?|sq\.?|kuadrat)|R\s?\^?\s?[2²]\^?(?![\p{N}])|(?:koefisien\s+determinasi|coefficient\s+of\s+determination)(?:\s*\((?<adj2>adjusted\s+|adj\.?\s*)?(?:R\s?[-_]?\s?(?:square[d]?|kuadrat)|R\s?\^?\s?[2²]\^?|KD)\))?)(?:\s*\((?<adj3>adj(?:usted)?)\))?(?<gap>[^\d\n%]{0,40}?)(?<num>[-−]?(?:\d+(?:[.,]\d+)?|[.,]\d+))(?<pct>\s?%)?/giu;
// "R = 0,690", "nilai R sebesar 0,690", "koefisien korelasi (R) 0,690", "Multiple R .690".
const R =
  /(?<![\p{L}\p{N}])(?:(?:multiple\s+R|R)(?=\s*(?:[=:]|sebesar|adalah|of|is|senilai))|\(R\))\s*(?:[=:]|sebesar|adalah|of|is|senilai)?\s*(?<num>(?:0?[.,]\d+))(?![\d%])/giu;
const RESIDUAL_BEFORE =
  /(?:sisanya|sisa|selebihnya|remaining|the\s+rest|residual|remainder|100\s?%?\s*[-−–]\s*\d+(?:[.,]\d+)?\s?%?\s*\)?\s*=)[^.;%\d]{0,30}$/iu;
const RESIDUAL_AFTER =
  /^(?:\s?%)?[^.;,%\d]{0,60}?(?:sisanya|selebihnya|lainnya|variabel[-\s]+(?:variabel\s+)?lain|faktor[-\s]+(?:faktor\s+)?lain|other\s+(?:variables|factors)|di\s+luar|outside\s+(?:the|this)|tidak\s+(?:diteliti|dimasukkan|termasuk)|not\s+(?:included|examined|studied))/iu;
const EXPLAINED =
  /(?:dipengaruhi|dijelaskan|diterangkan|pengaruh|kontribusi|sumbangan|variasi|variabilitas|explained|explains|variance|accounted|mempengaruhi|memengaruhi|kemampuan)/iu;
/** A bound before a percentage: "lebih dari 50%", "more than 50%", "di atas", "minimal", "at least". */
const BOUND_BEFORE =
  /(?:lebih\s+dari|kurang\s+dari|more\s+than|less\s+than|di\s+atas|di\s+bawah|minimal|maksimal|at\s+least|at\s+most|above|below|over|under|[<>≤≥])\s*$/iu;
const RANGE_END_BEFORE = /(?:(?:between|antara|from|dari|berkisar)\s+[-−]?\d+(?:[.,]\d+)?\s?%?\s(?:and|to|dan|hingga|sampai)\s|\d\s?%?\s?[-–]\s?)$/iu;
const CLAUSE_BREAK = /[,;](?!\d)|\b(?:sedangkan|whereas|while|dan\s+sisanya)\b/iu;

interface Mention {
  value: number;
  decimals: number;
  adjusted: boolean;
  /** The value written as a percentage ("koefisien determinasi sebesar 47,7%"). */
  percent: boolean;
  label: string;
  raw: string;
  start: number;
  end: number;
}

function mentions(text: string, style: NumberStyle): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(R2)) {
    const g = m.groups!;
    // The gap may only hold binding words and brackets: "sebesar", "=", "(", "yang diperoleh".
    if (/[=:]/.test(g.gap) === false && g.gap.trim().split(/\s+/).filter(Boolean).length > 4) continue;
    if (/[<>≤≥]/.test(g.gap)) continue;
    const n = readNumber(g.num, style);
    if (!n) continue;
    const percent = !!g.pct;
    const value = percent ? n.value / 100 : n.value;
    if (value < 0 || value > 1 || (!percent && n.decimals === 0)) continue;
    const numStart = (m.index ?? 0) + m[0].length - g.num.length - (g.pct?.length ?? 0);
    out.push({
      value,
      decimals: n.decimals + (percent ? 2 : 0),
      adjusted: !!(g.adj || g.adj2 || g.adj3),
      percent,
      label: m[0].slice(0, m[0].length - g.num.length - (g.pct?.length ?? 0) - g.gap.length).trim(),
      raw: g.num + (g.pct ?? ''),
      start: numStart,
      end: numStart + g.num.length + (g.pct?.length ?? 0),
    });
  }
  return out;
}

/** Interval of a written value: [v − h, v + h] with h half a unit of its last digit. */
function interval(value: number, decimals: number): [number, number] {
  const h = 0.5 / 10 ** decimals;
  return [value - h, value + h];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] + 1e-9 && b[0] <= a[1] + 1e-9;
}

/** A stated percentage agrees with a proportion when their rounding intervals meet, or by truncation. */
function percentAgrees(stated: number, statedDecimals: number, proportion: Mention): boolean {
  const p = interval(proportion.value * 100, Math.max(0, proportion.decimals - 2));
  if (overlaps(interval(stated, statedDecimals), p)) return true;
  const f = 10 ** statedDecimals;
  return Math.abs(Math.trunc(proportion.value * 100 * f + 1e-9) / f - stated) < 1e-9;
}

export function determinationIssues(text: string, style: NumberStyle): Issue[] {
  if (!PREFILTER.test(text)) return [];
  const all = mentions(text, style);
  if (all.length === 0) return [];
  const plain = all.filter((m) => !m.adjusted);
  const adjusted = all.filter((m) => m.adjusted);
  // Two models in one paragraph: which percentage belongs to which is not ours to guess.
  if (new Set(plain.map((m) => m.value)).size > 1 || new Set(adjusted.map((m) => m.value)).size > 1) return [];
  const candidates = [plain[0], adjusted[0]].filter((m): m is Mention => m !== undefined);
  const issues: Issue[] = [];
  const fmtStyle = styleOf([all[0].raw], style);
  const lastMention = all.reduce((a, b) => (b.end > a.end ? b : a));
  const firstMention = all.reduce((a, b) => (b.start < a.start ? b : a));

  type Stated = { value: number; decimals: number; start: number; end: number; raw: string };
  const explainedCandidates: Stated[] = [];
  const residuals: Stated[] = [];
  for (const n of extractNumbers(text, style)) {
    if (!n.percent || n.percentagePoints || n.value <= 0 || n.value >= 100) continue;
    if (all.some((m) => m.percent && m.start <= n.start && n.end <= m.end)) continue;
    if (n.end <= firstMention.start) continue;
    const before = text.slice(Math.max(0, n.start - 60), n.start);
    const rest = text.slice(n.end, n.end + 120);
    const clauseEnd = rest.search(CLAUSE_BREAK);
    const after = clauseEnd >= 0 ? rest.slice(0, clauseEnd) : rest;
    const raw = text.slice(n.start, n.end);
    if (RESIDUAL_BEFORE.test(before) || RESIDUAL_AFTER.test(after)) {
      residuals.push({ value: n.value, decimals: n.decimals, start: n.start, end: n.end, raw });
      continue;
    }
    if (n.start < lastMention.end) continue;
    // "between 10 and 20% of their variances", "10–20%": a range of several models' figures, not one R².
    if (RANGE_END_BEFORE.test(before) || /^\s?%?\s?[-–]\s?\d/u.test(text.slice(n.end, n.end + 5))) continue;
    // "R-Square minimal 0.60 … kontribusi lebih dari 50%": a bound, which the figure meets, not the figure.
    if (BOUND_BEFORE.test(before)) continue;
    const between = text.slice(lastMention.end, n.start);
    const adjacent = between.length <= 40 && /^\s*(?:(?:\)|%)\s*)?(?:(?:atau|or|\(|=|yaitu|sebesar|artinya|berarti|means)\s*)?(?:\(\s*)?$/iu.test(between);
    const sentenceBreaks = (between.match(/[.!?]\s+\p{Lu}/gu) ?? []).length;
    const clauseText = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1) + after;
    if (adjacent || (sentenceBreaks <= 1 && between.length <= 300 && EXPLAINED.test(clauseText))) {
      explainedCandidates.push({ value: n.value, decimals: n.decimals, start: n.start, end: n.end, raw });
    }
  }

  // Several percentages after R² (sumbangan efektif per variable, say): only one that fits is needed.
  const agreeing = explainedCandidates.filter((e) => candidates.some((c) => percentAgrees(e.value, e.decimals, c)));
  const explained = agreeing[0] ?? (explainedCandidates.length === 1 ? explainedCandidates[0] : undefined);
  if (explained && agreeing.length === 0) {
    const c = candidates[0];
    issues.push({
      start: explained.start,
      end: explained.end,
      severity: 'warning',
      ...say('stats.test.explainedMismatch', {
        stated: explained.raw,
        label: c.label,
        value: c.raw,
        expected: formatNumber(c.value * 100, Math.max(0, c.decimals - 2), fmtStyle),
        alternative: candidates.length > 1 ? formatNumber(candidates[1].value * 100, Math.max(0, candidates[1].decimals - 2), fmtStyle) : undefined,
        alternativeLabel: candidates.length > 1 ? candidates[1].label : undefined,
      }),
      data: { rule: 'determination-percent', stated: explained.value, rSquared: candidates.map((m) => ({ value: m.value, adjusted: m.adjusted })) },
    });
  }
  for (const r of residuals) {
    const sources: { value: number; text: string; interval: [number, number] }[] = [];
    if (explained) {
      const [lo, hi] = interval(explained.value, explained.decimals);
      sources.push({
        value: 100 - explained.value,
        text: `100% − ${explained.raw}% = ${formatNumber(100 - explained.value, explained.decimals, fmtStyle)}%`,
        interval: [100 - hi, 100 - lo],
      });
    }
    for (const c of candidates) {
      const [lo, hi] = interval(c.value * 100, Math.max(0, c.decimals - 2));
      sources.push({
        value: 100 - c.value * 100,
        text: `100% − ${formatNumber(c.value * 100, Math.max(0, c.decimals - 2), fmtStyle)}% (${c.label} ${c.raw}) = ${formatNumber(100 - c.value * 100, Math.max(0, c.decimals - 2), fmtStyle)}%`,
        interval: [100 - hi, 100 - lo],
      });
    }
    if (sources.length === 0) continue;
    const stated = interval(r.value, r.decimals);
    if (sources.some((s) => overlaps(stated, s.interval))) continue;
    issues.push({
      start: r.start,
      end: r.end,
      severity: 'warning',
      ...say('stats.test.remainderMismatch', { stated: r.raw, expected: sources[0].text }),
      data: { rule: 'determination-remainder', stated: r.value, expected: sources.map((s) => s.value) },
    });
  }
  // R Square must be the square of the R reported with it (SPSS Model Summary).
  const rs = [...text.matchAll(R)];
  if (rs.length === 1 && plain.length >= 1 && !plain[0].percent) {
    const n = readNumber(rs[0].groups!.num, style);
    const r2 = plain[0];
    if (n && n.value > 0 && n.value <= 1) {
      const [lo, hi] = interval(n.value, n.decimals);
      const square: [number, number] = [lo * lo, Math.min(1, hi * hi)];
      if (!overlaps(interval(r2.value, r2.decimals), square)) {
        issues.push({
          start: r2.start,
          end: r2.end,
          severity: 'warning',
          ...say('stats.test.squareMismatch', {
            label: r2.label,
            value: r2.raw,
            r: rs[0].groups!.num,
            square: formatNumber(n.value * n.value, Math.max(3, r2.decimals), fmtStyle),
          }),
          data: { rule: 'determination-square', r: n.value, rSquared: r2.value },
        });
      }
    }
  }
  return issues;
}
