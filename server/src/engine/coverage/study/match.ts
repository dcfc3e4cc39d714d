// Whether a part of the manuscript answers or reports an item: by its content words, or by an
// explicit reference to it.
//
// Content words. An item's content words are its words less function words and the vocabulary
// of asking ("bagaimana", "pengaruh", "mengetahui"); the words every item of its list shares (the
// study's object: "Rumah Makan Nasi Gerilya", "aplikasi pembelajaran ASD") weigh half, and
// together no more than one word, since they tell items apart no better than the topic does. A part covers the item where one sentence, or
// two in a row, holds enough of them (see covers): each matched by its stem in either language
// form ("dikembangkan" for "pengembangan"), by an English translation ("kepuasan" by
// "satisfaction"), or, for an abbreviation or a name, as written. A hypothesis must also be
// reported as an outcome in that window ("berpengaruh", "diterima", "supported"): naming its
// variables is not reporting its result, and a sentence of aims ("menguji pengaruh …", "tests
// whether …") reports none.
//
// A part written in the other language than the item (the ABSTRACT of an Indonesian thesis) is
// judged only on the words that have a translation, or that are the same in both languages
// (abbreviations, names); when too few do, the cell is 'unknown' and never reported.
import type { Lang, Span } from '../../model';
import type { CoverageCell, Evidence } from '../types';
import { isChoosingWord, studyKeys, translationsOf } from './keys';
import { FUNCTION_WORDS } from './lexicon';
import { pairKeys, sentenceKeys, type Definition, type StudyBlock, type StudySentence, type StudyText } from './text';

export interface Keyword {
  /** As written (lower-cased). */
  text: string;
  keys: readonly string[];
  /** Keys of its translations into the other language. */
  cross: readonly string[];
  /** The same in both languages: an abbreviation, a name, a number-bearing term. */
  neutral: boolean;
  /** Less than 1 for a word other items of the list share (see weigh); absent: 1. */
  weight?: number;
  /** One of the words that tell the item apart from the others of its list (see weigh). */
  telling?: boolean;
  /**
   * What the manuscript defines the word as (see withDefinitions): an abbreviation's words
   * ("TAM": technology, acceptance, model), a variable code's name ("X1": pelatihan). Each is a
   * list of words, each word a list of keys; a window holding every word of one holds the word.
   */
  alts?: readonly (readonly string[])[][];
  /** A variable code whose name can be judged in the other language (its words have translations). */
  crossAlts?: boolean;
  /** Counts where a window holds it, never against one that does not (the measure of a superlative). */
  bonus?: boolean;
  /** A word of the setting (nearly) every item of the list shares (see weigh). */
  setting?: boolean;
}

/**
 * An item's words with the manuscript's definitions applied: an abbreviation or variable code
 * the item uses is also matched by its long form, and a long form the item spells out (all its
 * content words) is one word with its abbreviation — "Global Surrogate-Assisted Genetic Algorithm
 * (G-SAGA)" is one term, matched by "G-SAGA" or by the five words; "Pelatihan (X1)" is matched by
 * "X1" or by "pelatihan". Without a definition, the words are unchanged.
 */
