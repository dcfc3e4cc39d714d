// Analyses shared by several checks, computed once per manuscript on first use.
import type { Manuscript } from './manuscript';
import { resolveCitations, type CitationResolution } from './citations/resolve';

export class AnalysisCache {
  private resolved?: CitationResolution;

  constructor(readonly manuscript: Manuscript) {}

  /** Every citation resolved against the reference list or bibliography. */
  get citations(): CitationResolution {
    this.resolved ??= resolveCitations(this.manuscript);
    return this.resolved;
  }
}
