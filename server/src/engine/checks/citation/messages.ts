import type { ProseCitation } from '../../citations/authorYear';
import type { ReferenceEntry } from '../../bibliography/entries';
import { describeEntry } from '../../bibliography/entries';
import { basename } from '../../paths';
import type { RelatedLocation } from '../../findings';
import { m, say, type Message, type MessageArg } from '../../messages';

/** How a message quotes a prose citation: "(Sen, A., 2024)" or "Ansell dan Gash (2008)". */
export function quoteCitation(c: ProseCitation): string {
  const written = c.written.replace(/\s+/g, ' ');
  return c.kind === 'parenthetical' ? `(${written})` : written;
}

/**
 * An entry as messages name it, "Sen, A. (2014)": where the languages write it differently
 * ("Emerson, K. et al. (2012)" / "Emerson, K. dkk. (2012)", "n.d." / "t.t."), as a message.
 */
export function entryName(entry: ReferenceEntry): MessageArg {
  const [en, id] = [describeEntry(entry, 'en'), describeEntry(entry, 'id')];
  return en === id ? en : m('entry.described', { en, id });
}

/** "the reference list entry Sen, A. (2014)" / "the entry sen2014 in refs.bib — Sen, 2014", as a message. */
export function nameEntry(entry: ReferenceEntry): Message {
  if (entry.origin === 'list') return m('entry.list', { entry: entryName(entry) });
  if (entry.origin === 'bibitem') return m('entry.bibitem', { key: entry.key ?? '', entry: entryName(entry) });
  return m('entry.bib', { key: entry.key ?? '', file: basename(entry.file), entry: entryName(entry) });
}

/** The entry as a related location, with a message (default "the entry"). */
export function entryLocation(entry: ReferenceEntry, message: Message = m('related.entry')): RelatedLocation {
  return { file: entry.file, start: entry.start, end: entry.end, ...say(message.id, message.args as Record<string, MessageArg> | undefined) };
}

/** A year as written in an entry, or "n.d." / "t.t." when it has none. */
export function yearOf(entry: ReferenceEntry): MessageArg {
  return entry.year ?? m('year.none');
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