export function withDefinitions(
  list: Keyword[],
  definitions: ReadonlyMap<string, readonly Definition[]>,
  keysOf: (word: string) => readonly string[],
): Keyword[] {
  if (definitions.size === 0) return list;
  const wordKeys = (w: string) => {
    const keys = keysOf(w);
    const out = new Set(keys);
    for (const k of keys) for (const t of translationsOf(k)) out.add(t);
    return [...out];
  };
  // A defined word written closed may be written open ("Teamwork (X2)", "team work"): each split of
  // it is an alternative too (see compoundAlts).
  const altOf = (defs: readonly Definition[]) =>
    defs.flatMap((d) => {
      const words = d.words.map(wordKeys);
      const open = d.words.flatMap((w, i) => compoundAlts(w.toLowerCase()).map((parts) => [...words.slice(0, i), ...parts, ...words.slice(i + 1)]));
      return [words, ...open];
    });
  // A variable code is the same in both languages, but an abstract in the other language names
  // the variable, not the code: judged there only when its name has translations.
  const translatable = (defs: readonly Definition[]) => defs.some((d) => d.words.every((w) => keysOf(w).some((k) => translationsOf(k).length > 0)));
  const termOf = (k: Keyword, defs: readonly Definition[]): Keyword =>
    defs.some((d) => d.code)
      ? { ...k, alts: altOf(defs), neutral: false, ...(translatable(defs) ? { crossAlts: true } : {}) }
      : { ...k, alts: [...(k.alts ?? []), ...altOf(defs)] };
  let out = list.map((k) => {
    const defs = definitions.get(k.text);
    return defs ? termOf(k, defs) : k;
  });
  const own = new Set(list.map((k) => k.keys[0]));
  // Longer long forms first: "Relative Standard Error (RSE)" before "Standard Error (SE)".
  const all = [...definitions].flatMap(([short, defs]) => defs.map((d) => ({ short, d, defs })));
  all.sort((a, b) => b.d.words.length - a.d.words.length);
  // Words one long form took are not another's: "Return On Assets (ROA)" and "Return On Assets (Y)" are one term.
  const taken = new Set<string>();
  for (const { short, d, defs } of all) {
    // A code the manuscript gives to several variables ("Keterampilan (X1)" here, "Disiplin (X1)"
    // in a table of earlier studies) names none of them for sure: each keeps its own words.
    if (d.code && defs.some((x) => x.words.join(' ') !== d.words.join(' '))) continue;
    // A word of the long form the item misspells ("Heavy Indutry" for "Heavy Industry") is still
    // spelt out: the item's own word stands for it.
    const first = d.words.map((w) => {
      const key = keysOf(w)[0];
      if (own.has(key)) return key;
      const lower = w.toLowerCase();
      return lower.length >= 5 ? (list.find((k) => k.text.length >= 5 && oneEditApart(k.text, lower))?.keys[0] ?? key) : key;
    });
    if (first.length === 0 || !first.every((key) => own.has(key) && !taken.has(key))) continue;
    for (const key of first) taken.add(key);
    const rest = out.filter((k) => !first.includes(k.keys[0]));
    // The same long form defined with several abbreviations ("Unethical Pro-organizational
    // Behavior (UPOB)" in one chapter, "(UPB)" in another): any of them names the term.
    const keys = new Set(keysOf(short));
    for (const other of all)
      if (other.short !== short && other.d.words.length === first.length && other.d.words.every((w, i) => keysOf(w)[0] === first[i]))
        for (const k of keysOf(other.short)) keys.add(k);
    if (!rest.some((k) => k.text === short)) rest.push(termOf({ text: short, keys: [...keys], cross: [], neutral: true }, defs));
    out = rest;
  }
  return out;
}

/** The content words of a text, each once. */
export function contentWords(study: StudyText): Keyword[] {
  const out: Keyword[] = [];
  const seen = new Set<string>();
  const sentenceStarts = new Set(study.sentences.map((s) => s.firstWord));
  study.words.forEach((w, i) => {
    if (w.generic) return;
    // A light verb before an effect ("memberikan pengaruh", "gives an effect") says no more than
    // "berpengaruh": not a word of the item's own.
    if (LIGHT_VERB.test(w.lower) && EFFECT_NOUN.test(study.words[i + 1]?.lower ?? '')) return;
    // The measure of a superlative ("paling kuat", "most strongly"): a question that asks which
    // is the most … is answered by the winner or the figures as often as by the measure's word:
    // a bonus word (see Keyword.bonus).
    const bonus = (i > 0 && SUPERLATIVE.test(study.words[i - 1].lower)) || isChoosingWord(w.keys);
    if (/^\d+$/.test(w.lower)) return;
    if (w.lower.length < 3 && !w.capitals) return;
    const key = w.keys[0];
    if (seen.has(key)) return;
    seen.add(key);
    const cross = new Set<string>();
    for (const k of w.keys) for (const t of translationsOf(k)) cross.add(t);
    const capitalised = /^\p{Lu}/u.test(study.text.slice(w.start, w.end)) && !sentenceStarts.has(i);
    const compound = compoundAlts(w.lower);
    out.push({
      text: w.lower,
      keys: w.keys,
      cross: [...cross],
      neutral: w.capitals || capitalised || /\d/.test(w.lower),
      ...(bonus ? { bonus } : {}),
      ...(compound.length > 0 ? { alts: compound } : {}),
    });
  });
  return out;
}

