// Builds the coverage matrix of a manuscript: which frameworks it uses, and which of their
// dimensions each abstract, the theory and methods chapters, the results (with the discussion)
// and the conclusion name. Computed once per manuscript by the AnalysisCache; every text block
// is split into words and stemmed once (and kept while its text is unchanged), and the phrases
// of all frameworks are looked up in one pass over those words.
//
// Re-checks. The language server analyses the whole manuscript again after every keystroke, when
// all but one paragraph are unchanged. What depends on a text alone (its hits, by framework; its
// sentences that say a study uses a theory) is kept per text in a bounded memo, what depends on
// the frameworks alone (their source authors, their concepts) per catalog, and which frameworks a
// cited author and year stand for per author. What was read of a block is kept with the block
// object, which the manuscript reuses while the block is unchanged. A check then walks the
// manuscript's blocks once, reading only the new ones, and does per framework only what depends
// on where the texts are.
//
// Detection. A framework is used when configuration pins it, or when the manuscript both refers
// to it and names at least two of its dimensions or sub-dimensions (outside the reference list).
// It refers to it by a distinctive mention ("Ansell dan Gash", "Edward III", "SERVQUAL"), by a
// statement that the study uses it, or by citing its source together with its concept. The
// general concept alone ("collaborative governance", "modal sosial") is enough only when it is
// what the manuscript is about — written three times, or in an abstract, the title or a heading —
// and three dimensions are named; it never is when another framework of the same concept is
// referred to specifically, and of two frameworks detected from one concept alone only the one
// whose dimensions head more results sections is kept.
import type { Manuscript, Section } from '../manuscript';
import type { FileModel, Heading, Lang, Span, TextBlock } from '../model';
import type { CitationResolution } from '../citations/resolve';
import type { Framework } from '../frameworks/schema';
import { builtinFrameworks } from '../frameworks/builtin';
import { catalogFor, scanWords, type Catalog, type Hit, type Phrase } from './patterns';
import { BoundedMemo, TextMemo } from '../memo';
import { slot, type DerivedCache } from '../derived';
import { languageOfWords, type LanguageCounts } from '../text/language';
import { normaliseWord, wordsOf, type WordKeys, type WordKeysMemo } from './words';
import type {
  ColumnKind,
  CoverageCell,
  CoverageColumn,
  CoverageReport,
  Detection,
  DetectionSignal,
  DiscussedDimension,
  Evidence,
  FrameworkCoverage,
  Statement,
} from './types';

export interface CoverageOptions {
  /** Frameworks pinned by configuration: exactly these are used, detection is off. */
  pinned?: readonly Framework[];
  /** The manuscript's language, for an abstract whose heading and words do not tell its own. */
  language?: () => Lang | undefined;
}

