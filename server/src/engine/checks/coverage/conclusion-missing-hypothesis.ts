// coverage/conclusion-missing-hypothesis — a conclusion that does not state the outcome of one
// of the manuscript's hypotheses: H1 to H4 are tested, the conclusion says what became of three.
// One finding per hypothesis, on the conclusion's heading, quoting it, with where it is stated
// (and where the results test it).
// A hypothesis counts as concluded where a sentence of the conclusion (or two in a row) names
// enough of its content words and reports an outcome ("berpengaruh positif dan signifikan",
// "diterima", "was supported"), or refers to it with a verdict ("H2 diterima", "hipotesis kedua
// ditolak"), or to all of them ("semua hipotesis diterima"). Hypotheses written as H0/H1 pairs for
// each test are one hypothesis per pair, and "H1 diterima" then names none by number. A
// conclusion that reports the outcome of none of them gets one finding for all.
import type { Check } from '../check';
import { say } from '../../messages';
import { itemFindings, itemLabel, mainStatement, quote } from '../../coverage/study/describe';

export const conclusionMissingHypothesis: Check = {
  meta: {
    code: 'coverage/conclusion-missing-hypothesis',
    description: 'A conclusion that does not state the outcome of one of the hypotheses the manuscript tests.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return itemFindings(analysis.coverage.items, 'hypotheses', 'conclusion', (_, row) =>
      say('coverage.conclusionMissingHypothesis', { item: itemLabel(row), quote: quote(mainStatement(row).text) }),
    );
  },
};
