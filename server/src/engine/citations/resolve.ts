// Matches each citation to the work it names. Key citations resolve by key; author–year prose
// resolves against the written reference list (or, when there is none, the bibliography files),
// tolerant of initials, first-name prefixes, diacritics, case, "&"/"dan"/"and", "et al."/"dkk.".
import type { KeyCitation } from '../model';
import type { Manuscript, Placed } from '../manuscript';
import type { ProseCitation } from './authorYear';
import type { ReferenceEntry } from '../bibliography/entries';
import type { Resolution } from './rules';
import { databaseByKey, PoolIndex, push, RESOLUTION_MEMORY, resolveProseMemo, tablesFor } from './poolIndex';
import { slot } from '../derived';
import { namesMatch, type NameKeysMemo } from '../bibliography/names';
import { authorProblem, sameYear } from './rules';

export type { AuthorProblem, Resolution } from './rules';
export { namesMatch };

export interface ResolvedProse {
  citation: ProseCitation & Placed;
  resolution: Resolution;
  against: 'list' | 'database';
}

export interface ResolvedKey {
  citation: KeyCitation & Placed;
  resolution: Resolution;
}

export interface CitationResolution {
  prose: ResolvedProse[];
  keys: ResolvedKey[];
  /** Entries some citation points to (with whatever defect). */
  cited: Set<ReferenceEntry>;
  /** `\nocite{*}`: every database entry counts as cited. */
  citeAll: boolean;
  /** The pool author–year prose was checked against, if any. */
  prosePool: ReferenceEntry[];
}

export function resolveCitations(manuscript: Manuscript): CitationResolution {
  const memory = manuscript.derived.get(RESOLUTION_MEMORY);
  const cited = new Set<ReferenceEntry>();
  // Entries by key, database entries first: found[0] is the database's when both have the key.
  const databaseKeys = databaseByKey(manuscript.databaseEntries, memory);
  const listKeys = new Map<string, ReferenceEntry[]>();
  for (const e of manuscript.referenceList) if (e.key) push(listKeys, e.key, e);
  const haveKeySource = manuscript.databaseEntries.length > 0 || manuscript.referenceList.some((e) => e.origin === 'bibitem');
  const declaredButMissing = manuscript.bibliographies.some((b) => !b.database);
  // Keys whose entry is broken are reported once, as bibliography/syntax-error.
  const brokenKeys = new Set(manuscript.bibliographies.flatMap((b) => b.database?.problems.map((p) => p.key) ?? []));
  let citeAll = false;
  const keys: ResolvedKey[] = [];
  const kept = listKeys.size === 0 ? keptKeys(manuscript, databaseKeys, haveKeySource, declaredButMissing, brokenKeys) : undefined;
  for (const citation of manuscript.keyCitations) {
    if (citation.key === '*') {
      citeAll = true;
      continue;
    }
    const known = kept?.get(citation);
    if (known) {
      for (const e of known.cites) cited.add(e);
      keys.push(known.resolved);
      continue;
    }
    const inDatabase = databaseKeys.get(citation.key);
    const inList = listKeys.get(citation.key);
    let resolution: Resolution;
    if (inDatabase !== undefined || inList !== undefined) {
      resolution = { status: 'ok', entry: (inDatabase ?? inList)![0] };
      if (inDatabase !== undefined) for (const e of inDatabase) cited.add(e);
      if (inList !== undefined) for (const e of inList) cited.add(e);
    } else if (!haveKeySource || declaredButMissing || brokenKeys.has(citation.key)) {
      // Nothing to check against (or the declared file is missing, which is reported once).
      resolution = { status: 'unchecked' };
    } else {
      resolution = { status: 'missing', against: 'database' };
    }
    const resolved = { citation, resolution };
    kept?.set(citation, { resolved, cites: resolution.status === 'ok' ? [...(inDatabase ?? []), ...(inList ?? [])] : [] });
    keys.push(resolved);
  }

  const listPool = manuscript.referenceList.filter((e) => e.origin !== 'bibitem' || e.authors.length > 0).filter((e) => !e.numbered && e.authors.length > 0);
  const against: 'list' | 'database' = listPool.length > 0 ? 'list' : 'database';
  const pool = listPool.length > 0 ? listPool : manuscript.databaseEntries.filter((e) => e.authors.length > 0);
  // Indexed when a prose citation needs it (a LaTeX thesis citing by key alone has none).
  let index: PoolIndex | undefined | null = null;
  const poolIndex = () =>
    index === null ? (index = pool.length === 0 ? undefined : new PoolIndex(pool, tablesFor(pool, against, memory), memory.names)) : index;
  const prose: ResolvedProse[] = [];
  const keyedEntry = manuscript.proseCitations.length > 0 ? sameSentenceKeys(manuscript, keys) : () => undefined;
  for (const citation of manuscript.proseCitations) {
    // "US Department of Defense (2022) … \autocite{USDoD2022}": the key citation of the same work
    // in the same sentence says which work the author–year words name; they are checked against
    // its entry alone (its year, its authors), not against every work of that author.
    const entry = keyedEntry(citation);
    const indexed = entry === undefined ? poolIndex() : undefined;
    const resolution =
      entry !== undefined
        ? resolveAgainst(citation, entry, memory.names)
        : indexed === undefined
          ? ({ status: 'unchecked' } as const)
          : resolveProseMemo(citation, indexed, against, memory);
    if (resolution.status === 'ok' || resolution.status === 'year-mismatch' || resolution.status === 'author-mismatch') cited.add(resolution.entry);
    if (resolution.status === 'ambiguous') for (const e of resolution.entries) cited.add(e);
    prose.push({ citation, resolution, against });
  }
  return { prose, keys, cited, citeAll, prosePool: pool };
}

