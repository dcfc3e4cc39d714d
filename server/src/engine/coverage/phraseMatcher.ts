// Frameworks compiled into phrase matchers, once per framework list, and the scan that finds
// them in a text. Matching rules, chosen so that a phrase counts only where it really names
// the dimension:
//
// - A single-word phrase matches the word itself, with an Indonesian particle (-nya, -lah,
//   -kah) or an English plural. Its derived forms match only when the word is an Indonesian
//   root (the stemmer leaves it unchanged): "komunikasi" also matches "berkomunikasi" and
//   "dikomunikasikan", but "ketepatan" (stem "tepat") does not match "tepat", nor "empati"
//   (stem "empat", four) "empat".
// - In a phrase of several words every word may also match by its stem, because the words
//   together keep the meaning: "desain kelembagaan" matches "desain lembaga", "membangun
//   kepercayaan" matches "dibangunnya kepercayaan".
// - Between two words of a phrase one filler ("yang", "dan", "the", …) may stand in the text:
//   "pemahaman yang sama" for "pemahaman bersama", "commitment to the process". Fillers written
//   in a phrase are optional in the same way.
// - Markup is already gone from block text, so "*trust building*" (italic English inside
//   Indonesian) matches like any other words.
import { slot, type DerivedCache } from '../derived';
import type { Framework } from '../frameworks/schema';
import { keysOf, normaliseWord, wordsOf, type Word, type WordKeys } from './words';

export type PhraseKind = 'name' | 'variant' | 'hint' | 'exclude' | 'mention' | 'concept';

/** One row of the coverage matrix: a dimension or a sub-dimension of a framework. */
export interface DimensionRow {
  id: string;
  label: { en: string; id: string };
  /** Index of the parent row (sub-dimensions only). */
  parent?: number;
  /** Indices of the sub-dimension rows. */
  children: number[];
}

interface PatternWord {
  text: string;
  keys: WordKeys;
  /** Derived forms of a single word match only for an Indonesian root. */
  root: boolean;
}

export interface Phrase {
  framework: number;
  /** Row index for dimension phrases; -1 for mentions and concepts. */
  row: number;
  kind: PhraseKind;
  text: string;
  words: PatternWord[];
  /** Compile order: names before variants before hints, so the lower wins a tie. */
  order: number;
}

export interface Catalog {
  frameworks: readonly Framework[];
  rows: DimensionRow[][];
  phrases: Phrase[];
  /** Phrases by every key their first word can match through. */
  byKey: Map<string, Phrase[]>;
}

export interface Hit {
  phrase: Phrase;
  /** Plain-text range in the scanned text. */
  start: number;
  end: number;
}

const FILLERS = new Set(['yang', 'dan', 'serta', 'the', 'a', 'an', 'and']);

const CATALOGS = slot('coverage: compiled catalog of a list of frameworks', () => new WeakMap<readonly Framework[], Catalog>());

/** The phrases of `frameworks` compiled for matching; the same catalog object for the same list within a run. */
export function catalogFor(frameworks: readonly Framework[], derived?: DerivedCache): Catalog {
  if (!derived) return compile(frameworks);
  const catalogs = derived.get(CATALOGS);
  let catalog = catalogs.get(frameworks);
  if (!catalog) {
    catalog = compile(frameworks);
    catalogs.set(frameworks, catalog);
  }
  return catalog;
}

export function rowsOf(framework: Framework): DimensionRow[] {
  const rows: DimensionRow[] = [];
  for (const d of framework.dimensions) {
    const index = rows.length;
    rows.push({ id: d.id, label: d.label, children: [] });
    for (const sub of d.dimensions ?? []) {
      rows[index].children.push(rows.length);
      rows.push({ id: sub.id, label: sub.label, parent: index, children: [] });
    }
  }
  return rows;
}

function compile(frameworks: readonly Framework[]): Catalog {
  const catalog: Catalog = { frameworks, rows: [], phrases: [], byKey: new Map() };
  const add = (framework: number, row: number, kind: PhraseKind, text: string, seen: Set<string>) => {
    const words = patternWords(text);
    if (words.length === 0) return;
    const signature = `${kind === 'variant' ? 'name' : kind}:${words.map((w) => w.text).join(' ')}`;
    if (seen.has(signature)) return;
    seen.add(signature);
    const phrase: Phrase = { framework, row, kind, text, words, order: catalog.phrases.length };
    catalog.phrases.push(phrase);
    const first = words[0];
    const keys = new Set([first.text, first.keys.plural]);
    if (words.length > 1 || first.root) keys.add(first.keys.stem);
    for (const key of keys) {
      const list = catalog.byKey.get(key) ?? [];
      list.push(phrase);
      catalog.byKey.set(key, list);
    }
  };
  frameworks.forEach((framework, f) => {
    const rows = rowsOf(framework);
    catalog.rows.push(rows);
    const frameworkSeen = new Set<string>();
    for (const text of framework.mentions) add(f, -1, 'mention', text, frameworkSeen);
    for (const text of framework.concepts) add(f, -1, 'concept', text, frameworkSeen);
    const dimensions = framework.dimensions.flatMap((d) => [d, ...(d.dimensions ?? [])]);
    dimensions.forEach((d, r) => {
      const seen = new Set<string>();
      const hinted = new Set(
        d.hints.map((h) =>
          patternWords(h)
            .map((w) => w.text)
            .join(' '),
        ),
      );
      const labels = [d.label.en, d.label.id].filter(
        (l) =>
          !hinted.has(
            patternWords(l)
              .map((w) => w.text)
              .join(' '),
          ),
      );
      for (const text of [...labels, ...d.names]) add(f, r, 'name', text, seen);
      for (const text of d.variants) add(f, r, 'variant', text, seen);
      for (const text of d.hints) add(f, r, 'hint', text, seen);
      for (const text of d.exclude) add(f, r, 'exclude', text, seen);
    });
  });
  return catalog;
}

