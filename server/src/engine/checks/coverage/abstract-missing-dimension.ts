// coverage/abstract-missing-dimension — an abstract that leaves out dimensions of the framework
// the results are organised by: the results discuss starting conditions, institutional design,
// facilitative leadership and the collaborative process, the ABSTRAK names two of them. The
// remark supervisors send back most often; a reader of the abstract alone gets a wrong picture
// of what was found. One finding per abstract (and framework), on its heading, naming every
// missing dimension, with the results heading or paragraph where each is discussed.
// Silent when no framework is detected or pinned, when the results discuss fewer than two of
// its dimensions (the results are not organised by it), when the manuscript has no results
// (an abstract on its own, as in seeds 000–003), and for generic words: "kapasitas
// kelembagaan" is not institutional design, a lone stage name not the collaborative process.
import type { Check } from '../check';
import { say } from '../../messages';
import { dimensionName, isCovered, MIN_DISCUSSED, whereDiscussed } from '../../coverage/describe';

export const abstractMissingDimension: Check = {
  meta: {
    code: 'coverage/abstract-missing-dimension',
    description: 'An abstract that does not name every dimension of the framework that the results discuss.',
    defaultSeverity: 'warning',
  },
  *run({ analysis }) {
    for (const coverage of analysis.coverage.frameworks) {
      if (coverage.discussed.length < MIN_DISCUSSED) continue;
      for (let c = 0; c < coverage.columns.length; c++) {
        const column = coverage.columns[c];
        if (column.kind !== 'abstract' || column.blockCount === 0 || !column.anchor) continue;
        const missing = coverage.discussed.filter((unit) => !isCovered(coverage.cells[unit.row][c].status));
        const total = coverage.discussed.length;
        if (missing.length === 0) continue;
        // A framework the manuscript defines itself is judged only in an abstract that follows it
        // (names one of its dimensions): most abstracts sum up in other terms than a theory
        // chapter's indicators.
        if (coverage.kind === 'derived-framework' && missing.length === total) continue;
        const rows = missing.map((unit) => coverage.rows[unit.row]);
        yield {
          ...column.anchor,
          ...say('coverage.abstractMissingDimension', {
            column: column.name,
            missing: missing.length,
            total,
            framework: coverage.framework.name,
            dimensions: rows.map(dimensionName),
          }),
          related: missing.map((unit) => whereDiscussed(coverage, unit)).filter((r) => r !== undefined),
          data: {
            framework: coverage.framework.id,
            missing: rows.map((r) => r.id),
            discussed: coverage.discussed.map((unit) => coverage.rows[unit.row].id),
            abstract: column.id,
          },
        };
      }
    }
  },
};
