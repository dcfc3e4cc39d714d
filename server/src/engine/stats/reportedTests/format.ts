// Numbers in messages, written the way the manuscript writes them: decimal comma in Indonesian
// text ("0,036"), no leading zero where the author writes p as ".03".
import type { NumberStyle } from '../../numbers/parse';

export interface Style {
  decimal: NumberStyle;
  /** Write "0.036" (true) or ".036" (false). */
  leadingZero: boolean;
}

export function formatNumber(x: number, decimals: number, style: Style, leadingZero = true): string {
  const negative = x < 0;
  let s = Math.abs(x).toFixed(Math.max(0, decimals));
  if (!leadingZero && s.startsWith('0.')) s = s.slice(1);
  if (style.decimal === 'id') s = s.replace('.', ',');
  return negative ? `−${s}` : s;
}

/** A p-value in the author's style: three decimals, or "< .001" when smaller. */
export function formatP(p: number, style: Style, decimals = 3): string {
  const floor = 10 ** -decimals;
  if (p < floor / 2) return `< ${formatNumber(floor, decimals, style, style.leadingZero)}`;
  return `= ${formatNumber(p, decimals, style, style.leadingZero)}`;
}

/** The fewest decimals (3 to 5) that tell the two ends of a range apart. */
export function rangeDecimals(low: number, high: number): number {
  for (let d = 3; d <= 5; d++) if (low.toFixed(d) !== high.toFixed(d)) return d;
  return 5;
}

/** The style of a group of written numbers: the separator they use, else the document's. */
export function styleOf(raws: (string | undefined)[], fallback: NumberStyle, pRaw?: string): Style {
  let decimal: NumberStyle = fallback;
  for (const raw of raws) {
    if (!raw) continue;
    if (/\d,\d/.test(raw) || /^,\d/.test(raw)) {
      decimal = 'id';
      break;
    }
    if (/\d\.\d/.test(raw) || /^\.\d/.test(raw)) {
      decimal = 'en';
      break;
    }
  }
  const leadingZero = pRaw === undefined ? true : !/^[.,]/.test(pRaw);
  return { decimal, leadingZero };
}