function patternWords(text: string): PatternWord[] {
  const words = wordsOf(text).map((w) => w.text);
  const kept = words.length > 1 ? words.filter((w) => !FILLERS.has(w)) : words;
  return kept.map((w) => {
    const keys = keysOf(normaliseWord(w));
    return { text: w, keys, root: keys.stem === w && w.length >= 5 && /^\p{L}+$/u.test(w) };
  });
}

/** Every phrase of the catalog found in a text. */
export function scanText(catalog: Catalog, text: string): Hit[] {
  return scanWords(catalog, wordsOf(text));
}

/** Every phrase of the catalog found in `words` (the words of one text). */
export function scanWords(catalog: Catalog, words: Word[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const { base, plural, stem } = word.keys;
    // Most words start no phrase: four map look-ups and nothing allocated.
    const lists = [
      catalog.byKey.get(word.text),
      base !== word.text ? catalog.byKey.get(base) : undefined,
      plural !== word.text ? catalog.byKey.get(plural) : undefined,
      stem !== word.text ? catalog.byKey.get(stem) : undefined,
    ];
    let tried: Set<Phrase> | undefined;
    for (const list of lists) {
      if (!list) continue;
      for (const phrase of list) {
        if (tried?.has(phrase)) continue;
        (tried ??= new Set()).add(phrase);
        const end = matchAt(phrase, words, i);
        if (end !== undefined) hits.push({ phrase, start: word.start, end: words[end - 1].end });
      }
    }
  }
  return resolveOverlaps(hits);
}

/** The index after the last word of `phrase` matched from `words[at]`, or undefined. */
function matchAt(phrase: Phrase, words: Word[], at: number): number | undefined {
  const single = phrase.words.length === 1;
  let i = at;
  for (let k = 0; k < phrase.words.length; k++) {
    if (i >= words.length) return undefined;
    if (wordMatches(phrase.words[k], words[i], single)) {
      i++;
      continue;
    }
    // One filler may stand between two words of the phrase.
    if (k > 0 && FILLERS.has(words[i].text) && i + 1 < words.length && wordMatches(phrase.words[k], words[i + 1], single)) {
      i += 2;
      continue;
    }
    return undefined;
  }
  return i;
}

function wordMatches(pattern: PatternWord, word: Word, single: boolean): boolean {
  const t = word.keys;
  if (word.text === pattern.text || t.base === pattern.text) return true;
  if (t.plural === pattern.keys.plural && /^[a-z]+$/.test(word.text)) return true;
  if (single) return pattern.root && t.stem === pattern.text;
  return pattern.keys.stem.length >= 4 && t.stem === pattern.keys.stem;
}

/**
 * Drops what a longer match of the same framework explains: an excluded phrase
 * ("jaminan kesehatan") removes the dimension words inside it, and a dimension phrase removes
 * shorter phrases inside it ("komitmen terhadap proses kolaborasi" is the stage, not the
 * "proses kolaborasi" dimension; "kepemimpinan fasilitatif" is not also the hint
 * "kepemimpinan"). Two phrases of one row that match the same words count once.
 */
function resolveOverlaps(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits.filter((h) => h.phrase.kind !== 'exclude');
  return hits.filter((h) => {
    if (h.phrase.kind === 'exclude') return false;
    if (h.phrase.row < 0) return true;
    return !hits.some((o) => {
      if (o === h || o.phrase.framework !== h.phrase.framework || o.phrase.row < 0) return false;
      if (o.start > h.start || o.end < h.end) return false;
      if (o.phrase.kind === 'exclude') return o.phrase.row === h.phrase.row;
      // A hint never hides a name.
      if (o.phrase.kind === 'hint' && h.phrase.kind !== 'hint') return false;
      if (o.end - o.start > h.end - h.start) return true;
      return o.phrase.row === h.phrase.row && o.start === h.start && o.end === h.end && o.phrase.order < h.phrase.order;
    });
  });
}
