// coverage/results-missing-hypothesis — a hypothesis the manuscript states that the results never
// test: no results sentence reports an outcome for its variables, and none names it with a
// verdict ("H3 diterima"). One finding per hypothesis, on its statement, with the results heading.
// Covered as in coverage/conclusion-missing-hypothesis. Silent when the manuscript has no results
// chapter (or discussion) that thesislint recognises, and when the results test none of the
// hypotheses.
import type { Check } from '../check';
import { resultsFindings } from '../../coverage/study/describe';

export const resultsMissingHypothesis: Check = {
  meta: {
    code: 'coverage/results-missing-hypothesis',
    description: 'A hypothesis the manuscript states that the results never test.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return resultsFindings(analysis.coverage.items, 'hypotheses', 'coverage.resultsMissingHypothesis');
  },
};
