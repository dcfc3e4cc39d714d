// The statistics view of a manuscript, computed once and shared by the stats checks.
import type { Manuscript } from '../manuscript';
import type { NumberStyle } from '../numbers/parse';
import { statTables, type StatTable } from './tables';
import { extractClaims, type Claim } from './claims';

export interface StatisticsAnalysis {
  style: NumberStyle;
  tables: StatTable[];
  claims: Claim[];
}

/** The tables and claims of a manuscript whose numbers are written in `style` (AnalysisCache.numberStyle). */
export function analyseStatistics(manuscript: Manuscript, style: NumberStyle): StatisticsAnalysis {
  const tables = statTables(manuscript, style);
  const claims = extractClaims(manuscript, tables, style);
  return { style, tables, claims };
}
