// A change stated beside both of its ends in one sentence, as statistical reports write it:
// "IPM DKI Jakarta tahun 2017 mencapai 80,06, meningkat sebesar 0,46 poin dibandingkan IPM tahun
// lalu yang sebesar 79,60", "sebesar 9,78 persen, meningkat 0,37 persen poin terhadap September
// 2019 yang sebesar 9,22 persen", "7.07% in 2020, increased by 1.84 points from 5.23%". The change
// must have the direction and the size the two figures give: in points, or — for a change in per
// cent of figures that are not — relative; a change in per cent of figures in per cent may be either.
import type { NumberToken } from '../numbers/parse';
import type { Polarity, Quantity, SentenceFacts } from './sentence';

export interface StatedChange {
  change: NumberToken;
  said: Polarity;
  /** The figure the change starts from (named after the comparison) and the one it reaches (the sentence's subject). */
  from: NumberToken;
  to: NumberToken;
  /** to − from. */
  points: number;
  /** (to − from) / from × 100, when from is not 0. */
  relative?: number;
  /** Whether the stated size is one the two figures give (the direction aside). */
  sizeAgrees: boolean;
}

/** The comparison word after a change and its unit ("dibandingkan", "terhadap", "from"). */
const COMPARISON = /^(?:dibandingkan(?:\s+dengan)?|dibanding|terhadap|dari|from|compared\s+(?:with|to)|relative\s+to|over|than|sejak|since)(?![\p{L}])/iu;
const UNIT = /^(?:%|persen|percent)/iu;
const POINTS = /^(?:poin|points?|percentage\s+points?)(?![\p{L}])/iu;

/** Between the subject figure and the change: its unit or period (years written as words), a comma, the change word with its fillers — at most seven words, no other punctuation. */
function subjectToChange(gap: string): boolean {
  return gap.length <= 50 && /\s$/.test(gap) && !/[\d;:.(]/.test(gap) && gap.split(/[\s,%)]+/).filter((w) => w !== '').length <= 7;
}

/** After a change: its unit (per cent, points), then the comparison word; returns the text after the comparison, or undefined. */
function afterComparison(after: string): string | undefined {
  let rest = after.trimStart();
  const unit = UNIT.exec(rest);
  if (unit) rest = rest.slice(unit[0].length).trimStart();
  const points = POINTS.exec(rest);
  if (points) rest = rest.slice(points[0].length).trimStart();
  const comparison = COMPARISON.exec(rest);
  return comparison ? rest.slice(comparison[0].length) : undefined;
}

/** Between the comparison and the other figure: what it is (a period, a measure's name), with no second comparison or clause. */
const TO_OTHER = /^[^;.\d]{0,70}$/u;
const NOT_TO_OTHER =
  /(?<![\p{L}])(?:dan|and|serta|atau|or|lebih|more|less|than|daripada|dibandingkan|dibanding|sedangkan|while|but|namun|tetapi|whereas|respectively|masing-masing)(?![\p{L}])/iu;
/** Years, for the gaps: a period is no figure of the change. */
const YEAR = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu;

export function statedChanges(facts: SentenceFacts): StatedChange[] {
  const out: StatedChange[] = [];
  const qs = facts.quantities;
  qs.forEach((q: Quantity, i) => {
    if (q.role !== 'change' || !q.direction) return;
    const subject = qs[i - 1];
    const other = qs[i + 1];
    if (!subject || !other || subject.role !== 'level' || other.role !== 'level') return;
    const beforeChange = facts.text.slice(subject.number.end, q.number.start).replace(YEAR, 'tahun');
    if (subject.clause !== q.clause || !subjectToChange(beforeChange)) return;
    const afterChange = facts.text.slice(q.number.end, other.number.start).replace(YEAR, 'tahun');
    const toOther = afterComparison(afterChange);
    if (toOther === undefined || !TO_OTHER.test(toOther) || NOT_TO_OTHER.test(toOther)) return;
    const [to, from, change] = [subject.number, other.number, q.number];
    if (to.percent !== from.percent || (to.unit ?? '') !== (from.unit ?? '') || !!to.currency !== !!from.currency) return;
    const points = to.value - from.value;
    if (points === 0) return;
    const relative = from.value !== 0 ? (points / from.value) * 100 : undefined;
    // The stated size against the figures' difference, within the rounding of all three.
    const slack = (decimals: number, scale: number) => 0.5 * 10 ** -decimals * scale;
    const tolerance = slack(to.decimals, to.scale) + slack(from.decimals, from.scale) + slack(change.decimals, change.scale);
    const size = Math.abs(change.value);
    const inPoints = Math.abs(size - Math.abs(points)) <= tolerance + 1e-9;
    const relativeTolerance = relative === undefined ? 0 : (Math.abs(relative) * tolerance) / Math.max(Math.abs(points), 1e-9) + slack(change.decimals, 1);
    const inRelative = relative !== undefined && Math.abs(size - Math.abs(relative)) <= relativeTolerance + 1e-9;
    const afterUnit = afterChange.trimStart().replace(UNIT, '').trimStart();
    const pointsWritten = change.percentagePoints || POINTS.test(afterUnit);
    const sizeAgrees = pointsWritten || !change.percent ? inPoints : to.percent ? inPoints || inRelative : inRelative;
    out.push({ change, said: q.direction, from, to, points, relative, sizeAgrees });
  });
  return out;
}
