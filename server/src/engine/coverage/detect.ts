// Whether the manuscript uses a framework (see analyse.ts for the rule), and the citations of a
// framework's source works that count as referring to it.
import type { Manuscript } from '../manuscript';
import type { Span } from '../model';
import type { CitationResolution } from '../citations/resolve';
import { normaliseWord } from './words';
import type { Detection, DetectionSignal } from './types';
import { Scan, Gathered, evidenceOf, CatalogData, CitedAs } from './scan';
import { findStatements } from './statements';

/** Distinct dimensions a framework must name before its general concept alone detects it. */
export const CONCEPT_ONLY_DENSITY = 3;
export const SPECIFIC_DENSITY = 2;
export const CONCEPT_REPEATS = 3;

export function detect(manuscript: Manuscript, scan: Scan, g: Gathered, citedOf: (f: number) => Span[], f: number, pinned: boolean): Detection | undefined {
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
  // The concept is what the manuscript is about when its title, an abstract or a heading says it;
  // written in passing in the body ("… sejalan dengan prinsip good governance", three times in
  // a study of asset management) it is background, and does not detect the framework alone.
  const conceptTitled = g.concepts.some(([text]) => text.heading || ['abstract', 'front'].includes(manuscript.sections[text.section]?.role ?? ''));
  const conceptIsTopic = g.concepts.length >= CONCEPT_REPEATS || conceptTitled;
  if (conceptIsTopic) signals.push('concept');
  const headingRows = g.headingRows;
  if (headingRows.size >= 2) signals.push('results-headings');
  if (named.size >= SPECIFIC_DENSITY) signals.push('term-density');

  const specific = g.mentions.length > 0 || statements.some((s) => s.specific) || (cited.length > 0 && g.concepts.length > 0);
  const detected = pinned || (specific && named.size >= SPECIFIC_DENSITY) || (conceptTitled && named.size >= CONCEPT_ONLY_DENSITY);
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

export function isResults(manuscript: Manuscript, section: number): boolean {
  const role = manuscript.sections[section]?.role;
  return role === 'results' || role === 'discussion';
}

export const NO_FRAMEWORKS: readonly number[] = [];

/** Per framework, the citations of its source works in the text (not the reference list). */
export function sourceCitations(manuscript: Manuscript, citations: CitationResolution, data: CatalogData, count: number): Span[][] {
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
export function citingFrameworks(data: CatalogData, author: string | undefined, year: string | undefined): readonly number[] {
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

export function normaliseAuthor(name: string): string {
  return normaliseWord(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
