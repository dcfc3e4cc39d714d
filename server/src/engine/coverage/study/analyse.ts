// The coverage of a manuscript's own items: which of its research questions (each with the
// objective that mirrors it) and hypotheses each abstract, the results and the conclusion answer
// or report. Rows are items, columns the same parts as a framework's matrix (columns.ts).
//
// Re-checks. Everything read of a text (its words, keys, sentences and references) is kept per
// text, and the reading of a block with the block object (see text.ts); a check reads only the
// blocks an edit changed, then finds the items and matches them, which depends on where texts
// are and is cheap.
import type { Manuscript } from '../../manuscript';
import { slot } from '../../derived';
import { TextMemo } from '../../memo';
import { languageOfWords, type LanguageCounts } from '../../text/language';
import type { Lang, TextBlock } from '../../model';
import type { CoverageCell, CoverageColumn, Evidence, ItemCoverage, ItemRow, ItemStatement } from '../types';
import { findItems, type StudyItem } from './items';
import { findVariables } from './variables';
import { isCovered } from '../describe';
import {
  choosingOf,
  contentWords,
  coversWhole,
  matchWords,
  partOfItem,
  sourceSpan,
  weigh,
  withDefinitions,
  type ColumnText,
  type ItemTarget,
  type Keyword,
} from './match';
import { studyKeys } from './keys';
import { equivalentVariants, findEquivalents, withEquivalents, type Equivalent } from './glossary';
import { readStudyText, restoreMath, STRONG_VERDICT, STUDY_BLOCKS, STUDY_KEYS, STUDY_TEXTS, type Definition, type StudyBlock, type StudyRef } from './text';

/** An abstract with fewer words than this is not judged. */
export const MIN_ABSTRACT_WORDS = 15;

const STUDY_LANGUAGE_COUNTS = slot('coverage: function words of a text, for the language of a part', (): LanguageCounts => new TextMemo(20_000));

export interface StudyOptions {
  /** The manuscript's language (for an item or a part whose words do not tell). */
  language: () => Lang | undefined;
  /** The heading block of each section (headings are not among the manuscript's blocks). */
  headingBlocks: Map<number, TextBlock>;
}

