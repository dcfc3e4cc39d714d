// Reading a manuscript for the phrases of a catalog of frameworks: each text block split into
// words and stemmed once, every framework's phrases looked up in one pass, and what was read kept
// with the block object and by the text (the run's DerivedCache), so that a re-check reads only
// the blocks an edit changed. Then what each framework's hits are, gathered by where they stand.
import type { Manuscript } from '../manuscript';
import type { FileModel, Heading, TextBlock } from '../model';
import { scanWords, type Catalog, type Hit } from './phraseMatcher';
import { BoundedMemo, TextMemo } from '../memo';
import { slot, type DerivedCache } from '../derived';
import { type LanguageCounts } from '../text/language';
import { wordsOf, type WordKeys, type WordKeysMemo } from './words';
import type { Evidence } from './types';
import { descendantsWithoutRole } from './columns';
import { normaliseAuthor, isResults } from './detect';

/** One scanned text with hits: a prose block or a section heading. */
export interface ScannedText {
  facts: BlockFacts;
  section: number;
  heading: boolean;
  /** Outside the reference list and appendices. */
  body: boolean;
  /** Index in Scan.body (-1 for a heading). */
  order: number;
}

/**
 * A text block and what the analysis has read of it. Placed blocks, like the heading blocks of
 * file models, are read-only and the same objects from check to check while their file and
 * section are unchanged: their facts are kept with them, so that an unchanged block is not read
 * again.
 */
export interface BlockFacts {
  block: TextBlock;
  text: string;
  /** The block's section (placed blocks only). */
  section: number;
  info: TextInfo;
  /** Read when first needed. */
  file?: string;
  offsets?: number[];
  /** The evidence made of each hit (see evidenceOf). */
  evidence?: Map<Hit, Evidence>;
}

/**
 * What the analysis derives from a text alone, kept while the text is unchanged (the same text
 * in another block, or at other offsets after an edit above it, shares it).
 */
export interface TextInfo {
  hits: Hit[];
  /** The hits of each framework that has any, in text order; frameworks by first hit. */
  groups: HitGroup[];
  /** Sentences that say a study uses a theory or model (computed on first need). */
  useSentences?: UseSentence[];
  /** Per framework, the use sentences that may commit to it (computed on first need). */
  candidates?: Map<number, Candidate[]>;
}

export interface HitGroup {
  framework: number;
  hits: Hit[];
  mentions: Hit[];
  concepts: Hit[];
  /** The rows named (by a name or variant), each once. */
  named: number[];
}

/** A sentence [a, b) of a text with a theory noun and a use or self cue. */
export interface UseSentence {
  a: number;
  b: number;
  text: string;
  ownStudy: boolean;
}

/** A use sentence and what it names of one framework: its hits decide all but the citations. */
export interface Candidate extends UseSentence {
  mention: boolean;
  concept: boolean;
  /** Another framework's mention inside the sentence. */
  otherMention: boolean;
}

/** What depends on the catalog alone, and the memos of its texts and cited authors. */
export interface CatalogData {
  /** Per framework, the keys of its concepts. */
  conceptKeys: Set<string>[];
  /** Source works by normalised author: the framework and the years of each. */
  sources: Map<string, { framework: number; years: readonly number[] }[]>;
  texts: BoundedMemo<TextInfo>;
  /** Cited author → year as written ('' for none) → the frameworks whose source it is. */
  authors: BoundedMemo<Map<string, readonly number[]>>;
  /** The facts of each block object (see BlockFacts). */
  facts: WeakMap<TextBlock, BlockFacts>;
  /** The blocks of the last check and their facts, by position: most are where they were. */
  lastBlocks: TextBlock[];
  lastFacts: BlockFacts[];
  /** The author and year of each citation of the last check, and their frameworks. */
  lastCitations: CitedAs[];
  /** Keys of the word forms seen (stems are the costly part of reading a new text). */
  wordKeys: WordKeysMemo;
  /** Function words of the abstracts' texts (for their language). */
  languageCounts: LanguageCounts;
}

