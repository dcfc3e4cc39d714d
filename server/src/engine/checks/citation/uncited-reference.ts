// citation/uncited-reference — an entry nothing cites. In a written reference list every entry
// must be cited (a warning); a .bib is often a personal database, so there it is only a hint.
// Silent for numbered lists (their [n] citations are not read yet), with \nocite{*}, and when the
// manuscript has no citations at all (a list without a text to check it against).
import type { Check } from '../check';
import { describeEntry } from '../../bibliography/entries';
import { basename } from '../../paths';
import { say } from '../../messages';

export const uncitedReference: Check = {
  meta: { code: 'citation/uncited-reference', description: 'A reference list or bibliography entry that is never cited.', defaultSeverity: 'warning' },
  *run({ manuscript, analysis }) {
    const { cited, citeAll } = analysis.citations;
    const anyCitation = manuscript.proseCitations.length > 0 || manuscript.keyCitations.length > 0;
    if (!anyCitation) return;
    // A second copy of a cited entry is references/duplicate, not an uncited work.
    const citedTexts = new Set([...cited].map((e) => e.text.replace(/\s+/g, ' ').toLowerCase()));
    for (const entry of manuscript.referenceList) {
      if (entry.numbered || cited.has(entry)) continue;
      if (entry.origin === 'bibitem') {
        if (citeAll || manuscript.keyCitations.some((k) => k.key === entry.key)) continue;
        yield {
          file: entry.file,
          start: entry.start,
          end: entry.end,
          ...say('citation.uncitedBibitem', { key: entry.key ?? '', entry: describeEntry(entry) }),
          data: { key: entry.key },
        };
        continue;
      }
      if (entry.authors.length === 0 || citedTexts.has(entry.text.replace(/\s+/g, ' ').toLowerCase())) continue;
      yield {
        file: entry.file,
        start: entry.start,
        end: entry.end,
        ...say('citation.uncitedListEntry', { entry: describeEntry(entry) }),
        data: { origin: 'list' },
      };
    }
    if (citeAll || manuscript.keyCitations.length === 0) return;
    for (const entry of manuscript.databaseEntries) {
      if (cited.has(entry)) continue;
      yield {
        file: entry.file,
        start: entry.start,
        end: entry.end,
        severity: 'hint',
        ...say('citation.uncitedBibEntry', { key: entry.key ?? '', file: basename(entry.file) }),
        data: { key: entry.key, origin: entry.origin },
      };
    }
  },
};
