// bibliography/undeclared — a .bib file that nothing declares, used because the manuscript cites
// and has nothing else to check its citations against. It is what pandoc, BibTeX and Quarto will
// not find either: said once, at the top of the file, so that the student declares it (and the
// check is no longer a guess). Silent for every declared bibliography.
import type { Check } from '../check';
import { basename } from '../../paths';
import { m, say } from '../../messages';

export const undeclared: Check = {
  meta: {
    code: 'bibliography/undeclared',
    description: 'A bibliography file that nothing declares, used because the manuscript cites and has nothing else to check against.',
    defaultSeverity: 'info',
  },
  *run({ manuscript }) {
    const markdown = manuscript.markup === 'markdown';
    for (const source of manuscript.bibliographies) {
      if (!source.inferred || !source.database) continue;
      const name = basename(source.declaration.path);
      const how = markdown ? m('bibliography.declareInFrontMatter', { name }) : m('bibliography.declareInLatex', { stem: name.replace(/\.bib$/i, ''), name });
      yield {
        file: source.declaration.path,
        start: 0,
        end: 0,
        ...say('bibliography.undeclared', { name, how }),
        data: { path: source.declaration.path },
      };
    }
  },
};
