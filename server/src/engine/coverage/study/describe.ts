// How findings and reports name a manuscript's own items, quote them and point at them; and which
// items a part leaves out (the rule the six coverage/*-missing-question|hypothesis checks share).
import type { FindingDraft, RelatedLocation } from '../../findings';
import { isCovered } from '../describe';
import type { ColumnKind, CoverageColumn, ItemCoverage, ItemRow, ItemStatement } from '../types';

/** "research question 2", "objective 1", "H3". */
export function itemName(row: ItemRow): string {
  return row.label.en;
}

/** A statement quoted for a message: “Bagaimana …?”, shortened to about 140 characters. */
export function quote(text: string, limit = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return `“${clean}”`;
  const cut = clean.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  let kept = space > limit * 0.6 ? cut.slice(0, space) : cut;
  while (kept.length > 0 && /[\s,;:]/.test(kept[kept.length - 1])) kept = kept.slice(0, -1);
  return `“${kept} …”`;
}

/** The statement a finding quotes: the question (or the hypothesis), else the objective. */
export function mainStatement(row: ItemRow): ItemStatement {
  return row.statements[0];
}

/** Where each statement of the row is posed, for related locations. */
export function wherePosed(row: ItemRow): RelatedLocation[] {
  return row.statements.map((s) => ({
    file: s.file,
    start: s.start,
    end: s.end,
    message: `${s.kind === 'question' ? 'the research question' : s.kind === 'objective' ? 'the objective' : 'the hypothesis'} is stated here`,
  }));
}

/**
 * The rows a part of the manuscript leaves out: not covered by its content words, a reference or
 * an aggregate, and not 'unknown' (the other language, untranslatable). When the part covers none
 * of the items, only the rows it hardly speaks of are (no window holds `weak` of their words): a
 * part that uses many of the items' words without covering one answers in terms thesislint cannot
 * relate to them, or its text was lost to markup it cannot read.
 */
export function missingRows(matrix: ItemCoverage, column: number, weak = UNFOLLOWED_SCORE): number[] {
  const cells = matrix.cells.map((row) => row[column]);
  const follows = cells.some((cell) => isCovered(cell.status));
  return cells
    .map((cell, r) => (isCovered(cell.status) || cell.status === 'unknown' || (!follows && (cell.score ?? 0) >= weak) ? -1 : r))
    .filter((r) => r >= 0);
}

/**
 * An abstract or conclusion that covers none of the items leaves out those of which its best
 * window holds less than this share of the words (three quarters of what covers, COVERED).
 */
export const UNFOLLOWED_SCORE = 0.3;
/** The results leave out an item of which no window holds this share of the words (half of what covers). */
export const RESULTS_SCORE = 0.2;

/** The columns of a kind that have prose to judge and a place for findings. */
export function judgedColumns(matrix: ItemCoverage, kind: ColumnKind): { column: CoverageColumn; index: number }[] {
  return matrix.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.kind === kind && column.blockCount > 0 && column.anchor !== undefined);
}

/** Where the results address a row (its first evidence there), for related locations. */
export function whereAddressed(matrix: ItemCoverage, row: number): RelatedLocation | undefined {
  const c = matrix.columns.findIndex((column) => column.kind === 'results');
  const evidence = c >= 0 && isCovered(matrix.cells[row][c].status) ? matrix.cells[row][c].evidence[0] : undefined;
  if (!evidence) return undefined;
  return { file: evidence.file, start: evidence.start, end: evidence.end, message: `the results address ${itemName(matrix.rows[row])} here` };
}

/** The findings of one check: a part of kind `kind` that leaves items of matrices of kind `matrixKind` out. */
export function* itemFindings(
  matrices: readonly ItemCoverage[],
  matrixKind: ItemCoverage['kind'],
  columnKind: 'abstract' | 'conclusion',
  say: (column: CoverageColumn, row: ItemRow) => string,
): Iterable<FindingDraft> {
  for (const matrix of matrices) {
    if (matrix.kind !== matrixKind) continue;
    for (const { column, index } of judgedColumns(matrix, columnKind)) {
      for (const r of missingRows(matrix, index)) {
        const row = matrix.rows[r];
        const related = [...wherePosed(row)];
        const addressed = whereAddressed(matrix, r);
        if (addressed) related.push(addressed);
        yield {
          ...column.anchor!,
          message: say(column, row),
          related,
          data: { matrix: matrix.id, item: row.id, column: column.id },
        };
      }
    }
  }
}

/** The findings of a results check: each row the results leave out, on its own statement. */
export function* resultsFindings(matrices: readonly ItemCoverage[], matrixKind: ItemCoverage['kind'], say: (row: ItemRow) => string): Iterable<FindingDraft> {
  for (const matrix of matrices) {
    if (matrix.kind !== matrixKind) continue;
    // Only a manuscript whose own conclusion thesislint reads is complete enough to say its
    // results never address an item (without one, the rest of the text may be lost to markup it
    // cannot read, or not written yet).
    const concluded = matrix.columns.some((c, i) => c.kind === 'conclusion' && matrix.cells.some((row) => row[i].status !== 'unknown'));
    if (!concluded) continue;
    for (const { column, index } of judgedColumns(matrix, 'results')) {
      // A results chapter is long and speaks of everything in passing: an item is missing from it
      // only when no window holds even half of what would cover it.
      // Experiments are often reported where the methods chapter describes them, and chapters
      // thesislint gives no role (a heading level out of step, "Implementasi dan Pengujian") may
      // hold results: an item the methods chapter or the conclusion covers was addressed somewhere.
      const elsewhere = matrix.columns.map((c, i) => (c.kind === 'methods' || c.kind === 'conclusion' ? i : -1)).filter((i) => i >= 0);
      const addressed = (r: number) => matrix.rows[r].addressedOutside !== undefined || elsewhere.some((i) => isCovered(matrix.cells[r][i].status));
      for (const r of missingRows(matrix, index, RESULTS_SCORE).filter((r) => (matrix.cells[r][index].score ?? 0) < RESULTS_SCORE && !addressed(r))) {
        const row = matrix.rows[r];
        const statement = mainStatement(row);
        const related = wherePosed(row).slice(1);
        related.push({ ...column.anchor!, message: 'the results chapter' });
        yield {
          file: statement.file,
          start: statement.start,
          end: statement.end,
          message: `${say(row)}: ${quote(statement.text)}`,
          related,
          data: { matrix: matrix.id, item: row.id, column: column.id },
        };
      }
    }
  }
}
