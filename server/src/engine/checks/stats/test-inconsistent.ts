// stats/test-inconsistent — a reported test whose numbers cannot all be true: the p that t, F,
// r, χ² or z with its df gives differs from the reported p (statcheck's check, with its rounding
// rules, in APA and Indonesian SPSS forms: "t(28) = 2,20; P = 0,03", "t hitung … sig. …"); a
// "t tabel"/"F tabel"/"r tabel" value that is not the critical value for the stated df; a stated
// comparison that is false ("t hitung 1,793 > t tabel 2,039", "sig. 0,081 < 0,05"); criteria
// or a conclusion that contradict each other ("sig. 0,000 < 0,05 … H0 diterima"); p = .000; and
// R Square against its percentage, the remainder ("sisanya") and R. Why: about half of
// psychology articles hold such an inconsistency, and an examiner who recomputes one stops
// trusting the rest. Errors when the conclusion at α = .05 changes, warnings otherwise.
// Silent when the numbers agree within their written precision (the statistic's rounding
// interval, one-tailed halving where the text speaks of one-tailed testing, a table value
// rounded or truncated, printed tables' sparse rows above df = 30), when df or p is not stated
// beside the statistic, for rules stated as conditions ("jika sig < 0,05 maka …"), and outside
// prose (tables, headings, reference lists).
import type { FindingDraft } from '../../findings';
import type { Check } from '../check';
import { detectNumberStyle, type NumberStyle } from '../../numbers/parse';
import type { Manuscript } from '../../manuscript';
import { extractParagraph, fillDfFromScope, type DfMention, type ReportedTest } from '../../stats/tests/extract';
import { evaluateTest, type Issue } from '../../stats/tests/evaluate';
import { determinationIssues } from '../../stats/tests/determination';
import { statSpan, statText, type StatText } from '../../stats/tests/text';
import { ONE_TAILED_ANYWHERE, statedAlphas } from '../../stats/tests/tokens';

const PROSE = new Set(['paragraph', 'list-item', 'quote', 'footnote', 'caption']);
// Cheap test before any parsing: a p or sig, a hitung/tabel, a statistic with a bracket, R².
const PREFILTER = /(?:^|[^\p{L}])(?:df|d\.f\.|db|dk)(?:$|[^\p{L}])|derajat|degrees? of freedom|(?:^|[^\p{L}])[pP](?:[\s-]?val\p{L}*)?\s*[=<>≤≥]|sig|hitung|tabel|count|table|critical|kritis|[tFrzχ]\s?[(\[]|chi|[2²]\s?\(|square|determina|(?:^|[^\p{L}])R\s?[2²^]/iu;

export const testInconsistent: Check = {
  meta: { code: 'stats/test-inconsistent', description: 'A reported test statistic, df, p-value, table value or R² whose numbers do not agree.', defaultSeverity: 'error' },
  *run({ manuscript }) {
    let style: NumberStyle | undefined;
    const read: { st: StatText; tests: ReportedTest[]; chapter: number }[] = [];
    const chapterDfs = new Map<number, DfMention[]>();
    for (const block of manuscript.blocks) {
      if (!PROSE.has(block.kind)) continue;
      const role = manuscript.sections[block.section]?.role;
      if (role === 'references' || role === 'front') continue;
      const source = manuscript.files.get(block.file)?.text;
      // The block text, or its source when inline math ($…$) may hold the statistics.
      if (!PREFILTER.test(block.text) && !(source && /\$|\\\(/.test(source.slice(block.start, block.end)))) continue;
      const st = statText(block, source);
      if (!PREFILTER.test(st.text)) continue;
      style ??= detectNumberStyle(manuscript.blocks.map((b) => b.text));
      const { tests, dfs } = extractParagraph(st.text, style);
      const chapter = chapterOf(manuscript, block.section);
      if (dfs.length > 0) chapterDfs.set(chapter, [...(chapterDfs.get(chapter) ?? []), ...dfs]);
      read.push({ st, tests, chapter });
    }
    if (read.length === 0 || style === undefined) return;
    const context = {
      style,
      oneTailedInDocument: manuscript.blocks.some((b) => ONE_TAILED_ANYWHERE.test(b.text)),
      documentAlphas: manuscript.blocks.flatMap((b) => statedAlphas(b.text, style!)),
    };
    for (const { st, tests, chapter } of read) {
      fillDfFromScope(tests, chapterDfs.get(chapter) ?? []);
      const issues: Issue[] = [];
      for (const test of tests) issues.push(...evaluateTest(test, context));
      issues.push(...determinationIssues(st.text, style));
      for (const issue of issues) yield toFinding(st, issue);
    }
  },
};

/** The chapter (top-level section) a section belongs to. */
function chapterOf(manuscript: Manuscript, index: number): number {
  let i = index;
  while (i > 0 && manuscript.sections[i].level > 1 && manuscript.sections[i].parent > 0) i = manuscript.sections[i].parent;
  return i;
}

function toFinding(st: StatText, issue: Issue): FindingDraft {
  const finding: FindingDraft = { ...statSpan(st, issue.start, issue.end), message: issue.message, data: issue.data };
  // Errors keep the default severity; everything else is lowered to a warning.
  if (issue.severity === 'warning') finding.severity = 'warning';
  if (issue.related && issue.related.length > 0) finding.related = issue.related.map((r) => ({ ...statSpan(st, r.start, r.end), message: r.message }));
  return finding;
}