/**
 * A word written closed that may be written open ("teamwork" / "team work", "kerjasama" /
 * "kerja sama", "worklife"): each split into two parts of MIN_PART letters or more, as two words
 * (see Keyword.alts). Parts that are no words ("kepu" + "asan") are found in no window.
 */
function compoundAlts(lower: string): (readonly string[])[][] {
  if (lower.length < 2 * MIN_PART || !/^\p{L}+$/u.test(lower)) return [];
  const out: (readonly string[])[][] = [];
  for (let at = MIN_PART; at <= lower.length - MIN_PART; at++) {
    const [a, b] = [lower.slice(0, at), lower.slice(at)];
    if (FUNCTION_WORDS.has(a) || FUNCTION_WORDS.has(b)) continue;
    out.push([studyKeys(a), studyKeys(b)]);
  }
  return out;
}
const MIN_PART = 4;

const SUPERLATIVE = /^(?:paling|most|least)$/;
const LIGHT_VERB = /^(?:memberikan|memberi|memiliki|mempunyai|gives?|has|have)$/;
const EFFECT_NOUN = /^(?:pengaruh|dampak|efek|kontribusi|sumbangan|effects?|impacts?|influences?)$/;

/**
 * The weight of each item's words: 1 for a word only this item of its list has, SHARED_WEIGHT for
 * a word every item has (the study's object: "Rumah Makan Nasi Gerilya", "aplikasi pembelajaran
 * ASD"), PARTLY_SHARED_WEIGHT in between. The words an item shares with fewest others are the
 * ones that tell it apart (`telling`). With one item, every word weighs 1 and tells.
 */
export function weigh(lists: Keyword[][]): Keyword[][] {
  if (lists.length < 2) return lists.map((list) => list.map((k) => ({ ...k, telling: true })));
  const count = new Map<string, number>();
  for (const list of lists) for (const k of list) count.set(k.keys[0], (count.get(k.keys[0]) ?? 0) + 1);
  // A word misspelt in some items ("karywan", "Seeang" beside "karyawan", "Serang") is the same
  // word there: counted together, a setting's typo neither tells an item apart nor weighs alone.
  const written = new Map<string, string>();
  for (const list of lists) for (const k of list) if (!written.has(k.keys[0])) written.set(k.keys[0], k.text);
  const raw = new Map(count);
  for (const [key, text] of written) {
    if (text.length < 5) continue;
    for (const [other, otherText] of written)
      if (other !== key && otherText.length >= 5 && oneEditApart(text, otherText)) count.set(key, (count.get(key) ?? 0) + (raw.get(other) ?? 0));
  }
  return lists.map((list) => {
    const required = list.filter((k) => !k.bonus);
    const fewest = Math.min(...(required.length > 0 ? required : list).map((k) => count.get(k.keys[0]) ?? 1));
    // The words every item shares together weigh at most SHARED_TOTAL: a long setting ("pada
    // pegawai di Lingkungan Kantor Wilayah DJP Sumatera Barat dan Jambi") is one thing all the
    // items say, and must not outweigh the words that tell them apart.
    // A word of the setting that one item of a long list leaves out or misspells ("Indutry", no
    // "Cilegon") is still the setting: shared by nearly all (see nearlyAll).
    const shared = list.filter((k) => !k.bonus && (count.get(k.keys[0]) ?? 1) >= nearlyAll(lists.length)).length;
    const sharedWeight = Math.min(SHARED_WEIGHT, SHARED_TOTAL / Math.max(1, shared));
    return list.map((k) => {
      const n = count.get(k.keys[0]) ?? 1;
      const shared = n >= nearlyAll(lists.length);
      // Shared by three items or more, a word is the setting; by two, it may be what both ask of.
      const setting = shared && lists.length >= SETTING_ITEMS;
      return {
        ...k,
        weight: n <= 1 ? 1 : shared ? sharedWeight : PARTLY_SHARED_WEIGHT,
        telling: k.bonus === true || n === fewest,
        ...(setting ? { setting } : {}),
      };
    });
  });
}

