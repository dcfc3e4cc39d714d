// coverage/results-missing-question — a research question (or objective) the introduction poses
// that the results never address: no results heading or paragraph names it, refers to it or holds
// enough of its words. The thesis asked something it does not investigate, or investigates it
// in words too far from the question for a reader to connect. One finding per question, on the
// question itself, with the results heading.
// Covered as in coverage/conclusion-missing-question. Silent when the manuscript has no results
// chapter (or discussion) that thesislint recognises, and when the results address none of the
// questions.
import type { Check } from '../check';
import { resultsFindings } from '../../coverage/study/describe';

export const resultsMissingQuestion: Check = {
  meta: {
    code: 'coverage/results-missing-question',
    description: 'A research question or objective the manuscript poses that the results never address.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return resultsFindings(analysis.coverage.items, 'questions', 'coverage.resultsMissingQuestion');
  },
};
