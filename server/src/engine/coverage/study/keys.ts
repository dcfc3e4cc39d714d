// Comparison keys of words for matching a manuscript's research questions, objectives and
// hypotheses: a word matches another when their keys meet. Keys are namespaced by language:
// "i:kembang" (the Indonesian stem) and "e:implement" (the English, Porter/Snowball stem), so that
// the stem of one language never meets an unrelated word of the other by chance.
//
// Tala's Indonesian stemmer is unsure of the first letter a nasal prefix replaced: it stems
// "dikembangkan" to "kembang" but "pengembangan" to "embang", "dirancang" to "rancang" but
// "perancangan" to "ancang". A word with such a prefix also gets the stem with each letter the
// prefix may have swallowed (k, p, t, s; r after "per"), so that the two forms meet.
import IndonesianStemmer from '@nlpjs/lang-id/src/indonesian-stemmer.js';
import EnglishStemmer from '@nlpjs/lang-en-min/src/stemmer-en.js';
import { keysOf } from '../words';
import type { Lang } from '../../model';
import { CHOOSING_WORDS, ENGLISH_FUNCTION_WORDS, FUNCTION_WORDS, INDONESIAN_FUNCTION_WORDS, RESEARCH_WORDS, TRANSLATIONS } from './lexicon';

// Both stemmers hold no state between words: one instance each serves every call.
const indonesian = new IndonesianStemmer();
const english = new EnglishStemmer();