/** One scanned text with hits: a prose block or a section heading. */
interface ScannedText {
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
interface BlockFacts {
  block: TextBlock;
  text: string;
  /** The block's section (placed blocks only). */
  section: number;
  info: TextInfo;
  /** Read when first needed. */
  file?: string;
  offsets?: number[];
}

/**
 * What the analysis derives from a text alone, kept while the text is unchanged (the same text
 * in another block, or at other offsets after an edit above it, shares it).
 */
interface TextInfo {
  hits: Hit[];
  /** The hits of each framework that has any, in text order; frameworks by first hit. */
  groups: HitGroup[];
  /** Sentences that say a study uses a theory or model (computed on first need). */
  useSentences?: UseSentence[];
  /** Per framework, the use sentences that may commit to it (computed on first need). */
  candidates?: Map<number, Candidate[]>;
}

interface HitGroup {
  framework: number;
  hits: Hit[];
  mentions: Hit[];
  concepts: Hit[];
  /** The rows named (by a name or variant), each once. */
  named: number[];
}

/** A sentence [a, b) of a text with a theory noun and a use or self cue. */
interface UseSentence {
  a: number;
  b: number;
  text: string;
  ownStudy: boolean;
}

/** A use sentence and what it names of one framework: its hits decide all but the citations. */
interface Candidate extends UseSentence {
  mention: boolean;
  concept: boolean;
  /** Another framework's mention inside the sentence. */
  otherMention: boolean;
}

/** What depends on the catalog alone, and the memos of its texts and cited authors. */
interface CatalogData {
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

interface CitedAs {
  author: string | undefined;
  year: string | undefined;
  /** The original author of a secondary citation (prose citations only). */
  original: string | undefined;
  frameworks: readonly number[];
}

// A 100k-word thesis has about 3,000 texts; an edit adds one text per keystroke.
const TEXT_MEMO_LIMIT = 10_000;
const AUTHOR_MEMO_LIMIT = 10_000;
// Distinct word forms of a thesis: a few tens of thousands.
const WORD_KEYS_LIMIT = 50_000;

const CATALOG_DATA = slot('coverage: what was read with a catalog, by catalog', () => new WeakMap<Catalog, CatalogData>());

function catalogData(catalog: Catalog, derived: DerivedCache): CatalogData {
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

function textInfo(catalog: Catalog, data: CatalogData, text: string): TextInfo {
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

/** Distinct dimensions a framework must name before its general concept alone detects it. */
const CONCEPT_ONLY_DENSITY = 3;
const SPECIFIC_DENSITY = 2;
const CONCEPT_REPEATS = 3;

export function analyseCoverage(manuscript: Manuscript, citations: CitationResolution, options: CoverageOptions = {}): CoverageReport {
  const frameworks = options.pinned ?? builtinFrameworks();
  if (frameworks.length === 0) return { frameworks: [] };
  const { derived } = manuscript;
  const catalog = catalogFor(frameworks, derived);
  const data = catalogData(catalog, derived);
  // The texts the last check used stay in the memo's current generation when it rotates.
  if (data.texts.checkpoint()) for (const facts of data.lastFacts) data.texts.set(facts.text, facts.info);
  data.authors.checkpoint();
  const scan = scanManuscript(manuscript, catalog, data, frameworks.length);
  const columns = columnsOf(manuscript, scan, data, options.language);
  const pinned = options.pinned !== undefined;

  const gathered = scan.gathered;
  let cited: Span[][] | undefined;
  const citedOf = (f: number) => (cited ??= sourceCitations(manuscript, citations, data, frameworks.length))[f];
  const detections = frameworks.map((_, f) => detect(manuscript, scan, gathered[f], citedOf, f, pinned));
  const used = frameworks.map((_, f) => f).filter((f) => detections[f] !== undefined);
  // A concept-only detection yields to a framework of the same concept that is named specifically.
  const specific = used.filter((f) => isSpecific(detections[f]!));
  // Of several detected from the same concept alone, the one the results headings follow best stays.
  const sharesConcept = (f: number, g: number) => {
    const concepts = data.conceptKeys[f];
    for (const key of data.conceptKeys[g]) if (concepts.has(key)) return true;
    return false;
  };
  const strength = (f: number) => [detections[f]!.resultsHeadingDimensions, detections[f]!.distinctDimensions];
  const stronger = (g: number, f: number) => {
    const [a, b] = [strength(g), strength(f)];
    return a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && g < f)));
  };
  const kept = used.filter((f) => {
    if (isSpecific(detections[f]!)) return true;
    if (specific.some((g) => g !== f && sharesConcept(f, g))) return false;
    return !used.some((g) => g !== f && !isSpecific(detections[g]!) && sharesConcept(f, g) && stronger(g, f));
  });

