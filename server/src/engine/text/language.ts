// Which language a text is written in, Indonesian or English: from what the manuscript declares
// (babel/polyglossia, a front-matter `lang`), else from its function words.
import type { Lang } from '../model';
import { TextMemo } from '../memo';

const INDONESIAN_WORDS = /\b(?:yang|dan|dengan|ini|dalam|untuk|pada|adalah|dari|tidak|penelitian)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|with|this|in|for|is|are|from|not|study)\b/gi;

/** Fewer function words than this decide nothing. */
const ENOUGH_WORDS = 5;

export type LanguageCounts = TextMemo<[number, number]>;

/** 'id' or 'en' by the function words of `texts`; undefined when they are too few to tell. */
export function languageOfWords(texts: Iterable<string>, memo?: LanguageCounts): Lang | undefined {
  let id = 0;
  let en = 0;
  for (const text of texts) {
    const counts = memo ? memo.get(text, () => countWords(text)) : countWords(text);
    id += counts[0];
    en += counts[1];
  }
  if (id + en < ENOUGH_WORDS) return undefined;
  return id > en ? 'id' : 'en';
}

function countWords(text: string): [number, number] {
  return [text.match(INDONESIAN_WORDS)?.length ?? 0, text.match(ENGLISH_WORDS)?.length ?? 0];
}

/** A declared language ("id", "id-ID", "indonesian", "bahasa", "en-US", "english", "british") as 'id' or 'en'. */
export function declaredLanguage(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (/^(?:id|in)(?:[-_]|$)|^(?:indonesian?|bahasa)\b/.test(v)) return 'id';
  if (/^en(?:[-_]|$)|^(?:english|british|american|usenglish|ukenglish|australian)\b/.test(v)) return 'en';
  return undefined;
}
