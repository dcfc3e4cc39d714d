// citation/author-mismatch — the year matches an entry, but the authors do not: a co-author
// dropped without "et al.", a name misspelt ("Sugiono" for Sugiyono), an author added, the first
// author left out, or "et al." for a single author. Silent for "et al." standing for two or more
// co-authors, and for full names or initials that reduce to the listed surname.
import type { Check } from '../check';
import type { AuthorProblem } from '../../citations/resolve';
import type { ReferenceEntry } from '../../bibliography/entries';
import { shortAuthors } from '../../bibliography/names';
import { entryData, entryLocation, nameEntry, quoteCitation } from './messages';

function explain(problem: AuthorProblem, entry: ReferenceEntry): { text: string; expected: string } {
  const expected = shortAuthors(entry.authors, entry.etAl);
  switch (problem.kind) {
    case 'dropped':
      return {
        text: `co-author${problem.missing.length > 1 ? 's' : ''} ${problem.missing.join(' and ')} ${problem.missing.length > 1 ? 'are' : 'is'} missing; expected "${expected}"`,
        expected,
      };
    case 'extra':
      return {
        text: `${problem.extra.join(' and ')} ${problem.extra.length > 1 ? 'are' : 'is'} not an author of that entry; expected "${expected}"`,
        expected,
      };
    case 'misspelt':
      return { text: `"${problem.written}" is spelt "${problem.expected}" there`, expected: problem.expected };
    case 'not-an-author':
      return { text: `${problem.written} is not an author of that entry; expected "${expected}"`, expected };
    case 'first-author-missing':
      return { text: `the first author ${problem.expected} is missing; expected "${expected}"`, expected };
    case 'et-al-single':
      return { text: `the entry has a single author, so "et al." does not apply; expected "${expected}"`, expected };
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
      const degreeNote =
        degrees && degrees.length > 0 ? ` (the entry also lists ${degrees.map((d) => `"${d}"`).join(', ')}, an academic degree, as an author)` : '';
      yield {
        ...citation.authorSpan,
        message: `Authors in ${quoteCitation(citation)} do not match ${nameEntry(resolution.entry)}: ${text}${degreeNote}`,
        related: [entryLocation(resolution.entry, 'the listed authors')],
        data: { problem: resolution.problem, expectedAuthors: expected, ...entryData(resolution.entry) },
      };
    }
  },
};
