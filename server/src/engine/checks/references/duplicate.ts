// references/duplicate — the same work listed twice in the reference list (same authors, year
// and title), or one key defined twice in a .bib (BibTeX silently keeps one of them). A thesis
// with a reference list per chapter or article may list a work in each: only within one list.
import { entryName } from '../citation/messages';
import type { Check } from '../check';
import type { ReferenceEntry } from '../../bibliography/entries';
import { normalizeName } from '../../bibliography/names';
import { say } from '../../messages';

function identity(entry: ReferenceEntry): string {
  const title = normalizeName(entry.title ?? entry.text).slice(0, 40);
  // Several reference lists (one per chapter or article) may each list the same work: a duplicate is within one list.
  return `${entry.list ?? ''}|${entry.authors.map((a) => normalizeName(a.family)).join('+')}|${entry.year ?? ''}|${title}`;
}

export const duplicate: Check = {
  meta: {
    code: 'references/duplicate',
    description: 'A work listed twice in the reference list, or a key defined twice in a bibliography file.',
    defaultSeverity: 'warning',
  },
  *run({ manuscript }) {
    const seen = new Map<string, ReferenceEntry>();
    for (const entry of manuscript.referenceList) {
      if (entry.origin !== 'list' || entry.authors.length === 0) continue;
      const id = identity(entry);
      const first = seen.get(id);
      if (first) {
        yield {
          file: entry.file,
          start: entry.start,
          end: entry.end,
          ...say('references.duplicateListEntry', { entry: entryName(entry) }),
          related: [{ file: first.file, start: first.start, end: first.end, ...say('related.firstListed') }],
        };
      } else seen.set(id, entry);
    }
    const keys = new Map<string, ReferenceEntry>();
    for (const entry of manuscript.databaseEntries) {
      if (!entry.key) continue;
      const first = keys.get(`${entry.file}|${entry.key}`);
      if (first && first.start !== entry.start) {
        yield {
          file: entry.file,
          start: entry.start,
          end: entry.end,
          ...say('references.duplicateKey', { key: entry.key }),
          related: [{ file: first.file, start: first.start, end: first.end, ...say('related.firstDefined') }],
        };
      } else keys.set(`${entry.file}|${entry.key}`, entry);
    }
  },
};
