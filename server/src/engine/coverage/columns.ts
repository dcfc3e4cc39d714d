// The columns of the coverage matrix: each abstract (in its language), the theory and methods
// chapters, the results with the discussion, and the conclusion.
import type { Manuscript, Section } from '../manuscript';
import type { Lang, Span, TextBlock } from '../model';
import { languageOfWords } from '../text/language';
import type { ColumnKind, CoverageColumn } from './types';
import { Scan, CatalogData } from './scan';
import { m, render } from '../messages';

export const COLUMN_TITLES: Record<Exclude<ColumnKind, 'abstract'>, string> = {
  theory: 'the theory chapter',
  methods: 'the methods chapter',
  results: 'the results',
  conclusion: 'the conclusion',
};

export function columnsOf(manuscript: Manuscript, scan: Scan, data: CatalogData, language: (() => Lang | undefined) | undefined): CoverageColumn[] {
  const columns: CoverageColumn[] = [];
  const { blockCounts, firstBlocks, abstractBlocksOf } = scan;
  const blockCount = (sections: Set<number>) => {
    let n = 0;
    for (const s of sections) n += blockCounts[s] ?? 0;
    return n;
  };
  const firstBlock = (sections: Set<number>): TextBlock | undefined => {
    let first = -1;
    for (const s of sections) {
      const i = firstBlocks[s] ?? -1;
      if (i >= 0 && (first < 0 || i < first)) first = i;
    }
    return first >= 0 ? manuscript.blocks[first] : undefined;
  };
  const anchorOf = (first: Section, sections: Set<number>): Span | undefined => {
    const at = first.heading ?? firstBlock(sections);
    return at ? { file: at.file, start: at.start, end: at.end } : undefined;
  };
  for (const section of manuscript.sections) {
    if (section.ownRole !== 'abstract') continue;
    const sections = [section.index, ...descendantsWithoutRole(manuscript, section)];
    const members = new Set(sections);
    // A LaTeX abstract environment has no written title (its language is only the environment's
    // name, "abstract" even around Indonesian text): name it by the language of its words.
    const fromEnvironment = section.heading?.role === 'abstract';
    const guessed = () =>
      languageOfWords(
        [...members].flatMap(abstractBlocksOf).map((b) => b.text),
        data.languageCounts,
      );
    // Neither the heading nor the words tell: the manuscript's language (configured or its own).
    const lang = (fromEnvironment ? (guessed() ?? section.lang) : (section.lang ?? guessed())) ?? language?.();
    const written = fromEnvironment ? '' : cleanTitle(section.title);
    const name = fromEnvironment
      ? m('coverage.column.abstractIn', { lang })
      : written
        ? m('coverage.column.titled', { title: written })
        : m('coverage.column.abstract');
    columns.push({
      id: `abstract-${section.index}`,
      kind: 'abstract',
      title: render(name, 'en'),
      name,
      lang,
      sections,
      anchor: anchorOf(section, members),
      blockCount: blockCount(members),
    });
  }
  const byRole: [Exclude<ColumnKind, 'abstract'>, (s: Section) => boolean][] = [
    ['theory', (s) => s.role === 'theory'],
    ['methods', (s) => s.role === 'methods'],
    ['results', (s) => s.role === 'results' || s.role === 'discussion'],
    ['conclusion', (s) => s.role === 'conclusion'],
  ];
  const outline = outlineEntries(manuscript, blockCounts, (section) => {
    const i = firstBlocks[section] ?? -1;
    return i >= 0 ? manuscript.blocks[i].text : undefined;
  });
  for (const [kind, member] of byRole) {
    const sections = manuscript.sections.filter((s) => member(s) && !outline.has(s.index));
    if (sections.length === 0) continue;
    const members = new Set(sections.map((s) => s.index));
    columns.push({
      id: kind,
      kind,
      title: COLUMN_TITLES[kind],
      name: m(`coverage.column.${kind}`),
      sections: [...members],
      anchor: anchorOf(sections.find((s) => s.heading) ?? sections[0], members),
      blockCount: blockCount(members),
    });
  }
  return columns;
}