export interface CitedAs {
  author: string | undefined;
  year: string | undefined;
  /** The original author of a secondary citation (prose citations only). */
  original: string | undefined;
  frameworks: readonly number[];
}

// A 100k-word thesis has about 3,000 texts; an edit adds one text per keystroke.
export const TEXT_MEMO_LIMIT = 10_000;
export const AUTHOR_MEMO_LIMIT = 10_000;
// Distinct word forms of a thesis: a few tens of thousands.
export const WORD_KEYS_LIMIT = 50_000;

export const CATALOG_DATA = slot('coverage: what was read with a catalog, by catalog', () => new WeakMap<Catalog, CatalogData>());

export function catalogData(catalog: Catalog, derived: DerivedCache): CatalogData {
  const catalogs = derived.get(CATALOG_DATA);
  let data = catalogs.get(catalog);
  if (!data) {
    const sources = new Map<string, { framework: number; years: readonly number[] }[]>();
    catalog.frameworks.forEach((framework, f) => {
      for (const s of framework.sources) {
        const key = normaliseAuthor(s.author);
        const list = sources.get(key) ?? [];
        list.push({ framework: f, years: s.years });
        sources.set(key, list);
      }
    });
    data = {
      conceptKeys: catalog.frameworks.map((framework) => new Set(framework.concepts.map(conceptKey))),
      sources,
      texts: new BoundedMemo(TEXT_MEMO_LIMIT),
      authors: new BoundedMemo(AUTHOR_MEMO_LIMIT),
      facts: new WeakMap(),
      lastBlocks: [],
      lastFacts: [],
      lastCitations: [],
      wordKeys: new TextMemo<WordKeys>(WORD_KEYS_LIMIT),
      languageCounts: new TextMemo(1_000),
    };
    catalogs.set(catalog, data);
  }
  return data;
}

export function textInfo(catalog: Catalog, data: CatalogData, text: string): TextInfo {
  let info = data.texts.get(text);
  if (!info) {
    const hits = scanWords(catalog, wordsOf(text, data.wordKeys));
    const groups: HitGroup[] = [];
    for (const hit of hits) {
      const { framework, kind, row } = hit.phrase;
      let group = groups.find((g) => g.framework === framework);
      if (!group) groups.push((group = { framework, hits: [], mentions: [], concepts: [], named: [] }));
      group.hits.push(hit);
      if (kind === 'mention') group.mentions.push(hit);
      else if (kind === 'concept') group.concepts.push(hit);
      else if ((kind === 'name' || kind === 'variant') && !group.named.includes(row)) group.named.push(row);
    }
    info = { hits, groups };
    data.texts.set(text, info);
  }
  return info;
}

export function conceptKey(concept: string): string {
  return wordsOf(concept)
    .map((w) => w.text)
    .join(' ');
}

/** One walk over the manuscript's blocks: what the analysis needs of them. */
export interface Scan {
  /** The hits of the texts (section headings, then body blocks), by framework. */
  gathered: Gathered[];
  /** The blocks outside the reference list and appendices, in order. */
  body: BlockFacts[];
  /** Runs of consecutive body blocks of one file, [start, end) in `body` (see runsOf). */
  runs?: { file: string; start: number; end: number }[];
  /** Per section (of all blocks): how many blocks it has, and the index of its first. */
  blockCounts: number[];
  firstBlocks: number[];
  /** The blocks of a section of an abstract. */
  abstractBlocksOf: (section: number) => TextBlock[];
}

