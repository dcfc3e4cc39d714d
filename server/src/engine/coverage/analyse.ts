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
// what the manuscript is about — in an abstract, the title or a heading, not in passing in the body —
// and three dimensions are named; it never is when another framework of the same concept is
// referred to specifically, and of two frameworks detected from one concept alone only the one
// whose dimensions head more results sections is kept.
import type { Manuscript } from '../manuscript';
import type { Lang, Span } from '../model';
import type { CitationResolution } from '../citations/resolve';
import type { Framework } from '../frameworks/schema';
import { builtinFrameworks } from '../frameworks/builtin';
import { catalogFor } from './phraseMatcher';
import type { CoverageReport, Detection, FrameworkCoverage } from './types';
import { deriveFrameworks } from './derive';
import { slot } from '../derived';
import { coverageOf } from './cells';
import { columnsOf } from './columns';
import { sourceCitations, detect } from './detect';
import { catalogData, headingBlocksBySection, scanManuscript } from './scan';
import { analyseStudy } from './study/analyse';

export interface CoverageOptions {
  /** Frameworks pinned by configuration: exactly these are used, detection is off. */
  pinned?: readonly Framework[];
  /** The manuscript's language, for an abstract whose heading and words do not tell its own. */
  language?: () => Lang | undefined;
  /** Internal: only the frameworks' matrices (for those the manuscript defines). */
  frameworksOnly?: boolean;
}

export function analyseCoverage(manuscript: Manuscript, citations: CitationResolution, options: CoverageOptions = {}): CoverageReport {
  const frameworks = options.pinned ?? builtinFrameworks();
  const { derived } = manuscript;
  const catalog = catalogFor(frameworks, derived);
  const data = catalogData(catalog, derived);
  // The texts the last check used stay in the memo's current generation when it rotates.
  if (data.texts.checkpoint()) for (const facts of data.lastFacts) data.texts.set(facts.text, facts.info);
  data.authors.checkpoint();
  const scan = scanManuscript(manuscript, catalog, data, frameworks.length);
  const columns = columnsOf(manuscript, scan, data, options.language);
  const columnOfSection = new Map<number, number>();
  columns.forEach((column, c) => column.sections.forEach((s) => columnOfSection.set(s, c)));
  const headingBlocks = new Map([...headingBlocksBySection(manuscript, catalog, data)].map(([section, facts]) => [section, facts.block]));
  const items = options.frameworksOnly
    ? []
    : analyseStudy(manuscript, columns, columnOfSection, { language: options.language ?? (() => undefined), headingBlocks });
  if (frameworks.length === 0) return { frameworks: [], items };
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

  const coverages = kept.map((f) => coverageOf(manuscript, catalog, gathered[f], columns, columnOfSection, f, detections[f]!));
  // No catalogue framework: those the theory chapter defines, when the results follow them.
  if (coverages.length === 0 && !pinned && !options.frameworksOnly) coverages.push(...derivedCoverage(manuscript, citations, options));
  return { frameworks: coverages, items };
}

/** The results follow a framework the manuscript defines when this many of its dimensions head results sections. */
export const DERIVED_HEADINGS = 2;

function derivedCoverage(manuscript: Manuscript, citations: CitationResolution, options: CoverageOptions): FrameworkCoverage[] {
  const defined = derivedFrameworksOf(manuscript);
  if (defined.length === 0) return [];
  const { frameworks } = analyseCoverage(manuscript, citations, { ...options, pinned: defined, frameworksOnly: true });
  // Headings of the part that describes the research site ("4.1 Gambaran Umum Perusahaan" >
  // "4.1.2 Visi dan Misi", "Struktur Organisasi") are no findings: they do not show the results
  // following a model whose parts share their names.
  const followed = (f: FrameworkCoverage) =>
    f.discussed.filter((d) => d.evidence.some((e) => e.heading && !describesSite(manuscript, e.section))).length >= DERIVED_HEADINGS;
  return frameworks
    .filter((f) => f.detection.resultsHeadingDimensions >= DERIVED_HEADINGS && f.discussed.length >= DERIVED_HEADINGS && followed(f))
    .map((f) => ({
      ...f,
      kind: 'derived-framework' as const,
      detection: { ...f.detection, status: 'detected' as const, signals: f.detection.signals.filter((s) => s !== 'pinned') },
    }));
}

/** Titles of the part of a results chapter that describes the research site, its history and organisation. */
const SITE =
  /^(?:gambaran\s+umum|profil|sejarah|deskripsi\s+(?:objek|obyek|lokasi|wilayah|tempat|subjek|umum)|karakteristik\s+(?:responden|informan|lokasi)|overview\s+of\s+the|description\s+of\s+the\s+(?:site|setting|case|study\s+area)|company\s+profile|research\s+(?:site|setting))\b/i;

/** Whether a section, or one above it, describes the research site. */
function describesSite(manuscript: Manuscript, section: number): boolean {
  for (let s = section; s > 0; s = manuscript.sections[s].parent) {
    const title = manuscript.sections[s].title.replace(/^[\d.\s]+/, '').trim();
    if (SITE.test(title)) return true;
  }
  return false;
}

/**
 * The frameworks a manuscript defines, the same list object while they are the same (the
 * compiled catalog is kept per list object), among the last few definitions seen.
 */
function derivedFrameworksOf(manuscript: Manuscript): readonly Framework[] {
  const defined = deriveFrameworks(manuscript);
  if (defined.length === 0) return defined;
  const key = JSON.stringify(defined);
  const lists = manuscript.derived.get(DERIVED_LISTS);
  let known = lists.get(key);
  if (!known) {
    known = defined;
    lists.set(key, known);
    if (lists.size > 16) lists.delete(lists.keys().next().value!);
  }
  return known;
}

const DERIVED_LISTS = slot('coverage: the frameworks a manuscript defines, one list object per definition', () => new Map<string, readonly Framework[]>());

function isSpecific(detection: Detection): boolean {
  return detection.signals.some((s) => s === 'pinned' || s === 'mention' || s === 'statement' || s === 'citation');
}
