// Frameworks a manuscript defines itself, when none of the catalogue's is used: the theory chapter
// names a model's dimensions, indicators or components — "Menurut Robbins (2008) terdapat empat
// dimensi kepuasan kerja, yaitu gaji, pekerjaan itu sendiri, rekan kerja dan atasan", or a lead-in
// "… terdiri dari lima indikator sebagai berikut:" and a list whose points begin with their names
// ("Kebutuhan fisiologis: …"). Each becomes a framework of the manuscript's own words, matched as
// a catalogue framework is (analyse.ts); it is kept only when the results follow it (two or more
// of its dimensions head results sections): a theory chapter lists the indicators of every
// variable it defines, and only those the results are organised by are what the study found.
import type { Manuscript } from '../manuscript';
import type { Framework } from '../frameworks/schema';
import { slot } from '../derived';
import { TextMemo } from '../memo';

/** The words a theory chapter uses for a model's parts. */
const PARTS =
  /\b(?:dimensi|indikator|aspek|faktor|komponen|unsur|elemen|prinsip|pilar|dimensions?|indicators?|aspects?|factors?|components?|elements?|principles?|pillars?)\b/i;
const COUNT_WORDS: Record<string, number> = {
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
};
const COUNT =
  /\b(dua|tiga|empat|lima|enam|tujuh|delapan|two|three|four|five|six|seven|eight|[2-8])\s+(?:buah\s+)?(?:dimensi|indikator|aspek|faktor|komponen|unsur|elemen|prinsip|pilar|dimensions?|indicators?|aspects?|factors?|components?|elements?|principles?|pillars?)\b/i;
/** What introduces the names inline: "yaitu", "antara lain", "meliputi", ":". */
const INLINE_CUE = /(?:\byaitu\b|\byakni\b|\bantara\s+lain\b|\bmeliputi\b|\bnamely\b|\bincluding\b|\binclude\b|:)\s*/i;
/** A lead-in that announces a list: ends with ":" or "sebagai berikut", "as follows". */
const LEAD_IN = /(?::|\bsebagai\s+berikut\.?|\bberikut\s+ini\.?|\bas\s+follows\.?|\bthe\s+following\.?)\s*$/i;
/** Where a citation's year stands: "Robbins (2008)", "(Davis, 1989)". */
const CITED_YEAR = /[(,] ?(\d{4})\b/;

const MIN_PARTS = 2;
const MAX_PARTS = 8;
/** A dimension's name is short: longer heads are sentences, not names. */
const MAX_NAME_WORDS = 6;

interface Found {
  names: string[];
  /** "Robbins (2008)" when the sentence cites one, else its words for the whole ("indikator kemudahan penggunaan"). */
  cited?: string;
  section: number;
}

/** What one sentence of a paragraph says of a model's parts: its names inline, or a lead-in to a list after the paragraph. */
interface SentenceReading {
  inline?: { names: string[]; cited?: string };
  lead?: { count?: number; cited?: string };
}

/** What a paragraph says, from its text alone: kept by text, so that an edit reads only the paragraphs it changed. */
interface ParagraphReading {
  /** It states a qualitative study's sub-focus. */
  focus: boolean;
  sentences: SentenceReading[];
}

const PARAGRAPH_READINGS = slot("coverage: what a paragraph says of a model's parts", () => new TextMemo<ParagraphReading>(10_000));

/** The frameworks the theory chapter defines (none without a theory chapter). */
export function deriveFrameworks(manuscript: Manuscript): Framework[] {
  const found: Found[] = [];
  const blocks = manuscript.blocks;
  const readings = manuscript.derived.get(PARAGRAPH_READINGS);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const section = manuscript.sections[b.section];
    // Only the theory chapter and the introduction are read (an edit re-checks every paragraph).
    if (!section || b.kind !== 'paragraph' || (section.role !== 'theory' && section.role !== 'introduction')) continue;
    const reading = readings.get(b.text, () => readParagraph(b.text));
    // The theory chapter, and the sub-focus of a qualitative study ("Sub fokus penelitian ini
    // adalah indikator … yaitu …"), which the introduction states.
    const focus = section.role === 'introduction' && (SUB_FOCUS.test(section.title) || reading.focus);
    if (section.role !== 'theory' && !focus) continue;
    for (const { inline, lead } of reading.sentences) {
      if (inline) {
        found.push({ names: inline.names, cited: inline.cited, section: b.section });
        continue;
      }
      if (!lead) continue;
      // A lead-in and the list after it; a point may be followed by paragraphs that describe it.
      const points: string[] = [];
      let end = i + 1;
      while (end < blocks.length && blocks[end].section === b.section) {
        if (blocks[end].kind === 'list-item') points.push(blocks[end].text);
        else {
          let after = end;
          while (after < blocks.length && after - end < MAX_DESCRIPTION && blocks[after].kind === 'paragraph' && blocks[after].section === b.section) after++;
          // Described points: paragraphs after a point, then the next point.
          if (points.length === 0 || after === end || blocks[after]?.kind !== 'list-item' || blocks[after]?.section !== b.section) break;
          end = after;
          continue;
        }
        end++;
      }
      const names = points.map((x) => headOf(x));
      if (
        names.length >= MIN_PARTS &&
        names.length <= MAX_PARTS &&
        names.every((n) => n !== undefined) &&
        (lead.count === undefined || lead.count === names.length)
      )
        found.push({ names: names as string[], cited: lead.cited, section: b.section });
    }
  }
  return distinct(found).map((f, k) => frameworkOf(f, k, manuscript));
}

