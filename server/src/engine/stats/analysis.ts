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

export function analyseStatistics(manuscript: Manuscript): StatisticsAnalysis {
  const style = detectNumberStyle(manuscript.blocks.map((b) => b.text));
  const tables = statTables(manuscript, style);
  const claims = extractClaims(manuscript, tables, style);
  return { style, tables, claims };
}