/**
 * The resolution of each key citation (a placed copy, the same object while its block and section
 * are unchanged) and the entries it cites, kept while what key citations resolve against is the
 * same: the same database entries by key (the same map while the bibliography files are unchanged,
 * see databaseByKey), no written list with keys (\\bibitem entries are copied afresh every check),
 * the same broken keys and the same answers to "is there anything to check against".
 */
function keptKeys(
  manuscript: Manuscript,
  databaseKeys: Map<string, ReferenceEntry[]>,
  haveKeySource: boolean,
  declaredButMissing: boolean,
  brokenKeys: Set<string | undefined>,
): WeakMap<KeyCitation, { resolved: ResolvedKey; cites: ReferenceEntry[] }> {
  const memory = manuscript.derived.get(KEY_RESOLUTIONS);
  const context = `${haveKeySource}|${declaredButMissing}|${[...brokenKeys].join('\0')}`;
  if (memory.databaseKeys !== databaseKeys || memory.context !== context) {
    memory.databaseKeys = databaseKeys;
    memory.context = context;
    memory.byCitation = new WeakMap();
  }
  return memory.byCitation;
}

const KEY_RESOLUTIONS = slot(
  'citations: resolved key citations',
  (): {
    databaseKeys?: Map<string, ReferenceEntry[]>;
    context?: string;
    byCitation: WeakMap<KeyCitation, { resolved: ResolvedKey; cites: ReferenceEntry[] }>;
  } => ({
    byCitation: new WeakMap(),
  }),
);

/**
 * The entry of a key citation in the same sentence as a prose citation whose first author it has
 * (or, alone in the sentence, an entry without authors of the same year): the work the
 * author–year words name.
 */
function sameSentenceKeys(manuscript: Manuscript, keys: ResolvedKey[]): (citation: ProseCitation) => ReferenceEntry | undefined {
  const byFile = new Map<string, ResolvedKey[]>();
  for (const k of keys) {
    if (k.resolution.status !== 'ok' || k.citation.nocite) continue;
    const list = byFile.get(k.citation.file);
    if (list) list.push(k);
    else byFile.set(k.citation.file, [k]);
  }
  if (byFile.size === 0) return () => undefined;
  return (citation) => {
    const near = byFile.get(citation.file);
    if (!near) return undefined;
    const text = manuscript.files.get(citation.file)?.text;
    if (text === undefined) return undefined;
    const inSentence = near.filter((k) => {
      if (k.citation.start > citation.end + SENTENCE_REACH || k.citation.end < citation.start - SENTENCE_REACH) return false;
      const between = k.citation.start >= citation.end ? text.slice(citation.end, k.citation.start) : text.slice(k.citation.end, citation.start);
      return !SENTENCE_END.test(between);
    });
    const entries = inSentence.map((k) => (k.resolution as { entry: ReferenceEntry }).entry);
    // "… Implemented in GNU Radio (2022) \cite{Lenz2022}": a key right after the year names the
    // work, whatever the words before the year are (a title, a project's name).
    const right = inSentence.find((k) => k.citation.start >= citation.end && rightAfter(text.slice(citation.end, k.citation.start)));
    // (Only a key cited alone: of "\cite{emerson2012,ansell2008}" the names say which is meant.)
    const alone =
      right !== undefined &&
      !near.some((k) => k !== right && k.citation.start >= right.citation.end && /^\s*[,;]\s*@?$/.test(text.slice(right.citation.end, k.citation.start)));
    if (right && alone) return (right.resolution as { entry: ReferenceEntry }).entry;
    const named = entries.find((e) => {
      const family = e.authors[0]?.family;
      return (
        family !== undefined &&
        (namesMatch(family, citation.authors[0] ?? '') || (citation.firstWritten !== undefined && namesMatch(family, citation.firstWritten)))
      );
    });
    if (named) return named;
    return entries.length === 1 && entries[0].authors.length === 0 && sameYear(entries[0].year, citation.year) ? entries[0] : undefined;
  };
}

/** Whether what stands between a "(2022)" and a citation key is only the key's own opening: " \cite{", "~\citep[p. 2]{", " [@". */
function rightAfter(gap: string): boolean {
  const command = gap.lastIndexOf('\\');
  const before =
    command >= 0 && gap.endsWith('{') && /^\\[A-Za-z]+\*?(?:\[|\{$)/.test(gap.slice(command)) && gap.slice(command).toLowerCase().includes('cite')
      ? gap.slice(0, command)
      : gap.replace(/\[?-?@$/, '');
  return /^[\s~,.]{0,3}$/.test(before);
}

/** A prose citation checked against the one entry it names: its year, then its authors. */
function resolveAgainst(citation: ProseCitation, entry: ReferenceEntry, names: NameKeysMemo): Resolution {
  if (!sameYear(entry.year, citation.year)) return { status: 'year-mismatch', entry, others: [entry] };
  // Authors are compared only when the words name the entry's first author (not a title).
  const named = entry.authors.length > 0 && namesMatch(entry.authors[0].family, citation.authors[0] ?? '', names);
  const problem = named ? authorProblem(citation, entry, names) : undefined;
  return problem ? { status: 'author-mismatch', entry, problem } : { status: 'ok', entry };
}

/** How far apart (in characters) a sentence's author–year words and its key citation may stand. */
const SENTENCE_REACH = 300;
const SENTENCE_END = /[.!?]["”’)]?\s+\p{Lu}|\n[^\S\n]*\n/u;
