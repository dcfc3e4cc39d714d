// The coverage matrix for people: a one-line summary per manuscript (cohort table) and an HTML
// table for the report. Both read CheckResult.coverage, which the engine computes on first use.
import { t, type CheckResult } from '../engine';
import type { CoverageMatrix } from '../engine/coverage/types';
import { columnTitle } from '../engine/messages/columns';
import { esc } from './html';
import { renderInline } from './inline';

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

/** A quotation around an evidence span: the sentence it is in (at most ~200 characters), the words marked. */
function quote(result: CheckResult, e: { file: string; start: number; end: number }): string {
  const text = result.files.get(e.file)?.text;
  if (!text) return '';
  const before = text.slice(Math.max(0, e.start - 160), e.start);
  const after = text.slice(e.end, e.end + 160);
  const open = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const head = open >= 0 ? before.slice(open + 1).trimStart() : `…${before.replace(/^\S*\s/, '')}`;
  const close = after.search(/[.!?](\s|$)|\n/);
  const tail = close >= 0 ? after.slice(0, close + 1) : `${after.replace(/\s\S*$/, '')}…`;
  return `“${renderInline(`${head}${text.slice(e.start, e.end)}${tail}`, [{ start: head.length, end: head.length + e.end - e.start, attributes: '' }])}”`;
}

const LABELS = {
  en: {
    dimension: 'dimension',
    discussed: 'discussed in the results',
    title: 'Framework coverage',
    derived: 'defined by the manuscript',
    legend: '✓ named (or two of its stages) · ~ only a generic hint · – not named',
    evidence: 'Where each dimension is named',
    question: 'research question / objective',
    hypothesis: 'hypothesis',
    variable: 'variable',
    questions: 'Research questions and objectives',
    hypotheses: 'Hypotheses',
    variables: 'Variables',
    itemsLegend: '✓ answered by its words, a reference or with all the others · ~ only some of its words · ? other language, not judged · – not at all',
  },
  id: {
    dimension: 'dimensi',
    discussed: 'dibahas di hasil penelitian',
    title: 'Cakupan kerangka teori',
    derived: 'dirumuskan oleh naskah sendiri',
    legend: '✓ disebut (atau dua tahapannya) · ~ hanya isyarat umum · – tidak disebut',
    evidence: 'Tempat setiap dimensi disebut',
    question: 'rumusan masalah / tujuan',
    hypothesis: 'hipotesis',
    variable: 'variabel',
    questions: 'Rumusan masalah dan tujuan penelitian',
    hypotheses: 'Hipotesis',
    variables: 'Variabel',
    itemsLegend:
      '✓ dijawab dengan kata-katanya, rujukan, atau bersama yang lain · ~ hanya sebagian katanya · ? bahasa lain, tidak dinilai · – tidak sama sekali',
  },
};

/** Dimension (or item) × part table with ✓ where a part names the dimension or answers the item, and the quoted evidence, for the HTML report. */
export function coverageMatrixHtml(result: CheckResult, locale: 'en' | 'id' = 'en'): string {
  const L = LABELS[locale];
  const name = (label: { en: string; id: string }) =>
    locale === 'id' ? `${esc(label.id)} <small>(${esc(label.en)})</small>` : `${esc(label.en)} <small>(${esc(label.id)})</small>`;
  const frameworks = result.coverage.frameworks.map((f) => {
    const head = `<tr><th>${L.dimension}</th>${f.columns.map((c) => `<th>${esc(columnTitle(c, locale))}</th>`).join('')}</tr>`;
    const discussed = new Set(f.discussed.map((d) => d.row));
    const rows = f.rows
      .map((row, r) => {
        const label = `${row.parent !== undefined ? '↳ ' : ''}${name(row.label)}${discussed.has(r) ? ` <small>— ${L.discussed}</small>` : ''}`;
        return `<tr><th>${label}</th>${cellsHtml(f, r)}</tr>`;
      })
      .join('');
    const evidence = f.rows
      .map((row, r) => {
        const quotes = f.columns
          .map((column, c) => {
            const e = f.cells[r][c].evidence.find((x) => !x.heading) ?? f.cells[r][c].evidence[0];
            return e ? `<li><span class="where">${esc(columnTitle(column, locale))}</span> ${quote(result, e)}</li>` : '';
          })
          .filter(Boolean);
        return quotes.length > 0 ? `<li><b>${name(row.label)}</b><ul>${quotes.join('')}</ul></li>` : '';
      })
      .filter(Boolean)
      .join('');
    const derived = f.kind === 'derived-framework' ? ` <small>(${L.derived})</small>` : '';
    return `<section class="coverage"><h3>${L.title}: ${esc(f.framework.name)}${derived}</h3><table class="matrix">${head}${rows}</table><p class="where">${L.legend}</p>${
      evidence ? `<h4>${L.evidence}</h4><ul class="evidence-list">${evidence}</ul>` : ''
    }</section>`;
  });
  const items = result.coverage.items.map((m) => {
    const head = `<tr><th>${m.kind === 'questions' ? L.question : m.kind === 'variables' ? L.variable : L.hypothesis}</th>${m.columns.map((c) => `<th>${esc(columnTitle(c, locale))}</th>`).join('')}</tr>`;
    const rows = m.rows
      .map((row, r) => {
        const statements = row.statements.map((s) => `<br><small>${esc(t(locale, `report.item.${s.kind}`))}: “${esc(s.text)}”</small>`).join('');
        return `<tr><th>${esc(row.label[locale])}${statements}</th>${cellsHtml(m, r)}</tr>`;
      })
      .join('');
    return `<section class="coverage"><h3>${m.kind === 'questions' ? L.questions : m.kind === 'variables' ? L.variables : L.hypotheses}</h3><table class="matrix">${head}${rows}</table><p class="where">${L.itemsLegend}</p></section>`;
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