/** A chapter's number in its title: "BAB V KESIMPULAN DAN SARAN" → 5, "Chapter 3 Method" → 3. */
const CHAPTER_NUMBER = /^(?:bab|chapter)\s([ivx]{1,5}|\d{1,2})(?![\p{L}\p{N}])/iu;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

function chapterNumber(title: string): number | undefined {
  const m = CHAPTER_NUMBER.exec(cleanTitle(title));
  if (!m) return undefined;
  const n = m[1].toLowerCase();
  if (/^\d/.test(n)) return Number(n);
  let value = 0;
  for (let i = 0; i < n.length; i++) {
    const v = ROMAN[n[i]];
    value += i + 1 < n.length && ROMAN[n[i + 1]] > v ? -v : v;
  }
  return value;
}

/** An outline entry holds a sentence or two on what its chapter contains. */
const OUTLINE_BLOCKS = 2;
/** Chapters in a row with next to no prose that are an outline, not chapters. */
const OUTLINE_RUN = 3;
/** A sentence on what a chapter holds: "Bab ini berisi …", "Bab V berisi …", "Pada bab pendahuluan …", "This chapter presents …". */
const DESCRIBES_CHAPTER =
  /^(?:pada\s)?bab\s|^(?:this|the\s\p{L}+)\schapter\s|^chapter\s(?:\d{1,2}|[ivx]{1,5}|one|two|three|four|five|six)\s(?:presents|describes|contains|discusses|covers|reports)\b/iu;

/**
 * The entries of an outline of the chapters written as headings (the "Sistematika Penulisan" of a
 * Word file whose lines carry heading styles: "BAB V KESIMPULAN DAN SARAN" — "Bab V berisi tentang
 * kesimpulan …" — then the real "BAB II"): with next to no prose, a section titled with a
 * chapter's number that a later section numbers again or lower, or one of three or more such
 * sections in a row, numbered upwards, each opening with what its chapter holds ("Bab ini berisi
 * …", "Pada bab pendahuluan …", "This chapter presents …": a proposal's outline, whose chapters
 * are still to be written). They are no part of the manuscript: a draft without its conclusion has no conclusion
 * to judge.
 */
function outlineEntries(manuscript: Manuscript, blockCounts: readonly number[], firstText: (section: number) => string | undefined): Set<number> {
  const numbered: [number, number][] = [];
  for (const s of manuscript.sections) {
    const n = chapterNumber(s.title);
    if (n !== undefined) numbered.push([s.index, n]);
  }
  const out = new Set<number>();
  // A chapter's prose is its own and that of the sections under it.
  const prose = manuscript.sections.map((s) => blockCounts[s.index] ?? 0);
  for (let k = manuscript.sections.length - 1; k >= 0; k--) {
    const parent = manuscript.sections[k].parent;
    if (parent >= 0 && parent < k) prose[parent] += prose[k];
  }
  const short = (index: number) => prose[index] <= OUTLINE_BLOCKS;
  let lowestLater = Infinity;
  for (let k = numbered.length - 1; k >= 0; k--) {
    const [index, n] = numbered[k];
    if (lowestLater <= n && short(index)) out.add(index);
    lowestLater = Math.min(lowestLater, n);
  }
  // Runs of adjacent short sections numbered upwards, each saying what its chapter holds.
  const describes = (index: number) => DESCRIBES_CHAPTER.test(firstText(index)?.trim() ?? '');
  let run: number[] = [];
  const close = () => {
    if (run.length >= OUTLINE_RUN) for (const index of run) out.add(index);
    run = [];
  };
  numbered.forEach(([index, n], k) => {
    const previous = numbered[k - 1];
    const entry = short(index) && describes(index);
    if (!entry || !previous || previous[0] !== index - 1 || previous[1] >= n || !run.includes(previous[0])) close();
    if (entry) run.push(index);
  });
  close();
  return out;
}

export function descendantsWithoutRole(manuscript: Manuscript, root: Section): number[] {
  const out: number[] = [];
  const inside = new Set([root.index]);
  for (const s of manuscript.sections) {
    if (s.index <= root.index || !inside.has(s.parent) || s.ownRole) continue;
    inside.add(s.index);
    out.push(s.index);
  }
  return out;
}

export function cleanTitle(title: string): string {
  return title
    .replace(/[*_#]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<![\s.:])[\s.:]+$/, '')
    .trim();
}