/** What a paragraph's sentences say of a model's parts (see ParagraphReading). */
function readParagraph(raw: string): ParagraphReading {
  const text = raw.replace(/\s+/g, ' ').trim();
  const sentences: SentenceReading[] = [];
  for (const sentence of sentencesOf(text)) {
    if (!PARTS.test(sentence)) continue;
    const count = countOf(sentence);
    const citedAs = citedIn(sentence) ?? wholeOf(sentence);
    // Inline: "… empat dimensi, yaitu a, b, c, dan d."; without a count, the names alone
    // ("indikator … menurut X (2019) yaitu a, b, c, dan d"), or points that define them ("yaitu
    // 1) Kualitas kerja adalah …; 2) Kuantitas kerja adalah …").
    const cue = INLINE_CUE.exec(sentence.slice(sentence.search(PARTS)));
    if (cue) {
      const tail = sentence.slice(sentence.search(PARTS) + cue.index + cue[0].length);
      // Defining points run on to the paragraph's end, across the sentences that define them.
      const at = text.indexOf(sentence);
      const names = definedPoints(at >= 0 ? text.slice(at + sentence.length - tail.length) : tail) ?? splitInline(tail);
      if (names && (count === undefined ? names.length >= MIN_PARTS + 1 && names.length <= MAX_PARTS : names.length === count)) {
        sentences.push({ inline: { names, cited: citedAs } });
        continue;
      }
    }
    if (sentence === lastOf(text) && LEAD_IN.test(sentence)) sentences.push({ lead: { count, cited: citedAs } });
  }
  return { focus: SUB_FOCUS.test(text), sentences };
}

/** A section or paragraph that states a qualitative study's sub-focus ("Sub Fokus Penelitian", "Subfokus penelitian ini adalah …"). */
const SUB_FOCUS = /\bsub\s?-?fokus\b/i;
/** Paragraphs that may describe one point of a list before the next point. */
const MAX_DESCRIPTION = 3;

/**
 * A framework stated twice (the sub-focus and the theory chapter, or the points and a summary
 * sentence after them) is one: a later list whose names are those of an earlier one, written
 * alike or one letter apart ("Kunatitas kerja"), is left out.
 */
function distinct(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const same = (g: Found) => g.names.length === f.names.length && g.names.every((n, k) => n === f.names[k] || oneLetterApart(n, f.names[k]));
    if (!out.some(same)) out.push(f);
  }
  return out;
}

function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    // Two letters swapped ("kunatitas", "kuantitas").
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Points numbered inside a sentence that each define their name: "1) Kualitas kerja adalah …;
 * 2) Kuantitas kerja adalah …; (3) …" — the names; undefined when fewer than two points or a
 * point does not begin with a short name.
 */
function definedPoints(tail: string): string[] | undefined {
  const marks = [...tail.matchAll(/(?:^|\s|;)\(?(\d{1,2})\)\s/g)];
  if (marks.length < MIN_PARTS || marks[0].index !== 0) return undefined;
  const names: string[] = [];
  for (let k = 0; k < marks.length; k++) {
    if (Number(marks[k][1]) !== k + 1) return undefined;
    const start = marks[k].index + marks[k][0].length;
    const point = tail.slice(start, k + 1 < marks.length ? marks[k + 1].index : tail.length);
    const cut = point.search(/\s(?:adalah|merupakan|ialah|yaitu|is|are|refers)\s|:\s/i);
    if (cut <= 0) return undefined;
    const name = cleanName(point.slice(0, cut));
    if (name === undefined) return undefined;
    names.push(name);
  }
  return names;
}

function frameworkOf(f: Found, k: number, manuscript: Manuscript): Framework {
  const title = manuscript.sections[f.section]?.title.replace(/^[\d.\s]+/, '').trim() ?? '';
  const name = f.cited ?? (title || `framework ${k + 1}`);
  const used = new Set<string>();
  return {
    id: `derived-${k + 1}`,
    name,
    sources: [],
    mentions: [],
    concepts: [],
    dimensions: f.names.map((n, d) => {
      let id = slug(n) || `dimension-${d + 1}`;
      while (used.has(id)) id = `${id}-${d + 1}`;
      used.add(id);
      return { id, label: { en: n, id: n }, names: [], variants: [], hints: [], exclude: [] };
    }),
  };
}

