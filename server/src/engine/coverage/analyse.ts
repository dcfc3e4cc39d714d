// Builds the coverage matrix of a manuscript: which frameworks it uses, and which of their
// dimensions each abstract, the theory and methods chapters, the results (with the discussion)
// and the conclusion name. Computed once per manuscript by the AnalysisCache; every text block
// is split into words and stemmed once (and kept while its text is unchanged), and the phrases
// of all frameworks are looked up in one pass over those words.
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
import type { Lang, Span, TextBlock } from '../model';
import type { CitationResolution } from '../citations/resolve';
import type { Framework } from '../frameworks/schema';
import { builtinFrameworks } from '../frameworks/builtin';
import { catalogFor, scanText, type Catalog, type Hit, type Phrase } from './patterns';
import { normaliseWord, wordsOf } from './words';
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
}

/** One scanned text: a prose block or a section heading. */
interface ScannedText {
  block: TextBlock;
  section: number;
  heading: boolean;
  /** Outside the reference list and appendices. */
  body: boolean;
  hits: Hit[];
}

/** Distinct dimensions a framework must name before its general concept alone detects it. */
const CONCEPT_ONLY_DENSITY = 3;
const SPECIFIC_DENSITY = 2;
const CONCEPT_REPEATS = 3;

export function analyseCoverage(manuscript: Manuscript, citations: CitationResolution, options: CoverageOptions = {}): CoverageReport {
  const frameworks = options.pinned ?? builtinFrameworks();
  if (frameworks.length === 0) return { frameworks: [] };
  const catalog = catalogFor(frameworks);
  const texts = scanManuscript(manuscript, catalog);
  const columns = columnsOf(manuscript);

  const detections = frameworks.map((framework, f) => detect(manuscript, texts, citations, framework, f, options.pinned !== undefined));
  const used = frameworks.map((_, f) => f).filter((f) => detections[f] !== undefined);
  // A concept-only detection yields to a framework of the same concept that is named specifically.
  const specific = used.filter((f) => isSpecific(detections[f]!));
  // Of several detected from the same concept alone, the one the results headings follow best stays.
  const sharesConcept = (f: number, g: number) => {
    const concepts = new Set(frameworks[f].concepts.map(conceptKey));
    return frameworks[g].concepts.some((c) => concepts.has(conceptKey(c)));
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

  return { frameworks: kept.map((f) => coverageOf(manuscript, catalog, texts, columns, f, detections[f]!)) };
}

function isSpecific(detection: Detection): boolean {
  return detection.signals.some((s) => s === 'pinned' || s === 'mention' || s === 'statement' || s === 'citation');
}

function conceptKey(concept: string): string {
  return wordsOf(concept).map((w) => w.text).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Scanning

function scanManuscript(manuscript: Manuscript, catalog: Catalog): ScannedText[] {
  const texts: ScannedText[] = [];
  const outside = (section: number) => {
    const role = manuscript.sections[section]?.role;
    return role === 'references' || role === 'appendix';
  };
  const headingBlocks = headingBlocksBySection(manuscript);
  for (const [section, block] of headingBlocks) {
    texts.push({ block, section, heading: true, body: !outside(section), hits: scanBlock(catalog, block) });
  }
  for (const block of manuscript.blocks) {
    if (outside(block.section)) continue;
    texts.push({ block, section: block.section, heading: false, body: true, hits: scanBlock(catalog, block) });
  }
  return texts;
}

function scanBlock(catalog: Catalog, block: TextBlock): Hit[] {
  return scanText(catalog, block.text);
}

/** The text block of each section's heading (headings are not among the manuscript's blocks). */
function headingBlocksBySection(manuscript: Manuscript): Map<number, TextBlock> {
  const byFile = new Map<string, TextBlock[]>();
  for (const model of manuscript.models) {
    for (const block of model.blocks) {
      if (block.kind !== 'heading') continue;
      const list = byFile.get(block.file) ?? [];
      list.push(block);
      byFile.set(block.file, list);
    }
  }
  const out = new Map<number, TextBlock>();
  for (const section of manuscript.sections) {
    const h = section.heading;
    if (!h) continue;
    const block = byFile.get(h.file)?.find((b) => b.start >= h.start && b.end <= h.end && b.text.trim().length > 0);
    if (block) out.set(section.index, block);
  }
  return out;
}

function evidenceOf(text: ScannedText, hit: Hit): Evidence {
  const { block } = text;
  return {
    file: block.file,
    start: block.offsets[hit.start],
    end: block.offsets[hit.end - 1] + 1,
    text: block.text.slice(hit.start, hit.end),
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

function columnsOf(manuscript: Manuscript): CoverageColumn[] {
  const columns: CoverageColumn[] = [];
  const blocksIn = (sections: Set<number>) => manuscript.blocks.filter((b) => sections.has(b.section));
  const anchorOf = (first: Section, sections: Set<number>): Span | undefined => {
    const at = first.heading ?? blocksIn(sections)[0];
    return at ? { file: at.file, start: at.start, end: at.end } : undefined;
  };
  for (const section of manuscript.sections) {
    if (section.ownRole !== 'abstract') continue;
    const sections = [section.index, ...descendantsWithoutRole(manuscript, section)];
    const members = new Set(sections);
    // A LaTeX abstract environment has no written title (its language is only the environment's
    // name, "abstract" even around Indonesian text): name it by the language of its words.
    const fromEnvironment = section.heading?.role === 'abstract';
    const guessed = () => guessLanguage(blocksIn(members).map((b) => b.text).join(' '));
    const lang = fromEnvironment ? (guessed() ?? section.lang) : (section.lang ?? guessed());
    const title = fromEnvironment ? `The ${lang === 'id' ? 'Indonesian ' : lang === 'en' ? 'English ' : ''}abstract` : cleanTitle(section.title) || 'The abstract';
    columns.push({
      id: `abstract-${section.index}`,
      kind: 'abstract',
      title,
      lang,
      sections,
      anchor: anchorOf(section, members),
      blockCount: blocksIn(members).length,
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
      blockCount: blocksIn(members).length,
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

const INDONESIAN_WORDS = /\b(?:yang|dan|dengan|ini|dalam|untuk|pada|adalah|dari|tidak|penelitian)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|with|this|in|for|is|are|from|not|study)\b/gi;

/** 'id' or 'en' by function words, for an abstract whose heading does not say. */
function guessLanguage(text: string): Lang | undefined {
  const id = text.match(INDONESIAN_WORDS)?.length ?? 0;
  const en = text.match(ENGLISH_WORDS)?.length ?? 0;
  if (id + en < 5) return undefined;
  return id > en ? 'id' : 'en';
}

function cleanTitle(title: string): string {
  return title.replace(/[*_#]+/g, '').replace(/\s+/g, ' ').replace(/(?<![\s.:])[\s.:]+$/, '').trim();
}

// ---------------------------------------------------------------------------------------------
// Detection

function detect(manuscript: Manuscript, texts: ScannedText[], citations: CitationResolution, framework: Framework, f: number, pinned: boolean): Detection | undefined {
  const mentions: Evidence[] = [];
  const concepts: Evidence[] = [];
  const named = new Set<number>();
  for (const text of texts) {
    if (!text.body) continue;
    for (const hit of text.hits) {
      if (hit.phrase.framework !== f) continue;
      if (hit.phrase.kind === 'mention') mentions.push(evidenceOf(text, hit));
      else if (hit.phrase.kind === 'concept') concepts.push(evidenceOf(text, hit));
      else if (hit.phrase.kind === 'name' || hit.phrase.kind === 'variant') named.add(hit.phrase.row);
    }
  }
  const cited = sourceCitations(manuscript, citations, framework);
  const statements = findStatements(texts, cited, f);

  const signals: DetectionSignal[] = [];
  if (pinned) signals.push('pinned');
  if (cited.length > 0) signals.push('citation');
  if (mentions.length > 0) signals.push('mention');
  if (statements.some((s) => s.specific)) signals.push('statement');
  const conceptIsTopic =
    concepts.length >= CONCEPT_REPEATS ||
    concepts.some((c) => c.heading || ['abstract', 'front'].includes(manuscript.sections[c.section]?.role ?? ''));
  if (conceptIsTopic) signals.push('concept');
  const headingRows = new Set(
    texts.filter((t) => t.heading && isResults(manuscript, t.section)).flatMap((t) => t.hits.filter((h) => h.phrase.framework === f && (h.phrase.kind === 'name' || h.phrase.kind === 'variant')).map((h) => h.phrase.row)),
  );
  if (headingRows.size >= 2) signals.push('results-headings');
  if (named.size >= SPECIFIC_DENSITY) signals.push('term-density');

  const specific = mentions.length > 0 || statements.some((s) => s.specific) || (cited.length > 0 && concepts.length > 0);
  const detected = pinned || (specific && named.size >= SPECIFIC_DENSITY) || (conceptIsTopic && named.size >= CONCEPT_ONLY_DENSITY);
  if (!detected) return undefined;
  return {
    status: pinned ? 'pinned' : 'detected',
    signals,
    citations: cited,
    mentions,
    concepts,
    statements,
    distinctDimensions: named.size,
    resultsHeadingDimensions: headingRows.size,
  };
}

function isResults(manuscript: Manuscript, section: number): boolean {
  const role = manuscript.sections[section]?.role;
  return role === 'results' || role === 'discussion';
}

/** Citations of the framework's source works, in the text (not the reference list). */
function sourceCitations(manuscript: Manuscript, citations: CitationResolution, framework: Framework): Span[] {
  if (framework.sources.length === 0) return [];
  const matches = (author: string | undefined, year: string | undefined) => {
    if (!author) return false;
    const cited = normaliseAuthor(author);
    const y = year ? Number.parseInt(year, 10) : undefined;
    return framework.sources.some((s) => {
      const source = normaliseAuthor(s.author);
      const sameAuthor = cited === source || cited.startsWith(`${source} `);
      return sameAuthor && (y === undefined || s.years.includes(y));
    });
  };
  const out: Span[] = [];
  const inText = (section: number) => manuscript.sections[section]?.role !== 'references';
  for (const { citation } of citations.prose) {
    if (!inText(citation.section)) continue;
    if (matches(citation.authors[0], citation.year) || (citation.secondaryOriginal && matches(citation.secondaryOriginal, undefined))) {
      out.push({ file: citation.file, start: citation.start, end: citation.end });
    }
  }
  for (const { citation, resolution } of citations.keys) {
    if (!inText(citation.section) || !('entry' in resolution)) continue;
    const entry = resolution.entry;
    if (matches(entry.authors[0]?.family, entry.year)) out.push({ file: citation.file, start: citation.start, end: citation.end });
  }
  return out;
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
const SELF_CUE = /\b(?:penelitian ini|peneliti|penulis|skripsi ini|tesis ini|disertasi ini|studi ini|kajian ini|this (?:study|research|thesis|paper|article|dissertation)|we|the (?:author|researcher))\b/i;
// Sentences about earlier studies ("Penelitian sebelumnya … menggunakan teori Edward III") name
// a framework the thesis may not use: they detect, but never commit.
const OTHER_STUDY_CUE = /\b(?:sebelumnya|terdahulu|terdahulunya|lain|previous|prior|earlier|other studies)\b/i;
const THEORY_NOUN =
  /\b(?:teori|model|konsep|kerangka|pendekatan|perspektif|indikator|dimensi|variabel|aspek|unsur|elemen|prinsip|kriteria|theory|theories|model|framework|concept|approach|perspective|indicators?|dimensions?|variables?|aspects?|elements?|principles?|criteria)\b/i;

function findStatements(texts: ScannedText[], cited: Span[], f: number): Statement[] {
  const statements: Statement[] = [];
  for (const text of texts) {
    if (!text.body || text.heading) continue;
    const own = text.hits.filter((h) => h.phrase.framework === f && (h.phrase.kind === 'mention' || h.phrase.kind === 'concept'));
    const citedHere = cited.filter((c) => c.file === text.block.file && c.start >= text.block.start && c.end <= text.block.end);
    if (own.length === 0 && citedHere.length === 0) continue;
    for (const [a, b] of sentences(text.block.text)) {
      const sentence = text.block.text.slice(a, b);
      if (!THEORY_NOUN.test(sentence) || !(USE_CUE.test(sentence) || SELF_CUE.test(sentence))) continue;
      const start = text.block.offsets[a];
      const end = text.block.offsets[b - 1] + 1;
      const inside = (h: Hit) => h.start >= a && h.end <= b;
      const mention = own.some((h) => inside(h) && h.phrase.kind === 'mention');
      const citation = citedHere.some((c) => c.start >= start && c.end <= end);
      const concept = own.some((h) => inside(h) && h.phrase.kind === 'concept');
      if (!mention && !citation && !concept) continue;
      // A concept shared with another framework that this sentence names specifically is that one's.
      if (!mention && !citation && text.hits.some((h) => h.phrase.framework !== f && h.phrase.kind === 'mention' && inside(h))) continue;
      const ownStudy = SELF_CUE.test(sentence) && !OTHER_STUDY_CUE.test(sentence);
      statements.push({ file: text.block.file, start, end, text: sentence, section: text.section, specific: mention || citation, ownStudy });
    }
  }
  return statements;
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

function coverageOf(manuscript: Manuscript, catalog: Catalog, texts: ScannedText[], columns: CoverageColumn[], f: number, detection: Detection): FrameworkCoverage {
  const framework = catalog.frameworks[f];
  const rows = catalog.rows[f];
  const columnOfSection = new Map<number, number>();
  columns.forEach((column, c) => column.sections.forEach((s) => columnOfSection.set(s, c)));

  const blockOf = new WeakMap<Evidence, TextBlock>();
  const strict: Evidence[][][] = columns.map(() => rows.map(() => []));
  const hints: Evidence[][][] = columns.map(() => rows.map(() => []));
  for (const text of texts) {
    const c = columnOfSection.get(text.section);
    if (c === undefined) continue;
    for (const hit of text.hits) {
      const p: Phrase = hit.phrase;
      if (p.framework !== f || p.row < 0) continue;
      const evidence = evidenceOf(text, hit);
      blockOf.set(evidence, text.block);
      if (p.kind === 'hint') hints[c][p.row].push(evidence);
      else strict[c][p.row].push(evidence);
    }
  }

  const cells: CoverageCell[][] = rows.map((row, r) =>
    columns.map((_, c) => {
      const namedChildren = row.children.filter((k) => strict[c][k].length > 0).length;
      const anyChildHint = row.children.some((k) => hints[c][k].length > 0);
      const status =
        strict[c][r].length > 0 ? 'named' : namedChildren >= 2 ? 'sub-dimensions' : hints[c][r].length > 0 || namedChildren === 1 || anyChildHint ? 'hinted' : 'absent';
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
      const mentioned = own.length > 0 || hints[results][r].length > 0 || row.children.some((k) => strict[results][k].length > 0 || hints[results][k].length > 0);
      if (!mentioned) absentFromResults.push(r);
    });
  }

  const commitment = detection.statements.find((s) => s.specific && s.ownStudy && ['theory', 'methods'].includes(manuscript.sections[s.section]?.role ?? ''));
  return { framework, detection, rows, columns, cells, discussed, absentFromResults, commitment };
}

/** Headings first, then in document order. */
function ordered(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => Number(b.heading) - Number(a.heading) || a.file.localeCompare(b.file) || a.start - b.start);
}