  const columnOfSection = new Map<number, number>();
  columns.forEach((column, c) => column.sections.forEach((s) => columnOfSection.set(s, c)));
  return { frameworks: kept.map((f) => coverageOf(manuscript, catalog, gathered[f], columns, columnOfSection, f, detections[f]!)) };
}

function isSpecific(detection: Detection): boolean {
  return detection.signals.some((s) => s === 'pinned' || s === 'mention' || s === 'statement' || s === 'citation');
}

function conceptKey(concept: string): string {
  return wordsOf(concept)
    .map((w) => w.text)
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Scanning

/** One walk over the manuscript's blocks: what the analysis needs of them. */
interface Scan {
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

function scanManuscript(manuscript: Manuscript, catalog: Catalog, data: CatalogData, frameworkCount: number): Scan {
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
function runsOf(scan: Scan): NonNullable<Scan['runs']> {
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
function isOutside(manuscript: Manuscript, section: number): boolean {
  const role = manuscript.sections[section]?.role;
  return role === 'references' || role === 'appendix';
}

/** A file model's heading blocks by file (models are shared between checks while their text is unchanged). */
const HEADING_BLOCKS_OF_MODEL = slot('coverage: heading blocks of a file model', () => new WeakMap<FileModel, Map<string, TextBlock[]>>());

/** The text block of each section's heading (headings are not among the manuscript's blocks), with its text's info. */
function headingBlocksBySection(manuscript: Manuscript, catalog: Catalog, data: CatalogData): Map<number, BlockFacts> {
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
const HEADING_BLOCK_OF = slot(
  'coverage: the block of a heading',
  () => new WeakMap<Heading, { list: TextBlock[] | undefined; block: TextBlock | undefined }>(),
);

/** The evidence of a hit: where it is, as written. */
function evidenceOf(text: ScannedText, hit: Hit): Evidence {
  const { facts } = text;
  const offsets = (facts.offsets ??= facts.block.offsets);
  return {
    file: (facts.file ??= facts.block.file),
    start: offsets[hit.start],
    end: offsets[hit.end - 1] + 1,
    text: facts.text.slice(hit.start, hit.end),
    match: hit.phrase.kind === 'variant' ? 'variant' : hit.phrase.kind === 'hint' ? 'hint' : 'name',
    heading: text.heading,
    section: text.section,
  };
}

// ---------------------------------------------------------------------------------------------
// Columns

const COLUMN_TITLES: Record<Exclude<ColumnKind, 'abstract'>, string> = {
  theory: 'the theory chapter',
  methods: 'the methods chapter',
  results: 'the results',
  conclusion: 'the conclusion',
};

function columnsOf(manuscript: Manuscript, scan: Scan, data: CatalogData, language: (() => Lang | undefined) | undefined): CoverageColumn[] {
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
    const title = fromEnvironment
      ? `The ${lang === 'id' ? 'Indonesian ' : lang === 'en' ? 'English ' : ''}abstract`
      : cleanTitle(section.title) || 'The abstract';
    columns.push({
      id: `abstract-${section.index}`,
      kind: 'abstract',
      title,
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
  for (const [kind, member] of byRole) {
    const sections = manuscript.sections.filter(member);
    if (sections.length === 0) continue;
    const members = new Set(sections.map((s) => s.index));
    columns.push({
      id: kind,
      kind,
      title: COLUMN_TITLES[kind],
      sections: [...members],
      anchor: anchorOf(sections.find((s) => s.heading) ?? sections[0], members),
      blockCount: blockCount(members),
    });
  }
  return columns;
}

function descendantsWithoutRole(manuscript: Manuscript, root: Section): number[] {
  const out: number[] = [];
  const inside = new Set([root.index]);
  for (const s of manuscript.sections) {
    if (s.index <= root.index || !inside.has(s.parent) || s.ownRole) continue;
    inside.add(s.index);
    out.push(s.index);
  }
  return out;
}

function cleanTitle(title: string): string {
  return title
    .replace(/[*_#]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<![\s.:])[\s.:]+$/, '')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Detection

/** What one pass over the scanned texts finds of one framework. */
interface Gathered {
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
function gather(gathered: Gathered[], text: ScannedText, resultsHeading: boolean): void {
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

function detect(manuscript: Manuscript, scan: Scan, g: Gathered, citedOf: (f: number) => Span[], f: number, pinned: boolean): Detection | undefined {
  const named = g.named;
  // Unless pinned, a framework is detected only when it names SPECIFIC_DENSITY dimensions or more
  // (CONCEPT_ONLY_DENSITY is higher): nothing else need be looked at for the others.
  if (!pinned && named.size < SPECIFIC_DENSITY) return undefined;
  const cited = citedOf(f);
  const statements = findStatements(scan, g, cited, f);

  const signals: DetectionSignal[] = [];
  if (pinned) signals.push('pinned');
  if (cited.length > 0) signals.push('citation');
  if (g.mentions.length > 0) signals.push('mention');
  if (statements.some((s) => s.specific)) signals.push('statement');
  const conceptIsTopic =
    g.concepts.length >= CONCEPT_REPEATS ||
    g.concepts.some(([text]) => text.heading || ['abstract', 'front'].includes(manuscript.sections[text.section]?.role ?? ''));
  if (conceptIsTopic) signals.push('concept');
  const headingRows = g.headingRows;
  if (headingRows.size >= 2) signals.push('results-headings');
  if (named.size >= SPECIFIC_DENSITY) signals.push('term-density');

  const specific = g.mentions.length > 0 || statements.some((s) => s.specific) || (cited.length > 0 && g.concepts.length > 0);
  const detected = pinned || (specific && named.size >= SPECIFIC_DENSITY) || (conceptIsTopic && named.size >= CONCEPT_ONLY_DENSITY);
  if (!detected) return undefined;
  return {
    status: pinned ? 'pinned' : 'detected',
    signals,
    citations: cited,
    mentions: g.mentions.map(([text, hit]) => evidenceOf(text, hit)),
    concepts: g.concepts.map(([text, hit]) => evidenceOf(text, hit)),
    statements,
    distinctDimensions: named.size,
    resultsHeadingDimensions: headingRows.size,
  };
}

function isResults(manuscript: Manuscript, section: number): boolean {
  const role = manuscript.sections[section]?.role;
  return role === 'results' || role === 'discussion';
}

const NO_FRAMEWORKS: readonly number[] = [];

/** Per framework, the citations of its source works in the text (not the reference list). */
function sourceCitations(manuscript: Manuscript, citations: CitationResolution, data: CatalogData, count: number): Span[][] {
  const out: Span[][] = [];
  for (let f = 0; f < count; f++) out.push([]);
  if (data.sources.size === 0) return out;
  const inText = (section: number) => manuscript.sections[section]?.role !== 'references';
  const add = (frameworks: readonly number[], span: Span) => {
    for (const f of frameworks) out[f].push({ file: span.file, start: span.start, end: span.end });
  };
  const last = data.lastCitations;
  const seen: CitedAs[] = [];
  // Which frameworks an author, year and original author stand for, as in the last check when
  // the citation at the same position has the same strings.
  const frameworksOf = (author: string | undefined, year: string | undefined, original: string | undefined): readonly number[] => {
    const before = last[seen.length];
    if (before && before.author === author && before.year === year && before.original === original) {
      seen.push(before);
      return before.frameworks;
    }
    const byYear = citingFrameworks(data, author, year);
    const byOriginal = original ? citingFrameworks(data, original, undefined) : NO_FRAMEWORKS;
    const frameworks = byOriginal.length === 0 ? byYear : byYear.length === 0 ? byOriginal : [...new Set([...byYear, ...byOriginal])];
    seen.push({ author, year, original, frameworks });
    return frameworks;
  };
  // The section is read only for a citation of a source: most cite other works.
  for (const { citation } of citations.prose) {
    const frameworks = frameworksOf(citation.authors[0], citation.year, citation.secondaryOriginal);
    if (frameworks.length > 0 && inText(citation.section)) add(frameworks, citation);
  }
  for (const { citation, resolution } of citations.keys) {
    if (!('entry' in resolution)) continue;
    const entry = resolution.entry;
    const frameworks = frameworksOf(entry.authors[0]?.family, entry.year, undefined);
    if (frameworks.length > 0 && inText(citation.section)) add(frameworks, citation);
  }
  data.lastCitations = seen;
  return out;
}

/**
 * The frameworks one of whose source works an author and year cite: the author is the source's
 * author or starts with it and a space, and the year, when written, is one of the source's.
 */
function citingFrameworks(data: CatalogData, author: string | undefined, year: string | undefined): readonly number[] {
  if (!author) return NO_FRAMEWORKS;
  let byYear = data.authors.get(author);
  if (!byYear) data.authors.set(author, (byYear = new Map()));
  const yearKey = year || '';
  let frameworks = byYear.get(yearKey);
  if (!frameworks) {
    const cited = normaliseAuthor(author);
    const y = year ? Number.parseInt(year, 10) : undefined;
    const found = new Set<number>();
    const look = (source: string) => {
      for (const s of data.sources.get(source) ?? []) if (y === undefined || s.years.includes(y)) found.add(s.framework);
    };
    for (let i = cited.indexOf(' '); i >= 0; i = cited.indexOf(' ', i + 1)) look(cited.slice(0, i));
    look(cited);
    frameworks = found.size === 0 ? NO_FRAMEWORKS : [...found].sort((a, b) => a - b);
    byYear.set(yearKey, frameworks);
  }
  return frameworks;
}

function normaliseAuthor(name: string): string {
  return normaliseWord(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A sentence commits the study to a framework when it says the study uses it: a use verb or
// the study itself as subject, a word for a theory or model, and the framework by name,
// citation or concept. "Menurut Edward III, implementasi dipengaruhi oleh empat variabel"
// describes the theory; "Penelitian ini menggunakan teori Edward III" commits to it.
const USE_CUE =
  /\b(?:menggunakan|memakai|mengacu|merujuk|berpedoman|berlandaskan|berdasarkan|mengadopsi|menerapkan|mengaplikasikan|memanfaatkan|digunakan|dipakai|diterapkan|dianalisis|dianalisa|dikaji|ditinjau|diukur|use|uses|used|using|adopts?|adopted|adopting|appl(?:y|ies|ied|ying)|employ(?:s|ed|ing)?|draws? on|drawing on|based on|guided by)\b/i;
const SELF_CUE =
  /\b(?:penelitian ini|peneliti|penulis|skripsi ini|tesis ini|disertasi ini|studi ini|kajian ini|this (?:study|research|thesis|paper|article|dissertation)|we|the (?:author|researcher))\b/i;
// Sentences about earlier studies ("Penelitian sebelumnya … menggunakan teori Edward III") name
// a framework the thesis may not use: they detect, but never commit.
const OTHER_STUDY_CUE = /\b(?:sebelumnya|terdahulu|terdahulunya|lain|previous|prior|earlier|other studies)\b/i;
const THEORY_NOUN =
  /\b(?:teori|model|konsep|kerangka|pendekatan|perspektif|indikator|dimensi|variabel|aspek|unsur|elemen|prinsip|kriteria|theory|theories|model|framework|concept|approach|perspective|indicators?|dimensions?|variables?|aspects?|elements?|principles?|criteria)\b/i;

/** Statements in the body paragraphs that mention the framework, name its concept or cite its sources. */
function findStatements(scan: Scan, g: Gathered, cited: Span[], f: number): Statement[] {
  const statements: Statement[] = [];
  const own = g.ownTexts;
  if (cited.length === 0) {
    for (const text of own) addStatements(statements, text.facts, text.section, f, cited);
    return statements;
  }
  const citedByFile = new Map<string, Span[]>();
  for (const c of cited) {
    const list = citedByFile.get(c.file);
    if (list) list.push(c);
    else citedByFile.set(c.file, [c]);
  }
  // In document order: the paragraphs with mentions or concepts, and in the files with citations
  // of the sources, the paragraphs around those citations.
  let next = 0;
  for (const run of runsOf(scan)) {
    const inFile = citedByFile.get(run.file);
    if (!inFile) {
      for (; next < own.length && own[next].order < run.end; next++) addStatements(statements, own[next].facts, own[next].section, f, []);
      continue;
    }
    for (let k = run.start; k < run.end; k++) {
      const facts = scan.body[k];
      const isOwn = next < own.length && own[next].order === k;
      if (isOwn) next++;
      const { start, end } = facts.block;
      const citedHere = inFile.filter((c) => c.start >= start && c.end <= end);
      if (!isOwn && citedHere.length === 0) continue;
      addStatements(statements, facts, facts.section, f, citedHere);
    }
  }
  for (; next < own.length; next++) addStatements(statements, own[next].facts, own[next].section, f, []);
  return statements;
}

/** The statements of one text about framework `f`, given the citations of its sources inside the text. */
function addStatements(statements: Statement[], facts: BlockFacts, section: number, f: number, citedHere: Span[]): void {
  for (const candidate of candidatesOf(facts.info, facts.text, f)) {
    const offsets = (facts.offsets ??= facts.block.offsets);
    const start = offsets[candidate.a];
    const end = offsets[candidate.b - 1] + 1;
    const citation = citedHere.length > 0 && citedHere.some((c) => c.start >= start && c.end <= end);
    if (!candidate.mention && !citation && !candidate.concept) continue;
    // A concept shared with another framework that this sentence names specifically is that one's.
    if (!candidate.mention && !citation && candidate.otherMention) continue;
    const file = (facts.file ??= facts.block.file);
    statements.push({ file, start, end, text: candidate.text, section, specific: candidate.mention || citation, ownStudy: candidate.ownStudy });
  }
}

/** The use sentences of a text with what each names of framework `f` (memoised with the text). */
function candidatesOf(info: TextInfo, text: string, f: number): Candidate[] {
  info.candidates ??= new Map();
  let candidates = info.candidates.get(f);
  if (!candidates) {
    const group = info.groups.find((g) => g.framework === f);
    const own = group?.hits.filter((h) => h.phrase.kind === 'mention' || h.phrase.kind === 'concept') ?? [];
    candidates = useSentencesOf(info, text).map((sentence) => {
      const inside = (h: Hit) => h.start >= sentence.a && h.end <= sentence.b;
      return {
        ...sentence,
        mention: own.some((h) => inside(h) && h.phrase.kind === 'mention'),
        concept: own.some((h) => inside(h) && h.phrase.kind === 'concept'),
        otherMention: info.hits.some((h) => h.phrase.framework !== f && h.phrase.kind === 'mention' && inside(h)),
      };
    });
    info.candidates.set(f, candidates);
  }
  return candidates;
}

/** The sentences of a text that say a study uses a theory or model (memoised with the text). */
function useSentencesOf(info: TextInfo, text: string): UseSentence[] {
  if (!info.useSentences) {
    info.useSentences = [];
    for (const [a, b] of sentences(text)) {
      const sentence = text.slice(a, b);
      if (!THEORY_NOUN.test(sentence) || !(USE_CUE.test(sentence) || SELF_CUE.test(sentence))) continue;
      info.useSentences.push({ a, b, text: sentence, ownStudy: SELF_CUE.test(sentence) && !OTHER_STUDY_CUE.test(sentence) });
    }
  }
  return info.useSentences;
}

const ABBREVIATION_BEFORE = /(?:\b(?:al|dkk|dll|dsb|hlm|hal|no|vol|ed|eds|dr|prof|cf|vs|e\.g|i\.e|etc|st|jl|kab|kec|kel|prov)|\b\p{Lu})\.$/iu;

/** Sentence ranges [start, end) of a plain text. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const boundary = /(?<![.!?])[.!?]+["”')\]]*\s+(?=["“(\[]?[\p{Lu}0-9])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION_BEFORE.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    out.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

// ---------------------------------------------------------------------------------------------
// Coverage of one framework

/** `gathered`: what the scan found of framework `f`. */
function coverageOf(
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
  return { framework, detection, rows, columns, cells, discussed, absentFromResults, commitment };
}

/** Headings first, then in document order. */
function ordered(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => Number(b.heading) - Number(a.heading) || (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.start - b.start);
}
