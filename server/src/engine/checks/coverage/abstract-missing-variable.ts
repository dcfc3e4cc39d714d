// coverage/abstract-missing-variable — an abstract (each language on its own) that never reports a
// result for one of the variables of the manuscript's quantitative design: the method chapter
// defines Pelatihan (X1), Work-Life Balance (X2) and Beban Kerja (X3) → Produktivitas (Y), and the
// ABSTRAK reports the effects of X1 and X2 only. One finding per variable and abstract, on the
// abstract's heading, with where the variable is defined.
// A variable is reported where one sentence names it (its name's words, or its code "X3") and
// reports an outcome ("berpengaruh", "signifikan", "supported"); an aggregate ("ketiga variabel
// bebas berpengaruh signifikan", "all independent variables") reports every one. Read only when
// the chapters before the results code an independent (X…) and the dependent (Y) variable. An
// abstract in the other language is judged only when the variable's name has a translation; an
// abstract that reports none of the variables gets one finding for all.
import type { Check } from '../check';
import { say } from '../../messages';
import { itemFindings, itemLabel, mainStatement } from '../../coverage/study/describe';

export const abstractMissingVariable: Check = {
  meta: {
    code: 'coverage/abstract-missing-variable',
    description: 'An abstract that never reports a result for one of the coded variables (X1, X2 … → Y) of the manuscript’s quantitative design.',
    defaultSeverity: 'warning',
  },
  run({ analysis }) {
    return itemFindings(analysis.coverage.items, 'variables', 'abstract', (column, row) =>
      say('coverage.abstractMissingVariable', { column: column.name, item: itemLabel(row), name: mainStatement(row).text }),
    );
  },
};
