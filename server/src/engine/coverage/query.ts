// Reading the coverage matrix for people: the table a report prints and the text a hover shows
// over a dimension's name. Plain Markdown, no editor types.
import { describeDimension } from './describe';
import type { CoverageReport, CoverageStatus, Evidence, FrameworkCoverage } from './types';

export interface CoverageHit {
  coverage: FrameworkCoverage;
  row: number;
  evidence: Evidence;
}

/** The dimension named (or hinted) at `offset` of `file`, if any. */
export function coverageAt(report: CoverageReport, file: string, offset: number): CoverageHit | undefined {
  for (const coverage of report.frameworks) {
    for (let row = 0; row < coverage.rows.length; row++) {
      for (const cell of coverage.cells[row]) {
        for (const evidence of [...cell.evidence, ...cell.hints]) {
          if (evidence.file === file && offset >= evidence.start && offset < evidence.end) return { coverage, row, evidence };
        }
      }
    }
  }
  return undefined;
}

const MARKS: Record<CoverageStatus, string> = {
  named: 'named',
  'sub-dimensions': 'through its sub-dimensions',
  referenced: 'referred to',
  aggregate: 'with all the others',
  hinted: 'only hinted',
  unknown: 'cannot tell (other language)',
  absent: '—',
};

/** One line per part of the manuscript: how it covers the dimension. For a hover. */
export function describeRowCoverage(coverage: FrameworkCoverage, row: number): string {
  const name = describeDimension(coverage.rows[row]);
  const lines = coverage.columns.map((column, c) => {
    const cell = coverage.cells[row][c];
    const count = cell.evidence.length > 0 ? ` (${cell.evidence.length}×)` : '';
    return `- ${column.title}: ${MARKS[cell.status]}${count}`;
  });
  return [`**${name}** — ${coverage.framework.name}`, '', ...lines].join('\n');
}

/** The coverage matrix of one framework as a Markdown table (dimensions × parts). */
export function renderCoverageMatrix(coverage: FrameworkCoverage): string {
  const header = ['dimension', ...coverage.columns.map((c) => c.title)];
  const rows = coverage.rows.map((row, r) => {
    const label = row.parent !== undefined ? `↳ ${describeDimension(row)}` : describeDimension(row);
    return [label, ...coverage.columns.map((_, c) => MARKS[coverage.cells[r][c].status])];
  });
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [`**${coverage.framework.name}**`, '', line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
