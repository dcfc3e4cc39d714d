// How findings and reports name a manuscript's own items, quote them and point at them; and which
// items a part leaves out (the rule the six coverage/*-missing-question|hypothesis checks share).
import type { FindingDraft, RelatedLocation } from '../../findings';
import { m, say, type Message, type MessageId } from '../../messages';
import { isCovered } from '../describe';
import type { ColumnKind, CoverageColumn, ItemCoverage, ItemRow, ItemStatement } from '../types';

/** "research question 2", "objective 1", "H3". */
export function itemName(row: ItemRow): string {
  return row.label.en;
}

/** The row's label as a message: "research question 2" / "rumusan masalah 2". */
export function itemLabel(row: ItemRow): Message {
  return m('coverage.label', { en: row.label.en, id: row.label.id });
}

/** "3 research questions", "2 objectives", "4 hypotheses", in either language. */
export function itemsOf(matrix: ItemCoverage): Message {
  const count = matrix.rows.length;
  if (matrix.kind === 'hypotheses') return m('coverage.items.hypotheses', { count });
  if (matrix.kind === 'variables') return m('coverage.items.variables', { count });
  return matrix.rows.some((row) => row.statements[0].kind === 'question')
    ? m('coverage.items.questions', { count })
    : m('coverage.items.objectives', { count });
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
  return row.statements.map((s) => ({ file: s.file, start: s.start, end: s.end, ...say(`coverage.related.${s.kind}`) }));
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
  return { file: evidence.file, start: evidence.start, end: evidence.end, ...say('coverage.related.addressed', { item: itemLabel(matrix.rows[row]) }) };
}

/**
 * The findings of one check: a part of kind `kind` that leaves items of matrices of kind
 * `matrixKind` out. A part that covers some items gets one finding per item it leaves out; a part
 * that covers none of them (a template not yet filled in, or one answering in terms thesislint
 * cannot relate to the items) gets one finding for all, never one per item.
 */
export function* itemFindings(
  matrices: readonly ItemCoverage[],
  matrixKind: ItemCoverage['kind'],
  columnKind: 'abstract' | 'conclusion',
  sayOne: (column: CoverageColumn, row: ItemRow) => { message: string; msg: Message },
): Iterable<FindingDraft> {
  for (const matrix of matrices) {
    if (matrix.kind !== matrixKind) continue;
    for (const { column, index } of judgedColumns(matrix, columnKind)) {
      const missing = missingRows(matrix, index);
      const follows = matrix.cells.some((row) => isCovered(row[index].status));
      if (!follows && missing.length >= 2) {
        const all = missing.length === matrix.rows.length;
        const id: MessageId =
          columnKind === 'abstract'
            ? all
              ? 'coverage.abstractAnswersNone'
              : 'coverage.abstractAnswersSome'
            : all
              ? 'coverage.conclusionAnswersNone'
              : 'coverage.conclusionAnswersSome';
        const rows = missing.map((r) => matrix.rows[r]);
        yield {
          ...column.anchor!,
          ...say(id, { column: column.name, kind: matrix.kind, items: itemsOf(matrix), labels: rows.map(itemLabel) }),
          related: rows.flatMap((row) => wherePosed(row).slice(0, 1)),
          data: { matrix: matrix.id, item: rows[0].id, items: rows.map((row) => row.id), column: column.id },
        };
        continue;
      }
      for (const r of missing) {
        const row = matrix.rows[r];
        const relatedLocations = [...wherePosed(row)];
        const addressed = whereAddressed(matrix, r);
        if (addressed) relatedLocations.push(addressed);
        yield {
          ...column.anchor!,
          ...sayOne(column, row),
          related: relatedLocations,
          data: { matrix: matrix.id, item: row.id, column: column.id },
        };
      }
    }
  }
}

/** The findings of a results check: each row the results leave out, on its own statement. */
export function* resultsFindings(matrices: readonly ItemCoverage[], matrixKind: ItemCoverage['kind'], messageId: MessageId): Iterable<FindingDraft> {
  for (const matrix of matrices) {
    if (matrix.kind !== matrixKind) continue;
    // Only a manuscript whose own conclusion thesislint reads is complete enough to say its
    // results never address an item (without one, the rest of the text may be lost to markup it
    // cannot read, or not written yet).
    // A conclusion that answers none of the items (a template, or one in terms thesislint cannot
    // relate) says the same of the draft's results: it gets its own single finding instead.
    const concluded = matrix.columns.some((c, i) => c.kind === 'conclusion' && matrix.cells.some((row) => isCovered(row[i].status)));
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
        related.push({ ...column.anchor!, ...say('coverage.related.resultsChapter') });
        yield {
          file: statement.file,
          start: statement.start,
          end: statement.end,
          ...say(messageId, { item: itemLabel(row), quote: quote(statement.text) }),
          related,
          data: { matrix: matrix.id, item: row.id, column: column.id },
        };
      }
    }
  }
}
