// citation/uncited-reference — an entry nothing cites. In a written reference list every entry
// must be cited (a warning); a .bib is often a personal database, so there it is only a hint.
// Silent for numbered lists (their [n] citations are not read yet), with \nocite{*}, and when the
// manuscript has no citations at all (a list without a text to check it against).
import { entryName } from './messages';
import type { Check } from '../check';
import { normalizeYear, workIdentity, type ReferenceEntry } from '../../bibliography/entries';
import { normalizeName } from '../../bibliography/names';
import { basename } from '../../paths';
import { say } from '../../messages';
import type { Manuscript } from '../../manuscript';
import type { Span } from '../../model';
import { blockSpan } from '../../text/builder';

export const uncitedReference: Check = {
  meta: { code: 'citation/uncited-reference', description: 'A reference list or bibliography entry that is never cited.', defaultSeverity: 'warning' },
  *run({ manuscript, analysis }) {
    const { cited, citeAll } = analysis.citations;
    const anyCitation = manuscript.proseCitations.length > 0 || manuscript.keyCitations.length > 0;
    if (!anyCitation) return;
    // A second copy of a cited entry is references/duplicate, not an uncited work; so is the same
    // work in another reference list (one per chapter or article).
    const citedTexts = new Set([...cited].map((e) => e.text.replace(/\s+/g, ' ').toLowerCase()));
    const citedWorks = new Set([...cited].filter((e) => e.origin === 'list').map(workIdentity));
    // Another list's entry of the same first author and year is that work, whatever its title says.
    const citedElsewhere = new Map<string, Set<number | undefined>>();
    for (const e of cited) {
      if (e.origin !== 'list') continue;
      const id = authorYear(e);
      const lists = citedElsewhere.get(id) ?? new Set();
      lists.add(e.list);
      citedElsewhere.set(id, lists);
    }
    const inOtherList = (entry: ReferenceEntry) => [...(citedElsewhere.get(authorYear(entry)) ?? [])].some((list) => list !== entry.list);
    for (const entry of manuscript.referenceList) {
      // (A \bibitem is cited by its key, whatever its style.)
      if (entry.numbered || (entry.byNumber && entry.origin === 'list') || cited.has(entry)) continue;
      if (entry.origin === 'bibitem') {
        if (citeAll || manuscript.keyCitations.some((k) => k.key === entry.key)) continue;
        yield {
          file: entry.file,
          start: entry.start,
          end: entry.end,
          ...say('citation.uncitedBibitem', { key: entry.key ?? '', entry: entryName(entry) }),
          data: { key: entry.key },
        };
        continue;
      }
      if (
        entry.authors.length === 0 ||
        citedTexts.has(entry.text.replace(/\s+/g, ' ').toLowerCase()) ||
        citedWorks.has(workIdentity(entry)) ||
        inOtherList(entry)
      )
        continue;
      // "Peraturan Pemerintah Nomor 24 Tahun 2005 …" is cited by its number and year, as laws are.
      if (lawNamed(manuscript, entry)) continue;
      // "Mortensen and Chen demonstrate …": named in the text, but never with its year.
      const named = namedWithoutYear(manuscript, entry);
      yield {
        file: entry.file,
        start: entry.start,
        end: entry.end,
        ...(named
          ? say('citation.uncitedListEntryNamed', { entry: entryName(entry), named: named.text })
          : say('citation.uncitedListEntry', { entry: entryName(entry) })),
        ...(named ? { related: [{ file: named.file, start: named.start, end: named.end, ...say('related.namedWithoutYear') }] } : {}),
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

function authorYear(entry: ReferenceEntry): string {
  return `${normalizeName(entry.authors[0]?.family ?? '')}|${normalizeYear(entry.year) ?? ''}`;
}

/** Where the text outside the reference list names the entry's first author (a whole word), if it does. */
function namedWithoutYear(manuscript: Manuscript, entry: ReferenceEntry): (Span & { text: string }) | undefined {
  const family = entry.authors[0]?.family;
  if (!family || family.length < 3 || /\s/.test(family)) return undefined;
  // "Yang paling penting …": a surname that is also a word of the text, written in lower case
  // elsewhere, names no one when it opens a sentence.
  const lower = family.toLowerCase();
  if (lower !== family && manuscript.blocks.some((b) => wholeWordAt(b.text, lower) >= 0)) return undefined;
  for (const block of manuscript.blocks) {
    // The running text only: footnotes and list items may write the entry out in full.
    if (block.kind !== 'paragraph' || manuscript.sections[block.section]?.role === 'references') continue;
    const text = block.text;
    for (let at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + family.length] ?? '')) continue;
      const span = blockSpan(block, at, at + family.length);
      // A citation of another of the author's works ("Liu et al. (2023)") is no mention of this one.
      if (manuscript.proseCitations.some((c) => c.file === span.file && c.start <= span.start && span.end <= c.end)) continue;
      return { ...span, text: family };
    }
  }
  return undefined;
}

const LAW = /^(?:peraturan|undang-undang|uu|pp|perpres|permen\p{L}*|perda|keputusan|kepmen\p{L}*|instruksi|surat edaran|qanun)(?!\p{L})/iu;
const LAW_NUMBER = /(?<!\p{L})(?:nomor|no\.)\s{0,3}(\d{1,4})\s{1,3}(?:tahun|th\.)\s{0,3}((?:19|20)\d\d)(?!\d)/giu;

/** Whether the text outside the reference lists names a law's entry by its number and year. */
function lawNamed(manuscript: Manuscript, entry: ReferenceEntry): boolean {
  if (!LAW.test(entry.text)) return false;
  LAW_NUMBER.lastIndex = 0;
  const own = LAW_NUMBER.exec(entry.text);
  if (!own) return false;
  const id = `${Number(own[1])}|${own[2]}`;
  return manuscript.blocks.some(
    (b) =>
      manuscript.sections[b.section]?.role !== 'references' &&
      /\d{4}/.test(b.text) &&
      [...b.text.matchAll(LAW_NUMBER)].some((m) => `${Number(m[1])}|${m[2]}` === id),
  );
}

/** Where `word` stands in `text` as a whole word (case-sensitive), or -1. */
function wholeWordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) return at;
  }
  return -1;
}
