// Words of a text block as the coverage matcher sees them: lower-cased, with the plain-text range
// they came from, and three comparison keys computed once per distinct word form.
//
// - `base`: the word without an Indonesian particle or possessive (-nya, -lah, -kah) or English
//   possessive ('s): "komunikasinya" → "komunikasi".
// - `plural`: an English plural reduced to its singular ("conditions" → "condition").
// - `stem`: the Indonesian stem from @nlpjs/lang-id (the Snowball stemmer, Tala's algorithm):
//   "dikomunikasikan" → "komunikasi", "kelembagaan" → "lembaga".
//
// Tala's stemmer is aggressive on some words ("empati" → "empat", "media" → "dia"), which is why
// phraseMatcher.ts uses stems only where they are safe.
//
// The stemmer is imported from its file, not the package's index (which loads the tokenizer,
// stop words and the sentiment lexicon too: ~1 MB more in every bundle and in the server's
// heap). A file path is not a public interface, so server/package.json pins @nlpjs/lang-id to
// exactly one version; test/coverage/matching.test.ts pins the stems we rely on.
import IndonesianStemmer from '@nlpjs/lang-id/src/indonesian-stemmer.js';
import type { TextMemo } from '../memo';

export interface Word {
  /** Lower-cased, diacritics removed. */
  text: string;
  /** Plain-text range [start, end) in the block's text. */
  start: number;
  end: number;
  keys: WordKeys;
}

export interface WordKeys {
  base: string;
  plural: string;
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’]s\b)?/gu;

/** Keys of word forms already seen (see keysOf), kept by the run's DerivedCache. */
export type WordKeysMemo = TextMemo<WordKeys>;

/** Every word of `text` with its keys. */
export function wordsOf(text: string, memo?: WordKeysMemo): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const lower = normaliseWord(raw.replace(/['’]s$/, ''));
    if (lower.length === 0) continue;
    words.push({ text: lower, start, end: start + raw.length, keys: memo ? memo.get(lower, () => keysOf(lower)) : keysOf(lower) });
  }
  return words;
}

export function normaliseWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const PARTICLE = /(?:nya|lah|kah)$/;

// The stemmer holds no state between words: one instance serves every call.
const stemmer = new IndonesianStemmer();

/**
 * The comparison keys of a lower-cased word form. The stems of a thesis repeat a few thousand
 * distinct words across every keystroke's re-check: the coverage analysis keeps them in a
 * WordKeysMemo.
 */
export function keysOf(lower: string): WordKeys {
  const base = lower.length >= 6 && PARTICLE.test(lower) && !KEEP_ENDING.has(lower) ? lower.replace(PARTICLE, '') : lower;
  return { base, plural: singular(lower), stem: /^\p{L}+$/u.test(lower) && lower.length > 3 ? stemmer.stemWord(lower) : lower };
}

// Words whose ending only looks like a particle.
const KEEP_ENDING = new Set(['masalah', 'sekolah', 'jumlah', 'sejumlah', 'istilah', 'kalah', 'langkah', 'nikah', 'pengolah', 'pengelolah', 'sebelah']);

/** An English plural reduced to the singular; other words unchanged. */
function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && !/(?:is|us|ss)$/.test(word)) return word.slice(0, -1);
  return word;
}
