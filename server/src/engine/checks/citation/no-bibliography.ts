// citation/no-bibliography — the manuscript cites, but no bibliography file or reference list
// was found to check the citations against, so none of them was checked. Said once, at the first
// such citation, with how to fix it: a manuscript whose citations were never looked at must not
// pass for a clean one. Silent when a declared file is missing (bibliography/file-not-found says
// so where it is declared) and for a bare "Name (Year)" that shows no sign of being a citation.
import type { Check } from '../check';
import { m, say } from '../../messages';

export const noBibliography: Check = {
  meta: {
    code: 'citation/no-bibliography',
    description: 'Citations that could not be checked because no bibliography file or reference list was found.',
    defaultSeverity: 'warning',
  },
  *run({ manuscript, analysis }) {
    if (manuscript.bibliographies.some((b) => !b.database)) return;
    const { keys, prose } = analysis.citations;
    const uncheckedKeys = keys.filter((k) => k.resolution.status === 'unchecked' && !k.citation.nocite);
    // Keys whose entry is broken are bibliography/syntax-error's.
    if (manuscript.databaseEntries.length > 0) uncheckedKeys.length = 0;
    const uncheckedProse = prose.filter((p) => p.resolution.status === 'unchecked' && p.citation.strong);
    const total = uncheckedKeys.length + uncheckedProse.length;
    if (total === 0) return;
    const first = [...uncheckedKeys.map((k) => k.citation), ...uncheckedProse.map((p) => p.citation)].sort(
      (a, b) => manuscript.fileOrder.indexOf(a.file) - manuscript.fileOrder.indexOf(b.file) || a.start - b.start,
    )[0];
    const what = m('citation.uncheckedCount', {
      total,
      keys: uncheckedKeys.length > 0 && uncheckedProse.length > 0 ? uncheckedKeys.length : undefined,
      prose: uncheckedKeys.length > 0 && uncheckedProse.length > 0 ? uncheckedProse.length : undefined,
    });
    const found = m(uncheckedKeys.length > 0 && manuscript.referenceList.length > 0 ? 'citation.noBibliographyForKeys' : 'citation.noBibliographyAtAll');
    yield {
      file: first.file,
      start: first.start,
      end: first.end,
      ...say('citation.noBibliography', {
        what,
        found,
        declare: m(manuscript.markup === 'latex' ? 'citation.declareLatex' : 'citation.declareFrontMatter'),
        orList: manuscript.referenceList.length > 0 || uncheckedKeys.length > 0 ? undefined : 'yes',
      }),
      data: { keys: uncheckedKeys.length, prose: uncheckedProse.length },
    };
  },
};
