// bibliography/file-not-found — a declared bibliography file (front matter, _quarto.yml,
// metadata.yaml, \bibliography, \addbibresource, --bib) that does not exist. One finding where it
// is declared, instead of one "missing reference" per citation.
import type { Check } from '../check';
import { basename, dirname, relative } from '../../paths';
import { say } from '../../messages';
import { realPath } from '../../segments';

export const fileNotFound: Check = {
  meta: { code: 'bibliography/file-not-found', description: 'A declared bibliography file that does not exist.', defaultSeverity: 'error' },
  *run({ manuscript }) {
    for (const source of manuscript.bibliographies) {
      if (source.database || source.outside) continue;
      const d = source.declaration;
      const where = d.declaredIn ?? { file: manuscript.fileOrder[0] ?? manuscript.spec.root, start: 0, end: 0 };
      yield {
        ...where,
        ...say('bibliography.fileNotFound', {
          written: d.written,
          lookedFor: relative(dirname(where.file), d.path) || basename(d.path),
          relativeTo: basename(realPath(manuscript.segments, where.file)),
        }),
        data: { written: d.written, path: d.path },
      };
    }
  },
};
