// citation/year-mismatch — a citation names a listed author, but with a year the entry does not
// have: "(Sen, A., 2024)" when the reference list says "Sen, A. (2014)". The most common citation
// slip, and a reader who looks the work up finds nothing. Silent when the author has an entry
// for the cited year, or when the author is not listed at all (that is citation/missing-reference).
import type { Check } from '../check';
import { entryData, entryLocation, nameEntry, quoteCitation } from './messages';

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
          message: `Cited year ${citation.year} matches none of the ${resolution.others.length} entries by ${citation.authors[0]} in the ${entry.origin === 'list' ? 'reference list' : 'bibliography'}: listed years are ${years.join(', ')}`,
          related: resolution.others.map((e) => entryLocation(e, `listed with year ${e.year ?? 'n.d.'}`)),
          data: { citedYear: citation.year, candidateYears: years, ...entryData(entry) },
        };
        continue;
      }
      yield {
        ...citation.yearSpan,
        message: `Cited year ${citation.year} does not match ${nameEntry(entry)}: expected ${entry.year ?? 'n.d.'} in ${quoteCitation(citation)}`,
        related: [entryLocation(entry, `listed with year ${entry.year ?? 'n.d.'}`)],
        data: { citedYear: citation.year, expectedYear: entry.year ?? 'n.d.', ...entryData(entry) },
      };
    }
  },
};
