// How findings and reports name dimensions and point at the results that discuss them.
import type { RelatedLocation } from '../findings';
import { m, say, type Message } from '../messages';
import type { CoverageStatus, DimensionRow, DiscussedDimension, FrameworkCoverage } from './types';

/** "facilitative leadership (kepemimpinan fasilitatif)"; one name when both languages agree. */
export function describeDimension(row: DimensionRow): string {
  return row.label.en.toLowerCase() === row.label.id.toLowerCase() ? row.label.en : `${row.label.en} (${row.label.id})`;
}

export function describeDimensions(rows: DimensionRow[]): string {
  return rows.map(describeDimension).join(', ');
}

/** A dimension's name as a message: "facilitative leadership (kepemimpinan fasilitatif)" / "kepemimpinan fasilitatif (facilitative leadership)". */
export function dimensionName(row: DimensionRow): Message {
  return m('coverage.dimension', { en: row.label.en, id: row.label.id });
}

/** Where the results discuss a dimension: its heading, else its first paragraph. */
export function whereDiscussed(coverage: FrameworkCoverage, unit: DiscussedDimension): RelatedLocation | undefined {
  const evidence = unit.evidence[0];
  if (!evidence) return undefined;
  const dimension = m('coverage.label', coverage.rows[unit.row].label);
  return {
    file: evidence.file,
    start: evidence.start,
    end: evidence.end,
    ...say(evidence.heading ? 'coverage.related.discussedUnder' : 'coverage.related.discussedHere', { dimension }),
  };
}

/** "dimensions" or "dimension", by count. */
export function dimensionsWord(count: number): string {
  return count === 1 ? 'dimension' : 'dimensions';
}

/** Whether a cell's status counts as naming the dimension. */
export function isCovered(status: CoverageStatus): boolean {
  return status === 'named' || status === 'sub-dimensions' || status === 'referenced' || status === 'aggregate';
}

/** The results must discuss this many dimensions before the framework is taken to organise them. */
export const MIN_DISCUSSED = 2;