/** The keys of a lower-cased word form (see the file comment). */
export function studyKeys(lower: string): string[] {
  const base = keysOf(lower).base;
  if (!/^\p{L}+$/u.test(base) || base.length <= 3) return [`i:${base}`, `e:${base}`];
  const stem = indonesian.stemWord(base);
  const keys = [`i:${stem}`];
  if (stem !== base && /^[aeiou]/.test(stem)) {
    if (/^(?:me|pe)ng[aeiou]/.test(base)) keys.push(`i:k${stem}`);
    else if (/^(?:me|pe)m[aeiou]/.test(base)) keys.push(`i:p${stem}`);
    else if (/^(?:me|pe)n[aeiou]/.test(base)) keys.push(`i:t${stem}`);
    else if (/^(?:me|pe)ny[aeiou]/.test(base)) keys.push(`i:s${stem}`);
    else if (/^per[aeiou]/.test(base)) keys.push(`i:r${stem}`);
  }
  keys.push(`e:${english.stemWord(base)}`);
  // A loanword from English ("estimasi", "implementasi", "aktivitas"): the English form's stem
  // too, so that "estimasi" meets "naïve estimation" written in English in an Indonesian thesis.
  for (const loan of loanForms(base)) {
    const key = `e:${english.stemWord(loan)}`;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * The English words a loanword renders, also under Indonesian affixes: "memediasi", "pemediasi",
 * "dimediasi" render "mediation" as "mediasi" does, "mengimplementasikan" "implementation". (The
 * Indonesian stemmer cuts such words at a false prefix: "memediasi" → "pediasi", "mediator" →
 * "diator".) A prefix the word does not have yields a form no English word has; harmless.
 */
function loanForms(base: string): string[] {
  const out: string[] = [];
  const own = englishForm(base);
  if (own) out.push(own);
  const bare = base.replace(/(?:kan|nya)$/, '');
  if (bare !== base) {
    const form = englishForm(bare);
    if (form) out.push(form);
  }
  for (const prefix of LOAN_PREFIXES) {
    if (!bare.startsWith(prefix)) continue;
    const form = englishForm(bare.slice(prefix.length));
    if (form && !out.includes(form)) out.push(form);
  }
  return out;
}

const LOAN_PREFIXES = ['me', 'mem', 'men', 'meng', 'di', 'pe', 'pem', 'pen', 'peng', 'ter', 'ber'];

/** The English word an Indonesian loanword renders ("estimasi" → "estimation", "kualitas" → "qualitas"…), or undefined. */
export function englishForm(base: string): string | undefined {
  if (base.length < 6) return undefined;
  const m = /^(.{3,}?)(asi|isi|usi|itas)$/.exec(base);
  if (!m) return undefined;
  const stem = m[1].replace(/^k(?=[aoulr])/, 'c').replace(/kt/g, 'ct');
  return stem + { asi: 'ation', isi: 'ition', usi: 'ution', itas: 'ity' }[m[2] as 'asi' | 'isi' | 'usi' | 'itas'];
}

/** The first (primary) key of each language for a word: what the lexicon is compiled to. */
function primaryKey(lower: string, lang: 'i' | 'e'): string {
  return studyKeys(lower).find((k) => k.startsWith(`${lang}:`))!;
}

let translations: Map<string, readonly string[]> | undefined;

/** Keys of the other language for a key ("i:puas" → ["e:satisfact", "e:satisfi"]). Compiled once (pure data). */
export function translationsOf(key: string): readonly string[] {
  translations ??= compileTranslations();
  return translations.get(key) ?? NONE;
}

const NONE: readonly string[] = [];

function compileTranslations(): Map<string, readonly string[]> {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const entry of TRANSLATIONS) {
    const [left, right] = entry.split(':').map((side) => side.trim().split(/\s+/));
    const singles = (words: string[]) => words.filter((w) => !w.includes('_'));
    const pairs = (words: string[]) => words.filter((w) => w.includes('_')).map((w) => w.split('_'));
    for (const a of singles(left))
      for (const b of singles(right)) {
        link(primaryKey(a, 'i'), primaryKey(b, 'e'));
        link(primaryKey(b, 'e'), primaryKey(a, 'i'));
      }
    // Two-word terms: the Indonesian head comes first, the English head last.
    for (const a of pairs(left))
      for (const b of pairs(right)) {
        if (a.length !== 2 || b.length !== 2) continue;
        for (const [x, y] of [
          [a[0], b[1]],
          [a[1], b[0]],
        ]) {
          link(primaryKey(x, 'i'), primaryKey(y, 'e'));
          link(primaryKey(y, 'e'), primaryKey(x, 'i'));
        }
      }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

let generic: Set<string> | undefined;

/**
 * Whether a word never counts as content of an item: a function word, or the vocabulary of
 * asking and answering ("pengaruh", "mengetahui", "significant"), in any inflected form.
 */
export function isGenericWord(lower: string, keys: readonly string[]): boolean {
  const base = keysOf(lower).base;
  if (FUNCTION_WORDS.has(lower) || FUNCTION_WORDS.has(base) || RESEARCH_WORDS.has(lower) || RESEARCH_WORDS.has(base)) return true;
  generic ??= new Set([...RESEARCH_WORDS].filter((w) => w.length > 4).map((w) => primaryKey(w, 'i')));
  return keys.length > 0 && generic.has(keys[0]);
}

let choosing: Set<string> | undefined;

/** Whether a word (by its keys) is one of comparing or choosing (lexicon.ts CHOOSING_WORDS). */
export function isChoosingWord(keys: readonly string[]): boolean {
  choosing ??= new Set(CHOOSING_WORDS.flatMap((w) => studyKeys(w).slice(0, 1)));
  return keys.length > 0 && choosing.has(keys[0]);
}

let lexiconSides: { id: Set<string>; en: Set<string> } | undefined;

/**
 * The language of a short text (a research question has few function words): by its function
 * words and the lexicon's words of each language; undefined when they do not tell.
 */
export function languageOfItem(words: readonly string[]): Lang | undefined {
  if (!lexiconSides) {
    const id = new Set<string>();
    const en = new Set<string>();
    for (const entry of TRANSLATIONS) {
      const [left, right] = entry.split(':').map((side) =>
        side
          .trim()
          .split(/\s+/)
          .flatMap((w) => w.split('_')),
      );
      for (const w of left) id.add(w);
      for (const w of right) en.add(w);
    }
    lexiconSides = { id, en };
  }
  let id = 0;
  let en = 0;
  for (const w of words) {
    if (INDONESIAN_FUNCTION_WORDS.has(w) || lexiconSides.id.has(w) || lexiconSides.id.has(keysOf(w).base)) id++;
    if (ENGLISH_FUNCTION_WORDS.has(w) || lexiconSides.en.has(w) || lexiconSides.en.has(keysOf(w).plural)) en++;
  }
  if (id === en) return undefined;
  return id > en ? 'id' : 'en';
}
