import type { ProseCitation } from '../../citations/authorYear';
import type { ReferenceEntry } from '../../bibliography/entries';
import { describeEntry } from '../../bibliography/entries';
import { basename } from '../../paths';
import type { RelatedLocation } from '../../findings';

/** How a message quotes a prose citation: "(Sen, A., 2024)" or "Ansell dan Gash (2008)". */
export function quoteCitation(c: ProseCitation): string {
  const written = c.written.replace(/\s+/g, ' ');
  return c.kind === 'parenthetical' ? `(${written})` : written;
}

/** "the reference list entry Sen, A. (2014)" / "the bibliography entry sen2014 in refs.bib (Sen, 2014)". */
export function nameEntry(entry: ReferenceEntry): string {
  if (entry.origin === 'list') return `the reference list entry ${describeEntry(entry)}`;
  if (entry.origin === 'bibitem') return `the \\bibitem ${entry.key} — ${describeEntry(entry)}`;
  return `the entry ${entry.key} in ${basename(entry.file)} — ${describeEntry(entry)}`;
}

export function entryLocation(entry: ReferenceEntry, message = 'the entry'): RelatedLocation {
  return { file: entry.file, start: entry.start, end: entry.end, message };
}

export function entryData(entry: ReferenceEntry): Record<string, unknown> {
  return {
    entry: {
      file: entry.file,
      start: entry.start,
      end: entry.end,
      key: entry.key,
      origin: entry.origin,
      year: entry.year,
      authors: entry.authors.map((a) => a.family),
    },
  };
}
