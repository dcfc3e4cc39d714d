// citation/author-mismatch — the year matches an entry, but the authors do not: a co-author
// dropped without "et al.", a name misspelt ("Sugiono" for Sugiyono), an author added, the first
// author left out, or "et al." for a single author. Silent for "et al." standing for two or more
// co-authors, and for full names or initials that reduce to the listed surname.
import type { Check } from '../check';
import type { AuthorProblem } from '../../citations/resolve';
import type { ReferenceEntry } from '../../bibliography/entries';
import { shortAuthors } from '../../bibliography/names';
import { entryData, entryLocation, nameEntry, quoteCitation } from './messages';
import { m, say, type Message } from '../../messages';

function explain(problem: AuthorProblem, entry: ReferenceEntry): { text: Message; expected: string } {
  const expected = shortAuthors(entry.authors, entry.etAl);
  switch (problem.kind) {
    case 'dropped':
      // English joins them with "and" whatever their number ("A and B and C"), as it always did.
      return { text: m('citation.authorsDropped', { missing: problem.missing, expected }), expected };
    case 'extra':
      return { text: m('citation.authorsExtra', { extra: problem.extra, expected }), expected };
    case 'misspelt':
      return { text: m('citation.authorMisspelt', { written: problem.written, expected: problem.expected }), expected: problem.expected };
    case 'not-an-author':
      return { text: m('citation.authorNotAnAuthor', { written: problem.written, expected }), expected };
    case 'first-author-missing':
      return { text: m('citation.firstAuthorMissing', { first: problem.expected, expected }), expected };
    case 'et-al-single':
      return { text: m('citation.etAlSingle', { expected }), expected };
  }
}

export const authorMismatch: Check = {
  meta: {
    code: 'citation/author-mismatch',
    description: 'A citation whose authors differ from its entry (a co-author dropped, a name misspelt).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  *run({ analysis }) {
    for (const { citation, resolution } of analysis.citations.prose) {
      if (resolution.status !== 'author-mismatch') continue;
      const { text, expected } = explain(resolution.problem, resolution.entry);
      const degrees = resolution.entry.degreesAsAuthors;
      // "Sugiharto, A. S. Z., Joko, M., & SH, M.": the list itself has a degree written as an author.
      const degreeNote = degrees && degrees.length > 0 ? { degrees: m('citation.degreesAsAuthors', { degrees }) } : {};
      yield {
        ...citation.authorSpan,
        ...say('citation.authorMismatch', { citation: quoteCitation(citation), entry: nameEntry(resolution.entry), detail: text, ...degreeNote }),
        related: [entryLocation(resolution.entry, m('related.listedAuthors'))],
        data: { problem: resolution.problem, expectedAuthors: expected, ...entryData(resolution.entry) },
      };
    }
  },
};