export function scanManuscript(manuscript: Manuscript, catalog: Catalog, data: CatalogData, frameworkCount: number): Scan {
  const gathered: Gathered[] = [];
  for (let f = 0; f < frameworkCount; f++)
    gathered.push({ texts: [], hits: [], mentions: [], concepts: [], named: new Set(), headingRows: new Set(), ownTexts: [] });
  // What the walk needs of each section, by index.
  const outside: boolean[] = [];
  const results: boolean[] = [];
  const abstractBlocks: (TextBlock[] | undefined)[] = [];
  for (const section of manuscript.sections) {
    const role = section.role;
    outside[section.index] = role === 'references' || role === 'appendix';
    results[section.index] = role === 'results' || role === 'discussion';
    if (section.ownRole === 'abstract') {
      for (const s of [section.index, ...descendantsWithoutRole(manuscript, section)]) abstractBlocks[s] = [];
    }
  }
  // manuscript.sections[i] has index i: the arrays hold the same as looking the section up.
  const consistent = manuscript.sections.every((section, i) => section.index === i);
  const isOutsideSection = consistent ? (s: number) => outside[s] === true : (s: number) => isOutside(manuscript, s);
  const isResultsSection = consistent ? (s: number) => results[s] === true : (s: number) => isResults(manuscript, s);

  const headingBlocks = headingBlocksBySection(manuscript, catalog, data);
  for (const [section, facts] of headingBlocks) {
    if (facts.info.hits.length === 0) continue;
    gather(gathered, { facts, section, heading: true, body: !isOutsideSection(section), order: -1 }, isResultsSection(section));
  }

  const blockCounts = new Array<number>(manuscript.sections.length).fill(0);
  const firstBlocks = new Array<number>(manuscript.sections.length).fill(-1);
  const body: BlockFacts[] = [];
  const { lastBlocks, lastFacts } = data;
  const blocks = manuscript.blocks;
  const allFacts: BlockFacts[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    let facts = lastBlocks[i] === block ? lastFacts[i] : data.facts.get(block);
    if (!facts) {
      const text = block.text;
      facts = { block, text, section: block.section, info: textInfo(catalog, data, text) };
      data.facts.set(block, facts);
    }
    allFacts[i] = facts;
    const section = facts.section;
    const n = blockCounts[section] ?? 0;
    if (n === 0) firstBlocks[section] = i;
    blockCounts[section] = n + 1;
    const inAbstract = consistent ? abstractBlocks[section] : undefined;
    if (inAbstract) inAbstract.push(block);
    if (isOutsideSection(section)) continue;

    const k = body.length;
    body.push(facts);
    if (facts.info.hits.length > 0) gather(gathered, { facts, section, heading: false, body: true, order: k }, false);
  }
  data.lastBlocks = blocks.slice();
  data.lastFacts = allFacts;
  const abstractBlocksOf = (s: number): TextBlock[] => (consistent ? abstractBlocks[s] : blocks.filter((_, i) => allFacts[i].section === s)) ?? [];
  return { gathered, body, blockCounts, firstBlocks, abstractBlocksOf };
}

/** The runs of body blocks by file, computed only for a framework whose sources are cited. */
export function runsOf(scan: Scan): NonNullable<Scan['runs']> {
  if (!scan.runs) {
    const runs: NonNullable<Scan['runs']> = [];
    scan.body.forEach((facts, k) => {
      const file = (facts.file ??= facts.block.file);
      const run = runs.length > 0 ? runs[runs.length - 1] : undefined;
      if (run && run.file === file) run.end = k + 1;
      else runs.push({ file, start: k, end: k + 1 });
    });
    scan.runs = runs;
  }
  return scan.runs;
}

/** In the reference list or an appendix. */
export function isOutside(manuscript: Manuscript, section: number): boolean {
  const role = manuscript.sections[section]?.role;
  return role === 'references' || role === 'appendix';
}

/** A file model's heading blocks by file (models are shared between checks while their text is unchanged). */
export const HEADING_BLOCKS_OF_MODEL = slot('coverage: heading blocks of a file model', () => new WeakMap<FileModel, Map<string, TextBlock[]>>());

