// Analyses shared by several checks, computed once per manuscript on first use.
import type { Manuscript } from './manuscript';
import { resolveCitations, type CitationResolution } from './citations/resolve';
import { analyseStatistics, type StatisticsAnalysis } from './stats/analysis';
import type { Framework } from './frameworks/schema';
import { analyseCoverage } from './coverage/analyse';
import type { CoverageReport } from './coverage/types';

export interface AnalysisOptions {
  /** Frameworks pinned by configuration: coverage uses exactly these instead of detecting them. */
  frameworks?: readonly Framework[];
}

export class AnalysisCache {
  private resolved?: CitationResolution;
  private statisticsAnalysis?: StatisticsAnalysis;
  private coverageReport?: CoverageReport;

  constructor(
    readonly manuscript: Manuscript,
    readonly options: AnalysisOptions = {},
  ) {}

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

  /** The frameworks the manuscript uses and which dimensions each part of it names. */
  get coverage(): CoverageReport {
    this.coverageReport ??= analyseCoverage(this.manuscript, this.citations, { pinned: this.options.frameworks });
    return this.coverageReport;
  }
}
