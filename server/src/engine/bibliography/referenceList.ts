// The manuscript's own reference list (DAFTAR PUSTAKA / References): APA-like
// "Surname, I. (Year). Title…", Harvard-like "Surname, I. Year. Title…", corporate authors
// ("Badan Pusat Statistik. (2023).") and numbered lists ("[3] A. Author, …").
import type { TextBlock } from '../model';
import { blockSpan } from '../text/builder';
import type { ReferenceEntry } from './entries';
import { type Author, isDegree, isInitials, isParticle } from './names';

// "n.d." in lower case: "Nusa, N. D. (2016)" holds initials, not "no date".
const YEAR = /(?:^|[\s(.,])\(?((?:1[5-9]\d\d|20\d\d)[a-z]?|[nN]\.\s?d\.|[tT]\.\s?t\.|[tT]anpa [tT]ahun)\)?(?=[\s.,;:)]|$)/;
const ENTRY_START = /^(?:\[\d+\]\s*|\d+\.\s+)?[A-Z\u00C0-\u024F][\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){0,5}\s*[,.(]/u;

/**
 * Whether a paragraph of a reference list goes on with the entry of the paragraph before it: that
 * one stops without a final stop (after a word or a comma: "…, & Putri Armayani,", "… TERHADAP
 * KINERJA") and this one does not open an entry — names, then a year — ("D. (2023). ANALISA …",
 * "Manajemen, 4(11), 1558–1572. https://…").
 */
export function continuesEntry(previous: string, text: string): boolean {
  const head = text.trimStart().slice(0, 400);
  if (/^(?:\[\d+\]|\d+\.\s)/.test(head) || IEEE_HEAD.test(head)) return false;
  const year = YEAR.exec(head);
  const open = /[\p{L},;:&]$/u.test(previous.trimEnd());
  // No year, but a volume, pages or an address: the rest of the entry above ("Memory, 28(8),
  // 957-967."), whatever ends that one.
  if (!year && (open || /\d\s*\(\d+\)|\d\s*[-–]\s*\d|https?:\/\//.test(head))) return true;
  if (!open) return false;
  if (!year) return true;
  // "D. (2023). …": the initials that end the names above.
  if (/^\p{Lu}\.\s?\(/u.test(head)) return true;
  // (A regulation opens an entry too: "Peraturan Pemerintah Nomor 24 Tahun 2005 tentang …".)
  if (!/^\p{Lu}/u.test(head)) return true;
  // Names hold hardly a word in lower case ("Tanjung, A. fuadi"); a title holds several.
  const lower = head.slice(0, year.index).match(LOWER_WORDS);
  return lower !== null && lower.length >= 2;
}

const LOWER_WORDS = /(?<![\p{L}-])(?!(?:dan|and|dkk|et|al|van|von|der|den|de|di|da|bin|binti)(?!\p{L}))\p{Ll}{4,}/gu;

/**
 * The entries in one block of a reference section. A paragraph holding several entries on
 * separate lines (a list pasted without blank lines) is split at lines that start an entry.
 */
export function parseReferenceBlock(block: TextBlock): ReferenceEntry[] {
  const pieces = splitEntries(block);
  const entries: ReferenceEntry[] = [];
  for (const [from, to] of pieces) {
    const entry = parseEntry(block, from, to);
    if (entry) entries.push(entry);
  }
  return entries;
}

function splitEntries(block: TextBlock): [number, number][] {
  const text = block.text;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  if (lineStarts.length === 1) return [[0, text.length]];
  const starts = lineStarts.filter((s) => ENTRY_START.test(text.slice(s, s + 120)) && YEAR.test(text.slice(s, s + 300)));
  if (starts.length < 2) return [[0, text.length]];
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] - 1 : text.length] as [number, number]);
}

function parseEntry(block: TextBlock, from: number, to: number): ReferenceEntry | undefined {
  let raw = block.text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  from += leading;
  raw = raw.trim();
  if (raw.length < 8) return undefined;
  // "https://www.epa.gov/…. Accessed: January 04, 2018": the address of the entry above, on a line
  // of its own; not an entry.
  if (/^(?:https?:\/\/|www\.|doi:\s*10\.|10\.\d{4,}\/)/i.test(raw)) return undefined;
  let numbered = false;
  const number = /^(?:\[\d+\]|\d+\.)\s*/.exec(raw);
  let authorStart = 0;
  if (number) {
    numbered = true;
    authorStart = number[0].length;
  }
  const yearMatch = YEAR.exec(raw.slice(authorStart));
  const span = blockSpan(block, from, from + raw.length);
  if (!yearMatch || yearMatch.index === undefined) {
    // Without a year this is not an author–year entry (or not an entry at all).
    if (!numbered && !/^[A-Z][\p{L}'’\-]+,\s/u.test(raw)) return undefined;
    return {
      origin: 'list',
      ...span,
      authors: parseAuthors(raw.slice(authorStart, raw.search(/\.\s/) > 0 ? raw.search(/\.\s/) + 1 : raw.length)).authors,
      text: raw,
      numbered,
    };
  }
  let yearText = yearMatch[1];
  let yearAt = authorStart + yearMatch.index + yearMatch[0].indexOf(yearText);
  let authorText = raw.slice(authorStart, yearAt).replace(/(?<![\s(.,])[\s(.,]+$/, '');
  // Chicago and Turabian bibliographies put the year last: "Kosslyn, Stephen Michael. Graph
  // Design for the Eye and Mind. New York: Oxford University Press, 2006."
  const chicago = numbered ? undefined : chicagoEntry(raw);
  let title: string | undefined;
  // "V. Arinal and M. Azhari, "Penerapan …," Jurnal Sains, vol. 5, 2023." (IEEE without numbers):
  // names given name first, the title in quotes, the year near the end.
  const ieee = numbered ? null : IEEE_HEAD.exec(raw);
  const ieeeYear = ieee ? lastYear(raw, ieee[0].length) : undefined;
  if (ieee && ieeeYear) {
    authorText = ieee[1];
    title = ieee[2].replace(/[,.]$/, '');
    yearText = ieeeYear.text;
    yearAt = ieeeYear.at;
  } else if (chicago) {
    authorText = chicago.authors;
    yearText = chicago.year;
    yearAt = chicago.yearAt;
    title = chicago.title;
  }
  // The author part of an author–year entry is short; a long one means the year came from the title.
  if (!numbered && authorText.length > 400) return undefined;
  const parsed = numbered || (ieee && ieeeYear) ? parseGivenFirstAuthors(authorText) : chicago ? parseChicagoAuthors(authorText) : parseAuthors(authorText);
  if (title === undefined) {
    const after = raw.slice(yearAt + yearText.length).replace(/^[).,\s]+/, '');
    title = after
      .split(/(?<=[^A-Z])\.\s/)[0]
      ?.replace(/[*_]/g, '')
      .trim();
  }
  const entry: ReferenceEntry = {
    origin: 'list',
    ...span,
    authors: parsed.authors,
    year: normalizeEntryYear(yearText),
    yearSpan: blockSpan(block, from + yearAt, from + yearAt + yearText.length),
    title: title || undefined,
    text: raw,
  };
  if (parsed.etAl) entry.etAl = true;
  if (parsed.degrees.length > 0) entry.degreesAsAuthors = parsed.degrees;
  if (numbered) entry.numbered = true;
  else if (ieee && ieeeYear) entry.byNumber = true;
  return entry;
}

const IEEE_HEAD = /^((?:\p{Lu}\.[\s-]?){1,3}\s?\p{Lu}[^"“”]{0,200}?),\s?["“]([^"“”]{4,300})["”]/u;

/** The last year of `raw` from `from` on (web addresses aside): an IEEE entry's. */
function lastYear(raw: string, from: number): { text: string; at: number } | undefined {
  const body = raw.slice(from).replace(/https?:\/\/\S+/gi, (m) => ' '.repeat(m.length));
  const years = [...body.matchAll(/(?<![\d/])(?:1[5-9]\d\d|20\d\d)[a-z]?(?!\d)/g)];
  const last = years[years.length - 1];
  return last ? { text: last[0], at: from + (last.index ?? 0) } : undefined;
}

function normalizeEntryYear(year: string): string {
  return /^(n\.\s?d\.|t\.\s?t\.|tanpa tahun)$/i.test(year) ? 'n.d.' : year;
}

interface ParsedAuthors {
  authors: Author[];
  etAl: boolean;
  degrees: string[];
}

/** "Keelin JW", "Mohseni-Moghadam M", "van Kleef GA": a surname (after particles) and initials. */
const SURNAME_INITIALS = /^(?:(?:van|von|de|der|den|di|da|du|le|la)\s+)*\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*\s+\p{Lu}{1,3}$/u;

/** A whole name: two words or more, capitalised, the last written out ("Moch. Saleh Udin"). */
const WHOLE_NAME = /^\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?)*\s+\p{Lu}\p{Ll}[\p{L}'’\-]+$/u;

const TRAILING_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'le', 'la']);

const ONE_SURNAME = /^\p{Lu}\p{Ll}[\p{L}'’\-]+$/u;

const TITLES_BEFORE = /^(?:(?:Prof|Dr|Drs|Dra|Ir|Hj|KH)\.\s*)+/;

/**
 * "Iza, S. M., & Nurhaeni, I. D. A." / "Sugiyono" / "Badan Pusat Statistik" /
 * "Latif, Samin" / "Sugiharto, A. S. Z., Joko, M., & SH, M." (SH is a degree).
 */
export function parseAuthors(text: string): ParsedAuthors {
  const result: ParsedAuthors = { authors: [], etAl: false, degrees: [] };
  let t = text.replace(/[*_]/g, '').trim();
  if (/\b(et al\.?|dkk\.?|and others|others)\s*$/i.test(t)) {
    result.etAl = true;
    t = t.replace(/(?:,|(?<![\s,]))\s*\b(et al\.?|dkk\.?|and others|others)\s*$/i, '');
  }
  t = t.replace(/\((ed|eds|editor|penyunting|peny)\.?\)/gi, '').trim();
  // "Keelin JW, Abernathy JR", "Steckel L, Bond J, …" (Vancouver, CSE): each name is a surname
  // and initials without points.
  const compact = t
    .split(/(?:(?<!\s)\s*)?(?:,|;|&|\band\b|\bdan\b)\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  // ("Andriani W, Supriono": a later name may have no initials.)
  if (compact.length > 0 && SURNAME_INITIALS.test(compact[0]) && compact.every((c) => SURNAME_INITIALS.test(c) || ONE_SURNAME.test(c))) {
    for (const c of compact) {
      const at = c.lastIndexOf(' ');
      result.authors.push(at < 0 ? { family: cleanFamily(c) } : { family: cleanFamily(c.slice(0, at)), given: c.slice(at + 1) });
    }
    return result;
  }
  // "Rini Wulandari, Moch. Saleh Udin, & Taufik Akbar", "Ariani Putri Hanny, & Widodo Sri": whole
  // names in their own order, one per comma; each is an author (not "Latif, Samin": a surname
  // and a given name).
  if (compact.length > 1 && /,/.test(t) && compact.every((c) => WHOLE_NAME.test(c))) {
    for (const c of compact) result.authors.push({ family: cleanFamily(c.replace(TITLES_BEFORE, '')) });
    return result;
  }
  // "National Institute of Standards and Technology", "Badan Riset dan Inovasi Nasional": without a
  // comma, an "and" inside a name of several capitalised words joins words, not authors.
  if (
    !/[,&;]/.test(t) &&
    /\s(?:and|dan)\s/.test(t) &&
    t.split(/\s(?:and|dan)\s/).some((c) => /^\p{Lu}\S*\s+\p{Lu}/u.test(c.trim())) &&
    !/\b\p{Lu}\./u.test(t)
  ) {
    result.authors.push({ family: cleanFamily(t), literal: true });
    return result;
  }
  const chunks = t
    .split(/(?:(?<!\s)\s*)?(?:;|&|\band\b|\bdan\b)\s*/)
    .map((c) => c.replace(/^,|,$/g, '').trim())
    .filter(Boolean);
  for (const written of chunks) {
    // "Ir. M. Farid Azis", "Prof. Dr. Sugiyono": titles before a name are not part of it.
    const chunk = written.replace(TITLES_BEFORE, '');
    const tokens = chunk.split(/(?:(?<!\s)\s*)?,\s*/).filter(Boolean);
    if (tokens.length === 2 && !isInitials(tokens[1]) && /^\p{Lu}[\p{L}'’\-]*(\s+\p{Lu}[\p{L}'’\-]*)*$/u.test(tokens[1]) && !isDegree(tokens[0])) {
      // "Latif, Samin": a full given name.
      result.authors.push({ family: cleanFamily(tokens[0]), given: tokens[1] });
      continue;
    }
    for (const token of tokens) {
      const last = result.authors[result.authors.length - 1];
      // "Hempel, W. E., Jr, & Fleishman, E. A.": a generational suffix of the name before.
      if (last && /^(?:Jr|Sr)\.?$/.test(token)) continue;
      // "…, & SH, M.": a degree where a new author's surname would stand ("SH" also looks like initials).
      if (isDegree(token) && (!last || last.given)) {
        result.degrees.push(token);
        continue;
      }
      // "de Weerth, C." written "Weerth, C. de": initials, then the surname's particle.
      const space = token.lastIndexOf(' ');
      if (last && !last.given && space > 0 && TRAILING_PARTICLES.has(token.slice(space + 1)) && isInitials(token.slice(0, space))) {
        last.given = token.slice(0, space);
        continue;
      }
      if (isInitials(token)) {
        if (last && !last.given) last.given = token;
        else if (!last) result.authors.push({ family: token });
        continue;
      }
      if (isDegree(token)) {
        result.degrees.push(token);
        continue;
      }
      const family = cleanFamily(token);
      if (!family) continue;
      // A corporate name has several capitalised words and no initials: keep it whole.
      const literal = tokens.length === 1 && chunks.length === 1 && /\s/.test(family) && !/^(?:van|von|de|di)\b/i.test(family);
      result.authors.push(literal ? { family, literal: true } : { family });
    }
  }
  // "Sugiharto, A. S. Z., Joko, M., & SH, M.": a degree followed by initials.
  result.authors = result.authors.filter((a) => {
    if (isDegree(a.family)) {
      result.degrees.push(a.given ? `${a.family}, ${a.given}` : a.family);
      return false;
    }
    return true;
  });
  return result;
}

/**
 * A Chicago/Turabian bibliography entry — names, a period, the title and the rest, the year near
 * the end — split into its author part, title and year; undefined for an author–year entry
 * ("Sen, A. (2014).", "Sugiyono. 2019.", "Moh. Nazir. (2014)."), where the year follows the names.
 */
function chicagoEntry(raw: string): { authors: string; title: string; year: string; yearAt: number } | undefined {
  // The names end at the first period after a word of two letters or more, else after an initial
  // ("Wickham, Hadley A. An implementation …"), that a capitalised title follows (or a name
  // written in camel case: "… Diego de Castillo. googleVis: Interface between R and …").
  // An initial ends the names only when a title of several words follows it ("David M. Saunders."
  // goes on with the surname).
  let cut = -1;
  // "———. Visualizing Data. 1994.": the authors of the entry above, then the title.
  const dash = /^(?:[—–]+|-{2,}|_{3,})\s*[.,]/.exec(raw);
  if (dash) cut = dash[0].length - 1;
  for (const m of dash ? [] : raw.slice(0, 300).matchAll(/(?<!\p{L})(\p{L}+)\.\s+(?=["“‘*_]?(?:\p{Lu}|\p{Ll}+\p{Lu}))/gu)) {
    const end = (m.index ?? 0) + m[1].length;
    if (
      m[1].length >= 2 &&
      !/^(?:St|Jr|Sr|Dr|Mc|Moh|Moch|Mohd|Muh|Muhd|Mhd|Much|Abd|Pt|Md|Kt|Gst|Wy|Kd|Nym|Mr|Ms|Mrs|Hj|Ir|Drs|Prof|Ed|Eds|ed|eds|vol|no)$/i.test(m[1])
    ) {
      cut = end;
      break;
    }
    const next = raw.slice(end + 1).trimStart();
    const sentence = next.slice(0, Math.max(0, next.search(/\.\s|$/)));
    // Names are capitalised words and initials; a title has lower-case words ("An implementation of …").
    const lowerCase = sentence.split(/[\s,]+/).filter((w) => /^\p{Ll}{2,}/u.test(w) && !/^(?:and|dan|dkk|et|al|von|van|der|de|di|da)$/.test(w));
    if (m[1].length === 1 && /^\p{Lu}$/u.test(m[1]) && sentence.split(/\s+/).length >= 3 && lowerCase.length > 0) {
      cut = end;
      break;
    }
  }
  if (cut < 0) return undefined;
  const authors = raw.slice(0, cut);
  // A year among the names is an author–year entry's ("Nurafika, R. A. (2018). Pengaruh … Semen.").
  if (YEAR.test(authors)) return undefined;
  const rest = raw.slice(cut + 1);
  // An author–year entry has its year right after the names.
  if (YEAR.exec(rest.slice(0, 12))?.index === 0 || /^\s*\(/.test(rest)) return undefined;
  const firstYear = YEAR.exec(rest);
  if (!firstYear || firstYear.index < 15 || rest.slice(0, firstYear.index).trim().split(/\s+/).length < 3) return undefined;
  // The year: the one in parentheses (journals), else the last one, an access date aside.
  const body = rest.replace(/\(\s*(?:accessed|diakses)[^()]*\)/gi, (m) => ' '.repeat(m.length));
  const years = [...body.matchAll(/(?<![\d/])(1[5-9]\d\d|20\d\d)[a-z]?(?!\d)/g)];
  if (years.length === 0) return undefined;
  const inParens = years.find((y) => body[(y.index ?? 0) - 1] === '(');
  const chosen = inParens ?? years[years.length - 1];
  const titleEnd = rest.search(/(?<=[^A-Z])\.["”’]?\s|["”]\s/);
  return {
    authors,
    title: trimChars(rest.slice(0, titleEnd > 0 ? titleEnd : rest.length), ' \t\n"“‘*_', ' \t\n"”’*_.,'),
    year: chosen[0],
    yearAt: cut + 1 + (chosen.index ?? 0),
  };
}

/**
 * Chicago names: the first inverted, the others as written ("Booth, Wayne C, Gregory G Colomb,
 * and Joseph M Williams"; "Lewicki, Roy J., Bruce Barry, and David M. Saunders").
 */
function parseChicagoAuthors(text: string): ParsedAuthors {
  const result: ParsedAuthors = { authors: [], etAl: false, degrees: [] };
  let t = text.replace(/[*_]/g, '').trim();
  if (/\b(et al\.?|dkk\.?|and others)\s*$/i.test(t)) {
    result.etAl = true;
    t = t.replace(/(?:,|(?<![\s,]))\s*\b(et al\.?|dkk\.?|and others)\s*$/i, '');
  }
  const parts = t
    .split(',')
    .flatMap((p) => p.split(/\s(?:and|dan|&)\s/))
    .map((p) => p.replace(/^(?:and|dan|&)\s/, '').trim())
    .filter(Boolean);
  if (parts.length === 0) return result;
  result.authors.push({ family: cleanFamily(parts[0]), ...(parts[0].includes(' ') ? { literal: true } : {}) });
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    if (isDegree(part)) {
      result.degrees.push(part);
      continue;
    }
    const words = part.split(/\s+/);
    // The first author's given names, written after the comma ("Kosslyn, Stephen Michael").
    if (i === 1 && !/^[^,]+,\s*(?:and|dan|&)\s/.test(t) && words.length <= 4) {
      result.authors[0] = { family: result.authors[0].family, given: part };
      continue;
    }
    const given = parseGivenFirstAuthors(part).authors[0];
    if (given) result.authors.push(given);
  }
  return result;
}

/** `text` without the characters of `leading` at its start and of `trailing` at its end. */
function trimChars(text: string, leading: string, trailing: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && leading.includes(text[a])) a++;
  while (b > a && trailing.includes(text[b - 1])) b--;
  return text.slice(a, b);
}

/** "A. Sulaiman, B. Putra, and C. Dewi" (IEEE and other numbered styles). */
function parseGivenFirstAuthors(text: string): ParsedAuthors {
  const result: ParsedAuthors = { authors: [], etAl: /\bet al\.?/i.test(text), degrees: [] };
  const chunks = text
    .replace(/\bet al\.?/i, '')
    .split(/(?:(?<!\s)\s*)?(?:,|;|&|\band\b|\bdan\b)\s*/)
    .filter(Boolean);
  for (const chunk of chunks) {
    const words = chunk.trim().split(/\s+/);
    if (words.length === 0) continue;
    if (words.every((w) => isInitials(w))) continue;
    const familyWords: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      familyWords.unshift(words[i]);
      if (i === 0 || !isParticle(words[i - 1])) break;
    }
    result.authors.push({ family: cleanFamily(familyWords.join(' ')), given: words.slice(0, words.length - familyWords.length).join(' ') || undefined });
  }
  return result;
}

function cleanFamily(token: string): string {
  return token.replace(/^[\s.,]+|(?<![\s,])[\s,]+$/g, '').replace(/\.$/, (m, _offset: number, s: string) => (/\b[A-Z]\.$/.test(s) ? m : ''));
}

export { isParticle };