/**
 * The work the sentence cites: "Robbins (2008)", "Ansell dan Gash (2008)", "Emerson et al. (2012)"
 * — the capitalised names just before the first year in parentheses or after a comma (read with
 * string operations: a regex for the names before the year backtracks polynomially).
 */
function citedIn(sentence: string): string | undefined {
  const year = CITED_YEAR.exec(sentence);
  if (!year) return undefined;
  const words = sentence
    .slice(Math.max(0, year.index - 80), year.index)
    .trim()
    .split(' ')
    .map((w) => (w.startsWith('(') ? w.slice(1) : w));
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}[\p{L}'-]+$/u.test(w);
  let n = words.length;
  if (n >= 3 && /^(?:al\.|dkk\.?)$/.test(words[n - 1]) && words[n - 2] === 'et') n -= 2;
  else if (n >= 2 && /^dkk\.?$/.test(words[n - 1])) n -= 1;
  if (!capital(words[n - 1])) return undefined;
  let first = n - 1;
  if (first >= 2 && ['dan', 'and', '&'].includes(words[first - 1]) && capital(words[first - 2])) first -= 2;
  return `${words.slice(first, words.length).join(' ')} (${year[1]})`;
}

/** The sentence's words for the whole: "indikator kemudahan penggunaan", quoted. */
function wholeOf(sentence: string): string | undefined {
  const at = sentence.search(PARTS);
  const words = sentence
    .slice(at)
    .split(
      /:|,|\bsebagai\b|\bberikut\b|\byaitu\b|\byakni\b|\bantara\b|\bmeliputi\b|\bmenurut\b|\bterdiri\b|\badalah\b|\bas\b|\bnamely\b|\binclud\w*|\bconsist\w*|\bare\b|\baccording\b/i,
    )[0]
    .trim()
    .split(/\s+/);
  if (words.length === 0 || words.length > 6 || words[0] === '') return undefined;
  return `“${words.join(' ').toLowerCase()}”`;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function lastOf(text: string): string {
  const all = sentencesOf(text);
  return all[all.length - 1] ?? '';
}

function countOf(sentence: string): number | undefined {
  const m = COUNT.exec(sentence);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return COUNT_WORDS[word] ?? Number(word);
}

/** "a, b, c, dan d." → [a, b, c, d]; "(1) a, (2) b" too; undefined when a part is not a short name. */
function splitInline(tail: string): string[] | undefined {
  const body = tail.replace(/[.;]\s*$/, '').split(/[.;](?:\s|$)/)[0];
  const parts = body
    .replace(/\(\s*(?:\d{1,2}|[a-h])\s*\)\s*/gi, ', ')
    .split(/,|\s(?:dan|and|serta)\s/i)
    .map((p) =>
      p
        .trim()
        .replace(/^(?:dan|and|serta|atau|or)\s/i, '')
        .trim(),
    )
    .filter((p) => p.length > 0);
  const names = parts.map(cleanName);
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}

/** The name a list point begins with: "Kebutuhan fisiologis: …", "Kemudahan (ease of use) – …". */
function headOf(text: string): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  const cut = clean.search(/:|\s[–—-]\s|\.\s|,\s|\byaitu\b|\badalah\b|\bmerupakan\b|\bialah\b|\bberupa\b|\bis\b|\brefers\b|\bmeans\b/i);
  return cleanName(cut > 0 ? clean.slice(0, cut) : clean);
}

/** A point's letter ("a) ", "b. ", "(c) "): "meliputi aspek : a) Orientasi pelayanan, b) Integritas …". */
const LETTER_MARK = /^(?:\(?[a-h]\)|[a-h]\.)\s/i;
/** Characters that format and are not seen: a word joiner, a zero-width space (Word files keep them). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

function cleanName(raw: string): string | undefined {
  const spaced = raw
    .replace(INVISIBLE, '')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/^[\d.)\s-]+/, '')
    .replace(LETTER_MARK, '')
    .replace(/[*_"“”'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const name = trimTrailing(spaced, '.:;,');
  const words = name.match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return undefined;
  // A name is a noun phrase: not a clause with a verb of saying or a number.
  if (/\d/.test(name)) return undefined;
  return name.toLowerCase();
}

function slug(name: string): string {
  const dashed = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  let start = 0;
  while (dashed[start] === '-') start++;
  return trimTrailing(dashed.slice(start), '-');
}

/** The text without the characters of `chars` at its end (a loop: a regex `[…]+$` backtracks polynomially). */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}
