// stats/text-contradiction — the same figure stated twice with different values: "jumlah penduduk
// miskin Sragen 2021 … 983.641 jiwa" and later "938.641 jiwa pada 2021"; R² 0,477 in the results
// and 0,471 in the conclusion. Silent when either statement is checked against a table
// (stats/table-mismatch speaks there), when the measure, place, year or unit differ, and when the
// two agree at the coarser of their precisions (11,4 and 11,41).
import type { Check } from '../check';
import { basename } from '../../paths';
import { m, say } from '../../messages';
import { written } from './messages';
import { realLine, realPath } from '../../segments';

export const textContradiction: Check = {
  meta: {
    code: 'stats/text-contradiction',
    description: 'The same figure (measure, place, year) stated twice with different values.',
    defaultSeverity: 'warning',
  },
  *run({ manuscript, analysis }) {
    for (const c of analysis.statistics.comparisons) {
      if (c.kind !== 'restated') continue;
      const earlier = c.other;
      // In the real file when the manuscript reads it as segments (segments.ts).
      const at = realLine(manuscript, earlier.span);
      const line = at?.line ?? 0;
      const file = at?.file ?? earlier.span.file;
      const where = file === realPath(manuscript.segments, c.span.file) ? m('stats.restatedLine', { line }) : `${basename(file)}:${line}`;
      const context = [earlier.placeText, earlier.year].filter((x) => x !== undefined).join(', ');
      const about = `${earlier.measureText}${context ? ` (${context})` : ''}`;
      yield {
        ...c.span,
        ...say('stats.restated', { stated: written(c.stated), about, other: written(earlier.number), where }),
        related: [{ ...earlier.span, ...say('stats.statedHere', { value: written(earlier.number) }) }],
        data: { year: earlier.year, place: earlier.place, stated: c.stated.value, other: earlier.number.value },
      };
    }
  },
};
