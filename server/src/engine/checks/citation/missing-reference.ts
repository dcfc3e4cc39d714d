// citation/missing-reference — a citation that no entry of the reference list or bibliography
// answers: a cited author with no entry at all, or a key absent from every .bib. Silent when
// nothing was declared to check against, when the declared file itself is missing (reported once
// as bibliography/file-not-found), and for narrative "Name (Year)" without any sign of being a
// citation (a cue word, "et al.", several authors) — a place or a title in front of a year.
import type { Check } from '../check';
import { realSpan } from '../../segments';
import { basename } from '../../paths';
import { quoteCitation } from './messages';
import { m, say } from '../../messages';

export const missingReference: Check = {
  meta: {
    code: 'citation/missing-reference',
    description: 'A citation with no matching entry in the reference list or bibliography.',
    defaultSeverity: 'error',
    fixable: true,
  },
  *run({ manuscript, analysis }) {
    const files = manuscript.bibliographies.filter((b) => b.database).map((b) => basename(b.declaration.path));
    for (const { citation, resolution } of analysis.citations.keys) {
      if (resolution.status !== 'missing') continue;
      const where = files.length > 0 ? files.join(', ') : m('place.bibliography');
      yield {
        file: citation.file,
        start: citation.start,
        end: citation.end,
        ...say('citation.keyNotFound', { key: citation.key, where }),
        data: { key: citation.key, kind: 'key' },
      };
    }
    const missingKeys = analysis.citations.keys.filter((k) => k.resolution.status === 'missing').map((k) => k.citation);
    for (const { citation, resolution, against } of analysis.citations.prose) {
      if (resolution.status !== 'missing') continue;
      if (!citation.strong) continue;
      // "Creswell (2014) … \citep{creswell2014}": the missing key right after says it already.
      // (In the real file: a long file may be read as segments, see segments.ts.)
      const after = realSpan(manuscript.segments, citation);
      if (
        missingKeys.some((key) => {
          const k = realSpan(manuscript.segments, key);
          return k.file === after.file && k.start >= after.end && k.start - after.end < 300;
        })
      )
        continue;
      const where = against === 'list' ? m('place.referenceList') : files.length > 0 ? files.join(', ') : m('place.bibliography');
      const secondary = citation.secondaryOriginal
        ? { secondary: m('citation.secondaryNote', { original: citation.secondaryOriginal, author: citation.authors[0] }) }
        : {};
      yield {
        file: citation.file,
        start: citation.authorSpan.start,
        end: citation.end,
        ...say('citation.noEntry', { where, citation: quoteCitation(citation), ...secondary }),
        data: { kind: 'prose', authors: citation.authors, year: citation.year },
      };
    }
  },
};
