// Analyses shared by several checks, computed once per check on first use. Each holds what its
// checks read; the checks themselves only turn it into findings. What an analysis keeps between
// checks lives in the manuscript's DerivedCache (derived.ts), never in module state.
import type { Manuscript } from './manuscript';
import type { Lang } from './model';
import type { LanguageSetting } from './config/schema';
import { resolveCitations, type CitationResolution } from './citations/resolve';
import { analyseStatistics, type StatisticsAnalysis } from './stats/analysis';
import { analyseReportedTests, type ReportedTestsAnalysis } from './stats/reportedTests/analyse';
import type { Framework } from './frameworks/schema';
import { analyseCoverage } from './coverage/analyse';
import type { CoverageReport } from './coverage/types';
import { detectNumberStyle, type NumberStyle } from './numbers/parse';
import { declaredLanguage, languageOfWords, type LanguageCounts } from './text/language';
import { slot } from './derived';
import { TextMemo } from './memo';

export interface AnalysisOptions {
  /** Frameworks pinned by configuration: coverage uses exactly these instead of detecting them. */
  frameworks?: readonly Framework[];
  /** The prose language configured ('auto' or absent: read from the manuscript). */
  lang?: LanguageSetting;
}

const LANGUAGE_COUNTS = slot('analysis: function words of a text', (): LanguageCounts => new TextMemo(20_000));

export class AnalysisCache {
  private resolved?: CitationResolution;
  private statisticsAnalysis?: StatisticsAnalysis;
  private reportedTestsAnalysis?: ReportedTestsAnalysis;
  private coverageReport?: CoverageReport;
  private style?: NumberStyle;
  private languageRead = false;
  private lang?: Lang;
  /** Thrown by the costly analyses not computed yet while set (see `defer`). */
  private deferred?: Error;

  constructor(
    readonly manuscript: Manuscript,
    readonly options: AnalysisOptions = {},
  ) {}

  /**
   * While `error` is set, reading the statistics, reported tests or coverage before they are
   * computed throws it: the engine runs the checks that need none of them first (CheckOptions.early).
   */
  defer(error: Error | undefined): void {
    this.deferred = error;
  }

  /**
   * The manuscript's prose language: configured (`--lang`, `language`), else declared (babel or
   * polyglossia, a front-matter `lang`), else read from the function words of its body; undefined
   * when nothing tells.
   */
  get language(): Lang | undefined {
    if (!this.languageRead) {
      this.languageRead = true;
      const configured = this.options.lang;
      this.lang =
        configured === 'id' || configured === 'en'
          ? configured
          : (this.manuscript.models.map((m) => declaredLanguage(m.metadata.lang)).find((l) => l !== undefined) ??
            languageOfWords(this.bodyTexts(), this.manuscript.derived.get(LANGUAGE_COUNTS)));
    }
    return this.lang;
  }

  /**
   * Decimal comma ('id') or point ('en'): what the manuscript's unambiguous numbers use; when they
   * do not tell (none, or as many of each), the manuscript's language decides, and Indonesian
   * when that is unknown too.
   */
  get numberStyle(): NumberStyle {
    // The prose's own numbers: tables pasted from software keep their decimal point in an
    // Indonesian text, and are read by their own style (stats/tables.ts).
    if (this.style) return this.style;
    const prose = this.manuscript.blocks.filter((b) => b.kind !== 'table-cell');
    // When the prose does not tell, the tables' numbers do, and only then the language.
    const everything = (): NumberStyle =>
      detectNumberStyle(
        this.manuscript.blocks.map((b) => b.text),
        () => this.language ?? 'id',
        this.manuscript.derived,
      );
    this.style =
      prose.length > 0
        ? detectNumberStyle(
            prose.map((b) => b.text),
            everything,
            this.manuscript.derived,
          )
        : everything();
    return this.style;
  }

  /** Every citation resolved against the reference list or bibliography. */
  get citations(): CitationResolution {
    this.resolved ??= resolveCitations(this.manuscript);
    return this.resolved;
  }

  /** Tables as data and the numeric claims of the prose. */
  get statistics(): StatisticsAnalysis {
    if (this.deferred && !this.statisticsAnalysis) throw this.deferred;
    this.statisticsAnalysis ??= analyseStatistics(this.manuscript, this.numberStyle);
    return this.statisticsAnalysis;
  }

  /** The reported statistical tests and their problems. */
  get reportedTests(): ReportedTestsAnalysis {
    if (this.deferred && !this.reportedTestsAnalysis) throw this.deferred;
    this.reportedTestsAnalysis ??= analyseReportedTests(this.manuscript, () => this.numberStyle);
    return this.reportedTestsAnalysis;
  }

  /** The frameworks the manuscript uses and which dimensions each part of it names. */
  get coverage(): CoverageReport {
    if (this.deferred && !this.coverageReport) throw this.deferred;
    this.coverageReport ??= analyseCoverage(this.manuscript, this.citations, { pinned: this.options.frameworks, language: () => this.language });
    return this.coverageReport;
  }

  /** The texts of the prose: every block but table cells and the reference list (whose titles are often English). */
  private *bodyTexts(): Iterable<string> {
    const { sections } = this.manuscript;
    for (const block of this.manuscript.blocks) {
      if (block.kind !== 'table-cell' && sections[block.section]?.role !== 'references') yield block.text;
    }
  }
}
