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
import type { NumberStyle } from '../../numbers/parse';
import { TextMemo } from '../../memo';
import { manuscriptNumberStyle } from '../../stats/analysis';
import type { Manuscript } from '../../manuscript';
import { extractParagraph, fillDfFromScope, takesScopeDf, type DfMention } from '../../stats/tests/extract';
import { evaluateTest, type Issue } from '../../stats/tests/evaluate';
import { determinationIssues } from '../../stats/tests/determination';
import { mayHoldMath, statSpan, statText, statTextIn, type StatText } from '../../stats/tests/text';
import { ONE_TAILED_ANYWHERE, statedAlphas } from '../../stats/tests/tokens';

const PROSE = new Set(['paragraph', 'list-item', 'quote', 'footnote', 'caption']);
// Cheap test before any parsing: a p or sig, a hitung/tabel, a statistic with a bracket, R².
const PREFILTER =
  /(?:^|[^\p{L}])(?:df|d\.f\.|db|dk)(?:$|[^\p{L}])|derajat|degrees? of freedom|(?:^|[^\p{L}])[pP](?:[\s-]?val\p{L}*)?\s*[=<>≤≥]|sig|hitung|tabel|count|table|critical|kritis|[tFrzχ]\s?[(\[]|chi|[2²]\s?\(|square|determina|(?:^|[^\p{L}])R\s?[2²^]/iu;

// Every check reads every block again; what a block's text alone decides is kept by its text
// (bounded, least recently used dropped), so an edit re-does only the changed paragraphs.
/** Of any block's text: the prefilter, one-tailed wording, stated α (per number style). */
interface TextFacts {
  prefilter: boolean;
  oneTailed: boolean;
  alphas: Partial<Record<NumberStyle, number[]>>;
}
const textFacts = new TextMemo<TextFacts>(20_000);
/** Of a stat text read in a style: the df it states, whether a chapter's df may change its tests, R² issues. */
interface Paragraph {
  prefilter: boolean;
  dfs: DfMention[];
  takesScopeDf: boolean;
  determination: Issue[];
}
const paragraphs = new TextMemo<Paragraph>(10_000);
/** Of a stat text in its context (style, one-tailed wording, document α, the chapter's df when it matters): every issue. */
const issuesByContext = new TextMemo<Issue[]>(10_000);

function factsOf(text: string): TextFacts {
  return textFacts.get(text, () => ({ prefilter: PREFILTER.test(text), oneTailed: ONE_TAILED_ANYWHERE.test(text), alphas: {} }));
}

function paragraphOf(text: string, style: NumberStyle): Paragraph {
  return paragraphs.get(
    text,
    () => {
      if (!PREFILTER.test(text)) return { prefilter: false, dfs: [], takesScopeDf: false, determination: [] };
      const { tests, dfs } = extractParagraph(text, style);
      return { prefilter: true, dfs, takesScopeDf: tests.some(takesScopeDf), determination: determinationIssues(text, style) };
    },
    style,
  );
}

export const testInconsistent: Check = {
  meta: {
    code: 'stats/test-inconsistent',
    description: 'A reported test statistic, df, p-value, table value or R² whose numbers do not agree.',
    defaultSeverity: 'error',
  },
  *run({ manuscript }) {
    let style: NumberStyle | undefined;
    const read: { st: StatText; paragraph: Paragraph; chapter: number }[] = [];
    const chapterDfs = new Map<number, DfMention[]>();
    // Every block's facts, read once: one-tailed wording and stated α count anywhere in the document.
    const facts: TextFacts[] = [];
    let oneTailedInDocument = false;
    for (const block of manuscript.blocks) {
      const blockFacts = factsOf(block.text);
      facts.push(blockFacts);
      if (blockFacts.oneTailed) oneTailedInDocument = true;
      if (!PROSE.has(block.kind)) continue;
      const role = manuscript.sections[block.section]?.role;
      if (role === 'references' || role === 'front') continue;
      const file = manuscript.files.get(block.file);
      // The block text, or its source when inline math ($…$) may hold the statistics.
      if (!blockFacts.prefilter && !(file && mayHoldMath(file, block.start, block.end))) continue;
      const st = file ? statTextIn(file, block) : statText(block, undefined);
      if (!factsOf(st.text).prefilter) continue;
      style ??= manuscriptNumberStyle(manuscript);
      const paragraph = paragraphOf(st.text, style);
      const chapter = chapterOf(manuscript, block.section);
      if (paragraph.dfs.length > 0) chapterDfs.set(chapter, [...(chapterDfs.get(chapter) ?? []), ...paragraph.dfs]);
      read.push({ st, paragraph, chapter });
    }
    if (read.length === 0 || style === undefined) return;
    const blocks = manuscript.blocks;
    const context = {
      style,
      oneTailedInDocument,
      documentAlphas: facts.flatMap((f, i) => (f.alphas[style!] ??= statedAlphas(blocks[i].text, style!))),
    };
    const contextKey = `${style}\0${context.oneTailedInDocument}\0${context.documentAlphas.join(';')}`;
    for (const { st, paragraph, chapter } of read) {
      const scope = chapterDfs.get(chapter) ?? [];
      // Only values and which df (df1, df2) of the chapter's mentions can reach a test.
      const scopeKey = paragraph.takesScopeDf ? scope.map((d) => `${d.which ?? ''}:${d.values.join(',')}`).join(';') : '-';
      const issues = issuesByContext.get(
        st.text,
        () => {
          // Tests are read afresh: filling a df from the chapter changes them.
          const { tests } = extractParagraph(st.text, style!);
          fillDfFromScope(tests, scope);
          const found: Issue[] = [];
          for (const test of tests) found.push(...evaluateTest(test, context));
          found.push(...paragraph.determination);
          return found;
        },
        `${contextKey}\0${scopeKey}`,
      );
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
