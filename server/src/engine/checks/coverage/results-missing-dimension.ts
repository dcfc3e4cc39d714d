// coverage/results-missing-dimension — the theory or methods chapter commits the study to a
// framework ("Penelitian ini menggunakan teori implementasi kebijakan Edward III"), the results
// discuss some of its dimensions, and one is never mentioned at all: the thesis promised to
// analyse disposition and the results chapter has no word of it. An examiner will ask where it
// went. One finding per framework, on the commitment sentence (or, for a framework pinned in
// thesislint.json, on the results heading), naming each missing dimension, with where the
// theory or methods chapter introduces it.
// Silent unless the commitment is a sentence about this study (not an earlier one) in the
// theory or methods chapter that names the framework, or configuration pins it; unless the
// results discuss at least two of its top-level dimensions (results organised by the five
// stages of Ansell & Gash's collaborative process have narrowed the study to that dimension);
// and for any dimension the results mention in any form — a name, a generic word such as
// "kepemimpinan", or one of its sub-dimensions.
import type { Check } from '../check';
import type { RelatedLocation } from '../../findings';
import { m, say } from '../../messages';
import { dimensionName, MIN_DISCUSSED } from '../../coverage/describe';

export const resultsMissingDimension: Check = {
  meta: {
    code: 'coverage/results-missing-dimension',
    description: 'A dimension of the framework the theory or methods chapter commits to that the results never discuss.',
    defaultSeverity: 'warning',
  },
  *run({ analysis, manuscript }) {
    for (const coverage of analysis.coverage.frameworks) {
      const pinned = coverage.detection.status === 'pinned';
      if (!coverage.commitment && !pinned) continue;
      if (coverage.absentFromResults.length === 0) continue;
      // Results organised by the stages of one dimension have narrowed the framework to it.
      const topLevel = new Set(coverage.discussed.map((unit) => coverage.rows[unit.row].parent ?? unit.row));
      if (topLevel.size < MIN_DISCUSSED) continue;
      const results = coverage.columns.find((column) => column.kind === 'results');
      const anchor = coverage.commitment ?? results?.anchor;
      if (!anchor) continue;
      const rows = coverage.absentFromResults.map((r) => coverage.rows[r]);
      const total = coverage.rows.filter((row) => row.parent === undefined).length;
      const by = coverage.commitment ? (manuscript.sections[coverage.commitment.section].role === 'methods' ? 'methods' : 'theory') : 'config';
      const related: RelatedLocation[] = [];
      for (const r of coverage.absentFromResults) {
        const introduced = coverage.columns
          .map((column, c) => ({ column, cell: coverage.cells[r][c] }))
          .find(({ column, cell }) => (column.kind === 'theory' || column.kind === 'methods') && cell.evidence.length > 0);
        if (introduced) {
          const e = introduced.cell.evidence[0];
          related.push({
            file: e.file,
            start: e.start,
            end: e.end,
            ...say('coverage.related.introduces', { column: introduced.column.name, dimension: m('coverage.label', coverage.rows[r].label) }),
          });
        }
      }
      if (coverage.commitment && results?.anchor) related.push({ ...results.anchor, ...say('coverage.related.resultsChapter') });
      yield {
        file: anchor.file,
        start: anchor.start,
        end: anchor.end,
        ...say('coverage.resultsMissingDimension', {
          by,
          framework: coverage.framework.name,
          missing: rows.length,
          total,
          dimensions: rows.map(dimensionName),
        }),
        related,
        data: {
          framework: coverage.framework.id,
          missing: rows.map((r) => r.id),
          discussed: coverage.discussed.map((unit) => coverage.rows[unit.row].id),
        },
      };
    }
  },
};