/** Whether two words differ by one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How many items of a list share a word of their setting: all of up to four, all but one of five or more. */
function nearlyAll(items: number): number {
  return items >= 5 ? items - 1 : items;
}

export const SHARED_WEIGHT = 0.5;
/** Items that must share a word before it is the setting, not what they ask (see covers). */
export const SETTING_ITEMS = 3;
/** What the words every item shares weigh together, at most (see weigh). */
export const SHARED_TOTAL = 1;
export const PARTLY_SHARED_WEIGHT = 0.75;

/**
 * Whether the words a window holds cover an item: at least COVERED of the item's weight, at least
 * two words (all of an item of one word), and at least one of the words that tell it apart.
 */
export function covers(matched: Keyword[], usable: Keyword[]): boolean {
  const total = usable.reduce((sum, k) => sum + (k.bonus ? 0 : (k.weight ?? 1)), 0);
  const got = matched.reduce((sum, k) => sum + (k.weight ?? 1), 0);
  // Two words at least (all of an item of one word); an item whose words are one of its own and
  // the setting every item of three or more shares ("Bagaimana monitoring Sasaran Kinerja Pegawai (SKP)?" among
  // questions all on SKP) is of one word: the setting is what the whole part speaks of.
  const own = usable.filter((k) => !k.setting && !k.bonus).length;
  if (matched.length < Math.min(2, own > 0 ? own : usable.length)) return false;
  if (usable.some((k) => k.telling) && !matched.some((k) => k.telling)) return false;
  return got >= COVERED * total - 1e-9;
}

export const COVERED = 0.4;

/** The share of an item's weight (bonus words left out of the total) that the matched words hold, at most 1. */
function share(matched: Keyword[], usable: Keyword[]): number {
  const total = usable.reduce((sum, k) => sum + (k.bonus ? 0 : (k.weight ?? 1)), 0);
  const got = matched.reduce((sum, k) => sum + (k.weight ?? 1), 0);
  return total > 0 ? Math.min(1, got / total) : 0;
}

export interface ItemTarget {
  /** Keyword sets that may each cover the item (a question's and its objective's). */
  keywordSets: Keyword[][];
  /** The item's language. */
  lang?: Lang;
  /** A hypothesis: the window must report an outcome. */
  outcome: boolean;
  /**
   * A question of comparing ("perbandingan … A dan B", "compared with") or choosing ("which … best",
   * "mana … paling"): answered by the comparison's verdict or the winner's name as often as in its
   * own words (see answersChoice).
   */
  choosing?: 'compare' | 'select';
}

/** Whether an item (its words) compares or chooses; see ItemTarget.choosing. */
export function choosingOf(text: string): 'compare' | 'select' | undefined {
  if (/\b(?:perbandingan|membandingkan|dibandingkan|bandingkan|compar(?:e|ed|ing|ison)|versus|vs\.?)\b/i.test(text)) return 'compare';
  if (/\b(?:which|manakah|mana|paling|terbaik|best|most)\b/i.test(text) && /\b(?:paling|terbaik|best|most|optimal)\b/i.test(text)) return 'select';
  return undefined;
}

/**
 * A window that answers a question of comparing or choosing without enough of its words: a
 * comparison's verdict ("SOM-m-AT … outperforms SOM") holding two of the item's words, one of them
 * a name; the winner's name ("an attention mechanism on … Long Short-Term Memory Networks
 * architecture") beside a word that tells the item apart ("architecture"), with half what covers.
 */
