// The statistics view of a manuscript, computed once and shared by the stats checks.
import type { Manuscript } from '../manuscript';
import { detectNumberStyle, type NumberStyle } from '../numbers/parse';
import { statTables, type StatTable } from './tables';
import { extractClaims, type Claim } from './claims';

export interface StatisticsAnalysis {
  style: NumberStyle;
  tables: StatTable[];
  claims: Claim[];
}

const styles = new WeakMap<Manuscript, NumberStyle>();

/** The manuscript's number style (decimal comma or point), read once per manuscript. */
export function manuscriptNumberStyle(manuscript: Manuscript): NumberStyle {
  let style = styles.get(manuscript);
  if (style === undefined) styles.set(manuscript, (style = detectNumberStyle(manuscript.blocks.map((b) => b.text))));
  return style;
}

export function analyseStatistics(manuscript: Manuscript): StatisticsAnalysis {
  const style = manuscriptNumberStyle(manuscript);
  const tables = statTables(manuscript, style);
  const claims = extractClaims(manuscript, tables, style);
  return { style, tables, claims };
}
