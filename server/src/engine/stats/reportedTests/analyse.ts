// The reported statistical tests of a manuscript and what is wrong with each: every prose block
// read for t, F, r, χ² and z tests (APA and Indonesian SPSS forms), R² statements, "t tabel"
// values and the criteria and conclusions around them, then each test evaluated in its context —
// the number style, one-tailed wording anywhere in the document, the α the document states, and
// the df a chapter states once for its SPSS-form tests. Computed once per check by the
// AnalysisCache and read by stats/test-inconsistent.
//
// Re-checks: what a block's text alone decides is kept by its text (the run's DerivedCache), so
// an edit re-reads only the changed paragraphs; the issues of a paragraph are kept by its text
// and its context, and recomputed only when either changes.
import type { Manuscript } from '../../manuscript';
import type { NumberStyle } from '../../numbers/parse';
import { TextMemo } from '../../memo';
import { slot } from '../../derived';
import { extractParagraph, fillDfFromScope, takesScopeDf, type DfMention } from './parse';
import { evaluateTest, type Issue } from './evaluate';
import { determinationIssues } from './determination';
import { mayHoldMath, statText, statTextIn, type StatText } from './statText';
import { ONE_TAILED_ANYWHERE, statedAlphas } from './tokens';

/** One problem of a reported test, with the stat text its offsets are in. */
export interface ReportedTestIssue {
  st: StatText;
  issue: Issue;
}

export interface ReportedTestsAnalysis {
  issues: ReportedTestIssue[];
  /** Prose blocks read as holding reported tests or R² statements. */
  paragraphs: number;
}

const EQUIVALENCE = /\b(?:equivalen(?:ce|t)|ekuivalen(?:si)?|TOST|two\s+one-sided|non-?inferiority|inferiority|superiority\s+test)\b/iu;

const PROSE = new Set(['paragraph', 'list-item', 'quote', 'footnote', 'caption']);
// Cheap test before any parsing: a p or sig, a hitung/tabel, a statistic with a bracket, R².
const PREFILTER =
  /(?:^|[^\p{L}])(?:df|d\.f\.|db|dk)(?:$|[^\p{L}])|derajat|degrees? of freedom|(?:^|[^\p{L}])[pP](?:[\s-]?val\p{L}*)?\s*[=<>≤≥]|sig|hitung|tabel|count|table|critical|kritis|[tFrzχ]\s?[(\[]|chi|[2²]\s?\(|square|determina|(?:^|[^\p{L}])R\s?[2²^]/iu;

/** Of any block's text: the prefilter, one-tailed wording, stated α (per number style). */
interface TextFacts {
  prefilter: boolean;
  oneTailed: boolean;
  alphas: Partial<Record<NumberStyle, number[]>>;
}
/** Of a stat text read in a style: the df it states, whether a chapter's df may change its tests, R² issues. */
interface Paragraph {
  prefilter: boolean;
  dfs: DfMention[];
  takesScopeDf: boolean;
  determination: Issue[];
}

const TEXT_FACTS = slot('reportedTests: facts of a block text', () => new TextMemo<TextFacts>(20_000));
const PARAGRAPHS = slot('reportedTests: tests of a stat text', () => new TextMemo<Paragraph>(10_000));
/** Of a stat text in its context (style, one-tailed wording, document α, the chapter's df when it matters): every issue. */
const ISSUES = slot('reportedTests: issues of a stat text in its context', () => new TextMemo<Issue[]>(10_000));

export function analyseReportedTests(manuscript: Manuscript, numberStyle: () => NumberStyle): ReportedTestsAnalysis {
  const { derived } = manuscript;
  const textFacts = derived.get(TEXT_FACTS);
  const paragraphs = derived.get(PARAGRAPHS);
  const issuesByContext = derived.get(ISSUES);
  const factsOf = (text: string): TextFacts =>
    textFacts.get(text, () => ({ prefilter: PREFILTER.test(text), oneTailed: ONE_TAILED_ANYWHERE.test(text), alphas: {} }));
  const paragraphOf = (text: string, style: NumberStyle): Paragraph =>
    paragraphs.get(
      text,
      () => {
        if (!PREFILTER.test(text)) return { prefilter: false, dfs: [], takesScopeDf: false, determination: [] };
        const { tests, dfs } = extractParagraph(text, style);
        return { prefilter: true, dfs, takesScopeDf: tests.some(takesScopeDf), determination: determinationIssues(text, style) };
      },
      style,
    );

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
    if (!blockFacts.prefilter && !(file && mayHoldMath(file, block.start, block.end, derived))) continue;
    const st = file ? statTextIn(file, block, derived) : statText(block, undefined);
    if (!factsOf(st.text).prefilter) continue;
    style ??= numberStyle();
    const paragraph = paragraphOf(st.text, style);
    const chapter = chapterOf(manuscript, block.section);
    if (paragraph.dfs.length > 0) chapterDfs.set(chapter, [...(chapterDfs.get(chapter) ?? []), ...paragraph.dfs]);
    read.push({ st, paragraph, chapter });
  }
  const issues: ReportedTestIssue[] = [];
  if (read.length === 0 || style === undefined) return { issues, paragraphs: 0 };
  const inStyle = style;
  const blocks = manuscript.blocks;
  const context = {
    style: inStyle,
    oneTailedInDocument,
    documentAlphas: facts.flatMap((f, i) => (f.alphas[inStyle] ??= statedAlphas(blocks[i].text, inStyle))),
  };
  const contextKey = `${inStyle}\0${context.oneTailedInDocument}\0${context.documentAlphas.join(';')}`;
  for (const { st, paragraph, chapter } of read) {
    const scope = chapterDfs.get(chapter) ?? [];
    // Only values and which df (df1, df2) of the chapter's mentions can reach a test.
    const scopeKey = paragraph.takesScopeDf ? scope.map((d) => `${d.which ?? ''}:${d.values.join(',')}`).join(';') : '-';
    const found = issuesByContext.get(
      st.text,
      () => {
        // Tests are read afresh: filling a df from the chapter changes them.
        const { tests } = extractParagraph(st.text, inStyle);
        fillDfFromScope(tests, scope);
        const out: Issue[] = [];
        // Equivalence tests (TOST) report the larger of two one-sided p: .999 beside t = −8,22 is right there.
        const paragraphContext = EQUIVALENCE.test(st.text) ? { ...context, equivalence: true } : context;
        for (const test of tests) out.push(...evaluateTest(test, paragraphContext));
        out.push(...paragraph.determination);
        return out;
      },
      `${contextKey}\0${scopeKey}`,
    );
    for (const issue of found) issues.push({ st, issue });
  }
  return { issues, paragraphs: read.length };
}

/** The chapter (top-level section) a section belongs to. */
function chapterOf(manuscript: Manuscript, index: number): number {
  let i = index;
  while (i > 0 && manuscript.sections[i].level > 1 && manuscript.sections[i].parent > 0) i = manuscript.sections[i].parent;
  return i;
}