function answersChoice(choosing: 'compare' | 'select', sentences: readonly StudySentence[], matched: Keyword[], usable: Keyword[]): boolean {
  const required = matched.filter((k) => !k.bonus);
  const total = usable.reduce((sum, k) => sum + (k.bonus ? 0 : (k.weight ?? 1)), 0);
  const got = required.reduce((sum, k) => sum + (k.weight ?? 1), 0);
  if (choosing === 'compare') return sentences.some((x) => x.comparative) && required.length >= 2 && required.some((k) => k.neutral);
  return sentences.some((x) => x.names) && required.some((k) => k.telling) && got >= (COVERED / 2) * total - 1e-9;
}

/** Keyword sets that are a part of their item (its title, the subject a clause qualifies). */
const PARTS = new WeakSet<readonly Keyword[]>();

/** Marks a keyword set as a part of its item (see matchWords). */
export function partOfItem(set: Keyword[]): Keyword[] {
  PARTS.add(set);
  return set;
}

/** A text of a column to look in: a body block, or a heading (one window). */
export interface ColumnText {
  block: StudyBlock;
  heading: boolean;
  section: number;
}

/**
 * The best window of a column's texts for an item by its content words: the cell (without
 * references; see analyse.ts) and the evidence.
 */
export function matchWords(target: ItemTarget, texts: readonly ColumnText[], columnLang: Lang | undefined): CoverageCell {
  const other = columnLang !== undefined && target.lang !== undefined && columnLang !== target.lang;
  // The keyword sets that can be judged in this column's language: in the other language, two
  // thirds of an item's words (and two at least) must have a translation or be the same in both,
  // one of the words that tell it apart among them.
  const sets = target.keywordSets
    .map((set) => ({ set, usable: other ? set.filter((k) => k.cross.length > 0 || k.neutral || k.crossAlts === true) : set }))
    .filter(
      ({ set, usable }) =>
        set.length > 0 &&
        usable.length >= Math.min(set.length, Math.max(2, Math.ceil((set.length * 2) / 3))) &&
        // The words that tell the item apart must be among those that can be judged.
        (!other || !set.some((k) => k.telling && !k.bonus) || usable.some((k) => k.telling && !k.bonus)),
    );
  // An item that cannot be judged in the other language as a whole is not judged there by a part
  // of it (its title, its qualified subject): too little of it has a translation.
  if (sets.length === 0 || (other && sets.every(({ set }) => PARTS.has(set))))
    return other ? { status: 'unknown', evidence: [], hints: [] } : { status: 'absent', score: 0, evidence: [], hints: [] };
  let best: { score: number; covered: boolean; fraction: number; text: ColumnText; first: number; last: number; across?: Evidence } | undefined;
  // Every window that covers the item (the best first): a sentence covering alone stands for the
  // two-sentence windows around it.
  const covering: Evidence[] = [];
  const matched: Keyword[] = [];
  // What a text holds for the item depends on its words and the item's usable keywords only: kept
  // with the text (an edit elsewhere does not make the results chapter be read again).
  const signature = JSON.stringify([
    target.outcome,
    target.choosing ?? '',
    sets.map(({ usable }) => usable.map((k) => [k.keys, k.cross, k.weight ?? 1, k.telling === true, k.alts ?? 0, k.bonus === true])),
  ]);
  for (const text of texts) {
    const found = matchText(text.block.study, text.heading, signature, sets, target.outcome, target.choosing);
    if (found.best && (!best || found.best.score > best.score)) best = { ...found.best, text };
    for (const [first, last] of found.covering) {
      if (covering.length >= MAX_EVIDENCE) break;
      covering.push(windowEvidence(text, first, last, true));
    }
  }
  // A conclusion written as a numbered list answers a question across two points ("6. … Standard
  // Error …; 7. Nilai RSE …"): the last sentence of a block with the first of the next, in the same
  // section, is a window too.
  if (!target.outcome)
    for (let i = 0; i + 1 < texts.length; i++) {
      const [a, b] = [texts[i], texts[i + 1]];
      if (a.heading || b.heading || a.section !== b.section || a.block.block.file !== b.block.block.file) continue;
      const n = a.block.study.sentences.length;
      if (n === 0 || b.block.study.sentences.length === 0) continue;
      const keys = acrossKeys(a.block.study, b.block.study);
      for (const { usable } of sets) {
        matched.length = 0;
        for (const k of usable) if (hits(k, keys)) matched.push(k);
        if (matched.length === 0 || !covers(matched, usable)) continue;
        const tells = !usable.some((k) => k.telling) || matched.some((k) => k.telling);
        const fraction = share(matched, usable);
        const score = 2 + (tells ? fraction : fraction / 2);
        const first = windowEvidence(a, n - 1, n - 1, true);
        const second = windowEvidence(b, 0, 0, true);
        const across: Evidence = { ...first, end: Math.max(first.end, second.end), text: `${first.text} ${second.text}` };
        if (!best || score > best.score) best = { score, covered: true, fraction: tells ? fraction : 0, text: a, first: n - 1, last: n - 1, across };
        if (covering.length < MAX_EVIDENCE) covering.push(across);
        break;
      }
    }
  if (!best) return { status: 'absent', score: 0, evidence: [], hints: [] };
  const score = Math.round(best.fraction * 100) / 100;
  const evidence = best.across ?? windowEvidence(best.text, best.first, best.last, best.covered);
  if (best.covered)
    return {
      status: 'named',
      score,
      evidence: [evidence, ...covering.filter((e) => e.start !== evidence.start || e.file !== evidence.file || e.end !== evidence.end)],
      hints: [],
    };
  return { status: 'hinted', score, evidence: [], hints: [evidence] };
}

