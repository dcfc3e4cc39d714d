// The coverage matrix for people: a one-line summary per manuscript (cohort table) and an HTML
// table for the report. Both read CheckResult.coverage, which the engine computes on first use.
import type { CheckResult } from '../engine';
import type { CoverageMatrix } from '../engine/coverage/types';
import { esc } from './html';

const COVERED = new Set(['named', 'sub-dimensions', 'referenced', 'aggregate']);

/** "ABSTRACT 0/4, ABSTRAK 0/4 (Ansell & Gash (2008))", or undefined when no framework is used. */
export function abstractCoverageSummary(result: CheckResult): string | undefined {
  const parts: string[] = [];
  for (const f of result.coverage.frameworks) {
    const abstracts = f.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'abstract');
    if (abstracts.length === 0 || f.discussed.length === 0) continue;
    const counts = abstracts.map(({ c, i }) => `${c.title} ${f.discussed.filter((d) => COVERED.has(f.cells[d.row][i].status)).length}/${f.discussed.length}`);
    parts.push(`${counts.join(', ')} (${f.framework.name})`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Dimension (or item) × part table with ✓ where a part names the dimension or answers the item, for the HTML report. */
export function coverageMatrixHtml(result: CheckResult): string {
  const frameworks = result.coverage.frameworks.map((f) => {
    const head = `<tr><th>dimension</th>${f.columns.map((c) => `<th>${esc(c.title)}</th>`).join('')}</tr>`;
    const discussed = new Set(f.discussed.map((d) => d.row));
    const rows = f.rows
      .map((row, r) => {
        const label = `${row.parent !== undefined ? '↳ ' : ''}${esc(row.label.en)} <small>(${esc(row.label.id)})</small>${discussed.has(r) ? ' <small>— discussed in the results</small>' : ''}`;
        return `<tr><th>${label}</th>${cellsHtml(f, r)}</tr>`;
      })
      .join('');
    const derived = f.kind === 'derived-framework' ? ' <small>(defined by the manuscript)</small>' : '';
    return `<section><h3>Framework coverage: ${esc(f.framework.name)}${derived}</h3><table class="matrix">${head}${rows}</table><p class="where">✓ named (or two of its stages) · ~ only a generic hint · – not named</p></section>`;
  });
  const items = result.coverage.items.map((m) => {
    const head = `<tr><th>${m.kind === 'questions' ? 'research question / objective' : 'hypothesis'}</th>${m.columns.map((c) => `<th>${esc(c.title)}</th>`).join('')}</tr>`;
    const rows = m.rows
      .map((row, r) => {
        const statements = row.statements.map((s) => `<br><small>${esc(s.kind)}: “${esc(s.text)}”</small>`).join('');
        return `<tr><th>${esc(row.label.en)}${statements}</th>${cellsHtml(m, r)}</tr>`;
      })
      .join('');
    const title = m.kind === 'questions' ? 'Research questions and objectives' : 'Hypotheses';
    return `<section><h3>${title}</h3><table class="matrix">${head}${rows}</table><p class="where">✓ answered by its words, a reference or with all the others · ~ only some of its words · ? other language, not judged · – not at all</p></section>`;
  });
  return [...frameworks, ...items].join('\n');
}

function cellsHtml(matrix: CoverageMatrix, r: number): string {
  return matrix.columns
    .map((_, c) => {
      const status = matrix.cells[r][c].status;
      return COVERED.has(status)
        ? `<td class="yes" title="${status}">✓</td>`
        : `<td class="no" title="${status}">${status === 'hinted' ? '~' : status === 'unknown' ? '?' : '–'}</td>`;
    })
    .join('');
}
