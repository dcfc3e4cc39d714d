// The coverage of one framework: for each dimension and column, whether the part names it, only
// hints at it, or leaves it out; which dimensions the results discuss.
import type { Manuscript } from '../manuscript';
import type { TextBlock } from '../model';
import { type Catalog, type Phrase } from './phraseMatcher';
import type { CoverageCell, CoverageColumn, Detection, DiscussedDimension, Evidence, FrameworkCoverage } from './types';
import { Gathered, evidenceOf } from './scan';

/** `gathered`: what the scan found of framework `f`. */
export function coverageOf(
  manuscript: Manuscript,
  catalog: Catalog,
  gathered: Gathered,
  columns: CoverageColumn[],
  columnOfSection: Map<number, number>,
  f: number,
  detection: Detection,
): FrameworkCoverage {
  const framework = catalog.frameworks[f];
  const rows = catalog.rows[f];

  const blockOf = new Map<Evidence, TextBlock>();
  const strict: Evidence[][][] = columns.map(() => rows.map(() => []));
  const hints: Evidence[][][] = columns.map(() => rows.map(() => []));
  const { texts } = gathered;
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t];
    const c = columnOfSection.get(text.section);
    if (c === undefined) continue;
    for (const hit of gathered.hits[t]) {
      const p: Phrase = hit.phrase;
      if (p.row < 0) continue;
      const evidence = evidenceOf(text, hit);
      blockOf.set(evidence, text.facts.block);
      if (p.kind === 'hint') hints[c][p.row].push(evidence);
      else strict[c][p.row].push(evidence);
    }
  }

  const cells: CoverageCell[][] = rows.map((row, r) =>
    columns.map((_, c) => {
      const namedChildren = row.children.filter((k) => strict[c][k].length > 0).length;
      const anyChildHint = row.children.some((k) => hints[c][k].length > 0);
      const status =
        strict[c][r].length > 0
          ? 'named'
          : namedChildren >= 2
            ? 'sub-dimensions'
            : hints[c][r].length > 0 || namedChildren === 1 || anyChildHint
              ? 'hinted'
              : 'absent';
      return { status, evidence: strict[c][r], hints: hints[c][r] };
    }),
  );

  const results = columns.findIndex((c) => c.kind === 'results');
  const discussed: DiscussedDimension[] = [];
  const absentFromResults: number[] = [];
  if (results >= 0 && columns[results].blockCount > 0) {
    rows.forEach((row, r) => {
      if (row.parent !== undefined) return;
      const own = strict[results][r];
      const headingChildren = row.children.filter((k) => strict[results][k].some((e) => e.heading));
      // Stages stand for their dimension only when they, not the dimension, head the results.
      if (headingChildren.length >= 2 && !own.some((e) => e.heading)) {
        for (const k of headingChildren) discussed.push({ row: k, evidence: ordered(strict[results][k]) });
        return;
      }
      const namedChildren = row.children.filter((k) => strict[results][k].length > 0);
      const paragraphs = new Set(own.filter((e) => !e.heading).map((e) => blockOf.get(e)));
      if (own.some((e) => e.heading) || paragraphs.size >= 2 || namedChildren.length >= 2) {
        discussed.push({ row: r, evidence: ordered([...own, ...namedChildren.flatMap((k) => strict[results][k])]) });
        return;
      }
      const mentioned =
        own.length > 0 || hints[results][r].length > 0 || row.children.some((k) => strict[results][k].length > 0 || hints[results][k].length > 0);
      if (!mentioned) absentFromResults.push(r);
    });
  }

  const commitment = detection.statements.find((s) => s.specific && s.ownStudy && ['theory', 'methods'].includes(manuscript.sections[s.section]?.role ?? ''));
  return { kind: 'framework', id: framework.id, name: framework.name, framework, detection, rows, columns, cells, discussed, absentFromResults, commitment };
}

/** Headings first, then in document order. */
export function ordered(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => Number(b.heading) - Number(a.heading) || (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.start - b.start);
}
