// coverage/abstract-missing-hypothesis — an abstract (each language on its own) that does not
// report the result of one of the hypotheses: the ABSTRAK says price and promotion affect the
// purchase decision and is silent on the third variable's hypothesis. One finding per hypothesis
// and abstract, on the abstract's heading, quoting the hypothesis, with where it is stated.
// Covered as in coverage/conclusion-missing-hypothesis; an abstract that reports results in
// aggregate ("semua hipotesis diterima", "all hypotheses were supported") covers every one. An
// abstract in the other language is judged on translatable words only (see
// coverage/abstract-missing-question). An abstract that reports none gets one finding for all.
import type { Check } from '../check';
import { say } from '../../messages';
import { itemFindings, itemLabel, mainStatement, quote } from '../../coverage/study/describe';

export const abstractMissingHypothesis: Check = {
  meta: {
    code: 'coverage/abstract-missing-hypothesis',
    description: 'An abstract that does not report the result of one of the hypotheses the manuscript tests.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return itemFindings(analysis.coverage.items, 'hypotheses', 'abstract', (column, row) =>
      say('coverage.abstractMissingHypothesis', { column: column.name, item: itemLabel(row), quote: quote(mainStatement(row).text) }),
    );
  },
};
