// references/unsorted — an author–year reference list out of alphabetical order (APA and
// Harvard both sort by the first author's surname). Reported at each entry that sorts before the
// one above it, within each reference list (a thesis may have one per chapter) and each group of
// a list written under headings (by topic, or "A", "B", …). Silent for numbered lists and lists
// of fewer than three entries.
import { entryName } from '../citation/messages';
import type { Check } from '../check';
import { entrySortKey as sortKey } from '../../bibliography/entries';
import { say } from '../../messages';

export const unsorted: Check = {
  meta: {
    code: 'references/unsorted',
    description: 'An author–year reference list that is not in alphabetical order.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  *run({ manuscript }) {
    const list = manuscript.referenceList.filter((e) => e.origin === 'list' && !e.numbered && !e.ordered && !e.byNumber && e.authors.length > 0);
    if (list.length < 3) return;
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1];
      const entry = list[i];
      if (previous.file !== entry.file || previous.list !== entry.list || previous.group !== entry.group) continue;
      if (sortKey(entry).localeCompare(sortKey(previous), 'en') < 0) {
        yield {
          file: entry.file,
          start: entry.start,
          end: entry.end,
          ...say('references.unsorted', { entry: entryName(entry), previous: entryName(previous) }),
          related: [{ file: previous.file, start: previous.start, end: previous.end, ...say('related.entryAbove') }],
        };
      }
    }
  },
};
