// Terms the manuscript itself gives in both languages. An Indonesian thesis lists its keywords
// twice, "Kata kunci: Gaya Hidup, Citra Merek, Bauran Pemasaran" under the ABSTRAK and
// "Keywords: Lifestyle, Brand Image, Marketing Mix" under the ABSTRACT, in the same order: each
// pair is one term, so a hypothesis on "gaya hidup" is reported by an ABSTRACT that writes
// "lifestyle", and one on "leadership traits" by an ABSTRAK that writes "ciri kepemimpinan". No
// dictionary knows the manuscript's own terms; the manuscript does.
import type { Keyword } from './match';
import { translationsOf } from './keys';

/** Two ways the manuscript writes one term, each as its words (lower-cased). */
export interface Equivalent {
  a: string[];
  b: string[];
}

/** The label of a keyword line (after emphasis marks): "Kata kunci", "Keywords", "Key words", "Index terms". */
const KEYWORD_LABEL = /^(?:kata[\s-]?kunci|keywords?|key\s?words?|index\s?terms)/i;

/** The terms of a line "Kata kunci: …" / "Keywords — …" (emphasis marks dropped), and its language; read with string operations. */
function keywordLine(line: string): { lang: 'id' | 'en'; terms: string[] } | undefined {
  let rest = line.trim().replace(/^[*_]{1,3}/, '');
  const label = KEYWORD_LABEL.exec(rest);
  if (!label) return undefined;
  rest = rest
    .slice(label[0].length)
    .replace(/^[*_]{1,3}/, '')
    .trim();
  if (!/^[:：—–-]/.test(rest)) return undefined;
  rest = rest
    .slice(1)
    .trim()
    .replace(/^[*_]{1,3}/, '');
  const terms = rest
    .replace(/[*_]/g, '')
    .split(/[,;·•|]/)
    .map((t) => {
      let term = t.trim();
      while (term.endsWith('.')) term = term.slice(0, -1).trim();
      return term.replace(/^(?:dan|and)\s/i, '').trim();
    })
    .filter((t) => t.length > 0);
  return { lang: /^kata/i.test(label[0]) ? 'id' : 'en', terms };
}

/** The keyword lists of a text, by language ("kata kunci" Indonesian, "keywords" English). */
export function keywordLists(texts: readonly string[]): { id: string[][]; en: string[][] } {
  const out = { id: [] as string[][], en: [] as string[][] };
  for (const text of texts)
    for (const line of text.split('\n')) {
      const found = keywordLine(line);
      if (found && found.terms.length >= 2) out[found.lang].push(found.terms);
    }
  return out;
}

/**
 * The equivalents two keyword lists give: when the manuscript has one Indonesian and one English
 * list of the same length, the terms in the same place, each of at most four words, where they
 * differ (an abbreviation kept in both, "PLS-SEM", is no pair).
 */
export function findEquivalents(texts: readonly string[]): Equivalent[] {
  const { id, en } = keywordLists(texts);
  if (id.length === 0 || en.length === 0) return [];
  const out: Equivalent[] = [];
  const seen = new Set<string>();
  for (const ids of id)
    for (const ens of en) {
      if (ids.length !== ens.length) continue;
      ids.forEach((term, i) => {
        const a = wordsOf(term);
        const b = wordsOf(ens[i]);
        if (a.length === 0 || b.length === 0 || a.length > 4 || b.length > 4 || a.join(' ') === b.join(' ')) return;
        const key = `${a.join(' ')}|${b.join(' ')}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ a, b });
      });
    }
  return out;
}

function wordsOf(term: string): string[] {
  return term.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * An item's words with the manuscript's equivalents applied to the terms it defined: an
 * abbreviation or a variable code whose long form is one form of a term ("X1": gaya hidup) is also
 * matched by the other form ("lifestyle"), in either language.
 */
export function withEquivalents(list: Keyword[], equivalents: readonly Equivalent[], keysOf: (word: string) => readonly string[]): Keyword[] {
  if (equivalents.length === 0) return list;
  let out = list;
  for (const { a, b } of equivalents)
    for (const [one, other] of [
      [a, b],
      [b, a],
    ]) {
      const first = one.map((w) => keysOf(w)[0]);
      const defined = out.findIndex((k) => k.alts?.some((alt) => alt.length === first.length && alt.every((word, i) => word.includes(first[i]))));
      if (defined < 0) continue;
      const k = out[defined];
      const form = formOf(other, keysOf);
      if (k.alts!.some((alt) => JSON.stringify(alt) === JSON.stringify(form))) continue;
      // A form of three words or more is also written without one of its modifiers ("receivables
      // turnover" for "accounts receivable turnover"): its head (the last word) stays.
      const shorter = form.length >= 3 ? form.slice(0, -1).map((_, drop) => form.filter((__, j) => j !== drop)) : [];
      out = out.map((x, i) => (i === defined ? { ...k, alts: [...k.alts!, form, ...shorter], crossAlts: true } : x));
    }
  return out;
}

function formOf(words: readonly string[], keysOf: (word: string) => readonly string[]): string[][] {
  return words.map((w) => {
    const keys = new Set(keysOf(w));
    for (const k of [...keys]) for (const t of translationsOf(k)) keys.add(t);
    return [...keys];
  });
}

/**
 * The item's words as the manuscript would write them in each language: every term in its
 * Indonesian form (the "leadership traits" of a hypothesis as the ABSTRAK's "ciri kepemimpinan"),
 * and every term in its English form ("gaya hidup" as the ABSTRACT's "lifestyle"). The words a
 * term brings are matched as written, in either language. Only the variants that differ from the
 * item's own words, in the order Indonesian, English (undefined where nothing changes).
 */
export function equivalentVariants(list: Keyword[], equivalents: readonly Equivalent[], wordsOf: (text: string) => Keyword[]): (Keyword[] | undefined)[] {
  if (equivalents.length === 0) return [undefined, undefined];
  const own = new Set(list.map((k) => k.keys[0]));
  // Words a defined term took ("kerja" of "Disiplin Kerja (Z)") are the item's too.
  const inTerms = new Set(list.flatMap((k) => (k.alts ?? []).flatMap((alt) => alt.flatMap((word) => word))));
  return [true, false].map((toIndonesian) => {
    // Every term the item writes in the other form, read from the item's own words (terms share
    // words: "stres kerja", "beban kerja", "disiplin kerja").
    const removed = new Set<string>();
    const added: Keyword[] = [];
    for (const { a, b } of equivalents) {
      const [from, to] = toIndonesian ? [b, a] : [a, b];
      // The form's content words, read as the item's are ("kerja" of "beban kerja" is none).
      const first = wordsOf(from.join(' ')).map((k) => k.keys[0]);
      if (first.length === 0 || first.some((k) => k === undefined) || !first.every((k) => own.has(k) || inTerms.has(k)) || !first.some((k) => own.has(k)))
        continue;
      for (const k of first) if (own.has(k)) removed.add(k);
      for (const k of wordsOf(to.join(' '))) if (!added.some((x) => x.keys[0] === k.keys[0])) added.push({ ...k, neutral: true });
    }
    if (removed.size === 0) return undefined;
    return [...list.filter((k) => !removed.has(k.keys[0])), ...added.filter((k) => !list.some((x) => x.keys[0] === k.keys[0] && !removed.has(k.keys[0])))];
  });
}