/** The best window of one text for an item (sentences first to last) and every window that covers it, in order. */
interface TextMatch {
  best?: { score: number; covered: boolean; fraction: number; first: number; last: number };
  covering: [number, number][];
}

/** Texts whose matches are kept per item: more items than this (edited questions) start the text's list afresh. */
const KEPT_MATCHES = 64;

function matchText(
  study: StudyText,
  heading: boolean,
  signature: string,
  sets: { usable: Keyword[] }[],
  outcome: boolean,
  choosing: 'compare' | 'select' | undefined,
): TextMatch {
  const key = heading ? `h${signature}` : signature;
  const kept = study.matches?.get(key) as TextMatch | undefined;
  if (kept) return kept;
  const out: TextMatch = { covering: [] };
  const matched: Keyword[] = [];
  const n = study.sentences.length;
  let coveredUpTo = -1;
  for (let s = 0; s < n; s++) {
    let aloneCovers = false;
    // Windows: this sentence alone, and with the next (a heading is one window); a hypothesis's
    // outcome is reported in the sentence that names it.
    for (const width of heading ? [n - s] : outcome ? [1] : [1, 2]) {
      if (s + width > n) continue;
      if (outcome && !heading && !study.sentences.slice(s, s + width).some((x) => x.verdict)) continue;
      const keys = width === 1 ? sentenceKeys(study, s) : pairKeys(study, s);
      let windowCovers = false;
      for (const { usable } of sets) {
        matched.length = 0;
        for (const k of usable) if (hits(k, keys)) matched.push(k);
        if (matched.length === 0) continue;
        const covered = covers(matched, usable) || (choosing !== undefined && answersChoice(choosing, study.sentences.slice(s, s + width), matched, usable));
        windowCovers ||= covered;
        // A window without a word that tells the item apart scores nothing (but may still hint).
        const tells = !usable.some((k) => k.telling) || matched.some((k) => k.telling);
        const fraction = share(matched, usable);
        const score = (covered ? 2 : tells ? 1 : 0) + (tells ? fraction : fraction / 2);
        if (!out.best || score > out.best.score) out.best = { score, covered, fraction: tells ? fraction : 0, first: s, last: s + width - 1 };
      }
      if (width === 1) aloneCovers = windowCovers;
      // A pair counts only when its first sentence does not cover on its own. (Every covering
      // window of the text is kept; matchWords keeps the first MAX_EVIDENCE of the column's.)
      if (windowCovers && (width === 1 || !aloneCovers) && s + width - 1 > coveredUpTo) {
        out.covering.push([Math.max(s, coveredUpTo + 1), s + width - 1]);
        coveredUpTo = s + width - 1;
      }
    }
    if (heading) break;
  }
  study.matches ??= new Map();
  if (study.matches.size >= KEPT_MATCHES) study.matches.clear();
  study.matches.set(key, out);
  return out;
}

