// coverage/conclusion-missing-question — a conclusion that leaves one of the manuscript's own
// research questions (or objectives) unanswered: the introduction asks three questions and the
// conclusion answers two. The first thing a supervisor checks: every rumusan masalah gets its
// kesimpulan. One finding per unanswered question, on the conclusion's heading, quoting it, with
// where it is posed (and where the results address it).
// A question counts as answered where one sentence of the conclusion (or two in a row) holds
// enough of its content words (stemmed, in either language, with translations), or refers to it
// ("rumusan masalah kedua", "RQ2"), or to all of them at once ("ketiga rumusan masalah").
// Silent when the manuscript states no question or objective or has no conclusion. A conclusion
// that answers none of them (a placeholder, or one answering in other terms) gets one finding
// for all the questions it hardly speaks of, never one per question.
import type { Check } from '../check';
import { say } from '../../messages';
import { itemFindings, itemLabel, mainStatement, quote } from '../../coverage/study/describe';

export const conclusionMissingQuestion: Check = {
  meta: {
    code: 'coverage/conclusion-missing-question',
    description: 'A conclusion that does not answer one of the research questions or objectives the manuscript poses.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return itemFindings(analysis.coverage.items, 'questions', 'conclusion', (_, row) =>
      say('coverage.conclusionMissingQuestion', { item: itemLabel(row), quote: quote(mainStatement(row).text) }),
    );
  },
};