/** The questions and hypotheses matrices of a manuscript (none when it states no item). */
export function analyseStudy(manuscript: Manuscript, columns: CoverageColumn[], columnOfSection: Map<number, number>, options: StudyOptions): ItemCoverage[] {
  const blocks = studyBlocksOf(manuscript);
  let language: Lang | undefined;
  let languageRead = false;
  const manuscriptLanguage = () => {
    if (!languageRead) {
      languageRead = true;
      language = options.language();
    }
    return language;
  };
  const found = findItems(manuscript, blocks, { language: undefined });
  const variables = findVariables(manuscript, blocks);
  const stated = [...found.questions, ...found.objectives, ...found.hypotheses];
  if (stated.length + variables.length === 0) return [];
  // Where the items are stated (the variables, defined in the method chapter, when there are no others).
  const statements = stated.length > 0 ? stated : variables;
  for (const item of [...stated, ...variables]) item.lang ??= manuscriptLanguage();

  // The texts of each column: its headings, then its body blocks (table cells are data, not prose).
  const texts: ColumnText[][] = columns.map(() => []);
  for (const [section, block] of options.headingBlocks) {
    const c = columnOfSection.get(section);
    if (c !== undefined) texts[c].push({ block: studyBlockOf(manuscript, block, -1), heading: true, section });
  }
  for (const b of blocks) {
    const c = columnOfSection.get(b.section);
    if (c !== undefined && b.block.kind !== 'table-cell') texts[c].push({ block: b, heading: false, section: b.section });
  }

  // A "Kesimpulan" or "Ringkasan" inside a results or methods chapter sums up one analysis, not
  // the study: a conclusion or abstract of such sections only (the study's own lost to markup
  // thesislint cannot read, or never written) is not judged.
  // Likewise an abstract ("Ringkasan") that comes after the items are stated: the study's
  // abstract stands before its introduction, a summary after it sums up one part.
  const firstStatement = Math.min(...statements.map((item) => item.section));
  const localOnly = columns.map(
    (column, c) =>
      ((column.kind === 'conclusion' || column.kind === 'abstract') && texts[c].length > 0 && texts[c].every((t) => insideAnalysis(manuscript, t.section))) ||
      (column.kind === 'abstract' && column.sections.length > 0 && Math.min(...column.sections) > firstStatement),
  );
  // Each part's language: an abstract's own, else its words' (a thesis may write a chapter in the
  // other language), else the manuscript's.
  const counts = manuscript.derived.get(STUDY_LANGUAGE_COUNTS);
  const columnLang = columns.map(
    (column, c) =>
      (column.kind === 'abstract' ? column.lang : undefined) ??
      languageOfWords(
        texts[c].map((t) => t.block.text),
        counts,
      ) ??
      manuscriptLanguage(),
  );

  // An abstract with next to no prose (its text kept in a macro thesislint does not expand, or a
  // placeholder of a few words) cannot be judged: its cells are 'unknown'.
  const tooShort = columns.map(
    (column, c) =>
      localOnly[c] || (column.kind === 'abstract' && texts[c].reduce((n, t) => n + (t.heading ? 0 : t.block.study.words.length), 0) < MIN_ABSTRACT_WORDS),
  );
  // Sections thesislint gives no role ("## Hasil Uji Validitas" at the level of the chapters, a
  // "Implementasi dan Pengujian" chapter) after the items are stated may hold results: an item
  // such a section covers is not reported as never addressed by the results.
  const lastStatement = Math.max(...statements.map((item) => item.section));
  const unplaced: ColumnText[] = [];
  for (const [section, block] of options.headingBlocks)
    if (isUnplaced(manuscript, section, lastStatement, columnOfSection)) unplaced.push({ block: studyBlockOf(manuscript, block, -1), heading: true, section });
  for (const b of blocks)
    if (b.block.kind !== 'table-cell' && isUnplaced(manuscript, b.section, lastStatement, columnOfSection))
      unplaced.push({ block: b, heading: false, section: b.section });
  const definitions = definitionsOf(blocks);
  // The terms the manuscript gives in both languages (its two keyword lists).
  const equivalents = process.env.NOEQ
    ? []
    : findEquivalents([
        ...blocks.filter((b) => KEYWORD_START.test(b.text.trimStart())).map((b) => b.text),
        ...manuscript.sections.filter((s) => KEYWORD_START.test(s.title.trimStart())).map((s) => s.title),
      ]);
  const match = columnMatcher(manuscript, [...texts, unplaced]);
  const matrices: ItemCoverage[] = [];
  const questionRows = pairQuestions(found.questions, found.objectives);
  if (questionRows.length > 0)
    matrices.push(matrixOf('questions', questionRows, false, columns, texts, columnLang, unplaced, manuscriptLanguage(), definitions, equivalents, match));
  if (found.hypotheses.length > 0) {
    const rows = found.hypotheses.map((h) => [h]);
    matrices.push(matrixOf('hypotheses', rows, found.pairs, columns, texts, columnLang, unplaced, manuscriptLanguage(), definitions, equivalents, match));
  }
  if (variables.length > 0) {
    // A variable is matched by its name or its code, however the manuscript defined it.
    const withCodes = new Map(definitions);
    for (const v of variables) {
      if (!v.label) continue;
      const short = v.label.toLowerCase();
      const words = v.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (!(withCodes.get(short) ?? []).some((d) => d.words.join(' ') === words.join(' ')))
        withCodes.set(short, [...(withCodes.get(short) ?? []), { short, words }]);
    }
    matrices.push(
      matrixOf(
        'variables',
        variables.map((v) => [v]),
        false,
        columns,
        texts,
        columnLang,
        unplaced,
        manuscriptLanguage(),
        withCodes,
        equivalents,
        match,
      ),
    );
  }
  for (const matrix of matrices)
    for (const row of matrix.cells)
      tooShort.forEach((short, c) => {
        if (short && !isCovered(row[c].status)) row[c] = { status: 'unknown', evidence: row[c].evidence, hints: row[c].hints };
      });
  return matrices;
}

/**
 * The terms the manuscript defines anywhere ("Technology Acceptance Model (TAM)", "Pelatihan
 * (X1)"), by abbreviation or code; a code defined with several names (X1 of two models) keeps each.
 */