/**
 * Whether a whole column (its prose, headings left out) speaks of the item: a conclusion of a
 * study with one research question or objective answers it over its points ("Sistem monitoring
 * telah selesai dikembangkan …", "Metode Extreme Programming terbukti …"), often in its own words
 * ("model dan algoritma … layak" for a 20-word objective): it does when it holds two of the item's
 * words (all of an item of one word). Only a conclusion that hardly speaks of its only item (a
 * template, another study's text) leaves it out. Evidence: the column's first text.
 */
export function coversWhole(target: ItemTarget, texts: readonly ColumnText[], columnLang: Lang | undefined): Evidence | undefined {
  if (target.lang !== undefined && columnLang !== undefined && columnLang !== target.lang) return undefined;
  const prose = texts.filter((t) => !t.heading && t.block.study.sentences.length > 0);
  if (prose.length === 0) return undefined;
  const keys = new Set<string>();
  for (const t of prose) for (let s = 0; s < t.block.study.sentences.length; s++) for (const k of sentenceKeys(t.block.study, s)) keys.add(k);
  for (const set of target.keywordSets) {
    const matched = set.filter((k) => hits(k, keys));
    if (matched.length < Math.min(2, set.length)) continue;
    const first = prose[0];
    return windowEvidence(first, 0, first.block.study.sentences.length - 1, true);
  }
  return undefined;
}

/** Covering windows kept per cell (a results chapter may hold hundreds). */
export const MAX_EVIDENCE = 20;

function hits(k: Keyword, keys: Set<string>): boolean {
  for (const key of k.keys) if (keys.has(key)) return true;
  for (const key of k.cross) if (keys.has(key)) return true;
  if (k.alts) for (const alt of k.alts) if (alt.length > 0 && alt.every((word) => word.some((key) => keys.has(key)))) return true;
  return false;
}

/** The keys of a text's last sentence with the next text's first, kept with the first text while the next is the same. */
function acrossKeys(a: StudyText, b: StudyText): Set<string> {
  const kept = ACROSS.get(a);
  if (kept?.next === b) return kept.keys;
  const keys = new Set(sentenceKeys(a, a.sentences.length - 1));
  for (const k of sentenceKeys(b, 0)) keys.add(k);
  ACROSS.set(a, { next: b, keys });
  return keys;
}

const ACROSS = new WeakMap<StudyText, { next: StudyText; keys: Set<string> }>();

/** Evidence spanning sentences [first, last] of a text. */
export function windowEvidence(text: ColumnText, first: number, last: number, named: boolean): Evidence {
  const { study } = text.block;
  const a = study.sentences[first].start;
  const b = study.sentences[last].end;
  return { ...sourceSpan(text.block, a, b), text: study.text.slice(a, b).trim(), match: named ? 'name' : 'hint', heading: text.heading, section: text.section };
}

/** The source span of [a, b) of a block's study text. */
export function sourceSpan(block: StudyBlock, a: number, b: number): Span {
  const from = Math.max(0, Math.min(a, block.text.length - 1));
  const to = Math.max(from + 1, Math.min(b, block.text.length));
  return { file: block.block.file, start: block.offsets[from], end: block.offsets[to - 1] + 1 };
}
