// Analyses shared by several checks, computed once per manuscript on first use.
import type { Manuscript } from './manuscript';
import { resolveCitations, type CitationResolution } from './citations/resolve';
import { analyseStatistics, type StatisticsAnalysis } from './stats/analysis';

export class AnalysisCache {
  private resolved?: CitationResolution;
  private statisticsAnalysis?: StatisticsAnalysis;

  constructor(readonly manuscript: Manuscript) {}

  /** Every citation resolved against the reference list or bibliography. */
  get citations(): CitationResolution {
    this.resolved ??= resolveCitations(this.manuscript);
    return this.resolved;
  }

  /** Tables as data, the number style, and the numeric claims of the prose. */
  get statistics(): StatisticsAnalysis {
    this.statisticsAnalysis ??= analyseStatistics(this.manuscript);
    return this.statisticsAnalysis;
  }
}