function definitionsOf(blocks: readonly StudyBlock[]): Map<string, Definition[]> {
  const out = new Map<string, Definition[]>();
  for (const b of blocks)
    for (const d of b.study.definitions) {
      const list = out.get(d.short) ?? [];
      if (list.length < MAX_DEFINITIONS && !list.some((x) => x.words.join(' ') === d.words.join(' '))) list.push(d);
      out.set(d.short, list);
    }
  return out;
}

const MAX_DEFINITIONS = 3;

/** A paragraph or heading that lists keywords ("Kata kunci: …", "Keywords: …"). */
const KEYWORD_START = /^[*_#]{0,4} ?(?:kata[\s-]?kunci|key ?words?|index terms)\b/i;

/**
 * Each question with the objective that mirrors it — by position when the lists are as long and
 * each pair shares words, else the pairs that share most words first — then unmatched objectives.
 */
function pairQuestions(questions: StudyItem[], objectives: StudyItem[]): StudyItem[][] {
  if (questions.length === 0) return objectives.map((o) => [o]);
  if (objectives.length === 0) return questions.map((q) => [q]);
  const words = (item: StudyItem) => new Set(contentWords(readStudyText(item.text)).map((k) => k.keys[0]));
  const qWords = questions.map(words);
  const oWords = objectives.map(words);
  const overlap = (q: number, o: number) => {
    let shared = 0;
    for (const w of oWords[o]) if (qWords[q].has(w)) shared++;
    return shared / Math.max(1, Math.min(oWords[o].size, qWords[q].size));
  };
  const candidates: [number, number, number][] = [];
  questions.forEach((_, q) => objectives.forEach((_, o) => candidates.push([q, o, overlap(q, o)])));
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const greedy = new Map<number, number>();
  const takenO = new Set<number>();
  for (const [q, o, score] of candidates) {
    if (score < MIRROR) break;
    if (greedy.has(q) || takenO.has(o)) continue;
    greedy.set(q, o);
    takenO.add(o);
  }
  // Lists as long mirror each other in order, unless another pairing shares clearly more words.
  if (questions.length === objectives.length) {
    const inOrder = questions.reduce((sum, _, k) => sum + overlap(k, k), 0);
    const best = [...greedy].reduce((sum, [q, o]) => sum + overlap(q, o), 0);
    if (best <= inOrder + 0.5) return questions.map((q, k) => [q, objectives[k]]);
  }
  const rows = questions.map((q, k) => (greedy.has(k) ? [q, objectives[greedy.get(k)!]] : [q]));
  return [...rows, ...objectives.filter((_, o) => !takenO.has(o)).map((o) => [o])];
}

/** A section under a results, discussion or methods chapter. */
function insideAnalysis(manuscript: Manuscript, section: number): boolean {
  for (let i = manuscript.sections[section]?.parent ?? -1; i > 0; i = manuscript.sections[i].parent)
    if (['results', 'discussion', 'methods'].includes(manuscript.sections[i].role)) return true;
  return false;
}

/** A section outside every part, after the last statement of an item, before the back matter. */
function isUnplaced(manuscript: Manuscript, section: number, after: number, columnOfSection: Map<number, number>): boolean {
  if (section <= after || columnOfSection.has(section)) return false;
  const s = manuscript.sections[section];
  return s !== undefined && s.role === 'other';
}

/** An objective of describing the study's object as a whole (see matrixOf). */
const DESCRIBING =
  /^\s*(?:untuk\s+)?(?:memberikan\s+gambaran|menggambarkan|mendeskripsikan|memperoleh\s+gambaran|mengetahui\s+gambaran|to\s+(?:describe|provide\s+an?\s+(?:overview|picture|description)))\b/i;

/** Share of the smaller item's content words two items must share for an objective to mirror a question. */
const MIRROR = 0.34;

function matrixOf(
  kind: 'questions' | 'hypotheses' | 'variables',
  items: StudyItem[][],
  pairs: boolean,
  columns: CoverageColumn[],
  texts: ColumnText[][],
  columnLang: (Lang | undefined)[],
  unplaced: ColumnText[],
  unplacedLang: Lang | undefined,
  definitions: ReadonlyMap<string, readonly Definition[]>,
  equivalents: readonly Equivalent[],
  match: ColumnMatcher,
): ItemCoverage {
  const rows: ItemRow[] = items.map((statements) => rowOf(statements));
  // Content words, the distinctive ones per list: questions among questions, objectives among objectives.
  const keywordsOf = (item: StudyItem) =>
    withEquivalents(withDefinitions(contentWords(readStudyText(item.text)), definitions, studyKeys), equivalents, studyKeys);
  const byKind = (k: 'question' | 'objective' | 'hypothesis' | 'variable') => items.map((list) => list.find((s) => s.kind === k));
  const keywords: Keyword[][][] = items.map(() => []);
  for (const k of ['question', 'objective', 'hypothesis', 'variable'] as const) {
    const list = byKind(k);
    const present = list.map((item, r) => ({ item, r })).filter((x) => x.item !== undefined);
    const own = present.map((x) => keywordsOf(x.item!));
    const sets = weigh(own);
    present.forEach((x, i) => keywords[x.r].push(sets[i]));
    // A point titled before a colon ("Meningkatkan Kepuasan: Dengan menyediakan layanan yang lebih
    // cepat, …") is named by its title as well, and a question or objective by the subject a relative
    // clause qualifies: weighed among the titles and subjects (or whole items) of its list.
    if (k !== 'variable') {
      const heads = present.map((x) => titleOf(x.item!.text) ?? (k === 'hypothesis' ? undefined : qualifiedSubject(x.item!.text)));
      if (heads.some((h) => h !== undefined)) {
        const weighed = weigh(heads.map((h, i) => (h !== undefined ? withDefinitions(contentWords(readStudyText(h)), definitions, studyKeys) : own[i])));
        present.forEach((x, i) => {
          if (heads[i] !== undefined && weighed[i].length > 0) keywords[x.r].push(partOfItem(weighed[i]));
        });
      }
    }
    // The item as the manuscript writes its terms in each language (its keyword lists): weighed
    // among the other items written so.
    const variants = own.map((list) => equivalentVariants(list, equivalents, (text) => contentWords(readStudyText(text))));
    for (const v of [0, 1]) {
      if (!variants.some((x) => x[v])) continue;
      const weighed = weigh(variants.map((x, i) => x[v] ?? own[i]));
      present.forEach((x, i) => {
        if (variants[i][v]) keywords[x.r].push(weighed[i]);
      });
    }
  }

  if (unplaced.length > 0)
    items.forEach((statements, r) => {
      const words = match(columns.length, { keywordSets: keywords[r], lang: statements[0].lang, outcome: kind !== 'questions' }, unplaced, unplacedLang);
      if (words.status === 'named' && words.evidence.length > 0) rows[r].addressedOutside = words.evidence[0];
    });
  const cells: CoverageCell[][] = items.map((statements, r) =>
    columns.map((_, c) => {
      const refs = referencesTo(r, items, kind, pairs, texts[c]);
      const choosing = kind === 'questions' ? choosingOf(statements[0].text) : undefined;
      const target = { keywordSets: keywords[r], lang: statements[0].lang, outcome: kind !== 'questions', ...(choosing ? { choosing } : {}) };
      let words = match(c, target, texts[c], columnLang[c]);
      // One research question, or an objective of describing the study's object as a whole
      // ("Memberikan gambaran mengenai kualitas layanan website …", "To describe …"): the whole
      // conclusion or abstract answers it, over its points.
      if (
        kind === 'questions' &&
        (items.length === 1 || statements.every((s) => s.kind === 'objective' && DESCRIBING.test(s.text))) &&
        words.status !== 'named' &&
        (columns[c].kind === 'conclusion' || columns[c].kind === 'abstract')
      ) {
        const whole = coversWhole(target, texts[c], columnLang[c]);
        if (whole) words = { status: 'named', score: words.score, evidence: [whole], hints: [] };
      }
      const reference = refs.find((e) => e.match === 'reference');
      const aggregate = refs.find((e) => e.match === 'aggregate');
      const status = reference ? 'referenced' : aggregate ? 'aggregate' : words.status;
      return { status, ...(words.score !== undefined ? { score: words.score } : {}), evidence: [...refs, ...words.evidence], hints: words.hints };
    }),
  );
  return {
    kind,
    id: kind === 'questions' ? 'research-questions' : kind,
    name:
      kind === 'questions'
        ? items.some((s) => s[0].kind === 'question')
          ? 'the research questions'
          : 'the research objectives'
        : kind === 'hypotheses'
          ? 'the hypotheses'
          : 'the variables',
    rows,
    columns,
    cells,
    pairs,
  };
}

function rowOf(statements: StudyItem[]): ItemRow {
  const first = statements[0];
  if (first.kind === 'variable' && first.roleLabel)
    return { id: `var-${first.roleLabel.en.replace(/\s+/g, '-')}`, label: first.roleLabel, children: [], statements: statements.map(statementOf) };
  if (first.kind === 'variable')
    return { id: `var-${first.label!.toLowerCase()}`, label: { en: first.label!, id: first.label! }, children: [], statements: statements.map(statementOf) };
  const label =
    first.kind === 'hypothesis'
      ? { en: `H${first.number}${first.sub ?? ''}`, id: `H${first.number}${first.sub ?? ''}` }
      : first.kind === 'question'
        ? first.label
          ? { en: first.label, id: first.label }
          : { en: `research question ${first.number}`, id: `rumusan masalah ${first.number}` }
        : { en: `objective ${first.number}`, id: `tujuan ${first.number}` };
  const id = first.kind === 'hypothesis' ? `h${first.number}${first.sub ?? ''}` : `${first.kind === 'question' ? 'rq' : 'objective'}-${first.number}`;
  return { id, label, children: [], statements: statements.map(statementOf) };
}

function statementOf(item: StudyItem): ItemStatement {
  return {
    ...item.span,
    kind: item.kind,
    number: item.number,
    ...(item.label ? { label: item.label } : {}),
    text: item.text,
    section: item.section,
    ...(item.nullText ? { nullText: item.nullText } : {}),
  };
}

/** Explicit references to row `r` in a column's texts (and aggregate ones). */
function referencesTo(r: number, items: StudyItem[][], kind: 'questions' | 'hypotheses' | 'variables', pairs: boolean, texts: ColumnText[]): Evidence[] {
  const out: Evidence[] = [];
  const statements = items[r];
  const hasQuestions = items.some((s) => s.some((x) => x.kind === 'question'));
  const hasObjectives = items.some((s) => s.some((x) => x.kind === 'objective'));
  const numberOf = (k: 'question' | 'objective') => statements.find((s) => s.kind === k)?.number;
  for (const text of texts) {
    const { study } = text.block;
    if (study.refs.length === 0) continue;
    for (const ref of study.refs) {
      const refers = refersTo(ref);
      if (!refers) continue;
      const s = study.sentences.findIndex((x) => ref.start >= x.start && ref.start < x.end);
      const sentence = s >= 0 ? study.text.slice(study.sentences[s].start, study.sentences[s].end) : study.text;
      if (kind !== 'questions' && !text.heading && !STRONG_VERDICT.test(sentence)) continue;
      const a = s >= 0 ? study.sentences[s].start : 0;
      const b = s >= 0 ? study.sentences[s].end : study.text.length;
      out.push({ ...sourceSpan(text.block, a, b), text: sentence.trim(), match: refers, heading: text.heading, section: text.section });
    }
  }
  return out;

  function refersTo(ref: StudyRef): 'reference' | 'aggregate' | undefined {
    switch (ref.kind) {
      case 'question':
        if (kind !== 'questions') return undefined;
        return (hasQuestions ? numberOf('question') : numberOf('objective')) === ref.number ? 'reference' : undefined;
      case 'objective':
        if (kind !== 'questions') return undefined;
        return (hasObjectives ? numberOf('objective') : numberOf('question')) === ref.number ? 'reference' : undefined;
      case 'all-questions':
        return kind === 'questions' ? 'aggregate' : undefined;
      case 'hypothesis': {
        if (kind !== 'hypotheses') return undefined;
        // With H0/H1 pairs for each test, "H1" is the alternative of the test at hand.
        if (pairs && ref.label) return undefined;
        const h = statements[0];
        return h.number === ref.number && (ref.sub === undefined || ref.sub === h.sub) ? 'reference' : undefined;
      }
      case 'null':
      case 'alternative':
        // "H01 ditolak", "Ha2 diterima": the test of hypothesis 1, 2 (an unnumbered H0/Ha names none).
        return kind === 'hypotheses' && ref.number !== undefined && statements[0].number === ref.number ? 'reference' : undefined;
      case 'all-variables':
        return kind === 'variables' ? 'aggregate' : undefined;
      case 'all-hypotheses':
        return kind === 'hypotheses' ? 'aggregate' : undefined;
      case 'the-hypothesis':
        return kind === 'hypotheses' && items.length === 1 ? 'reference' : undefined;
      default:
        return undefined;
    }
  }
}

/** matchWords of one column (by index; the unplaced texts are the last), kept while the column's texts are the same. */
type ColumnMatcher = (column: number, target: ItemTarget, texts: readonly ColumnText[], lang: Lang | undefined) => CoverageCell;

/**
 * What matchWords found in each column, per item, kept from check to check while the column
 * holds the same texts (the same study blocks, as headings or not, in the same sections, in the
 * same order): matchWords reads nothing else of the manuscript, so an edit in the results
 * chapter leaves the cells of the abstract and the conclusion as they were. Keyed by the whole
 * target and the column's language.
 */
const COLUMN_MATCHES = slot('coverage: matchWords of each column, while its texts are unchanged', () => ({
  texts: [] as (readonly ColumnText[])[],
  cells: [] as Map<string, CoverageCell>[],
}));

function columnMatcher(manuscript: Manuscript, columnTexts: readonly (readonly ColumnText[])[]): ColumnMatcher {
  const kept = manuscript.derived.get(COLUMN_MATCHES);
  columnTexts.forEach((texts, c) => {
    if (!kept.cells[c] || !sameTexts(kept.texts[c], texts)) kept.cells[c] = new Map();
    kept.texts[c] = texts;
  });
  kept.cells.length = kept.texts.length = columnTexts.length;
  return (c, target, texts, lang) => {
    const cells = kept.cells[c];
    const key = `${lang ?? ''}\0${JSON.stringify(target)}`;
    let cell = cells.get(key);
    if (!cell) {
      if (cells.size >= KEPT_CELLS) cells.clear();
      cells.set(key, (cell = matchWords(target, texts, lang)));
    }
    return cell;
  };
}

/** Cells kept per column: more (edited items) start the column's afresh. */
const KEPT_CELLS = 256;

function sameTexts(a: readonly ColumnText[] | undefined, b: readonly ColumnText[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].block !== b[i].block || a[i].heading !== b[i].heading || a[i].section !== b[i].section) return false;
  return true;
}

