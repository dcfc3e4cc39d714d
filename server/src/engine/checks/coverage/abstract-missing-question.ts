// coverage/abstract-missing-question — an abstract (each language on its own) that does not
// report what the study found for one of its research questions or objectives: a reader of the
// abstract alone never learns the answer to the second rumusan masalah. One finding per question
// and abstract, on the abstract's heading, quoting the question, with where it is posed.
// Covered as in coverage/conclusion-missing-question. An abstract in the other language than the
// questions (the ABSTRACT of an Indonesian thesis) is judged on the words that have an English
// rendering (and names and abbreviations, the same in both); a question with too few of those is
// not judged there. An abstract that reports none of the questions gets one finding for all.
import type { Check } from '../check';
import { say } from '../../messages';
import { itemFindings, itemLabel, mainStatement, quote } from '../../coverage/study/describe';

export const abstractMissingQuestion: Check = {
  meta: {
    code: 'coverage/abstract-missing-question',
    description: 'An abstract that does not report one of the research questions or objectives the manuscript poses.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return itemFindings(analysis.coverage.items, 'questions', 'abstract', (column, row) =>
      say('coverage.abstractMissingQuestion', { column: column.name, item: itemLabel(row), quote: quote(mainStatement(row).text) }),
    );
  },
};