/** The text block of each section's heading (headings are not among the manuscript's blocks), with its text's info. */
export function headingBlocksBySection(manuscript: Manuscript, catalog: Catalog, data: CatalogData): Map<number, BlockFacts> {
  const headingBlocksOfModel = manuscript.derived.get(HEADING_BLOCKS_OF_MODEL);
  const headingBlockOf = manuscript.derived.get(HEADING_BLOCK_OF);
  const byFile = new Map<string, TextBlock[]>();
  for (const model of manuscript.models) {
    let own = headingBlocksOfModel.get(model);
    if (!own) {
      own = new Map();
      for (const block of model.blocks) {
        if (block.kind !== 'heading') continue;
        const list = own.get(block.file);
        if (list) list.push(block);
        else own.set(block.file, [block]);
      }
      headingBlocksOfModel.set(model, own);
    }
    for (const [file, list] of own) {
      const had = byFile.get(file);
      byFile.set(file, had ? had.concat(list) : list);
    }
  }
  const out = new Map<number, BlockFacts>();
  for (const section of manuscript.sections) {
    const h = section.heading;
    if (!h) continue;
    const list = byFile.get(h.file);
    // Headings and heading blocks come from the same (cached) model: look each up once per list.
    let found = headingBlockOf.get(h);
    if (!found || found.list !== list) {
      found = { list, block: list?.find((b) => b.start >= h.start && b.end <= h.end && b.text.trim().length > 0) };
      headingBlockOf.set(h, found);
    }
    if (!found.block) continue;
    let facts = data.facts.get(found.block);
    if (!facts) {
      const { block } = found;
      facts = { block, text: block.text, section: -1, info: textInfo(catalog, data, block.text) };
      data.facts.set(block, facts);
    }
    out.set(section.index, facts);
  }
  return out;
}

/** The block found for a heading, and the list of heading blocks it was found in. */
export const HEADING_BLOCK_OF = slot(
  'coverage: the block of a heading',
  () => new WeakMap<Heading, { list: TextBlock[] | undefined; block: TextBlock | undefined }>(),
);

/**
 * The evidence of a hit: where it is, as written. Kept with the block's facts (the same block
 * object, text and hits from check to check while the block is unchanged) and made again only
 * when the block stands in another section; evidence is read-only.
 */
export function evidenceOf(text: ScannedText, hit: Hit): Evidence {
  const { facts } = text;
  const kept = facts.evidence?.get(hit);
  if (kept && kept.heading === text.heading && kept.section === text.section) return kept;
  const offsets = (facts.offsets ??= facts.block.offsets);
  const evidence: Evidence = {
    file: (facts.file ??= facts.block.file),
    start: offsets[hit.start],
    end: offsets[hit.end - 1] + 1,
    text: facts.text.slice(hit.start, hit.end),
    match: hit.phrase.kind === 'variant' ? 'variant' : hit.phrase.kind === 'hint' ? 'hint' : 'name',
    heading: text.heading,
    section: text.section,
  };
  (facts.evidence ??= new Map()).set(hit, evidence);
  return evidence;
}

/** What one pass over the scanned texts finds of one framework. */
export interface Gathered {
  /** The texts with hits of the framework, and those hits. */
  texts: ScannedText[];
  hits: Hit[][];
  /** Mentions and concepts in the body, as found (evidence is made only for a detection). */
  mentions: [ScannedText, Hit][];
  concepts: [ScannedText, Hit][];
  /** Rows named in the body. */
  named: Set<number>;
  /** Rows named in the headings of the results. */
  headingRows: Set<number>;
  /** Body paragraphs with a mention or concept of the framework, in order. */
  ownTexts: ScannedText[];
}

/** Adds the hits of one scanned text to what is gathered of each framework. */
export function gather(gathered: Gathered[], text: ScannedText, resultsHeading: boolean): void {
  for (const group of text.facts.info.groups) {
    const g = gathered[group.framework];
    g.texts.push(text);
    g.hits.push(group.hits);
    if (text.body) {
      for (const hit of group.mentions) g.mentions.push([text, hit]);
      for (const hit of group.concepts) g.concepts.push([text, hit]);
      for (const row of group.named) g.named.add(row);
      if (!text.heading && (group.mentions.length > 0 || group.concepts.length > 0)) g.ownTexts.push(text);
    }
    if (resultsHeading) for (const row of group.named) g.headingRows.add(row);
  }
}
