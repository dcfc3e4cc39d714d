// Shared by the coverage tests: a one-file manuscript from a text, and its items matrices in brief.
import { MemoryHost, manuscriptFor } from '../../server/src/engine';
import { buildManuscript } from '../../server/src/engine/manuscript';
import { resolveCitations } from '../../server/src/engine/citations/resolve';
import { analyseCoverage } from '../../server/src/engine/coverage/analyse';

export function manuscriptOf(text: string, path = '/p/skripsi.md') {
  const host = new MemoryHost(new Map([[path, text]]));
  return buildManuscript(manuscriptFor(path, host), host);
}

/** Each items matrix as rows of "id:label" → status per column id. */
export function statusesOf(text: string): Record<string, Record<string, string>> {
  const manuscript = manuscriptOf(text);
  const report = analyseCoverage(manuscript, resolveCitations(manuscript));
  const out: Record<string, Record<string, string>> = {};
  for (const m of report.items)
    m.rows.forEach((row, r) => {
      out[`${m.id}:${row.label.en}`] = Object.fromEntries(m.columns.map((c, k) => [c.id, m.cells[r][k].status]));
    });
  return out;
}
