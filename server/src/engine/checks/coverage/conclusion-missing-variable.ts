// coverage/conclusion-missing-variable — a conclusion that never states a result for one of the
// variables of the manuscript's quantitative design: the method chapter defines X1, X2, X3 and the
// moderating Z, and the conclusion's points speak of X1–X3 only. One finding per variable, on the
// conclusion's heading, with where the variable is defined.
// Covered as in coverage/abstract-missing-variable (its name or code in a sentence that reports
// an outcome, or an aggregate over the variables). Silent when the manuscript codes no
// independent and dependent variable or has no conclusion; a conclusion that reports none of the
// variables gets one finding for all.
import type { Check } from '../check';
import { say } from '../../messages';
import { itemFindings, itemLabel, mainStatement } from '../../coverage/study/describe';

export const conclusionMissingVariable: Check = {
  meta: {
    code: 'coverage/conclusion-missing-variable',
    description: 'A conclusion that never states a result for one of the coded variables (X1, X2 … → Y) of the manuscript’s quantitative design.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return itemFindings(analysis.coverage.items, 'variables', 'conclusion', (_, row) =>
      say('coverage.conclusionMissingVariable', { item: itemLabel(row), name: mainStatement(row).text }),
    );
  },
};
