// bibliography/syntax-error — a .bib entry or CSL-JSON file that cannot be read. The rest of the
// file is still used; only the broken entry is ignored, so its citations may show as missing.
import type { Check } from '../check';

export const syntaxError: Check = {
  meta: { code: 'bibliography/syntax-error', description: 'A bibliography entry or file that cannot be parsed.', defaultSeverity: 'error' },
  *run({ manuscript }) {
    for (const source of manuscript.bibliographies) {
      for (const problem of source.database?.problems ?? []) {
        yield { file: source.database!.path, start: problem.start, end: problem.end, message: problem.message, ...(problem.msg ? { msg: problem.msg } : {}) };
      }
    }
  },
};
