// citation/ambiguous — a citation that fits two or more entries equally ("Slavin (2011)" with
// two 2011 works by Slavin): the reader cannot tell which is meant. The fix is 2011a/2011b in
// both the list and the text. Silent when co-authors or a year suffix single one entry out.
import type { Check } from '../check';
import { describeEntry } from '../../bibliography/entries';
import { entryName, quoteCitation } from './messages';
import { say, type Message } from '../../messages';

export const ambiguous: Check = {
  meta: {
    code: 'citation/ambiguous',
    description: 'A citation that matches more than one entry; the entries need year suffixes (2018a, 2018b).',
    defaultSeverity: 'warning',
  },
  *run({ analysis }) {
    for (const { citation, resolution } of analysis.citations.prose) {
      if (resolution.status !== 'ambiguous') continue;
      yield {
        file: citation.file,
        start: citation.start,
        end: citation.end,
        ...say('citation.ambiguous', {
          citation: quoteCitation(citation),
          count: resolution.entries.length,
          entries: resolution.entries.map((e) => entryName(e)),
          year: citation.year,
        }),
        related: resolution.entries.map((e) => {
          // "Slavin, R. E. dkk. (2011)" in Indonesian: the entry as each language writes it.
          const name = entryName(e);
          return {
            file: e.file,
            start: e.start,
            end: e.end,
            message: describeEntry(e),
            ...(typeof name === 'object' && !Array.isArray(name) ? { msg: name as Message } : {}),
          };
        }),
        data: { entries: resolution.entries.map((e) => ({ file: e.file, start: e.start, end: e.end, key: e.key })) },
      };
    }
  },
};
