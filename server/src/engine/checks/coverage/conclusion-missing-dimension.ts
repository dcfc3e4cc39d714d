// coverage/conclusion-missing-dimension — a conclusion that walks through the framework's
// dimensions but skips some the results discuss: it sums up communication, resources and
// disposition, and says nothing of the bureaucratic structure the results spent a section on.
// A conclusion answers the research question for every dimension studied; a silent one reads
// as "no finding". One finding, on the conclusion's heading, naming the missing dimensions.
// Silent when the conclusion does not follow the framework — it names fewer than two of the
// dimensions the results discuss (one, when the results discuss only two or three): a
// conclusion that sums up in other words ("dialog, komitmen, kepercayaan, dan pemahaman
// bersama" in seed 004 names one stage of the collaborative process, no dimension) is a style
// choice thesislint cannot judge. Also silent without a framework or results (see
// coverage/abstract-missing-dimension).
import type { Check } from '../check';
import { say } from '../../messages';
import { dimensionName, isCovered, MIN_DISCUSSED, whereDiscussed } from '../../coverage/describe';

export const conclusionMissingDimension: Check = {
  meta: {
    code: 'coverage/conclusion-missing-dimension',
    description: 'A conclusion that sums up some dimensions of the framework but leaves out others the results discuss.',
    defaultSeverity: 'warning',
  },
  *run({ analysis }) {
    for (const coverage of analysis.coverage.frameworks) {
      const total = coverage.discussed.length;
      if (total < MIN_DISCUSSED) continue;
      const c = coverage.columns.findIndex((column) => column.kind === 'conclusion');
      const column = coverage.columns[c];
      if (!column || column.blockCount === 0 || !column.anchor) continue;
      const covered = coverage.discussed.filter((unit) => isCovered(coverage.cells[unit.row][c].status));
      const missing = coverage.discussed.filter((unit) => !covered.includes(unit));
      // The conclusion follows the framework when it names two of its dimensions (all but one of a smaller set).
      if (missing.length === 0 || covered.length < Math.min(2, total - 1)) continue;
      const rows = missing.map((unit) => coverage.rows[unit.row]);
      yield {
        ...column.anchor,
        ...say('coverage.conclusionMissingDimension', {
          covered: covered.length,
          total,
          framework: coverage.framework.name,
          dimensions: rows.map(dimensionName),
        }),
        related: missing.map((unit) => whereDiscussed(coverage, unit)).filter((r) => r !== undefined),
        data: {
          framework: coverage.framework.id,
          missing: rows.map((r) => r.id),
          covered: covered.map((unit) => coverage.rows[unit.row].id),
          discussed: coverage.discussed.map((unit) => coverage.rows[unit.row].id),
        },
      };
    }
  },
};