/** The study reading of every block of the manuscript, in order (kept per block object). */
export function studyBlocksOf(manuscript: Manuscript): StudyBlock[] {
  return manuscript.blocks.map((block) => studyBlockOf(manuscript, block, block.section));
}

export function studyBlockOf(manuscript: Manuscript, block: TextBlock, section: number): StudyBlock {
  const { derived } = manuscript;
  const byBlock = derived.get(STUDY_BLOCKS);
  let known = byBlock.get(block);
  if (!known || known.section !== section) {
    const { text, offsets } = restoreMath(block, manuscript.files.get(block.file)?.text);
    const texts = derived.get(STUDY_TEXTS);
    const keys = derived.get(STUDY_KEYS);
    known = { block, section, text, offsets, study: texts.get(text, () => readStudyText(text, keys)) };
    byBlock.set(block, known);
  }
  return known;
}

/**
 * The title of a point written "Title: description" — one to five words before a colon, six or
 * more after it ("Meningkatkan Kepuasan: Dengan menyediakan layanan …"); undefined otherwise.
 */
function titleOf(text: string): string | undefined {
  const colon = text.indexOf(': ');
  if (colon < 3 || colon > 60) return undefined;
  const head = text.slice(0, colon);
  if (/[.;?!]/.test(head)) return undefined;
  const words = (s: string) => s.match(/\p{L}+/gu)?.length ?? 0;
  return words(head) >= 1 && words(head) <= 5 && words(text.slice(colon + 2)) >= 6 ? head : undefined;
}

/**
 * The subject of a question or objective that a relative clause qualifies ("Perancangan sistem
 * radar FMCW menggunakan GNURadio yang memaksimalkan kemampuan USRP B210 dengan mempertimbangkan
 * keperluan sistem"): an answer names the subject and may leave the qualification out ("telah
 * dirancang … radar FMCW … dengan menggunakan GNURadio"). Undefined when the part before the clause
 * holds fewer than two content words ("Faktor apa saja yang …").
 */
function qualifiedSubject(text: string): string | undefined {
  const at = text.search(/\s(?:yang|which|that)\s/i);
  if (at < 0) return undefined;
  const head = text.slice(0, at);
  return contentWords(readStudyText(head)).filter((k) => !k.bonus).length >= 2 ? head : undefined;
}
