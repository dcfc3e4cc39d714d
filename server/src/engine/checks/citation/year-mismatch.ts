// citation/year-mismatch — a citation names a listed author, but with a year the entry does not
// have: "(Sen, A., 2024)" when the reference list says "Sen, A. (2014)". The most common citation
// slip, and a reader who looks the work up finds nothing. Silent when the author has an entry
// for the cited year, or when the author is not listed at all (that is citation/missing-reference).
import type { Check } from '../check';
import { entryData, entryLocation, nameEntry, quoteCitation, yearOf } from './messages';
import { m, say } from '../../messages';

export const yearMismatch: Check = {
  meta: {
    code: 'citation/year-mismatch',
    description: 'A citation whose year differs from its entry in the reference list or bibliography.',
    defaultSeverity: 'error',
    fixable: true,
  },
  *run({ analysis }) {
    for (const { citation, resolution } of analysis.citations.prose) {
      if (resolution.status !== 'year-mismatch') continue;
      const entry = resolution.entry;
      if (resolution.others.length > 1) {
        // Several works by this author: name them all rather than guess which year was meant.
        const years = resolution.others.map((e) => e.year ?? 'n.d.');
        yield {
          ...citation.yearSpan,
          ...say('citation.yearMatchesNone', {
            year: citation.year,
            count: resolution.others.length,
            author: citation.authors[0],
            inList: entry.origin === 'list' ? 'yes' : 'no',
            years: resolution.others.map(yearOf),
          }),
          related: resolution.others.map((e) => entryLocation(e, m('related.listedWithYear', { year: yearOf(e) }))),
          data: { citedYear: citation.year, candidateYears: years, ...entryData(entry) },
        };
        continue;
      }
      yield {
        ...citation.yearSpan,
        ...say('citation.yearMismatch', { year: citation.year, entry: nameEntry(entry), expected: yearOf(entry), citation: quoteCitation(citation) }),
        related: [entryLocation(entry, m('related.listedWithYear', { year: yearOf(entry) }))],
        data: { citedYear: citation.year, expectedYear: entry.year ?? 'n.d.', ...entryData(entry) },
      };
    }
  },
};
